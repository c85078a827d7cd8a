package io.latentlab.lesson;

import java.util.List;
import java.util.Map;

/**
 * One lesson, as read from its file: what the teacher opens from the Lessons menu.
 *
 * @param id          the file's name without {@code .lesson.json}: "01-ring-mode-collapse"
 * @param file        the file's name, for messages
 * @param title       a short heading: "A GAN on a ring, and mode collapse"
 * @param summary     one line for the menu
 * @param workspace   where it runs: {@code toy-lab}, {@code vae}, {@code mixtures}, {@code images}, {@code explore}, …
 * @param formula     the formula shown large, in plain Unicode
 * @param explanation a few short paragraphs, separated by blank lines
 * @param ask         questions for the class, in order (may be empty)
 * @param settings    setting name to value (numbers and booleans as their JSON text), in the file's order
 * @param play        whether training starts as soon as the lesson is set up
 */
public record Lesson(String id, String file, String title, String summary, String workspace, String formula,
                     String explanation, List<String> ask, Map<String, String> settings, boolean play) {

    public Lesson {
        ask = List.copyOf(ask);
        settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
    }
}
