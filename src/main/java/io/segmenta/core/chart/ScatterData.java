package io.segmenta.core.chart;

import java.util.Objects;

/**
 * What a {@link ScatterCanvas} draws: one point per customer at (x[i], y[i]) in the colour of
 * segment {@code group[i]} (-1 = in no segment), and each segment's centre at (centroidX[s],
 * centroidY[s]). Points with a missing (NaN) coordinate are not drawn. The arrays are shared, not
 * copied: callers must not change them afterwards.
 *
 * @param x         horizontal values, original units
 * @param y         vertical values, original units
 * @param group     segment id per point (0-based), -1 for none
 * @param centroidX per segment, the centre's x (NaN = not shown)
 * @param centroidY per segment, the centre's y (NaN = not shown)
 * @param xLabel    horizontal axis title
 * @param yLabel    vertical axis title
 */
public record ScatterData(double[] x, double[] y, int[] group, double[] centroidX, double[] centroidY,
                          String xLabel, String yLabel) {
    public ScatterData {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(centroidX, "centroidX");
        Objects.requireNonNull(centroidY, "centroidY");
        if (y.length != x.length || group.length != x.length) {
            throw new IllegalArgumentException("x, y and group need one entry per point: " + x.length + ", " + y.length
                    + ", " + group.length);
        }
        if (centroidY.length != centroidX.length) {
            throw new IllegalArgumentException("centroidX and centroidY differ in length");
        }
        xLabel = xLabel == null ? "" : xLabel;
        yLabel = yLabel == null ? "" : yLabel;
    }

    /** Number of points, drawn or not. */
    public int size() {
        return x.length;
    }

    /** Number of segments with a centre. */
    public int segments() {
        return centroidX.length;
    }

    /** Points with their groups, centred on each group's mean ({@link #groupMeans}). */
    public static ScatterData centred(double[] x, double[] y, int[] group, int k, String xLabel, String yLabel) {
        return new ScatterData(x, y, group, groupMeans(x, group, k), groupMeans(y, group, k), xLabel, yLabel);
    }

    /**
     * Per group the mean of {@code values} over its points with a value (NaN for a group with none):
     * the centres a scatter marks. Points with a group outside {@code 0..k-1} are left out.
     */
    public static double[] groupMeans(double[] values, int[] group, int k) {
        double[] sum = new double[k];
        int[] count = new int[k];
        for (int i = 0; i < values.length; i++) {
            int s = group[i];
            if (s >= 0 && s < k && !Double.isNaN(values[i])) {
                sum[s] += values[i];
                count[s]++;
            }
        }
        for (int s = 0; s < k; s++) {
            sum[s] = count[s] == 0 ? Double.NaN : sum[s] / count[s];
        }
        return sum;
    }
}
