package io.latentlab.explore;

/**
 * Directions in latent space ordered by how much they vary, with a coordinate system for sliders:
 * a latent vector is {@code z = centre + Σₖ tₖ·scaleₖ·directionₖ}, so coordinate tₖ counts
 * standard deviations along direction k. The directions are orthonormal and span the whole
 * latent space, so every z has coordinates and back again.
 *
 * <p>Two sources. For a model with an encoder, {@link #ofPoints}: principal component analysis
 * of the encoded test set (the eigenvectors of its covariance; scaleₖ the spread along each).
 * For a GAN, {@link #ofLinearMap} after GANSpace (Härkönen et al. 2020): PCA of the generator's
 * first hidden activations over draws z ~ N(0, I), mapped back to z. Our generators' first layer
 * is a dense projection h = zW + b with no non-linearity before the reshape, so that PCA and its
 * mapping back need no sampling: the covariance of h is WᵀW, and regressing z on the principal
 * coordinates of h (GANSpace's recipe for BigGAN, where z does not map to h linearly) gives
 * exactly the right singular vectors of W, the eigenvectors of WWᵀ (d×d), with the same variance
 * shares. Sampling 2,000 z would only add noise to this. Along each, z's own spread is the prior's, 1.
 *
 * @param centre     the origin of the coordinates (the data mean, or 0 for the prior)
 * @param directions {@code directions[k]}: unit vector k, most variance first
 * @param variances  the variance along each direction (in the space the PCA was done in)
 * @param scales     latent units per coordinate unit along each direction
 */
public record PrincipalDirections(double[] centre, double[][] directions, double[] variances, double[] scales) {

    /**
     * The principal directions of {@code model}: PCA of its {@code encoded} test set when it has
     * one, else (a GAN) GANSpace's directions of its generator's first layer.
     */
    public static PrincipalDirections of(LatentModel model, EncodedImages encoded) {
        if (encoded != null) {
            return ofPoints(encoded.z(), encoded.count(), encoded.latentSize());
        }
        if (model instanceof ConvGanLatentModel gan) {
            return ofLinearMap(gan.projectionWeights(), gan.latentSize(), gan.projectionOutputs());
        }
        throw new IllegalArgumentException(model.name() + " has neither encoded images nor a generator to find principal directions in");
    }

    /** PCA of {@code count} latent vectors ({@code count × d}, row-major). */
    public static PrincipalDirections ofPoints(float[] points, int count, int d) {
        if (count < 2 || points.length < count * d) {
            throw new IllegalArgumentException("principal directions need 2 or more vectors of " + d + " values, got " + points.length + " values for " + count);
        }
        double[] mean = new double[d];
        for (int n = 0; n < count; n++) {
            for (int i = 0; i < d; i++) {
                mean[i] += points[n * d + i];
            }
        }
        for (int i = 0; i < d; i++) {
            mean[i] /= count;
        }
        double[][] cov = new double[d][d];
        double[] row = new double[d];
        for (int n = 0; n < count; n++) {
            for (int i = 0; i < d; i++) {
                row[i] = points[n * d + i] - mean[i];
            }
            for (int i = 0; i < d; i++) {
                for (int j = i; j < d; j++) {
                    cov[i][j] += row[i] * row[j];
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                cov[i][j] /= count - 1;
                cov[j][i] = cov[i][j];
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(cov);
        double[] variances = positive(eigen.values());
        double[] scales = new double[d];
        for (int k = 0; k < d; k++) {
            scales[k] = variances[k] > 0 ? Math.sqrt(variances[k]) : 1;
        }
        return new PrincipalDirections(mean, eigen.vectors(), variances, scales);
    }

    /**
     * The directions of z that a linear map h = zW spreads most, for z ~ N(0, I):
     * {@code weights} is W row-major, {@code d × outputs} (DL4J's [nIn, nOut] layout of a dense
     * layer, the rows for the latent inputs only).
     */
    public static PrincipalDirections ofLinearMap(float[] weights, int d, int outputs) {
        if (weights.length < d * outputs) {
            throw new IllegalArgumentException(weights.length + " weights are not a " + d + "×" + outputs + " matrix");
        }
        double[][] gram = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                double sum = 0;
                for (int o = 0; o < outputs; o++) {
                    sum += (double) weights[i * outputs + o] * weights[j * outputs + o];
                }
                gram[i][j] = sum;
                gram[j][i] = sum;
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(gram);
        double[] scales = new double[d];
        java.util.Arrays.fill(scales, 1);
        return new PrincipalDirections(new double[d], eigen.vectors(), positive(eigen.values()), scales);
    }

    /** The latent dimension. */
    public int size() {
        return centre.length;
    }

    /** Direction k's share of the total variance, in [0, 1]. */
    public double share(int k) {
        double total = 0;
        for (double v : variances) {
            total += v;
        }
        return total > 0 ? variances[k] / total : 0;
    }

    /** The latent vector at coordinates {@code t}. */
    public float[] toLatent(double[] t) {
        int d = size();
        float[] z = new float[d];
        for (int i = 0; i < d; i++) {
            double sum = centre[i];
            for (int k = 0; k < d; k++) {
                sum += t[k] * scales[k] * directions[k][i];
            }
            z[i] = (float) sum;
        }
        return z;
    }

    /** The coordinates of latent vector {@code z}. */
    public double[] coordinates(float[] z) {
        int d = size();
        double[] t = new double[d];
        for (int k = 0; k < d; k++) {
            double dot = 0;
            for (int i = 0; i < d; i++) {
                dot += (z[i] - centre[i]) * directions[k][i];
            }
            t[k] = dot / scales[k];
        }
        return t;
    }

    /** The coordinates of {@code count} latent vectors, row-major. */
    public float[] coordinates(float[] points, int count) {
        int d = size();
        float[] out = new float[count * d];
        float[] z = new float[d];
        for (int n = 0; n < count; n++) {
            System.arraycopy(points, n * d, z, 0, d);
            double[] t = coordinates(z);
            for (int k = 0; k < d; k++) {
                out[n * d + k] = (float) t[k];
            }
        }
        return out;
    }

    /** Eigenvalues of a covariance are ≥ 0; rounding can leave tiny negatives. */
    private static double[] positive(double[] values) {
        double[] out = values.clone();
        for (int k = 0; k < out.length; k++) {
            out[k] = Math.max(0, out[k]);
        }
        return out;
    }
}
