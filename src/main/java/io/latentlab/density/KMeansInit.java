package io.latentlab.density;

import java.util.SplittableRandom;

/**
 * The labels scikit-learn's {@code GaussianMixture} starts from with {@code init_params='kmeans'}:
 * greedy k-means++ seeding ({@code 2 + ln k} candidates per centre, the one that lowers the
 * inertia most kept), then Lloyd iterations until no label changes or the centres move less
 * than 1e-4 of the mean data variance (at most 300). An emptied cluster takes the point
 * farthest from its centre.
 */
final class KMeansInit {

    static final int MAX_LLOYD = 300;

    private KMeansInit() {
    }

    static int[] labels(double[] x, int d, int k, SplittableRandom random) {
        int n = x.length / d;
        double[] centres = seed(x, d, k, random);
        int[] labels = new int[n];
        double[] dist = new double[n];
        double tol = 1e-4 * meanVariance(x, d);
        java.util.Arrays.fill(labels, -1);
        for (int iter = 0; iter < MAX_LLOYD; iter++) {
            boolean changed = assign(x, d, k, centres, labels, dist);
            double[] next = new double[k * d];
            int[] count = new int[k];
            for (int i = 0; i < n; i++) {
                count[labels[i]]++;
                for (int j = 0; j < d; j++) {
                    next[labels[i] * d + j] += x[i * d + j];
                }
            }
            for (int c = 0; c < k; c++) {
                if (count[c] == 0) {
                    int far = farthest(dist);
                    dist[far] = 0;
                    System.arraycopy(x, far * d, next, c * d, d);
                } else {
                    for (int j = 0; j < d; j++) {
                        next[c * d + j] /= count[c];
                    }
                }
            }
            double shift = 0;
            for (int i = 0; i < next.length; i++) {
                shift += (next[i] - centres[i]) * (next[i] - centres[i]);
            }
            centres = next;
            if (!changed || shift <= tol) {
                break;
            }
        }
        assign(x, d, k, centres, labels, dist);
        return labels;
    }

    private static double meanVariance(double[] x, int d) {
        double[] c = Bandwidth.covariance(x, d);
        double v = 0;
        for (int j = 0; j < d; j++) {
            v += c[j * d + j];
        }
        return x.length / d > 1 ? v / d : 0;
    }

    private static int farthest(double[] dist) {
        int best = 0;
        for (int i = 1; i < dist.length; i++) {
            if (dist[i] > dist[best]) {
                best = i;
            }
        }
        return best;
    }

    private static boolean assign(double[] x, int d, int k, double[] centres, int[] labels, double[] dist) {
        boolean changed = false;
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double s = sq(x, i * d, centres, c * d, d);
                if (s < bestD) {
                    bestD = s;
                    best = c;
                }
            }
            changed |= labels[i] != best;
            labels[i] = best;
            dist[i] = bestD;
        }
        return changed;
    }

    private static double sq(double[] a, int ai, double[] b, int bi, int d) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            double t = a[ai + j] - b[bi + j];
            s += t * t;
        }
        return s;
    }

    /** Greedy k-means++. */
    static double[] seed(double[] x, int d, int k, SplittableRandom random) {
        int n = x.length / d;
        int trials = 2 + (int) Math.log(k);
        double[] centres = new double[k * d];
        int first = random.nextInt(n);
        System.arraycopy(x, first * d, centres, 0, d);
        double[] closest = new double[n];
        double pot = 0;
        for (int i = 0; i < n; i++) {
            closest[i] = sq(x, i * d, centres, 0, d);
            pot += closest[i];
        }
        for (int c = 1; c < k; c++) {
            int bestCandidate = -1;
            double bestPot = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                int cand = sample(closest, pot, random);
                double p = 0;
                for (int i = 0; i < n; i++) {
                    p += Math.min(closest[i], sq(x, i * d, x, cand * d, d));
                }
                if (p < bestPot) {
                    bestPot = p;
                    bestCandidate = cand;
                }
            }
            System.arraycopy(x, bestCandidate * d, centres, c * d, d);
            pot = 0;
            for (int i = 0; i < n; i++) {
                closest[i] = Math.min(closest[i], sq(x, i * d, x, bestCandidate * d, d));
                pot += closest[i];
            }
        }
        return centres;
    }

    private static int sample(double[] weights, double total, SplittableRandom random) {
        if (!(total > 0)) {
            return random.nextInt(weights.length);
        }
        double r = random.nextDouble() * total;
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            if (r < acc) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
