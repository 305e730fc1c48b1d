package io.segmenta.ui.charts;

import io.segmenta.core.chart.ScatterData;
import java.util.Objects;

/**
 * What a {@link Scatter3DView} draws: one point per customer (index = dataset row) at (x, y, z) in
 * the colour of its segment, and each segment's centre. NaN coordinates are not drawn. Arrays are
 * shared, not copied.
 *
 * @param x       first axis values
 * @param y       second axis values (drawn upwards)
 * @param z       third axis values (drawn into the screen)
 * @param group   segment id per point, -1 for none
 * @param centres k x 3 row-major segment centres (NaN = not shown)
 * @param xLabel  first axis title
 * @param yLabel  second axis title
 * @param zLabel  third axis title
 */
public record Scatter3DData(double[] x, double[] y, double[] z, int[] group, double[] centres, String xLabel,
                            String yLabel, String zLabel) {
    public Scatter3DData {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(z, "z");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(centres, "centres");
        if (y.length != x.length || z.length != x.length || group.length != x.length || centres.length % 3 != 0) {
            throw new IllegalArgumentException("x, y, z and group need one entry per point, centres 3 per segment");
        }
    }

    public int size() {
        return x.length;
    }

    public int segments() {
        return centres.length / 3;
    }

    /** The same points seen as 2D (x, y), for the fallback where 3D is unavailable. */
    public ScatterData toPlane() {
        int k = segments();
        double[] cx = new double[k];
        double[] cy = new double[k];
        for (int s = 0; s < k; s++) {
            cx[s] = centres[3 * s];
            cy[s] = centres[3 * s + 1];
        }
        return new ScatterData(x, y, group, cx, cy, xLabel, yLabel);
    }
}
