/**
 * Data the models learn from: seeded toy distributions in one and two dimensions (the 8-Gaussian
 * ring, a grid, moons, a spiral, 1-D mixtures and pushforwards of Uniform[0, 1]), their true
 * densities where known in closed form ({@link io.latentlab.data.KnownDensity}), data a person
 * drew or saved as a points CSV ({@link io.latentlab.data.DrawnDistribution}), measures over
 * them such as mode coverage, image datasets (IDX files of the MNIST family read with checks
 * ({@link io.latentlab.data.IdxFile}), the bundled test sets ({@link io.latentlab.data.BundledDatasets}),
 * dataset folders, the seeded {@link io.latentlab.data.ShapesDataset} with known factors, all as
 * {@link io.latentlab.data.ImageSet}s, behind {@link io.latentlab.data.ImageSource} for the
 * trainers, and seeded stand-in images, {@link io.latentlab.data.SyntheticImages}), and the
 * exception for input that cannot be used. No JavaFX and no networks here.
 */
package io.latentlab.data;
