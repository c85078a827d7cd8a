package io.latentlab.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/**
 * How a learning rate is typed and shown: plain decimals with three significant digits
 * ({@code 0.001}, {@code 0.000316}), and typed as a decimal or in e-notation ({@code 1e-3}).
 */
public final class LearningRateText {

    /** The smallest learning rate a person may type. */
    public static final double MIN = 1e-6;
    /** The largest learning rate a person may type. */
    public static final double MAX = 1.0;

    private LearningRateText() {
    }

    public static String format(double rate) {
        return new BigDecimal(rate).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** The rate {@code text} names, or empty when it is not a number in [{@link #MIN}, {@link #MAX}]. */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String t = text.trim().replace(',', '.');
        if (t.isEmpty() || !t.matches("[0-9.eE+-]+")) {
            return OptionalDouble.empty();
        }
        try {
            double v = Double.parseDouble(t);
            return v >= MIN && v <= MAX ? OptionalDouble.of(v) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** What to tell a person whose text was not a learning rate; {@code kept} is the rate still in force. */
    public static String invalid(String what, String text, double kept) {
        return "\"" + text.trim() + "\" is not a valid " + what + ": type a number from 0.000001 to 1, such as 0.001. "
                + "It stays " + format(kept) + ".";
    }
}
