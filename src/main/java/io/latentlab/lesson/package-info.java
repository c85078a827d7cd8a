/**
 * Lesson presets: a lesson file ({@code assets/lessons/*.lesson.json}) names a workspace, the
 * settings that put it in the state the lesson needs, and the explanation and formula shown
 * beside it. Read as untrusted input: sizes, types and names are bounded and checked here;
 * what each setting means is the workspace's business (the {@code ui} layer applies them).
 */
package io.latentlab.lesson;
