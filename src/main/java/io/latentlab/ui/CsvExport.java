package io.latentlab.ui;

import io.latentlab.model.AtomicFile;
import io.latentlab.train.MetricHistory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes what the toy lab shows as CSV files a spreadsheet or numpy reads: a header line, numbers
 * as {@code %.9g}, the same format the command line writes. Files are written atomically.
 */
final class CsvExport {

    private CsvExport() {
    }

    /** Points as {@code x,y} rows (or {@code x} for 1-D data). */
    static void samples(Path file, float[] points, int dimension) throws IOException {
        AtomicFile.write(file, out -> {
            Writer w = writer(out);
            w.write(dimension == 1 ? "x\n" : "x,y\n");
            for (int i = 0; i + dimension <= points.length; i += dimension) {
                w.write(number(points[i]));
                for (int j = 1; j < dimension; j++) {
                    w.write(',');
                    w.write(number(points[i + j]));
                }
                w.write('\n');
            }
            w.flush();
        });
    }

    /** The loss history as {@code iteration,discriminator_loss,generator_loss}; {@code nan} where a step had no such loss. */
    static void lossHistory(Path file, MetricHistory.Points history) throws IOException {
        AtomicFile.write(file, out -> {
            Writer w = writer(out);
            w.write("iteration,discriminator_loss,generator_loss\n");
            for (int i = 0; i < history.size(); i++) {
                w.write(Long.toString(history.iteration()[i]));
                w.write(',');
                w.write(number(history.discriminatorLoss()[i]));
                w.write(',');
                w.write(number(history.generatorLoss()[i]));
                w.write('\n');
            }
            w.flush();
        });
    }

    private static Writer writer(java.io.OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "nan" : String.format(Locale.ROOT, "%.9g", v);
    }
}
