package io.latentlab.explore;

/**
 * A closed walk through latent space for an animation: from each key vector to the next and from
 * the last back to the first, {@code framesBetween} frames a leg (each leg's end is the next
 * leg's start, so no frame repeats), by lerp or slerp. Through two keys it goes there and back,
 * as a strip played forwards then backwards.
 */
public final class LatentWalk {

    /** The most frames a walk makes. */
    public static final int MAX_FRAMES = 1000;

    private LatentWalk() {
    }

    /**
     * The frames' latent vectors, row-major ({@code keys × framesBetween} vectors of
     * {@code latentSize}).
     *
     * @param keys the key vectors, row-major, 2 or more
     */
    public static float[] loop(float[] keys, int latentSize, int framesBetween, Interpolation.Method method) {
        if (latentSize < 1 || keys.length % latentSize != 0 || keys.length / latentSize < 2) {
            throw new IllegalArgumentException("a walk needs 2 or more key vectors of " + latentSize + " values, got "
                    + keys.length + " values");
        }
        int count = keys.length / latentSize;
        if (framesBetween < 1 || (long) count * framesBetween > MAX_FRAMES) {
            throw new IllegalArgumentException("a walk through " + count + " keys takes 1.." + MAX_FRAMES / count
                    + " frames a leg, got " + framesBetween);
        }
        float[] out = new float[count * framesBetween * latentSize];
        for (int k = 0; k < count; k++) {
            float[] a = java.util.Arrays.copyOfRange(keys, k * latentSize, (k + 1) * latentSize);
            int next = (k + 1) % count;
            float[] b = java.util.Arrays.copyOfRange(keys, next * latentSize, (next + 1) * latentSize);
            for (int f = 0; f < framesBetween; f++) {
                double t = (double) f / framesBetween;
                float[] z = method == Interpolation.Method.LINEAR ? Interpolation.lerp(a, b, t) : Interpolation.slerp(a, b, t);
                System.arraycopy(z, 0, out, (k * framesBetween + f) * latentSize, latentSize);
            }
        }
        return out;
    }

    /** Frames in a walk of {@code keys} keys. */
    public static int frames(int keys, int framesBetween) {
        return keys * framesBetween;
    }
}
