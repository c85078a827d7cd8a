package io.latentlab.explore;

import java.util.Arrays;
import java.util.Objects;

/**
 * One interpolation strip decoded: the {@code steps} latent vectors of a path from A to B (linear
 * or spherical), their pictures and their norms, which show the lerp path sagging inside the
 * prior's shell of radius √d while the slerp path stays on it. For a conditional model each
 * endpoint has a class; when the two differ the class input mixes linearly along the strip.
 *
 * @param method  how the path walks
 * @param z       {@code steps × latentSize} latent values, A first, B last
 * @param labelA  A's class (−1 for an unconditional model)
 * @param labelB  B's class (−1 for an unconditional model)
 * @param steps   pictures
 * @param pixels  {@code steps × pixels} values in [0, 1]
 * @param norms   |z| at each step
 */
public record InterpolationStrip(Interpolation.Method method, float[] z, int labelA, int labelB, int steps,
                                 float[] pixels, double[] norms) {

    /** The most steps a strip takes. */
    public static final int MAX_STEPS = 64;

    /**
     * Decodes the path from {@code a} to {@code b}; {@code labelA}, {@code labelB} are the
     * endpoints' classes for a conditional model (ignored otherwise). With equal classes every
     * picture is decoded with that label, as {@link LatentModel#decode} does; with different ones
     * through {@link LatentModel#decodeMixed} with {@link Interpolation#classWeights}.
     */
    public static InterpolationStrip of(LatentModel model, float[] a, float[] b, int labelA, int labelB, int steps,
                                        Interpolation.Method method) {
        Objects.requireNonNull(model);
        if (a.length != model.latentSize() || b.length != model.latentSize()) {
            throw new IllegalArgumentException("the endpoints have " + a.length + " and " + b.length + " values; the model has "
                    + model.latentSize() + " latents");
        }
        if (steps < 2 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be in 2.." + MAX_STEPS + ", was " + steps);
        }
        float[] z = Interpolation.path(a, b, steps, method);
        float[] pixels;
        if (!model.conditional()) {
            pixels = model.decode(z, null, steps);
            labelA = -1;
            labelB = -1;
        } else if (labelA == labelB) {
            int[] labels = new int[steps];
            Arrays.fill(labels, labelA);
            pixels = model.decode(z, labels, steps);
        } else {
            pixels = model.decodeMixed(z, Interpolation.classWeights(labelA, labelB, model.classNames().size(), steps), steps);
        }
        return new InterpolationStrip(method, z, labelA, labelB, steps, pixels, Interpolation.norms(z, steps));
    }

    /** Whether the class input mixes along the strip (a conditional model with two classes). */
    public boolean mixesClasses() {
        return labelA != labelB;
    }

    /** A label per picture: A's class in the first half, B's in the second; null for an unconditional model. */
    public int[] nearestLabels() {
        if (labelA < 0) {
            return null;
        }
        int[] labels = new int[steps];
        for (int k = 0; k < steps; k++) {
            labels[k] = 2 * k <= steps - 1 ? labelA : labelB;
        }
        return labels;
    }
}
