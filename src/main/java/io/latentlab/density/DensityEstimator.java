package io.latentlab.density;

import java.util.Locale;

/**
 * Which density estimate the toy lab draws over its samples: a kernel density (with a kernel
 * and a bandwidth rule) or a Gaussian mixture with full covariances (a fixed number of
 * components, or {@link #AUTO} for the number with the lowest BIC). Immutable, comparable by
 * value, so a fitter can tell whether the settings changed.
 *
 * @param method     KDE or GMM
 * @param kernel     the KDE's kernel (kept, unused, for a GMM)
 * @param bandwidth  the KDE's rule, {@code scott} or {@code silverman}, or a kernel width H in data
 *                   units (a positive number, as text: "0.25")
 * @param components the GMM's number of components, 1..{@link GaussianMixture#AUTO_MAX_K}, or
 *                   {@link #AUTO}
 */
public record DensityEstimator(Method method, Kernel kernel, String bandwidth, int components) {

    /** {@link #components} meaning "choose k by BIC". */
    public static final int AUTO = 0;

    /** KDE or GMM. */
    public enum Method { KDE, GMM }

    public DensityEstimator {
        if (method == null || kernel == null) {
            throw new IllegalArgumentException("an estimator needs a method (kde or gmm) and a kernel, got "
                    + method + " and " + kernel);
        }
        bandwidth = bandwidth.trim().toLowerCase(Locale.ROOT);
        if (!bandwidth.equals("scott") && !bandwidth.equals("silverman")) {
            double width;
            try {
                width = Double.parseDouble(bandwidth);
            } catch (NumberFormatException e) {
                width = Double.NaN;
            }
            if (!(width > 0) || !Double.isFinite(width)) {
                throw new IllegalArgumentException("the bandwidth must be scott, silverman or a positive number, was '"
                        + bandwidth + "'");
            }
        }
        if (components < AUTO || components > GaussianMixture.AUTO_MAX_K) {
            throw new IllegalArgumentException("the number of components must be in 1.." + GaussianMixture.AUTO_MAX_K
                    + ", or 0 for auto, was " + components);
        }
    }

    /** A Gaussian KDE with Scott's rule: what the lab starts with, and what the divergences use. */
    public static DensityEstimator defaultKde() {
        return new DensityEstimator(Method.KDE, Kernel.GAUSSIAN, "scott", AUTO);
    }

    /** A kernel density with {@code kernel} and the rule {@code bandwidth}. */
    public static DensityEstimator kde(Kernel kernel, String bandwidth) {
        return new DensityEstimator(Method.KDE, kernel, bandwidth, AUTO);
    }

    /** A full-covariance mixture of {@code components} Gaussians, or {@link #AUTO}. */
    public static DensityEstimator gmm(int components) {
        return new DensityEstimator(Method.GMM, Kernel.GAUSSIAN, "scott", components);
    }

    public DensityEstimator withMethod(Method m) {
        return new DensityEstimator(m, kernel, bandwidth, components);
    }

    public DensityEstimator withKernel(Kernel k) {
        return new DensityEstimator(method, k, bandwidth, components);
    }

    public DensityEstimator withBandwidth(String rule) {
        return new DensityEstimator(method, kernel, rule, components);
    }

    /** The same with a fixed kernel width {@code h} in data units. */
    public DensityEstimator withWidth(double h) {
        return withBandwidth(Double.toString(h));
    }

    /** The fixed kernel width, or NaN for the rules {@code scott} and {@code silverman}. */
    public double width() {
        return bandwidth.equals("scott") || bandwidth.equals("silverman") ? Double.NaN : Double.parseDouble(bandwidth);
    }

    public DensityEstimator withComponents(int k) {
        return new DensityEstimator(method, kernel, bandwidth, k);
    }

    /** The binned kernel density of {@code points} on {@code grid}. */
    public double[] kernelDensity(double[] points, int d, Grid grid) {
        return KernelDensity.fit(points, d, kernel, Bandwidth.parse(bandwidth)).binned(grid);
    }

    /** For a legend: "KDE (gaussian, scott)", "KDE (gaussian, h = 0.25)", "GMM (k by BIC)", "GMM (k = 8)". */
    public String label() {
        if (method == Method.KDE) {
            double h = width();
            return "KDE (" + kernel + ", " + (Double.isNaN(h) ? bandwidth : String.format(Locale.ROOT, "h = %.3g", h)) + ")";
        }
        return components == AUTO ? "GMM (k by BIC)" : "GMM (k = " + components + ")";
    }
}
