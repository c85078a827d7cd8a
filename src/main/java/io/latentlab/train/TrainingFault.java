package io.latentlab.train;

import java.util.Locale;

/**
 * A step that went wrong and what the session did about it: it paused, and put the parameters
 * back as they were at {@code restoredIteration} (−1 when no good copy was left), with the
 * optimisers started afresh. {@link #message()} is the one line the window shows.
 *
 * @param iteration         the step that went wrong
 * @param problem           what went wrong in it
 * @param restoredIteration the checkpoint put back, or −1
 * @param learningRates     the learning rates in force, in words (e.g. "0.05" or "G 1e-3, D 1e4")
 */
public record TrainingFault(long iteration, StepHealth.Problem problem, long restoredIteration, String learningRates) {

    public boolean restored() {
        return restoredIteration >= 0;
    }

    /** What happened and what to try, in one line. */
    public String message() {
        String what = String.format(Locale.ROOT, "Paused at iteration %,d: %s.", iteration, problem.describe());
        if (!restored()) {
            return what + " No good parameters were kept; lower the learning rate (now " + learningRates
                    + ") and press Reset.";
        }
        return what + String.format(Locale.ROOT, " Parameters restored from iteration %,d; lower the learning rate"
                + " (now %s) and press Play, or Reset.", restoredIteration, learningRates);
    }

    /** A learning rate in a few digits: 0.0002, 0.05, 10000, 1e+08. */
    public static String rate(double rate) {
        if (rate >= 1e-4 && rate < 1e6) {
            return new java.math.BigDecimal(rate).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.3g", rate);
    }
}
