/**
 * Writing and reading the files other tools open: NumPy {@code .npy} arrays, points and
 * per-iteration metrics as CSV (numbers as C's {@code %.9g}), and scatter-plot PNG previews drawn
 * with Java2D. Image grids are PNGs whose text chunks say how they were made
 * ({@link io.latentlab.export.ImageRecipe}: model, seed, every latent vector, layout and the
 * {@code latentlab} command that writes the same bytes again), and animations are looping GIFs.
 * Headless: no JavaFX and no display needed.
 */
package io.latentlab.export;
