package io.latentlab.density;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Iso-density lines of values on a regular grid, by marching squares: in each grid cell the
 * level crosses the edges whose two corners lie on different sides of it, at the linearly
 * interpolated point; a saddle cell (two opposite corners above) is split by its centre value.
 * The cell pieces are joined into polylines, closed ones ending where they began, so they can
 * be stroked with smooth joins.
 */
public final class ContourLines {

    private ContourLines() {
    }

    /**
     * The lines where {@code values} (nx·ny, x fastest) cross {@code level}, each as
     * {@code x0, y0, x1, y1, ...} in grid units: x = 2.5 lies halfway between columns 2 and 3.
     */
    public static List<double[]> of(double[] values, int nx, int ny, double level) {
        if (values.length != nx * ny || nx < 2 || ny < 2) {
            throw new IllegalArgumentException("expected " + nx + "x" + ny + " values (each axis at least 2), got "
                    + values.length);
        }
        int edges = 2 * nx * ny;
        int[] first = new int[edges];
        int[] second = new int[edges];
        Arrays.fill(first, -1);
        Arrays.fill(second, -1);
        List<int[]> segments = new ArrayList<>();
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                cell(values, nx, i, j, level, segments);
            }
        }
        for (int s = 0; s < segments.size(); s++) {
            for (int e : segments.get(s)) {
                if (first[e] < 0) {
                    first[e] = s;
                } else {
                    second[e] = s;
                }
            }
        }
        boolean[] used = new boolean[segments.size()];
        List<double[]> lines = new ArrayList<>();
        for (int s = 0; s < segments.size(); s++) {
            if (used[s]) {
                continue;
            }
            used[s] = true;
            ArrayDeque<Integer> chain = new ArrayDeque<>();
            chain.add(segments.get(s)[0]);
            chain.add(segments.get(s)[1]);
            extend(chain, s, false, segments, first, second, used);
            extend(chain, s, true, segments, first, second, used);
            double[] line = new double[2 * chain.size()];
            int p = 0;
            for (int e : chain) {
                point(values, nx, e, level, line, p);
                p += 2;
            }
            lines.add(line);
        }
        return lines;
    }

    /** Walks from one end of {@code chain} through the segments sharing its end edge. */
    private static void extend(ArrayDeque<Integer> chain, int start, boolean atHead, List<int[]> segments,
                               int[] first, int[] second, boolean[] used) {
        int previous = start;
        int edge = atHead ? chain.peekFirst() : chain.peekLast();
        while (true) {
            int next = first[edge] == previous ? second[edge] : first[edge];
            if (next < 0) {
                return;
            }
            if (used[next]) {
                if (next == start && !atHead) {
                    chain.addLast(chain.peekFirst()); // a closed loop: end where it began
                }
                return;
            }
            used[next] = true;
            int[] seg = segments.get(next);
            edge = seg[0] == edge ? seg[1] : seg[0];
            if (atHead) {
                chain.addFirst(edge);
            } else {
                chain.addLast(edge);
            }
            previous = next;
        }
    }

    /** Edge ids: the edge from (i, j) to (i+1, j) is 2·(j·nx+i), from (i, j) to (i, j+1) one more. */
    private static void cell(double[] v, int nx, int i, int j, double level, List<int[]> out) {
        double v00 = v[j * nx + i];
        double v10 = v[j * nx + i + 1];
        double v11 = v[(j + 1) * nx + i + 1];
        double v01 = v[(j + 1) * nx + i];
        boolean[] high = {v00 >= level, v10 >= level, v11 >= level, v01 >= level};
        int bottom = 2 * (j * nx + i);
        int right = 2 * (j * nx + i + 1) + 1;
        int top = 2 * ((j + 1) * nx + i);
        int left = bottom + 1;
        // The two edges around each corner, in the order v00, v10, v11, v01.
        int[][] around = {{left, bottom}, {bottom, right}, {right, top}, {top, left}};
        int count = 0;
        for (boolean h : high) {
            count += h ? 1 : 0;
        }
        if (count == 0 || count == 4) {
            return;
        }
        boolean saddle = count == 2 && high[0] == high[2];
        if (!saddle) {
            // One corner differs from the other three, or two neighbours from the other two.
            if (count == 2) {
                out.add(high[0] == high[1] ? new int[] {left, right} : new int[] {bottom, top});
                return;
            }
            boolean odd = count == 1;
            for (int c = 0; c < 4; c++) {
                if (high[c] == odd) {
                    out.add(around[c]);
                }
            }
            return;
        }
        boolean centreHigh = (v00 + v10 + v11 + v01) / 4 >= level;
        for (int c = 0; c < 4; c++) {
            if (high[c] != centreHigh) {
                out.add(around[c]);
            }
        }
    }

    private static void point(double[] v, int nx, int edge, double level, double[] out, int at) {
        int node = edge / 2;
        int i = node % nx;
        int j = node / nx;
        boolean vertical = edge % 2 == 1;
        double a = v[node];
        double b = v[vertical ? node + nx : node + 1];
        double t = a == b ? 0.5 : Math.max(0, Math.min(1, (level - a) / (b - a)));
        out[at] = vertical ? i : i + t;
        out[at + 1] = vertical ? j + t : j;
    }
}
