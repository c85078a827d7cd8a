package io.latentlab.train;

import io.latentlab.data.ImageSet;
import io.latentlab.model.ImageAutoencoder;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

/**
 * Decodes the pictures of an {@link ImageGridSnapshot} from a model: a fixed set of latent
 * vectors drawn once from N(0, I) with a fixed seed (so the same cell shows the same z as the
 * model learns), or for a 2-D latent an evenly spaced grid over [−3, 3]²; and a fixed, seeded
 * choice of test images with their reconstructions (the encoder's mean, decoded). Runs on the
 * thread that owns the model.
 */
public final class SampleGridDecoder {

    /** The sample grid is {@value} × {@value} images. */
    public static final int SIDE = 8;
    /** Test images shown with their reconstructions. */
    public static final int PAIRS = 8;
    /** The manifold map covers [−{@value}, {@value}]² of a 2-D latent space. */
    public static final double MANIFOLD_EXTENT = 3;
    private static final long LATENT_SEED = 20_240_604L;
    private static final long PICK_SEED = 20_240_605L;

    private final int latent;
    private final boolean manifold;
    private final float[] latents;
    private final float[] originals;
    private final int rows;
    private final int cols;

    /** For {@code model}'s latent size and a fixed choice of {@code images}' pictures. */
    public SampleGridDecoder(ImageAutoencoder model, ImageSet images) {
        this.latent = model.latentSize();
        this.manifold = latent == 2;
        this.rows = model.rows();
        this.cols = model.cols();
        this.latents = manifold ? manifoldLatents() : priorDraws(SIDE * SIDE * latent);
        int size = images.size();
        int pairs = Math.min(PAIRS, images.count());
        this.originals = new float[pairs * size];
        Random pick = new Random(PICK_SEED);
        float[] pixels = images.pixelsView();
        for (int i = 0; i < pairs; i++) {
            int index = pick.nextInt(images.count());
            System.arraycopy(pixels, index * size, originals, i * size, size);
        }
    }

    /** The pictures of {@code model} now; {@code iteration} labels them. */
    public ImageGridSnapshot decode(ImageAutoencoder model, long iteration) {
        float[] samples = decodeLatents(model, latents, SIDE * SIDE);
        int pairs = originals.length / (rows * cols);
        float[] reconstructions = new float[0];
        if (pairs > 0) {
            INDArray encoded = model.encoder().output(Nd4j.create(originals, new long[] {pairs, rows * cols}, 'c'));
            float[] means = encoded.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                    org.nd4j.linalg.indexing.NDArrayIndex.interval(0, latent)).dup('c').data().asFloat();
            reconstructions = decodeLatents(model, means, pairs);
        }
        return new ImageGridSnapshot(iteration, rows, cols, SIDE, manifold, samples, originals.clone(), reconstructions);
    }

    private float[] decodeLatents(ImageAutoencoder model, float[] z, int count) {
        INDArray logits = model.decoder().output(Nd4j.create(z, new long[] {count, latent}, 'c'));
        float[] pixels = logits.dup('c').data().asFloat();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) (1 / (1 + Math.exp(-pixels[i])));
        }
        return pixels;
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
