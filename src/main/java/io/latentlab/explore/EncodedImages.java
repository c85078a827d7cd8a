package io.latentlab.explore;

/**
 * A set of images mapped into a model's latent space by its encoder: the latent means of
 * {@code count} images, row-major ({@code count × latentSize}), with their labels (null when the
 * set has none). Read-only by convention: share it, do not write into it.
 */
public record EncodedImages(String dataset, float[] z, int[] labels, int count, int latentSize) {

    /** Encodes every image of {@code images} ({@code count × pixels} values in [0, 1]) in chunks. */
    public static EncodedImages of(LatentModel model, String dataset, float[] images, int[] labels, int count) {
        int chunk = 2_000;
        int pixels = model.pixels();
        int latent = model.latentSize();
        float[] z = new float[count * latent];
        for (int start = 0; start < count; start += chunk) {
            int n = Math.min(chunk, count - start);
            float[] part = java.util.Arrays.copyOfRange(images, start * pixels, (start + n) * pixels);
            int[] partLabels = labels == null ? null : java.util.Arrays.copyOfRange(labels, start, start + n);
            float[] mu = model.encode(part, model.conditional() ? partLabels : null, n);
            System.arraycopy(mu, 0, z, start * latent, n * latent);
        }
        return new EncodedImages(dataset, z, labels, count, latent);
    }

    /** The latent vector of image {@code i}. */
    public float[] row(int i) {
        return java.util.Arrays.copyOfRange(z, i * latentSize, (i + 1) * latentSize);
    }
}
