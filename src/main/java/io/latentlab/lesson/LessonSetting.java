package io.latentlab.lesson;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A setting a workspace accepts from a lesson: its name, the values it allows (in words, for
 * messages), how a value is read, and what applying it does. Reading is separate from applying so
 * a lesson is checked whole before anything in the window changes.
 *
 * @param <T> the value once read
 */
public record LessonSetting<T>(String name, String allowed, Function<String, T> read, Consumer<T> apply) {

    /** Reads and applies {@code text}; reading has already been checked by {@link #problem}. */
    public void applyText(String text) {
        apply.accept(read.apply(text));
    }

    /** What is wrong with {@code text} for this setting, or null when it reads. */
    public String problem(String text) {
        try {
            read.apply(text);
            return null;
        } catch (RuntimeException e) {
            return "'" + name + "' cannot be " + quoted(text) + ": it must be " + allowed;
        }
    }

    /** A number in [min, max]; "NaN", "Infinity" and text are refused. */
    public static LessonSetting<Double> number(String name, double min, double max, Consumer<Double> apply) {
        return new LessonSetting<>(name, "a number from " + plain(min) + " to " + plain(max), text -> {
            double value = Double.parseDouble(text.trim());
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException("out of range");
            }
            return value;
        }, apply);
    }

    /** A whole number in [min, max]. */
    public static LessonSetting<Integer> whole(String name, int min, int max, Consumer<Integer> apply) {
        return new LessonSetting<>(name, "a whole number from " + min + " to " + max, text -> {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new IllegalArgumentException("out of range");
            }
            return value;
        }, apply);
    }

    /** true or false. */
    public static LessonSetting<Boolean> flag(String name, Consumer<Boolean> apply) {
        return new LessonSetting<>(name, "true or false", text -> {
            String word = text.trim().toLowerCase(Locale.ROOT);
            if (!word.equals("true") && !word.equals("false")) {
                throw new IllegalArgumentException("not a boolean");
            }
            return word.equals("true");
        }, apply);
    }

    /** One of the names {@code choices}, read with {@code byName} (which throws on an unknown one). */
    public static <T> LessonSetting<T> choice(String name, java.util.Collection<String> choices,
                                              Function<String, T> byName, Consumer<T> apply) {
        return new LessonSetting<>(name, "one of " + String.join(", ", choices), text -> {
            if (!choices.contains(text.trim())) {
                throw new IllegalArgumentException("unknown");
            }
            return byName.apply(text.trim());
        }, apply);
    }

    private static String quoted(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return "\"" + shown + "\"";
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
