/**
 * What Latent Lab keeps between runs: the window's layout, the look (high contrast, larger
 * text, presentation mode) and the model files opened or saved lately, as one small JSON file in
 * the user's config folder. The file is untrusted input: whatever part of it cannot be read
 * falls back to its default, and the reader says in one line which file and what was wrong.
 * No JavaFX here; the window applies these values in {@code ui}.
 */
package io.latentlab.settings;
