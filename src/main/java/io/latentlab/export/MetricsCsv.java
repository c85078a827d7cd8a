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
