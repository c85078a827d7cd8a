/**
 * The views of Latent Lab and their view models. Views only draw and bind to a view model; only
 * view models talk to the engine ({@code train}, {@code model}, {@code data}). The FX thread never
 * runs a training step or ND4J work: the latest published snapshots are read once per frame, and
 * file work runs on {@link io.latentlab.ui.BackgroundTasks}.
 */
package io.latentlab.ui;
