/**
 * Writing and reading the files other tools open: NumPy {@code .npy} arrays, points and
 * per-iteration metrics as CSV (numbers as C's {@code %.9g}), and scatter-plot PNG previews drawn
 * with Java2D. Headless: no JavaFX, no display needed, and no dependence on the networks.
 */
package io.latentlab.export;
