package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.export.Points;
import io.latentlab.export.PointsCsv;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A points CSV given on the command line, checked before any work: it exists, has a header of
 * one or two columns, at least one point, and only finite numbers. Each problem is one
 * {@link BadInputException} line naming the option, the file, the line and the fix.
 */
final class PointsFile {

    private PointsFile() {
    }

    /** The points of {@code file}, given as {@code option}. */
    static Points read(Path file, String option) {
        if (!Files.exists(file)) {
            throw new BadInputException(option + " " + file + " does not exist; check the path");
        }
        Points points = PointsCsv.read(file);
        if (points.count() == 0) {
            throw new BadInputException(file.getFileName() + " has no points, only a header; add a line per point after it");
        }
        return points; // PointsCsv has refused NaN and infinities, naming the line
    }

    /** The same, widened to doubles. */
    static double[] readDoubles(Path file, String option, int[] dimension) {
        Points points = read(file, option);
        float[] v = points.values();
        double[] x = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            x[i] = v[i];
        }
        dimension[0] = points.dimension();
        return x;
    }
}
