/**
 * Latent exploration, headless: a trained image model seen from its latent space
 * ({@link io.latentlab.explore.LatentModel}), and what is computed over it — interpolation
 * paths, vector arithmetic, principal directions, maps and neighbours. The Explore tab and the
 * {@code interpolate} and {@code sample} commands share it, so the window and the command line
 * make the same pixels from the same latent vectors.
 */
package io.latentlab.explore;
