package io.latentlab.ui;

import java.util.Arrays;

/** The points one drag of the brush painted, row-major x,y pairs in data units; Undo removes them together. */
final class BrushStroke {

    private float[] xy = new float[64];
    private int size;

    void add(float x, float y) {
        if (size + 2 > xy.length) {
            xy = Arrays.copyOf(xy, xy.length * 2);
        }
        xy[size++] = x;
        xy[size++] = y;
    }

    /** How many points. */
    int count() {
        return size / 2;
    }

    /** Copies the points into {@code out} from {@code offset}; returns the offset after them. */
    int copyInto(float[] out, int offset) {
        System.arraycopy(xy, 0, out, offset, size);
        return offset + size;
    }
}
