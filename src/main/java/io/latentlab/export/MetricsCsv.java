package io.latentlab.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Per-iteration training metrics, streamed to CSV as training runs so a long run can be watched
 * (or plotted) while it goes: header {@code iteration,d_loss,g_loss,d_real,d_fake,iters_per_sec},
 * numbers as {@code %.9g}. Not atomic on purpose: the rows written before a crash are kept.
 */
public final class MetricsCsv implements Closeable {

    public static final String HEADER = "iteration,d_loss,g_loss,d_real,d_fake,iters_per_sec";

    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(96);

    private MetricsCsv(BufferedWriter out) {
        this.out = out;
    }

    /**
     * Writes a chart's series at once, atomically: header {@code iteration,<column>...}, a row per
     * point, numbers as {@code %.9g}; a series' name becomes its column as {@link #column} says.
     *
     * @param values {@code values[series][point]}, each as long as {@code iteration}
     */
    public static void writeSeries(Path file, java.util.List<String> names, long[] iteration, double[][] values)
            throws IOException {
        if (names.size() != values.length) {
            throw new IllegalArgumentException(names.size() + " names for " + values.length + " series");
        }
        StringBuilder text = new StringBuilder("iteration");
        for (String name : names) {
            text.append(',').append(column(name));
        }
        text.append('\n');
        for (int i = 0; i < iteration.length; i++) {
            text.append(iteration[i]);
            for (double[] series : values) {
                text.append(',').append(GFormat.g9(i < series.length ? series[i] : Double.NaN));
            }
            text.append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        io.latentlab.model.AtomicFile.write(file, out -> out.write(bytes));
    }

    /** A series' name as a CSV column: lower case, words joined by {@code _}, a leading minus as {@code neg_} ("−ELBO" → {@code neg_elbo}, "D(real)" → {@code d_real}). */
    public static String column(String name) {
        String s = name.trim().replaceFirst("^[−-]", "neg ").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_");
        return s.replaceAll("^_+|_+$", "");
    }

    /** Creates (or replaces) {@code file} and writes the header. */
    public static MetricsCsv create(Path file) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            w.write(HEADER);
            w.write('\n');
        } catch (IOException e) {
            w.close();
            throw e;
        }
        return new MetricsCsv(w);
    }

    /** One row; a figure a step did not measure may be NaN (written {@code nan}). */
    public void row(long iteration, double dLoss, double gLoss, double dReal, double dFake, double itersPerSec)
            throws IOException {
        line.setLength(0);
        line.append(iteration).append(',').append(GFormat.g9(dLoss)).append(',').append(GFormat.g9(gLoss))
                .append(',').append(GFormat.g9(dReal)).append(',').append(GFormat.g9(dFake))
                .append(',').append(GFormat.g9(itersPerSec)).append('\n');
        out.write(line.toString());
    }

    /** Pushes buffered rows to the file, so a reader sees them. */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
