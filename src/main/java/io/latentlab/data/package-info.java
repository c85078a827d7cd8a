/**
 * Data the models learn from: seeded toy distributions in one and two dimensions (the 8-Gaussian
 * ring first), measures over them such as mode coverage, and the exception for input that
 * cannot be used. No JavaFX and no networks here.
 */
package io.latentlab.data;
