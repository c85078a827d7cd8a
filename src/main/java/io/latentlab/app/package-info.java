/**
 * The desktop application: the launcher, the JavaFX {@code Application} that shows the main
 * window at once and builds the training session on a background thread, and closes it on exit.
 * Wiring only; the views and their view models live in {@code io.latentlab.ui}.
 */
package io.latentlab.app;
