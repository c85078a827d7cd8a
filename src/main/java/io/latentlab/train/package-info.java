/**
 * Training: the lean GAN trainer over DL4J networks, and the {@link io.latentlab.train.TrainingSession}
 * that runs it on one worker thread and publishes immutable snapshots (metrics after every step,
 * generated samples, a bounded loss history) for the window and the command line alike.
 */
package io.latentlab.train;
