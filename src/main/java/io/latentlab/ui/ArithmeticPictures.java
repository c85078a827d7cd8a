package io.latentlab.ui;

import io.latentlab.explore.AnalogyGrid;
import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.LatentArithmetic;
import io.latentlab.explore.LatentModel;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the Arithmetic panel decoded for one state of its slots: each slot's average picture, the
 * result A − B + C with its seeded neighbours (a 3 × 3 with the result in the middle), the analogy
 * grid, and the attribute row; a part is null when its inputs are missing, and {@code note} says
 * what is missing or wrong, in one line.
 *
 * @param slotImages     the picture of each slot's average (null for an empty slot)
 * @param resultZ        the neighbourhood's latent vectors (9 × latentSize), or null
 * @param neighbourhood  their pictures, the result in the middle
 * @param analogyZ       the analogy grid's latent vectors, or null
 * @param analogy        its pictures, {@code analogySide} to a row
 * @param attributeZ     the attribute row's latent vectors, or null
 * @param attributeRow   its pictures, one per strength
 * @param strengths      the strength of each picture in the row
 * @param attributeNote  how the attribute vector was made, or why there is none
 * @param labels         the class every picture is decoded as (conditional models), else −1
 */
record ArithmeticPictures(float[][] slotImages, float[] resultZ, float[] neighbourhood, float[] analogyZ, float[] analogy,
                          int analogySide, float[] attributeZ, float[] attributeRow, double[] strengths,
                          String attributeNote, int labels) {

    /**
     * Decodes what the slots' groups make (on the explorer thread): their averages, A − B + C with
     * its neighbours when all three are filled, the analogy grid when A and B are (C, when empty,
     * is the prior's centre z = 0), and the attribute row.
     */
    static ArithmeticPictures of(LatentModel model, LatentGroup[] groups, int label, int side, AttributeSettings.Request request) {
        float[][] means = new float[3][];
        float[][] slotImages = new float[3][];
        for (int s = 0; s < 3; s++) {
            if (groups[s] != null) {
                means[s] = groups[s].mean();
                slotImages[s] = decode(model, means[s], 1, label);
            }
        }
        float[] resultZ = null;
        float[] neighbourhood = null;
        float[] analogyZ = null;
        float[] analogy = null;
        if (means[0] != null && means[1] != null && means[2] != null) {
            resultZ = LatentArithmetic.around(LatentArithmetic.analogy(means[0], means[1], means[2]), 3, ArithmeticViewModel.NEIGHBOUR_SIGMA, ArithmeticViewModel.NEIGHBOUR_SEED);
            neighbourhood = decode(model, resultZ, 9, label);
        }
        if (means[0] != null && means[1] != null) {
            // two corners: C defaults to the prior's centre, so down the grid A and B fade towards the average picture
            float[] c = means[2] != null ? means[2] : AnalogyGrid.centre(model.latentSize());
            analogyZ = AnalogyGrid.of(means[0], means[1], c, side);
            analogy = decode(model, analogyZ, side * side, label);
        }
        AttributeSettings.Row row = request.row(means[2]);
        float[] attributeRow = row.z() == null ? null : decode(model, row.z(), row.strengths().length, label);
        return new ArithmeticPictures(slotImages, resultZ, neighbourhood, analogyZ, analogy, side, row.z(), attributeRow,
                row.strengths(), row.note(), label);
    }

    private static float[] decode(LatentModel model, float[] z, int count, int label) {
        int[] labels = null;
        if (label >= 0) {
            labels = new int[count];
            Arrays.fill(labels, label);
        }
        return model.decode(z, labels, count);
    }

    /** The pictures of {@code view} as exports take them, with the recipe; null when that view shows nothing yet. */
    ExploredImages explored(ArithmeticViewModel.View view, LatentModel model, LatentGroup[] slots) {
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("command", "arithmetic");
        for (int s = 0; s < 3; s++) {
            recipe.put(ArithmeticViewModel.SLOT_NAMES[s].toLowerCase(java.util.Locale.ROOT), slots[s] == null ? "empty" : slots[s].origin());
        }
        return switch (view) {
            case SUM -> {
                recipe.put("sigma", String.valueOf(ArithmeticViewModel.NEIGHBOUR_SIGMA));
                recipe.put("seed", String.valueOf(ArithmeticViewModel.NEIGHBOUR_SEED));
                yield resultZ == null ? null : explored("A − B + C", model, resultZ, neighbourhood, 9, 3, recipe);
            }
            case ANALOGY -> {
                recipe.put("side", String.valueOf(analogySide));
                yield analogyZ == null ? null : explored("analogy grid", model, analogyZ, analogy, analogySide * analogySide, analogySide, recipe);
            }
            case ATTRIBUTE -> {
                recipe.put("attribute", attributeNote);
                recipe.put("strengths", Arrays.toString(strengths));
                yield attributeZ == null ? null : explored("attribute row", model, attributeZ, attributeRow, strengths.length, strengths.length, recipe);
            }
        };
    }

    private ExploredImages explored(String title, LatentModel model, float[] z, float[] pixels, int count, int columns,
                                    Map<String, String> recipe) {
        int[] perPicture = null;
        if (labels >= 0) {
            perPicture = new int[count];
            Arrays.fill(perPicture, labels);
        }
        return new ExploredImages(title, model, z, perPicture, count, columns, pixels, recipe);
    }
}
