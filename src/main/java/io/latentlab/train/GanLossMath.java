package io.latentlab.train;

/**
 * The GAN losses on the discriminator's raw outputs (logits) and their derivatives with respect
 * to those outputs: pure functions over arrays, so the trainer stays lean and the formulas can
 * be checked against finite differences. Every loss is a mean over the batch, so every
 * derivative carries a factor 1/batch.
 */
final class GanLossMath {

    private GanLossMath() {
    }

    /**
     * The discriminator's loss on {@code outputs}: {@code batch} real rows, then {@code batch}
     * fake ones. Writes ∂loss/∂output into {@code delta} (same layout) and returns
     * {loss, dReal, dFake}: for the cross-entropy losses the mean probabilities σ(D), for
     * least squares and hinge the mean raw outputs.
     */
    static double[] discriminator(GanLoss loss, float[] outputs, int batch, float[] delta) {
        return switch (loss) {
            case NON_SATURATING, MINIMAX -> crossEntropyDiscriminator(outputs, batch, delta);
            case LEAST_SQUARES -> leastSquaresDiscriminator(outputs, batch, delta);
            case HINGE -> hingeDiscriminator(outputs, batch, delta);
            case WASSERSTEIN_GP -> wassersteinDiscriminator(outputs, batch, delta);
        };
    }

    /**
     * The generator's loss on D's {@code outputs} for {@code batch} fake rows. Writes
     * ∂loss/∂output into {@code delta} and returns {loss, dFake} (dFake as in {@link #discriminator}).
     */
    static double[] generator(GanLoss loss, float[] outputs, int batch, float[] delta) {
        double sum = 0;
        double dFake = 0;
        for (int i = 0; i < batch; i++) {
            double o = outputs[i];
            switch (loss) {
                case NON_SATURATING -> {
                    double p = sigmoid(o);
                    dFake += p;
                    sum += softplus(-o);             // −log σ(o)
                    delta[i] = (float) ((p - 1) / batch);
                }
                case MINIMAX -> {
                    double p = sigmoid(o);
                    dFake += p;
                    sum -= softplus(o);              // log(1 − σ(o))
                    delta[i] = (float) (-p / batch);
                }
                case LEAST_SQUARES -> {
                    dFake += o;
                    sum += 0.5 * (o - 1) * (o - 1);
                    delta[i] = (float) ((o - 1) / batch);
                }
                case HINGE, WASSERSTEIN_GP -> {
                    dFake += o;
                    sum -= o;
                    delta[i] = (float) (-1.0 / batch);
                }
            }
        }
        return new double[] {sum / batch, dFake / batch};
    }

    /** −mean log σ(o_real) − mean log(1 − σ(o_fake)). */
    private static double[] crossEntropyDiscriminator(float[] outputs, int batch, float[] delta) {
        double lossReal = 0;
        double lossFake = 0;
        double pReal = 0;
        double pFake = 0;
        for (int i = 0; i < 2 * batch; i++) {
            double l = outputs[i];
            double p = sigmoid(l);
            if (i < batch) {
                lossReal += softplus(-l);
                pReal += p;
                delta[i] = (float) ((p - 1) / batch);
            } else {
                lossFake += softplus(l);
                pFake += p;
                delta[i] = (float) (p / batch);
            }
        }
        return new double[] {(lossReal + lossFake) / batch, pReal / batch, pFake / batch};
    }

    /** LSGAN: mean ½(o_real − 1)² + mean ½·o_fake². */
    private static double[] leastSquaresDiscriminator(float[] outputs, int batch, float[] delta) {
        double loss = 0;
        double real = 0;
        double fake = 0;
        for (int i = 0; i < 2 * batch; i++) {
            double o = outputs[i];
            if (i < batch) {
                real += o;
                loss += 0.5 * (o - 1) * (o - 1);
                delta[i] = (float) ((o - 1) / batch);
            } else {
                fake += o;
                loss += 0.5 * o * o;
                delta[i] = (float) (o / batch);
            }
        }
        return new double[] {loss / batch, real / batch, fake / batch};
    }

    /** Hinge: mean relu(1 − o_real) + mean relu(1 + o_fake); the derivative at a kink is taken as 0. */
    private static double[] hingeDiscriminator(float[] outputs, int batch, float[] delta) {
        double loss = 0;
        double real = 0;
        double fake = 0;
        for (int i = 0; i < 2 * batch; i++) {
            double o = outputs[i];
            if (i < batch) {
                real += o;
                loss += Math.max(0, 1 - o);
                delta[i] = o < 1 ? (float) (-1.0 / batch) : 0f;
            } else {
                fake += o;
                loss += Math.max(0, 1 + o);
                delta[i] = o > -1 ? (float) (1.0 / batch) : 0f;
            }
        }
        return new double[] {loss / batch, real / batch, fake / batch};
    }

    /** The critic's part of WGAN-GP without the penalty: mean o_fake − mean o_real. */
    private static double[] wassersteinDiscriminator(float[] outputs, int batch, float[] delta) {
        double real = 0;
        double fake = 0;
        for (int i = 0; i < 2 * batch; i++) {
            if (i < batch) {
                real += outputs[i];
                delta[i] = (float) (-1.0 / batch);
            } else {
                fake += outputs[i];
                delta[i] = (float) (1.0 / batch);
            }
        }
        return new double[] {(fake - real) / batch, real / batch, fake / batch};
    }

    /**
     * The gradient penalty {@code λ/B·Σ(‖gᵣ‖ − 1)²} over the rows of {@code gradients} (each row
     * ∇ₓD at one point, {@code dimension} values); writes its derivative with respect to each
     * gradient into {@code delta} and returns the penalty.
     */
    static double gradientPenalty(float[] gradients, int rows, int dimension, double lambda, float[] delta) {
        double penalty = 0;
        for (int r = 0; r < rows; r++) {
            double norm2 = 0;
            for (int j = 0; j < dimension; j++) {
                double g = gradients[r * dimension + j];
                norm2 += g * g;
            }
            double norm = Math.sqrt(norm2);
            penalty += (norm - 1) * (norm - 1);
            double scale = norm > 1e-12 ? 2 * lambda / rows * (norm - 1) / norm : 0;
            for (int j = 0; j < dimension; j++) {
                delta[r * dimension + j] = (float) (scale * gradients[r * dimension + j]);
            }
        }
        return lambda * penalty / rows;
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** log(1 + e^x), without overflow. */
    static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
