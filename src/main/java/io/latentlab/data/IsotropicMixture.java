package io.latentlab.data;

/**
 * The density of an equally weighted mixture of isotropic Gaussians in 2-D with a common
 * standard deviation: what the ring and the grid share.
 */
final class IsotropicMixture {

    private IsotropicMixture() {
    }

    static double density(double[][] centres, double std, double x, double y) {
        double norm = 1 / (2 * Math.PI * std * std * centres.length);
        double sum = 0;
        for (double[] c : centres) {
            double dx = x - c[0];
            double dy = y - c[1];
            sum += Math.exp(-(dx * dx + dy * dy) / (2 * std * std));
        }
        return norm * sum;
    }
}
