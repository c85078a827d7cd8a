package io.latentlab.ui;

import java.util.Arrays;

/**
 * Where each class sits among 2-D points: the coordinate-wise median of its points, robust to the
 * few that stray far. The latent map writes each class's number there.
 */
final class ClassCentres {

    private ClassCentres() {
    }

    /**
     * The centre of each class 0..max label among {@code count} points ({@code ab}: a₀, b₀, a₁, …)
     * labelled {@code labels}, as {a, b}; null for a class with no points.
     */
    static double[][] of(double[] ab, int[] labels, int count) {
        int classes = Arrays.stream(labels, 0, count).max().orElse(-1) + 1;
        double[][] centres = new double[Math.max(0, classes)][];
        for (int k = 0; k < classes; k++) {
            int n = 0;
            for (int i = 0; i < count; i++) {
                n += labels[i] == k ? 1 : 0;
            }
            if (n == 0) {
                continue;
            }
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0, j = 0; i < count; i++) {
                if (labels[i] == k) {
                    a[j] = ab[2 * i];
                    b[j++] = ab[2 * i + 1];
                }
            }
            Arrays.sort(a);
            Arrays.sort(b);
            centres[k] = new double[] {a[n / 2], b[n / 2]};
        }
        return centres;
    }
}
