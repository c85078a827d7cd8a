package io.latentlab.export;

import io.latentlab.data.BadInputException;
import io.latentlab.model.AtomicFile;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Points as CSV: a header line ({@code x} or {@code x,y}), then one point per line with numbers
 * as {@code %.9g}. Reading accepts any one- or two-column header and says which line is wrong.
 */
public final class PointsCsv {

    /** Refuses files with more points than this: 50 million rows is far beyond any sample we write. */
    static final int MAX_POINTS = 50_000_000;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private PointsCsv() {
    }

    /** Writes {@code points} atomically. */
    public static void write(Path file, Points points) throws IOException {
        AtomicFile.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            write(w, points);
            w.flush();
        });
    }

    static void write(Writer w, Points points) throws IOException {
        int d = points.dimension();
        float[] v = points.values();
        w.write(d == 1 ? "x\n" : "x,y\n");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < v.length; i += d) {
            line.setLength(0);
            line.append(GFormat.g9(v[i]));
            if (d == 2) {
                line.append(',').append(GFormat.g9(v[i + 1]));
            }
            w.write(line.append('\n').toString());
        }
    }

    /** Reads a points CSV; a {@link BadInputException} names the file and the line when it cannot. */
    public static Points read(Path file) {
        String name = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || header.isBlank()) {
                throw new BadInputException(name + " is empty; a points CSV starts with a header line such as x,y");
            }
            int d = header.split(",", -1).length;
            if (d != 1 && d != 2) {
                throw new BadInputException(name + " line 1: the header has " + d
                        + " columns; a points CSV has one (x) or two (x,y)");
            }
            float[] values = new float[1024];
            int n = 0;
            int lineNo = 1;
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != d) {
                    throw new BadInputException(name + " line " + lineNo + ": expected " + d + " number"
                            + (d == 1 ? "" : "s") + " separated by commas, found " + cells.length + " field"
                            + (cells.length == 1 ? "" : "s") + " ('" + abbreviate(line) + "')");
                }
                if (n + d > values.length) {
                    if (n / d >= MAX_POINTS) {
                        throw new BadInputException(name + " holds more than " + MAX_POINTS + " points; use a smaller sample");
                    }
                    values = Arrays.copyOf(values, values.length * 2);
                }
                for (String cell : cells) {
                    values[n++] = number(name, lineNo, cell);
                }
            }
            return new Points(d, Arrays.copyOf(values, n));
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + " does not exist; check the path");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BadInputException(name + " is not a text file; a points CSV is UTF-8 text with a header line such as x,y");
        } catch (IOException e) {
            throw new BadInputException(name + " cannot be read (" + e.getMessage() + ")");
        }
    }

    private static float number(String name, int lineNo, String cell) {
        String t = cell.trim();
        switch (t.toLowerCase(Locale.ROOT)) {
            case "nan":
                return Float.NaN;
            case "inf", "+inf", "infinity", "+infinity":
                return Float.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Float.NEGATIVE_INFINITY;
            default:
                break;
        }
        if (!DECIMAL.matcher(t).matches()) {
            throw new BadInputException(name + " line " + lineNo + ": '" + abbreviate(t) + "' is not a number");
        }
        return Float.parseFloat(t);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
