package io.latentlab.export;

import io.latentlab.data.BadInputException;
import io.latentlab.model.AppVersion;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a Latent Lab PNG says about how it was made, in its text chunks: the model (file name and
 * SHA-256), the seed, every latent vector (a line each, values as {@code %.9g}, which reads back
 * to the same float32 bits), the labels, the grid layout, the recipe of named settings and the
 * exact {@code latentlab} command that makes the same file again. Everything but the model may be
 * absent (null): a grid of real images has no latent vectors; an image of a model that is not a
 * file has no command.
 *
 * @param model       the model's file name
 * @param modelSha256 the SHA-256 of the model file, lower-case hex, or null
 * @param seed        the seed the vectors were drawn with, or null
 * @param z           {@code count × latentSize} latent values, or null
 * @param latentSize  values per latent vector (0 without vectors)
 * @param labels      a label per image, or null
 * @param layout      the grid's layout
 * @param recipe      named settings, e.g. {@code command=interpolate}, {@code method=slerp}; may be empty
 * @param command     the command line that makes the file again, or null
 */
public record ImageRecipe(String model, String modelSha256, Long seed, float[] z, int latentSize, int[] labels,
                          ImageGridLayout layout, Map<String, String> recipe, String command) {

    public static final String SOFTWARE = "Software";
    public static final String MODEL = "latentlab.model";
    public static final String MODEL_SHA256 = "latentlab.model_sha256";
    public static final String SEED = "latentlab.seed";
    public static final String LATENTS = "latentlab.latents";
    public static final String LABELS = "latentlab.labels";
    public static final String LAYOUT = "latentlab.layout";
    public static final String RECIPE = "latentlab.recipe";
    public static final String COMMAND = "latentlab.command";

    public ImageRecipe {
        recipe = recipe == null ? Map.of() : Map.copyOf(recipe);
        if (z != null && (latentSize < 1 || z.length % latentSize != 0)) {
            throw new IllegalArgumentException(z.length + " latent values are not whole vectors of " + latentSize);
        }
    }

    /** The latent vectors there are (0 without any). */
    public int count() {
        return z == null ? 0 : z.length / latentSize;
    }

    /** The text chunks, keyword → text, in the order they are written. */
    public Map<String, String> chunks() {
        Map<String, String> text = new LinkedHashMap<>();
        text.put(SOFTWARE, "Latent Lab " + AppVersion.VERSION);
        text.put(MODEL, model);
        put(text, MODEL_SHA256, modelSha256);
        put(text, SEED, seed == null ? null : seed.toString());
        put(text, LATENTS, z == null ? null : latentsText(z, latentSize));
        put(text, LABELS, labels == null ? null : labelsText(labels));
        text.put(LAYOUT, layout.text());
        put(text, RECIPE, recipe.isEmpty() ? null : recipeText(recipe));
        put(text, COMMAND, command);
        return text;
    }

    /**
     * What the text chunks of a Latent Lab PNG say; null when they are not a Latent Lab PNG's (no
     * {@value #MODEL}).
     *
     * @param file names the file in messages
     */
    public static ImageRecipe fromChunks(Map<String, String> text, String file) {
        String model = text.get(MODEL);
        if (model == null) {
            return null;
        }
        try {
            String latents = text.get(LATENTS);
            float[] z = null;
            int latentSize = 0;
            if (latents != null) {
                String[] lines = latents.strip().split("\n");
                latentSize = lines[0].split(",").length;
                z = new float[lines.length * latentSize];
                for (int i = 0; i < lines.length; i++) {
                    String[] values = lines[i].split(",");
                    if (values.length != latentSize) {
                        throw new BadInputException(file + " holds latent vectors of " + latentSize + " and of " + values.length
                                + " values; its " + LATENTS + " text is damaged");
                    }
                    for (int j = 0; j < latentSize; j++) {
                        z[i * latentSize + j] = Float.parseFloat(values[j].trim());
                    }
                }
            }
            int[] labels = null;
            if (text.get(LABELS) != null) {
                String[] parts = text.get(LABELS).split(",");
                labels = new int[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    labels[i] = Integer.parseInt(parts[i].trim());
                }
            }
            Map<String, String> recipe = new LinkedHashMap<>();
            if (text.get(RECIPE) != null) {
                for (String line : text.get(RECIPE).split("\n")) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        recipe.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
            }
            Long seed = text.get(SEED) == null ? null : Long.parseLong(text.get(SEED).trim());
            ImageGridLayout layout = text.get(LAYOUT) == null ? ImageGridLayout.of(1) : ImageGridLayout.parse(text.get(LAYOUT));
            return new ImageRecipe(model, text.get(MODEL_SHA256), seed, z, latentSize, labels, layout, recipe, text.get(COMMAND));
        } catch (NumberFormatException e) {
            throw new BadInputException(file + " has Latent Lab metadata that does not read as numbers (" + e.getMessage()
                    + "); export the image again");
        }
    }

    /** A line per vector, its values as {@code %.9g} joined by commas. */
    public static String latentsText(float[] z, int latentSize) {
        StringBuilder s = new StringBuilder(z.length * 14);
        for (int i = 0; i < z.length; i++) {
            if (i > 0) {
                s.append(i % latentSize == 0 ? '\n' : ',');
            }
            s.append(GFormat.g9(z[i]));
        }
        return s.toString();
    }

    static String labelsText(int[] labels) {
        StringBuilder s = new StringBuilder(labels.length * 3);
        for (int i = 0; i < labels.length; i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(labels[i]);
        }
        return s.toString();
    }

    /** {@code key=value} lines, keys sorted, so a recipe always reads the same. */
    static String recipeText(Map<String, String> recipe) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(recipe).entrySet()) {
            if (s.length() > 0) {
                s.append('\n');
            }
            s.append(e.getKey()).append('=').append(e.getValue().replace('\n', ' '));
        }
        return s.toString();
    }

    private static void put(Map<String, String> text, String key, String value) {
        if (value != null) {
            text.put(key, value);
        }
    }
}
