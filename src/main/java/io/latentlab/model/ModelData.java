package io.latentlab.model;

import io.latentlab.data.BadInputException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The {@code data.csv} entry of a model file: the points of data a person made, a header
 * ({@code x} or {@code x,y}) and one point per line, read back strictly (the file is untrusted:
 * the column count, finite numbers and a cap on the number of points are checked).
 */
final class ModelData {

    private ModelData() {
    }

    static byte[] csv(float[] points, int dimension) {
        if (points.length % dimension != 0) {
            throw new IllegalArgumentException(points.length + " values do not make " + dimension + "-D points");
        }
        StringBuilder text = new StringBuilder(dimension == 1 ? "x\n" : "x,y\n");
        for (int i = 0; i < points.length; i += dimension) {
            text.append(Float.toString(points[i]));
            for (int j = 1; j < dimension; j++) {
                text.append(',').append(Float.toString(points[i + j]));
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static float[] parse(Path file, byte[] bytes, int dimension, int maxPoints) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        String header = dimension == 1 ? "x" : "x,y";
        if (lines.length == 0 || !lines[0].trim().toLowerCase(Locale.ROOT).equals(header)) {
            throw bad(file, "its data.csv does not start with the header '" + header + "'");
        }
        int count = lines.length - 1;
        if (count > maxPoints) {
            throw bad(file, "its data.csv holds " + count + " points, more than the " + maxPoints + " a model file keeps");
        }
        float[] points = new float[count * dimension];
        for (int i = 0; i < count; i++) {
            String[] cells = lines[i + 1].trim().split(",");
            if (cells.length != dimension) {
                throw bad(file, "line " + (i + 2) + " of its data.csv has " + cells.length + " values, not " + dimension);
            }
            for (int j = 0; j < dimension; j++) {
                float v;
                try {
                    v = Float.parseFloat(cells[j].trim());
                } catch (NumberFormatException e) {
                    throw bad(file, "line " + (i + 2) + " of its data.csv has '" + cells[j].trim() + "', not a number");
                }
                if (!Float.isFinite(v)) {
                    throw bad(file, "line " + (i + 2) + " of its data.csv has " + v + "; points must be finite");
                }
                points[i * dimension + j] = v;
            }
        }
        return points;
    }

    private static BadInputException bad(Path file, String what) {
        return new BadInputException(file.getFileName() + " " + what + "; the file is damaged, save the model again");
    }
}
