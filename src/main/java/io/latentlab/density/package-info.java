/**
 * Density estimation for 1-D and 2-D points, as the toy-distribution views overlay it and
 * {@code latentlab density} writes it: kernel density estimates (Gaussian with a full kernel
 * covariance, as SciPy's {@code gaussian_kde}; Epanechnikov), evaluated exactly or binned on a
 * regular grid with an FFT convolution, and Gaussian mixtures fitted by EM as scikit-learn's
 * {@code GaussianMixture} defines them, including a one-iteration-at-a-time EM for teaching ({@code EmRun}), which {@code EmSession}
 * plays on its own worker thread, publishing immutable {@code EmFrame}s for the EM player.
 * {@link io.latentlab.density.OverlayFitter} refits the toy lab's overlays of real and generated
 * samples, and their KL and JS divergences, on its own thread while a GAN trains.
 * Headless and plain {@code double[]}: points are row-major ({@code points[i*d + j]}).
 */
package io.latentlab.density;
