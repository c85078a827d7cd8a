/**
 * Training: the lean GAN trainer over DL4J networks, and the {@link io.latentlab.train.TrainingSession}
 * that runs it on one worker thread and publishes immutable snapshots (metrics after every step,
 * generated samples, a bounded loss history) for the window and the command line alike. The VAE
 * has the same shape: {@link io.latentlab.train.VaeTrainer} (negative β-ELBO of
 * {@link io.latentlab.train.VaeObjective}, on the same lean path) and
 * {@link io.latentlab.train.VaeSession}.
 */
package io.latentlab.train;
