package io.latentlab.explore;

/**
 * Paths between two latent vectors. Linear interpolation (lerp) walks the straight segment, whose
 * middle falls inside the shell where draws of N(0, I) lie (its norm drops towards
 * |a|·cos(θ/2)); spherical interpolation (slerp, Shoemake 1985, as White 2016 recommends for
 * latent spaces) walks the great circle between the directions while the norm goes smoothly from
 * |a| to |b|, so every step looks like a draw of the prior.
 */
public final class Interpolation {

    /** Below this angle (radians) between the endpoints slerp is lerp: sin θ would divide by almost 0. */
    static final double PARALLEL = 1e-6;

    private Interpolation() {
    }

    /** How to walk between the endpoints. */
    public enum Method {
        LINEAR("lerp", "linear"),
        SPHERICAL("slerp", "spherical");

        private final String cliName;
        private final String label;

        Method(String cliName, String label) {
            this.cliName = cliName;
            this.label = label;
        }

        /** On the command line and in metadata: {@code lerp}, {@code slerp}. */
        public String cliName() {
            return cliName;
        }

        /** On screen: "linear", "spherical". */
        public String label() {
            return label;
        }

        /** The method named {@code lerp} or {@code slerp}; null for another name. */
        public static Method byNameOrNull(String name) {
            for (Method m : values()) {
                if (m.cliName.equalsIgnoreCase(name) || m.name().equalsIgnoreCase(name)) {
                    return m;
                }
            }
            return null;
        }
    }

    /** (1 − t)·a + t·b. */
    public static float[] lerp(float[] a, float[] b, double t) {
        checkSameSize(a, b);
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) ((1 - t) * a[i] + t * b[i]);
        }
        return out;
    }

    /**
     * sin((1 − t)θ)/sin θ · a + sin(tθ)/sin θ · b, θ the angle between a and b; lerp when they are
     * (nearly) parallel or one is zero.
     */
    public static float[] slerp(float[] a, float[] b, double t) {
        checkSameSize(a, b);
        double na = norm(a);
        double nb = norm(b);
        if (na == 0 || nb == 0) {
            return lerp(a, b, t);
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        double theta = Math.acos(Math.max(-1, Math.min(1, dot / (na * nb))));
        if (theta < PARALLEL) {
            return lerp(a, b, t);
        }
        double s = Math.sin(theta);
        double wa = Math.sin((1 - t) * theta) / s;
        double wb = Math.sin(t * theta) / s;
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) (wa * a[i] + wb * b[i]);
        }
        return out;
    }

    /**
     * {@code steps} latent vectors from a to b inclusive, evenly spaced in t, row-major
     * ({@code steps × a.length}).
     */
    public static float[] path(float[] a, float[] b, int steps, Method method) {
        if (steps < 2) {
            throw new IllegalArgumentException("an interpolation needs 2 or more steps, got " + steps);
        }
        int d = a.length;
        float[] out = new float[steps * d];
        for (int k = 0; k < steps; k++) {
            double t = (double) k / (steps - 1);
            float[] z = method == Method.LINEAR ? lerp(a, b, t) : slerp(a, b, t);
            System.arraycopy(z, 0, out, k * d, d);
        }
        return out;
    }

    /**
     * Soft labels along a path from class {@code from} to class {@code to}: {@code steps} rows of
     * {@code classes} weights, row k = (1 − t)·onehot(from) + t·onehot(to) with t = k/(steps − 1),
     * so a conditional model's class input (and a conditional GAN's γ and β) mix linearly as z does.
     */
    public static float[] classWeights(int from, int to, int classes, int steps) {
        if (steps < 2) {
            throw new IllegalArgumentException("an interpolation needs 2 or more steps, got " + steps);
        }
        if (from < 0 || from >= classes || to < 0 || to >= classes) {
            throw new IllegalArgumentException("classes " + from + " and " + to + " are not both in 0.." + (classes - 1));
        }
        float[] out = new float[steps * classes];
        for (int k = 0; k < steps; k++) {
            double t = (double) k / (steps - 1);
            out[k * classes + from] += (float) (1 - t);
            out[k * classes + to] += (float) t;
        }
        return out;
    }

    /** The Euclidean norm of each of the {@code count} rows of {@code z}. */
    public static double[] norms(float[] z, int count) {
        if (count < 1 || z.length % count != 0) {
            throw new IllegalArgumentException(z.length + " values are not " + count + " vectors");
        }
        int d = z.length / count;
        double[] out = new double[count];
        for (int k = 0; k < count; k++) {
            double sum = 0;
            for (int i = 0; i < d; i++) {
                double v = z[k * d + i];
                sum += v * v;
            }
            out[k] = Math.sqrt(sum);
        }
        return out;
    }

    static double norm(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        return Math.sqrt(sum);
    }

    private static void checkSameSize(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("the endpoints have " + a.length + " and " + b.length + " values: they must be the same size");
        }
    }
}
