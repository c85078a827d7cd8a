package io.latentlab.train;

import io.latentlab.data.LabelledPoints;

import java.util.Random;

/**
 * A discriminative classifier of 2-D points: p(y | x) = softmax(W₂·tanh(W₁·x̃ + b₁) + b₂), or
 * softmax(W·x̃ + b) without a hidden layer (multinomial logistic regression), where x̃ is x
 * standardised by the training points' mean and standard deviation. It models only how the
 * label depends on x, never x itself. Fitted by full-batch Adam on the mean cross-entropy with
 * a small L2 penalty on the weights, from a seeded start. Immutable once fitted.
 */
public final class SoftmaxClassifier {

    /** Full-batch Adam steps of a fit. */
    public static final int STEPS = 1000;
    private static final double LEARNING_RATE = 0.05;
    private static final double L2 = 1e-4;

    private final int classes;
    private final int hidden;
    private final double[] params;
    private final double[] shift;
    private final double[] scale;
    private final double loss;

    private SoftmaxClassifier(int classes, int hidden, double[] params, double[] shift, double[] scale, double loss) {
        this.classes = classes;
        this.hidden = hidden;
        this.params = params;
        this.shift = shift;
        this.scale = scale;
        this.loss = loss;
    }

    /**
     * Fits a classifier of {@code kind} to {@code data}, starting from weights drawn from {@code seed}.
     *
     * @throws IllegalArgumentException for fewer than 2 points
     */
    public static SoftmaxClassifier fit(ClassifierKind kind, LabelledPoints data, long seed) {
        int n = data.count();
        if (n < 2) {
            throw new IllegalArgumentException("a classifier needs at least 2 points, got " + n);
        }
        int k = data.classCount();
        int h = kind.hidden();
        double[] shift = new double[2];
        double[] scale = new double[2];
        double[] xy = data.xy();
        for (int a = 0; a < 2; a++) {
            double s = 0;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                s += xy[2 * i + a];
                ss += xy[2 * i + a] * xy[2 * i + a];
            }
            shift[a] = s / n;
            scale[a] = Math.max(1e-6, Math.sqrt(Math.max(0, ss / n - shift[a] * shift[a])));
        }
        double[] x = new double[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            x[i] = (xy[i] - shift[i % 2]) / scale[i % 2];
        }
        SoftmaxNetwork net = new SoftmaxNetwork(k, h);
        double[] params = net.initialParameters(new Random(seed));
        double[] grad = new double[params.length];
        double[] m = new double[params.length];
        double[] v = new double[params.length];
        int[] labels = data.labels();
        double loss = Double.NaN;
        for (int t = 1; t <= STEPS; t++) {
            loss = net.lossAndGradient(params, x, labels, L2, grad);
            double alpha = LEARNING_RATE * Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(0.9, t));
            for (int p = 0; p < params.length; p++) {
                m[p] = 0.9 * m[p] + 0.1 * grad[p];
                v[p] = 0.999 * v[p] + 0.001 * grad[p] * grad[p];
                params[p] -= alpha * m[p] / (Math.sqrt(v[p]) + 1e-8);
            }
        }
        return new SoftmaxClassifier(k, h, params, shift, scale, loss);
    }

    public int classCount() {
        return classes;
    }

    /** The mean cross-entropy (nats per point, with the L2 penalty) at the last step of the fit. */
    public double trainingLoss() {
        return loss;
    }

    /** p(y | x) for every class at (x, y). */
    public double[] probabilities(double x, double y) {
        double[] out = new double[classes];
        new SoftmaxNetwork(classes, hidden).probabilities(params, (x - shift[0]) / scale[0], (y - shift[1]) / scale[1],
                new double[hidden], out);
        return out;
    }

    /** The most probable class at (x, y). */
    public int predict(double x, double y) {
        double[] p = probabilities(x, y);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The share of {@code data}'s points whose class is the most probable one. */
    public double accuracy(LabelledPoints data) {
        int right = 0;
        for (int i = 0; i < data.count(); i++) {
            right += predict(data.x(i), data.y(i)) == data.label(i) ? 1 : 0;
        }
        return (double) right / data.count();
    }

    /** p(y | x) at every grid point: [class][iy·nx + ix]. */
    public double[][] probabilities(io.latentlab.density.Grid grid) {
        SoftmaxNetwork net = new SoftmaxNetwork(classes, hidden);
        double[][] out = new double[classes][grid.size()];
        double[] work = new double[hidden];
        double[] p = new double[classes];
        for (int i = 0; i < grid.size(); i++) {
            net.probabilities(params, (grid.x(i % grid.nx()) - shift[0]) / scale[0],
                    (grid.y(i / grid.nx()) - shift[1]) / scale[1], work, p);
            for (int c = 0; c < classes; c++) {
                out[c][i] = p[c];
            }
        }
        return out;
    }
}
