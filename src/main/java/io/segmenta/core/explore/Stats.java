package io.segmenta.core.explore;

import io.segmenta.core.data.NumericColumn;
import java.util.Arrays;

/**
 * Small numeric helpers shared by the explore and preparation classes: present values, mean, sample
 * and population variance, mode, range and average ranks (medians and quantiles are
 * {@link io.segmenta.core.math.Quantiles}). Arrays passed in are never modified.
 */
public final class Stats {
    private Stats() {
    }

    /** The column's present (non-missing) values in row order. */
    public static double[] present(NumericColumn column) {
        double[] out = new double[column.size() - column.missingCount()];
        int j = 0;
        for (int i = 0; i < column.size(); i++) {
            double v = column.get(i);
            if (!Double.isNaN(v)) {
                out[j++] = v;
            }
        }
        return out;
    }

    /** The present values, sorted ascending. */
    public static double[] sortedPresent(NumericColumn column) {
        double[] out = present(column);
        Arrays.sort(out);
        return out;
    }

    /** Arithmetic mean (compensated summation, exact for whole numbers); NaN for no values. */
    public static double mean(double[] x) {
        if (x.length == 0) {
            return Double.NaN;
        }
        return sum(x) / x.length;
    }

    /** Sum with Neumaier's compensation, so long columns lose no precision. */
    public static double sum(double[] x) {
        double s = 0;
        double c = 0;
        for (double v : x) {
            double t = s + v;
            c += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
            s = t;
        }
        return s + c;
    }

    /** Sample variance (divisor n - 1); NaN for fewer than two values. */
    public static double variance(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            double d = v - m;
            ss += d * d;
        }
        return ss / (x.length - 1);
    }

    /** Sample standard deviation (divisor n - 1); NaN for fewer than two values. */
    public static double sd(double[] x) {
        return Math.sqrt(variance(x));
    }

    /** Adjusted Fisher-Pearson sample skewness (pandas {@code skew()}); NaN for fewer than three values or no spread. */
    public static double skewness(double[] x) {
        int n = x.length;
        if (n < 3) {
            return Double.NaN;
        }
        double m = mean(x);
        double m2 = 0;
        double m3 = 0;
        for (double v : x) {
            double d = v - m;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= n;
        m3 /= n;
        if (m2 <= 0) {
            return Double.NaN;
        }
        double g1 = m3 / Math.pow(m2, 1.5);
        return g1 * Math.sqrt((double) n * (n - 1)) / (n - 2);
    }

    /**
     * Ranks 1..n of {@code x} (no NaN) with ties given their average rank (scipy {@code rankdata}'s default).
     */
    public static double[] ranks(double[] x) {
        int n = x.length;
        int[] order = sortedOrder(x);
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && x[order[j + 1]] == x[order[i]]) {
                j++;
            }
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = avg;
            }
            i = j + 1;
        }
        return r;
    }

    /**
     * Sum of t^3 - t over groups of tied values (t = size of a tie group), the tie correction term of
     * the rank tests.
     */
    public static double tieTerm(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        double sum = 0;
        int i = 0;
        while (i < s.length) {
            int j = i;
            while (j + 1 < s.length && s[j + 1] == s[i]) {
                j++;
            }
            double t = j - i + 1;
            sum += t * t * t - t;
            i = j + 1;
        }
        return sum;
    }

    /**
     * Population variance (divides by n, as scikit-learn's scalers), two-pass; 0 when it is rounding
     * noise of a constant.
     */
    public static double populationVariance(double[] v, double mean) {
        double ss = 0;
        double s = 0;
        for (double x : v) {
            double dx = x - mean;
            ss += dx * dx;
            s += dx;
        }
        double var = (ss - s * s / v.length) / v.length;
        return var <= 1e-24 * Math.max(1, mean * mean) ? 0.0 : var;
    }

    /** The most frequent of sorted values; the smallest on a tie (as scikit-learn's SimpleImputer). */
    public static double mostFrequent(double[] sorted) {
        double best = sorted[0];
        int bestCount = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = sorted[i];
            }
            i = j;
        }
        return best;
    }

    /** Min and max of the values that are not NaN ({NaN, NaN} when none). */
    public static double[] range(double[] v) {
        double min = Double.NaN;
        double max = Double.NaN;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                if (Double.isNaN(min) || x < min) {
                    min = x;
                }
                if (Double.isNaN(max) || x > max) {
                    max = x;
                }
            }
        }
        return new double[] {min, max};
    }

    /** Indices of {@code x} in ascending order of value (stable). */
    static int[] sortedOrder(double[] x) {
        int n = x.length;
        // merge sort on a primitive index array: no boxing, no per-row objects
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        int[] tmp = new int[n];
        mergeSort(idx, tmp, 0, n, x);
        return idx;
    }

    private static void mergeSort(int[] a, int[] tmp, int from, int to, double[] key) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, key);
        mergeSort(a, tmp, mid, to, key);
        if (Double.compare(key[a[mid - 1]], key[a[mid]]) <= 0) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && Double.compare(key[tmp[i]], key[tmp[j]]) <= 0)) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
