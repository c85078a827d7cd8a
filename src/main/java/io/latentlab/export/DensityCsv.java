package io.latentlab.export;

import io.latentlab.density.GaussianMixture;
import io.latentlab.density.Grid;
import io.latentlab.model.AtomicFile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Densities and mixtures as CSV, numbers as {@code %.9g}: a grid's densities as
 * {@code x,density} or {@code x,y,density} rows with x varying fastest, and a Gaussian mixture's
 * parameters as {@code component,weight,mean_x,mean_y,cov_xx,cov_xy,cov_yy} (1-D:
 * {@code component,weight,mean,var}).
 */
public final class DensityCsv {

    private DensityCsv() {
    }

    /** Writes {@code density} (one value per grid point) atomically. */
    public static void writeGrid(Path file, Grid grid, double[] density) throws IOException {
        if (density.length != grid.size()) {
            throw new IllegalArgumentException("expected " + grid.size() + " densities for the grid, got " + density.length);
        }
        write(file, w -> {
            boolean twoD = grid.dimension() == 2;
            w.write(twoD ? "x,y,density\n" : "x,density\n");
            StringBuilder line = new StringBuilder();
            for (int p = 0; p < density.length; p++) {
                line.setLength(0);
                line.append(GFormat.g9(grid.x(p % grid.nx()))).append(',');
                if (twoD) {
                    line.append(GFormat.g9(grid.y(p / grid.nx()))).append(',');
                }
                w.write(line.append(GFormat.g9(density[p])).append('\n').toString());
            }
        });
    }

    /** Writes the mixture's parameters atomically, one component per row. */
    public static void writeMixture(Path file, GaussianMixture mixture) throws IOException {
        write(file, w -> {
            boolean twoD = mixture.dimension() == 2;
            w.write(twoD ? "component,weight,mean_x,mean_y,cov_xx,cov_xy,cov_yy\n" : "component,weight,mean,var\n");
            double[] weights = mixture.weights();
            for (int c = 0; c < mixture.k(); c++) {
                double[] m = mixture.mean(c);
                double[] s = mixture.covariance(c);
                StringBuilder line = new StringBuilder().append(c).append(',').append(GFormat.g9(weights[c]));
                if (twoD) {
                    line.append(',').append(GFormat.g9(m[0])).append(',').append(GFormat.g9(m[1]))
                            .append(',').append(GFormat.g9(s[0])).append(',').append(GFormat.g9(s[1]))
                            .append(',').append(GFormat.g9(s[3]));
                } else {
                    line.append(',').append(GFormat.g9(m[0])).append(',').append(GFormat.g9(s[0]));
                }
                w.write(line.append('\n').toString());
            }
        });
    }

    private interface Rows {
        void writeTo(Writer w) throws IOException;
    }

    private static void write(Path file, Rows rows) throws IOException {
        AtomicFile.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            rows.writeTo(w);
            w.flush();
        });
    }
}
