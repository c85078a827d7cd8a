package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.export.ImageGridPng;
import io.latentlab.export.ImageRecipe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latent vectors given to {@code --latents}: a NumPy {@code .npy} (float32 or float64, N×d), a
 * {@code .csv} (a row per vector, an optional header line), or a PNG that Latent Lab exported,
 * whose metadata holds the vectors, their labels, its seed and recipe (carried into the new PNG).
 *
 * @param from   the PNG's metadata, or null for a .npy or .csv
 */
record LatentsFile(float[] z, int count, int latentSize, ImageRecipe from) {

    static final int MAX_VECTORS = 100_000;
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(\\s*(\\d+)\\s*,?\\s*(\\d+)?\\s*,?\\s*\\)");
    private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([<>|=]?)([fi])(\\d)'");

    int[] labels() {
        return from == null ? null : from.labels();
    }

    Long seed() {
        return from == null ? null : from.seed();
    }

    Map<String, String> recipe() {
        return from == null ? Map.of() : from.recipe();
    }

    static LatentsFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("--latents " + file + " does not exist; give a .npy, .csv or a PNG that Latent Lab exported");
        }
        String format = OutputFiles.extension(file);
        return switch (format) {
            case "png" -> png(file);
            case "npy" -> npy(file);
            case "csv" -> csv(file);
            default -> throw new BadInputException("cannot tell the format of --latents " + file
                    + ": give FILE.npy (N×d float32), FILE.csv (a row per vector) or a PNG that Latent Lab exported");
        };
    }

    private static LatentsFile png(Path file) {
        ImageRecipe recipe = ImageGridPng.read(file);
        if (recipe == null) {
            throw new BadInputException(file + " has no Latent Lab metadata (no latentlab.latents text): give a PNG exported by "
                    + "Latent Lab or made by latentlab sample/interpolate, or the vectors as .npy or .csv");
        }
        if (recipe.z() == null) {
            throw new BadInputException(file + " shows real images, not decoded latent vectors, so it holds none to decode; "
                    + "give a PNG of decoded images, or the vectors as .npy or .csv");
        }
        return new LatentsFile(recipe.z(), recipe.count(), recipe.latentSize(), recipe);
    }

    private static LatentsFile npy(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            if (bytes.length < 10 || bytes[0] != (byte) 0x93 || bytes[1] != 'N' || bytes[2] != 'U') {
                throw bad(file, "it does not start as a .npy file does");
            }
            int major = bytes[6];
            int headerLength = major == 1 ? Short.toUnsignedInt(in.getShort(8)) : in.getInt(8);
            int start = (major == 1 ? 10 : 12) + headerLength;
            String header = new String(bytes, major == 1 ? 10 : 12, headerLength, StandardCharsets.ISO_8859_1);
            Matcher descr = DESCR.matcher(header);
            Matcher shape = SHAPE.matcher(header);
            if (!descr.find() || !shape.find() || header.contains("'fortran_order': True") || ">".equals(descr.group(1))
                    || !descr.group(2).equals("f") || !(descr.group(3).equals("4") || descr.group(3).equals("8"))) {
                throw bad(file, "it is not a little-endian float32 or float64 array in C order (header " + header.trim() + ")");
            }
            long rows = shape.group(2) == null ? 1 : Long.parseLong(shape.group(1));
            long d = shape.group(2) == null ? Long.parseLong(shape.group(1)) : Long.parseLong(shape.group(2));
            int width = Integer.parseInt(descr.group(3));
            checkSize(file, rows, d);
            if (bytes.length - start < rows * d * width) {
                throw bad(file, "it is shorter than its " + rows + "×" + d + " shape");
            }
            float[] z = new float[(int) (rows * d)];
            for (int i = 0; i < z.length; i++) {
                z[i] = width == 4 ? in.getFloat(start + 4 * i) : (float) in.getDouble(start + 8 * i);
            }
            return new LatentsFile(z, (int) rows, (int) d, null);
        } catch (IOException e) {
            throw new BadInputException("cannot read --latents " + file + " (" + e.getMessage() + "); check the path");
        }
    }

    private static LatentsFile csv(Path file) {
        List<float[]> rows = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split(",");
                float[] row = new float[parts.length];
                try {
                    for (int j = 0; j < parts.length; j++) {
                        row[j] = Float.parseFloat(parts[j].trim());
                    }
                } catch (NumberFormatException e) {
                    if (rows.isEmpty() && i == 0) {
                        continue; // a header line
                    }
                    throw bad(file, "line " + (i + 1) + " is not numbers separated by commas");
                }
                if (!rows.isEmpty() && row.length != rows.get(0).length) {
                    throw bad(file, "line " + (i + 1) + " has " + row.length + " values where the first row has " + rows.get(0).length);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read --latents " + file + " (" + e.getMessage() + "); check the path");
        }
        if (rows.isEmpty()) {
            throw bad(file, "it holds no rows of numbers");
        }
        int d = rows.get(0).length;
        checkSize(file, rows.size(), d);
        float[] z = new float[rows.size() * d];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, z, i * d, d);
        }
        return new LatentsFile(z, rows.size(), d, null);
    }

    private static void checkSize(Path file, long rows, long d) {
        if (rows < 1 || d < 1 || rows > MAX_VECTORS || d > 4096) {
            throw bad(file, "it holds " + rows + " vectors of " + d + " values; give 1.." + MAX_VECTORS + " vectors");
        }
    }

    private static BadInputException bad(Path file, String why) {
        return new BadInputException("cannot read latent vectors from --latents " + file + ": " + why);
    }

    /** Checks the vectors fit {@code latentSize}. */
    void requireLatentSize(int size, Path model) {
        if (latentSize != size) {
            throw new BadInputException("--latents holds vectors of " + latentSize + " values, but " + model.getFileName() + " has "
                    + size + " latents; give vectors made for this model");
        }
    }
}
