package io.latentlab.explore;

import java.util.Map;
import java.util.Objects;

/**
 * What an Explore panel shows now, as exports need it: the pictures ({@code count × pixels}
 * values in [0, 1], {@code columns} to a row), the latent vectors and labels they were decoded
 * from, and a recipe of named settings (e.g. {@code command=interpolate}, {@code method=slerp},
 * {@code steps=16}, {@code seed=7}) for the metadata that lets {@code latentlab sample} or
 * {@code interpolate} make the picture again.
 *
 * @param title   a few words for file names and captions, e.g. {@code slerp strip}
 * @param model   the model the pictures came from
 * @param z       {@code count × latentSize} latent values, or null when the pictures are not decodes (real images)
 * @param labels  a label per picture for a conditional model, else null
 * @param count   pictures
 * @param columns pictures to a row
 * @param pixels  the pictures
 * @param recipe  how they were made, by name; may be empty
 */
public record ExploredImages(String title, LatentModel model, float[] z, int[] labels, int count, int columns,
                             float[] pixels, Map<String, String> recipe) {

    public ExploredImages {
        Objects.requireNonNull(title);
        Objects.requireNonNull(model);
        Objects.requireNonNull(pixels);
        recipe = recipe == null ? Map.of() : Map.copyOf(recipe);
        if (count < 1 || columns < 1 || pixels.length != count * model.pixels()) {
            throw new IllegalArgumentException(pixels.length + " pixel values are not " + count + " images of " + model.pixels());
        }
        if (z != null && z.length != count * model.latentSize()) {
            throw new IllegalArgumentException(z.length + " latent values are not " + count + " vectors of " + model.latentSize());
        }
    }
}
