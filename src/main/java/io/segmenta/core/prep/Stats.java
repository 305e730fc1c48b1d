package io.segmenta.core.prep;

import java.util.Arrays;

/** The statistics preparation fits: mean, population variance, linear quantiles, median, mode. */
final class Stats {
    private Stats() {
    }

    /** Mean with compensated summation, so a million values keep their digits. */
    static double mean(double[] v) {
        double sum = 0;
        double comp = 0;
        for (double x : v) {
            double y = x - comp;
            double t = sum + y;
            comp = (t - sum) - y;
            sum = t;
        }
        return sum / v.length;
    }

    /** Population variance (divides by n), two-pass; 0 when it is rounding noise of a constant. */
    static double variance(double[] v, double mean) {
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

    /** A sorted copy of the values that are not NaN. */
    static double[] sortedPresent(double[] v) {
        double[] out = new double[v.length];
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                out[n++] = x;
            }
        }
        out = n == v.length ? out : Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    /** The median: the middle value, or the mean of the two middle values (as pandas and NumPy). */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The most frequent value; the smallest on a tie (as scikit-learn's SimpleImputer). */
    static double mostFrequent(double[] sorted) {
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
    static double[] range(double[] v) {
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
}
