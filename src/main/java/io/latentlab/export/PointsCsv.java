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
    /** The longest line read: a point is two numbers; a longer line means the file is not a points CSV. */
    static final int MAX_LINE = 1_000;
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
            String header = line(in, name, 1);
            if (header == null || header.isBlank()) {
                throw new BadInputException(name + " is empty; a points CSV starts with a header line such as x,y");
            }
            String[] names = header.split(",", -1);
            int d = names.length;
            if (d != 1 && d != 2) {
                throw new BadInputException(name + " line 1: the header has " + d
                        + " columns; a points CSV has one (x) or two (x,y), so keep only those");
            }
            if (Arrays.stream(names).allMatch(cell -> DECIMAL.matcher(cell.trim()).matches())) {
                throw new BadInputException(name + " line 1 is a point ('" + abbreviate(header) + "'), not a header;"
                        + " add a header line such as " + (d == 1 ? "x" : "x,y") + " above the points");
            }
            float[] values = new float[1024];
            int n = 0;
            int lineNo = 1;
            String line;
            while ((line = line(in, name, lineNo + 1)) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != d) {
                    throw new BadInputException(name + " line " + lineNo + ": expected " + d + " number"
                            + (d == 1 ? "" : "s") + " separated by commas, found " + cells.length + " field"
                            + (cells.length == 1 ? "" : "s") + " ('" + abbreviate(line) + "'); every line after the header"
                            + " has the header's " + d + " column" + (d == 1 ? "" : "s") + ", so fix or remove that line");
                }
                if (n + d > values.length) {
                    if (n / d >= MAX_POINTS) {
                        throw new BadInputException(name + " holds more than " + String.format(Locale.ROOT, "%,d", MAX_POINTS)
                                + " points; use a smaller sample");
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

    /** A point's coordinate: a finite decimal number; NaN, infinities and numbers beyond float's range are refused. */
    private static float number(String name, int lineNo, String cell) {
        String t = cell.trim();
        String nonFinite = switch (t.toLowerCase(Locale.ROOT)) {
            case "nan", "-nan", "+nan" -> "NaN";
            case "inf", "+inf", "infinity", "+infinity" -> "Infinity";
            case "-inf", "-infinity" -> "-Infinity";
            default -> null;
        };
        if (nonFinite != null) {
            throw new BadInputException(name + " line " + lineNo + ": " + nonFinite + " is not a finite number;"
                    + " remove that point or give it a number");
        }
        if (!DECIMAL.matcher(t).matches()) {
            throw new BadInputException(name + " line " + lineNo + ": '" + abbreviate(t) + "' is not a number;"
                    + " a points CSV holds decimal numbers such as -1.25 or 3e-2");
        }
        float v = Float.parseFloat(t);
        if (!Float.isFinite(v)) {
            throw new BadInputException(name + " line " + lineNo + ": " + abbreviate(t) + " is too large for a point"
                    + " (beyond ±3.4e38); rescale the data");
        }
        return v;
    }

    /** The next line without its end, or null at the end; a line longer than {@link #MAX_LINE} is refused unread. */
    private static String line(BufferedReader in, String name, int lineNo) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c == '\n') {
                return line.toString();
            }
            if (c != '\r') {
                if (line.length() == MAX_LINE) {
                    throw new BadInputException(name + " line " + lineNo + " is longer than " + String.format(Locale.ROOT, "%,d", MAX_LINE)
                            + " characters, so it is not a points CSV; give a header such as x,y and one point per line");
                }
                line.append((char) c);
            }
        }
        return line.length() == 0 ? null : line.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
