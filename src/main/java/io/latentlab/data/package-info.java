/**
 * Data the models learn from: seeded toy distributions in one and two dimensions (the 8-Gaussian
 * ring, a grid, moons, a spiral, 1-D mixtures and pushforwards of Uniform[0, 1]), their true
 * densities where known in closed form ({@link io.latentlab.data.KnownDensity}), data a person
 * drew or saved as a points CSV ({@link io.latentlab.data.DrawnDistribution}), measures over
 * them such as mode coverage, image sets for the image models ({@link io.latentlab.data.ImageSet},
 * where they come from behind {@link io.latentlab.data.ImageSource}, and seeded stand-in images,
 * {@link io.latentlab.data.SyntheticImages}), and the exception for input that
 * cannot be used. No JavaFX and no networks here.
 */
package io.latentlab.data;
