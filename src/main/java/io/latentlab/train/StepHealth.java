package io.latentlab.train;

/**
 * Whether a training step went wrong, judged from what it measured: a loss that is NaN or
 * infinite, or a gradient whose norm is not finite or above {@link #GRADIENT_NORM_BOUND}
 * (exploding gradients). Figures a step did not compute are left out by the caller. Start with
 * {@link #of()}, add the step's figures, and read {@link #problem()}.
 */
public final class StepHealth {

    /**
     * A gradient norm above this counts as exploding. The toy GAN's generator gradient stays
     * below 100 in healthy runs of every loss (WGAN-GP's critic included); 10⁶ is far out of reach
     * of training that is merely noisy.
     */
    public static final double GRADIENT_NORM_BOUND = 1e6;

    /** What went wrong: the figure's name as people say it, and its value. */
    public record Problem(String quantity, double value, boolean exploding) {

        /** For example "the generator loss became NaN" or "the generator's gradient norm reached 3.1e+07". */
        public String describe() {
            if (exploding) {
                return String.format(java.util.Locale.ROOT, "%s reached %.3g (exploding gradients)", quantity, value);
            }
            return quantity + " became " + (Double.isNaN(value) ? "NaN" : value > 0 ? "+Infinity" : "−Infinity");
        }
    }

    private Problem problem;

    /** The Euclidean norm of one or more flat arrays (gradients) taken together, in doubles. */
    public static double norm(org.nd4j.linalg.api.ndarray.INDArray... flats) {
        double sum = 0;
        for (org.nd4j.linalg.api.ndarray.INDArray flat : flats) {
            java.nio.FloatBuffer g = flat.data().asNioFloat();
            int offset = (int) flat.offset();
            for (int k = 0, n = (int) flat.length(); k < n; k++) {
                double v = g.get(offset + k);
                sum += v * v;
            }
        }
        return Math.sqrt(sum);
    }

    private StepHealth() {
    }

    public static StepHealth of() {
        return new StepHealth();
    }

    /** A loss the step computed; NaN or ±∞ is a problem. */
    public StepHealth loss(String quantity, double value) {
        if (problem == null && !Double.isFinite(value)) {
            problem = new Problem(quantity, value, false);
        }
        return this;
    }

    /** A gradient norm the step computed; not finite or above the bound is a problem. */
    public StepHealth gradientNorm(String quantity, double value) {
        if (problem == null) {
            if (!Double.isFinite(value)) {
                problem = new Problem(quantity, value, false);
            } else if (value > GRADIENT_NORM_BOUND) {
                problem = new Problem(quantity, value, true);
            }
        }
        return this;
    }

    /** The first problem found, or null when the step was healthy. */
    public Problem problem() {
        return problem;
    }
}
