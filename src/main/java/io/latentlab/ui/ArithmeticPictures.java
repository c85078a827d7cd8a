package io.latentlab.ui;

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
}
