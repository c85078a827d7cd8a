package io.latentlab.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long the start takes, from the JVM's start (as {@link java.lang.management.RuntimeMXBean}
 * records it) to each milestone: window shown, ND4J ready, model loaded, first grid drawn. The
 * last milestone ends the start: one INFO line of the {@value #LOGGER} logger sums it up; with
 * {@code --startup-report} each milestone is also printed as it happens.
 */
final class StartupClock {

    static final String LOGGER = "io.latentlab.startup";

    private final long jvmStartMs = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final boolean printEach;
    private final String last;
    private final List<String> marks = new ArrayList<>();

    /** @param last the milestone after which the app is usable */
    StartupClock(boolean printEach, String last) {
        this.printEach = printEach;
        this.last = last;
    }

    /** Seconds since the JVM started. */
    double elapsedSeconds() {
        return (System.currentTimeMillis() - jvmStartMs) / 1000.0;
    }

    /** Records {@code milestone} now; any thread. */
    synchronized void mark(String milestone) {
        String line = String.format(Locale.ROOT, "%s %.2f s", milestone, elapsedSeconds());
        marks.add(line);
        if (printEach) {
            System.out.println("startup: " + line);
            System.out.flush();
        }
        if (milestone.equals(last)) {
            Logger log = LoggerFactory.getLogger(LOGGER);
            log.info("Latent Lab usable {} after the JVM started ({})",
                    String.format(Locale.ROOT, "%.2f s", elapsedSeconds()), String.join(", ", marks));
        }
    }
}
