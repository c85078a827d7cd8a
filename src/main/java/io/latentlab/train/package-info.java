/**
 * Training: the lean GAN trainer over DL4J networks, and the {@link io.latentlab.train.TrainingSession}
 * that runs it on one worker thread and publishes immutable snapshots (metrics after every step,
 * generated samples, a bounded loss history) for the window and the command line alike. The VAE
 * has the same shape: {@link io.latentlab.train.VaeTrainer} (negative β-ELBO of
 * {@link io.latentlab.train.VaeObjective}, on the same lean path) and
 * {@link io.latentlab.train.VaeSession}. The image models train in an
 * {@link io.latentlab.train.ImageTrainingSession} through the small
 * {@link io.latentlab.train.ImageModelTrainer} surface (the autoencoders, conditional or not, as
 * {@link io.latentlab.train.TrainableAutoencoder}), which names its own chart series.
 */
package io.latentlab.train;
