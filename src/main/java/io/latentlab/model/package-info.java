/**
 * Models and model files: the GAN as a pair of DL4J networks, the VAE as an encoder and a decoder network, their shapes, the model card and
 * the {@code .lab.zip} file format (atomic saves, untrusted loads checked against the card).
 */
package io.latentlab.model;
