package io.latentlab.density;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The SciPy / scikit-learn reference files in the test resources (see the README there), read as doubles. */
final class Reference {

    private Reference() {
    }

    /** The numeric rows of a CSV, header skipped. */
    static double[][] rows(String name) {
        List<double[]> rows = new ArrayList<>();
        for (String line : lines(name).subList(1, lines(name).size())) {
            String[] cells = line.split(",");
            double[] row = new double[cells.length];
            for (int i = 0; i < cells.length; i++) {
                row[i] = Double.parseDouble(cells[i]);
            }
            rows.add(row);
        }
        return rows.toArray(double[][]::new);
    }

    /** Column {@code c} of every row. */
    static double[] column(double[][] rows, int c) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][c];
        }
        return out;
    }

    /** A points file, row-major. */
    static double[] points(String name) {
        double[][] rows = rows(name);
        int d = rows[0].length;
        double[] out = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, out, i * d, d);
        }
        return out;
    }

    /** A {@code name,value} file; non-numeric values are left out. */
    static Map<String, Double> params(String name) {
        Map<String, Double> out = new HashMap<>();
        for (String line : lines(name).subList(1, lines(name).size())) {
            int comma = line.indexOf(',');
            try {
                out.put(line.substring(0, comma), Double.parseDouble(line.substring(comma + 1)));
            } catch (NumberFormatException e) {
                // a description, such as the grid order
            }
        }
        return out;
    }

    private static List<String> lines(String name) {
        try (InputStream in = Reference.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** max |a − b| / max |b|. */
    static double errorOverPeak(double[] a, double[] b) {
        double diff = 0;
        double peak = 0;
        for (int i = 0; i < a.length; i++) {
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
            peak = Math.max(peak, Math.abs(b[i]));
        }
        return diff / peak;
    }
}
