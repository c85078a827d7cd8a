package io.latentlab.train;

import io.latentlab.data.ImageSet;
import io.latentlab.model.LatentImages;

import java.util.List;
import java.util.Random;

/**
 * Decodes the pictures of an {@link ImageGridSnapshot} from an {@link ImageModelTrainer}: a fixed
 * set of latent vectors drawn once from N(0, I) with a fixed seed (so the same cell shows the
 * same z as the model learns), or for a 2-D latent an evenly spaced grid over [−3, 3]²; for a
 * conditional model a row per class with the same z down each column (a row shows the asked
 * class, a column one z under every label); and, when the model has an encoder, a fixed, seeded
 * choice of test images with their reconstructions. Runs on the thread that owns the model.
 */
public final class SampleGridDecoder {

    /** The unconditional sample grid is {@value} × {@value} images. */
    public static final int SIDE = 8;
    /** Images a row of a conditional grid. */
    public static final int CONDITIONAL_COLUMNS = 8;
    /** Test images shown with their reconstructions. */
    public static final int PAIRS = 8;
    /** The manifold map covers [−{@value}, {@value}]² of a 2-D latent space. */
    public static final double MANIFOLD_EXTENT = 3;
    private static final long LATENT_SEED = 20_240_604L;
    private static final long PICK_SEED = 20_240_605L;

    private final boolean manifold;
    private final int columns;
    private final int count;
    private final float[] latents;
    private final int[] labels;
    private final List<String> rowLabels;
    private final float[] originals;
    private final int[] originalLabels;
    private final int rows;
    private final int cols;

    /** For {@code model}'s latent size and classes, and a fixed choice of {@code images}' pictures. */
    public SampleGridDecoder(ImageModelTrainer model, ImageSet images) {
        int latent = model.latentSize();
        int classes = model.classNames().size();
        this.rows = model.rows();
        this.cols = model.cols();
        this.manifold = latent == 2 && classes == 0;
        if (classes > 0) {
            columns = CONDITIONAL_COLUMNS;
            count = classes * columns;
            latents = LatentImages.repeatedRows(priorDraws(columns * latent), columns, latent, classes);
            labels = LatentImages.classRows(classes, columns);
            rowLabels = model.classNames();
        } else {
            columns = SIDE;
            count = SIDE * SIDE;
            latents = manifold ? manifoldLatents() : priorDraws(count * latent);
            labels = null;
            rowLabels = List.of();
        }
        int size = images.size();
        int pairs = model.reconstructs() ? Math.min(PAIRS, images.count()) : 0;
        this.originals = new float[pairs * size];
        this.originalLabels = classes > 0 ? new int[pairs] : null;
        Random pick = new Random(PICK_SEED);
        float[] pixels = images.pixelsView();
        for (int i = 0; i < pairs; i++) {
            int index = pick.nextInt(images.count());
            System.arraycopy(pixels, index * size, originals, i * size, size);
            if (originalLabels != null) {
                originalLabels[i] = images.label(index);
            }
        }
    }

    /** The pictures of {@code model} now; {@code iteration} labels them. */
    public ImageGridSnapshot decode(ImageModelTrainer model, long iteration) {
        float[] samples = model.decode(latents, labels, count);
        int pairs = originals.length / (rows * cols);
        float[] reconstructions = pairs > 0 ? model.reconstruct(originals, originalLabels, pairs) : new float[0];
        return new ImageGridSnapshot(iteration, rows, cols, columns, manifold, samples, originals.clone(), reconstructions,
                rowLabels);
    }

    private static float[] priorDraws(int n) {
        Random rng = new Random(LATENT_SEED);
        float[] z = new float[n];
        for (int i = 0; i < n; i++) {
            z[i] = (float) rng.nextGaussian();
        }
        return z;
    }

    /** Row r, column c at (x, y) = (−3 + 6c/(side−1), 3 − 6r/(side−1)): y up, as a plot. */
    private static float[] manifoldLatents() {
        float[] z = new float[SIDE * SIDE * 2];
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                int k = 2 * (r * SIDE + c);
                z[k] = (float) (-MANIFOLD_EXTENT + 2 * MANIFOLD_EXTENT * c / (SIDE - 1));
                z[k + 1] = (float) (MANIFOLD_EXTENT - 2 * MANIFOLD_EXTENT * r / (SIDE - 1));
            }
        }
        return z;
    }
}
