package io.segmenta.core.explore;

import java.util.Arrays;
import java.util.Objects;

/**
 * The bars and the density curve of one series of a {@link HistogramResult}: all rows, or one group.
 * Array accessors return copies; the indexed getters do not copy.
 *
 * @param name      "All" or the group name
 * @param n         number of values in the series
 * @param counts    values per bin (the last bin includes its right edge)
 * @param heights   bar heights on the histogram's scale: the counts, or densities
 *                  {@code count / (n * binWidth)} so that the bars' area is 1
 * @param bandwidth Gaussian kernel bandwidth (Scott's rule), NaN when there is no curve
 * @param curve     kernel density estimate at the histogram's grid points on the same scale as the
 *                  bars (density times {@code n * binWidth} for counts); empty when the series has
 *                  fewer than two values or no spread
 */
public record HistogramSeries(String name, int n, int[] counts, double[] heights, double bandwidth, double[] curve) {
    public HistogramSeries {
        Objects.requireNonNull(name, "name");
        counts = counts.clone();
        heights = heights.clone();
        curve = curve.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    @Override
    public double[] heights() {
        return heights.clone();
    }

    @Override
    public double[] curve() {
        return curve.clone();
    }

    /** Count in bin {@code i}. */
    public int count(int i) {
        return counts[i];
    }

    /** Bar height of bin {@code i}. */
    public double height(int i) {
        return heights[i];
    }

    /** Curve value at grid point {@code i}. */
    public double curve(int i) {
        return curve[i];
    }

    /** True when a density curve was estimated. */
    public boolean hasCurve() {
        return curve.length > 0;
    }

    /** Largest bar height or curve value, for the chart's y axis (0 when empty). */
    public double maxHeight() {
        double m = 0;
        for (double h : heights) {
            m = Math.max(m, h);
        }
        for (double c : curve) {
            m = Math.max(m, c);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistogramSeries s && name.equals(s.name) && n == s.n && Arrays.equals(counts, s.counts)
                && Arrays.equals(heights, s.heights) && Double.compare(bandwidth, s.bandwidth) == 0
                && Arrays.equals(curve, s.curve);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, n, bandwidth) * 31 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "HistogramSeries[" + name + ", n " + n + ", counts " + Arrays.toString(counts) + "]";
    }
}
