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
        return between(sorted[from + lo], sorted[from + lo + 1], index - lo);
    }

    /** NumPy's interpolation from {@code a} (rank lo) to {@code b} (rank lo + 1) at fraction {@code t}. */
    private static double between(double a, double b, double t) {
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }

    /**
     * The same {@code p}-quantile as {@link #linear(double[], int, int, double)} gives for the sorted
     * range, found by selection in linear time instead of a sort: {@code values[from..to)} (free of
     * NaN, in any order) is reordered, not sorted.
     */
    public static double select(double[] values, int from, int to, double p) {
        int n = to - from;
        if (n <= 0) {
            return Double.NaN;
        }
        double index = p * (n - 1);
        int lo = (int) Math.floor(index);
        if (lo >= n - 1) {
            return max(values, from, to);
        }
        if (lo < 0) {
            return min(values, from, to);
        }
        double a = kth(values, from, to, from + lo);
        double b = min(values, from + lo + 1, to); // rank lo + 1: the smallest of what selection put above
        return between(a, b, index - lo);
    }

    /**
     * The {@code p}-quantiles of {@code values} (free of NaN, in any order, left unchanged), each as
     * {@link #linear} gives it for the sorted values, by selection on one copy in linear time.
     */
    public static double[] selectAll(double[] values, double... p) {
        double[] work = values.clone();
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = select(work, 0, work.length, p[i]);
        }
        return out;
    }

    /**
     * The median of {@code values[0..n)} (free of NaN, in any order, left unchanged) by selection on a
     * copy: the middle value, or the mean of the two middle ones, as NumPy's {@code median} (and
     * scikit-learn's imputer and RobustScaler) take it, which can differ in the last bit from
     * {@link #linear} at 0.5.
     */
    public static double median(double[] values, int n) {
        double[] work = java.util.Arrays.copyOf(values, n);
        double upper = kth(work, 0, n, n / 2);
        if (n % 2 == 1) {
            return upper;
        }
        return (max(work, 0, n / 2) + upper) / 2; // selection left the lower half below rank n / 2
    }

    /**
     * Moves the value of rank {@code k - from} of {@code values[from..to)} to index {@code k}, with no
     * larger value before it and no smaller one after it, and returns it (Hoare's selection with a
     * median-of-three pivot; a range that partitions badly too often is sorted instead, so the worst
     * case stays n log n).
     */
    public static double kth(double[] values, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        int budget = 2 * (64 - Long.numberOfLeadingZeros(Math.max(1, to - from))) + 8;
        while (hi > lo) {
            if (--budget < 0) {
                java.util.Arrays.sort(values, lo, hi + 1);
                return values[k];
            }
            int mid = (lo + hi) >>> 1;
            if (values[mid] < values[lo]) {
                swap(values, mid, lo);
            }
            if (values[hi] < values[lo]) {
                swap(values, hi, lo);
            }
            if (values[hi] < values[mid]) {
                swap(values, hi, mid);
            }
            double pivot = values[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(values, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return values[k]; // between j and i: equal to the pivot
            }
        }
        return values[k];
    }

    /** The smallest of {@code values[from..to)} (at least one). */
    public static double min(double[] values, int from, int to) {
        double m = values[from];
        for (int i = from + 1; i < to; i++) {
            if (values[i] < m) {
                m = values[i];
            }
        }
        return m;
    }

    /** The largest of {@code values[from..to)} (at least one). */
    public static double max(double[] values, int from, int to) {
        double m = values[from];
        for (int i = from + 1; i < to; i++) {
            if (values[i] > m) {
                m = values[i];
            }
        }
        return m;
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
