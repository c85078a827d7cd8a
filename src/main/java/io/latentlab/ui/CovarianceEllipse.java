package io.latentlab.ui;

/**
 * The axes of the 1σ ellipse of a 2×2 covariance {@code [[a, b], [b, c]]}: the square roots of
 * its eigenvalues, and the angle of the major axis from the x axis (radians, anticlockwise).
 * The kσ ellipse is the same scaled by k.
 */
record CovarianceEllipse(double major, double minor, double angle) {

    static CovarianceEllipse of(double[] covariance) {
        double a = covariance[0];
        double b = 0.5 * (covariance[1] + covariance[2]);
        double c = covariance[3];
        double mid = 0.5 * (a + c);
        double half = Math.hypot(0.5 * (a - c), b);
        double angle = 0.5 * Math.atan2(2 * b, a - c);
        return new CovarianceEllipse(Math.sqrt(Math.max(0, mid + half)), Math.sqrt(Math.max(0, mid - half)), angle);
    }
}
