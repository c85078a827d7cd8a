package io.latentlab.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers as C's {@code printf("%.Ng")} writes them (and Python's {@code '%.9g'}, NumPy's
 * {@code savetxt}): N significant digits, trailing zeros dropped, scientific notation when the
 * exponent is below -4 or at least N. Java's own {@code %g} keeps trailing zeros and so differs.
 */
public final class GFormat {

    private GFormat() {
    }

    /** {@code %.9g}: enough digits to read a float32 back exactly. */
    public static String g9(double x) {
        return g(x, 9);
    }

    /** {@code %.<digits>g}; {@code nan}, {@code inf} and {@code -inf} as C writes them. */
    public static String g(double x, int digits) {
        if (digits < 1 || digits > 17) {
            throw new IllegalArgumentException("digits must be in 1..17, was " + digits);
        }
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= digits) {
            BigDecimal mantissa = rounded.movePointLeft(exponent);
            String m = stripZeros(mantissa.setScale(digits - 1, RoundingMode.HALF_EVEN).toPlainString());
            return String.format(Locale.ROOT, "%se%s%02d", m, exponent < 0 ? "-" : "+", Math.abs(exponent));
        }
        return stripZeros(rounded.setScale(Math.max(0, digits - 1 - exponent), RoundingMode.HALF_EVEN).toPlainString());
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
