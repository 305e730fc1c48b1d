package io.segmenta.core.profile;

/**
 * The figures of one box in a box plot (Tukey's): quartiles by linear interpolation between the
 * sorted values (as numpy's and pandas' default quantiles), whiskers at the most extreme values
 * within 1.5 interquartile ranges of the box, and how many values lie beyond them.
 *
 * @param count        values described (missing ones are not counted)
 * @param min          smallest value
 * @param q1           first quartile (25th percentile)
 * @param median       median (50th percentile)
 * @param q3           third quartile (75th percentile)
 * @param max          largest value
 * @param lowerWhisker smallest value at or above q1 - 1.5 IQR
 * @param upperWhisker largest value at or below q3 + 1.5 IQR
 * @param outliers     values below the lower or above the upper whisker
 */
public record BoxStats(int count, double min, double q1, double median, double q3, double max, double lowerWhisker,
                       double upperWhisker, int outliers) {
    /** The figures of nothing: every value NaN. */
    public static final BoxStats EMPTY = new BoxStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, 0);

    /** Interquartile range q3 - q1. */
    public double iqr() {
        return q3 - q1;
    }

    /** The figures of {@code sorted[from..to)}, which must be sorted ascending and free of NaN. */
    public static BoxStats ofSorted(double[] sorted, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return EMPTY;
        }
        double q1 = quantile(sorted, from, to, 0.25);
        double median = quantile(sorted, from, to, 0.5);
        double q3 = quantile(sorted, from, to, 0.75);
        double lowFence = q1 - 1.5 * (q3 - q1);
        double highFence = q3 + 1.5 * (q3 - q1);
        int lo = from;
        while (sorted[lo] < lowFence) {
            lo++;
        }
        int hi = to - 1;
        while (sorted[hi] > highFence) {
            hi--;
        }
        return new BoxStats(n, sorted[from], q1, median, q3, sorted[to - 1], sorted[lo], sorted[hi],
                (lo - from) + (to - 1 - hi));
    }

    /** The p-quantile (0..1) of {@code sorted[from..to)} with linear interpolation (numpy's "linear"). */
    public static double quantile(double[] sorted, int from, int to, double p) {
        int n = to - from;
        if (n <= 0) {
            return Double.NaN;
        }
        double pos = p * (n - 1);
        int below = (int) Math.floor(pos);
        int above = Math.min(n - 1, below + 1);
        double frac = pos - below;
        return sorted[from + below] + frac * (sorted[from + above] - sorted[from + below]);
    }
}
