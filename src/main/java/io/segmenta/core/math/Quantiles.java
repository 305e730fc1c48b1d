package io.segmenta.core.math;

/**
 * Quantiles of sorted values, the one definition every part of Segmenta uses (describe, box plots,
 * IQR fences, robust scaling, the Isolation Forest threshold): linear interpolation between the two
 * closest ranks at position {@code p * (n - 1)}, as NumPy's and pandas' default ("linear"),
 * including NumPy's way of interpolating from the upper neighbour when the fraction is at least
 * 0.5, so results agree with them to the last bit.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /** The {@code p}-quantile (0..1) of ascending {@code sorted} values; NaN for none. */
    public static double linear(double[] sorted, double p) {
        return linear(sorted, 0, sorted.length, p);
    }

    /** The {@code p}-quantile (0..1) of ascending {@code sorted[from..to)}; NaN when the range is empty. */
    public static double linear(double[] sorted, int from, int to, double p) {
        int n = to - from;
        if (n <= 0) {
            return Double.NaN;
        }
        double index = p * (n - 1);
        int lo = (int) Math.floor(index);
        if (lo >= n - 1) {
            return sorted[to - 1];
        }
        if (lo < 0) {
            return sorted[from];
        }
        double t = index - lo;
        double a = sorted[from + lo];
        double b = sorted[from + lo + 1];
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }
}
