package io.latentlab.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A procedural image dataset with known factors: 28×28 anti-aliased images of a square, an
 * ellipse or a heart, each with its own scale, rotation and position drawn uniformly and
 * independently from a seed. The labels are the shape kinds (0 square, 1 ellipse, 2 heart) and
 * {@link #factors()} keeps every image's true factors, so a latent dimension can be held
 * against scale, rotation or position. The same seed gives the same images.
 *
 * @param images  the images, called "shapes", labelled by kind
 * @param factors the factors of image i at index i
 */
public record ShapesDataset(ImageSet images, List<ShapeFactors> factors) {

    /** Image side in pixels. */
    public static final int SIDE = 28;
    /** A shape's radius at scale 1, in pixels. */
    public static final double MAX_RADIUS = 8;
    /** The smallest scale drawn. */
    public static final double MIN_SCALE = 0.5;
    /** Samples per pixel side for anti-aliasing: a pixel's value is the fraction of its 4×4 samples inside. */
    public static final int SUPERSAMPLE = 4;
    /** The most images generated at once. */
    public static final int MAX_COUNT = 1_000_000;

    public ShapesDataset {
        if (images.count() != factors.size()) {
            throw new IllegalArgumentException(factors.size() + " factors for " + images.count() + " images");
        }
        factors = List.copyOf(factors);
    }

    /** {@code count} images from {@code seed}. */
    public static ShapesDataset generate(int count, long seed) {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("shape count " + count + " is outside 1 to " + MAX_COUNT);
        }
        SplittableRandom random = new SplittableRandom(seed);
        ShapeKind[] kinds = ShapeKind.values();
        double lo = MAX_RADIUS + 0.5;
        double hi = SIDE - MAX_RADIUS - 0.5;
        List<ShapeFactors> factors = new ArrayList<>(count);
        float[] pixels = new float[count * SIDE * SIDE];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            ShapeKind kind = kinds[random.nextInt(kinds.length)];
            ShapeFactors f = new ShapeFactors(kind, MIN_SCALE + (1 - MIN_SCALE) * random.nextDouble(),
                    kind.period() * random.nextDouble(), random.nextDouble(lo, hi), random.nextDouble(lo, hi));
            factors.add(f);
            labels[i] = kind.ordinal();
            render(f, pixels, i * SIDE * SIDE);
        }
        return new ShapesDataset(new ImageSet("shapes", count, SIDE, SIDE, pixels, labels, kinds.length), factors);
    }

    /** One 28×28 image of the shape {@code f}, row-major, values in [0, 1]. */
    public static float[] render(ShapeFactors f) {
        float[] image = new float[SIDE * SIDE];
        render(f, image, 0);
        return image;
    }

    /** The factors of image {@code i}. */
    public ShapeFactors factor(int i) {
        return factors.get(i);
    }

    /** The class names by label: "square", "ellipse", "heart". */
    public static List<String> classNames() {
        return java.util.Arrays.stream(ShapeKind.values()).map(ShapeKind::label).toList();
    }

    private static void render(ShapeFactors f, float[] into, int offset) {
        double radius = f.radius();
        double cos = Math.cos(f.rotation());
        double sin = Math.sin(f.rotation());
        int c0 = Math.max(0, (int) Math.floor(f.x() - radius));
        int c1 = Math.min(SIDE - 1, (int) Math.floor(f.x() + radius));
        int r0 = Math.max(0, (int) Math.floor(f.y() - radius));
        int r1 = Math.min(SIDE - 1, (int) Math.floor(f.y() + radius));
        float perSample = 1f / (SUPERSAMPLE * SUPERSAMPLE);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int inside = 0;
                for (int i = 0; i < SUPERSAMPLE; i++) {
                    double up = f.y() - (r + (i + 0.5) / SUPERSAMPLE); // y up from the centroid
                    for (int j = 0; j < SUPERSAMPLE; j++) {
                        double right = c + (j + 0.5) / SUPERSAMPLE - f.x();
                        // into the shape's frame: undo a counter-clockwise turn by the rotation
                        double u = (right * cos + up * sin) / radius;
                        double v = (-right * sin + up * cos) / radius;
                        if (u * u + v * v <= 1 && f.kind().contains(u, v)) {
                            inside++;
                        }
                    }
                }
                into[offset + r * SIDE + c] = Math.min(1f, inside * perSample);
            }
        }
    }
}
