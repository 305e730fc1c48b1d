package io.segmenta.core.profile;

import io.segmenta.core.math.Quantiles;

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

    /**
     * The figures of {@code values[from..to)} (free of NaN, in any order) in linear time: the quartiles
     * by selection ({@link Quantiles#select}), the rest in one pass. The same figures as
     * {@link #ofSorted} gives for the sorted values; the range is reordered.
     */
    public static BoxStats of(double[] values, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return EMPTY;
        }
        double q1 = Quantiles.select(values, from, to, 0.25);
        double median = Quantiles.select(values, from, to, 0.5);
        double q3 = Quantiles.select(values, from, to, 0.75);
        double lowFence = q1 - 1.5 * (q3 - q1);
        double highFence = q3 + 1.5 * (q3 - q1);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double lower = Double.POSITIVE_INFINITY;
        double upper = Double.NEGATIVE_INFINITY;
        int outliers = 0;
        for (int i = from; i < to; i++) {
            double v = values[i];
            min = Math.min(min, v);
            max = Math.max(max, v);
            if (v < lowFence || v > highFence) {
                outliers++;
            } else {
                lower = Math.min(lower, v);
                upper = Math.max(upper, v);
            }
        }
        return new BoxStats(n, min, q1, median, q3, max, lower, upper, outliers);
    }

    /** The figures of {@code sorted[from..to)}, which must be sorted ascending and free of NaN. */
    public static BoxStats ofSorted(double[] sorted, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return EMPTY;
        }
        double q1 = Quantiles.linear(sorted, from, to, 0.25);
        double median = Quantiles.linear(sorted, from, to, 0.5);
        double q3 = Quantiles.linear(sorted, from, to, 0.75);
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
}
