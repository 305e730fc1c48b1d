package io.segmenta.core.rfm;

import java.util.Arrays;

/**
 * Scores 1-5 as pandas' {@code qcut(x.rank(method='first'), 5, labels=[1, 2, 3, 4, 5])}: values in
 * a fixed order (customer-id order), ranked with ties broken by that order, cut into five equal
 * groups at the quantiles of the ranks. The bin edges are computed with the same floating-point
 * steps as NumPy's linear quantile (linspace, percent and back, lerp), so a rank lying on an edge
 * falls into the same group as in pandas.
 */
final class RfmScores {
    private static final int GROUPS = 5;

    private RfmScores() {
    }

    /**
     * Scores for {@code values} (in customer order): 1 for the lowest fifth of the ranks, 5 for the
     * highest; with {@code reversed}, 5 for the lowest (Recency: 5 = most recent).
     */
    static byte[] scores(double[] values, boolean reversed) {
        int n = values.length;
        int[] rank = ranks(values);
        double[] edges = edges(n);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) score(rank[i], edges, reversed);
        }
        return out;
    }

    /** The score of 1-based rank {@code r} between {@code edges}; reversed: 5 for the lowest ranks. */
    static int score(long r, double[] edges, boolean reversed) {
        int label = 0;
        for (double e : edges) {
            if (e < r) {
                label++;
            }
        }
        label = Math.max(1, Math.min(GROUPS, label));
        return reversed ? GROUPS + 1 - label : label;
    }

    /** 1-based ranks, ties broken by position (pandas' {@code method='first'}). */
    static int[] ranks(double[] values) {
        int n = values.length;
        int[] order = sortedPositions(values);
        int[] rank = new int[n];
        for (int k = 0; k < n; k++) {
            rank[order[k]] = k + 1;
        }
        return rank;
    }

    private static int[] sortedPositions(double[] values) {
        int n = values.length;
        int[] counted = wholeNumberOrder(values);
        if (counted != null) {
            return counted;
        }
        double[] v = values.clone();
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        mergeSort(v, idx, new double[n], new int[n], 0, n);
        return idx;
    }

    /**
     * Positions in value order, ties by position, when every value is a whole number from 0 to
     * 2^31 - 1 (Recency, Frequency): one sort of value-and-position longs; null otherwise.
     */
    private static int[] wholeNumberOrder(double[] values) {
        int n = values.length;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (!(v >= 0 && v <= Integer.MAX_VALUE && v == Math.rint(v))) {
                return null;
            }
            packed[i] = (long) v << 32 | i;
        }
        Arrays.parallelSort(packed);
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = (int) packed[k];
        }
        return order;
    }

    /** Stable merge sort of {@code v} carrying {@code idx}, so equal values keep position order. */
    private static void mergeSort(double[] v, int[] idx, double[] tv, int[] ti, int from, int to) {
        if (to - from < 2) {
            return;
        }
        if (to - from <= 24) {
            for (int i = from + 1; i < to; i++) {
                double x = v[i];
                int xi = idx[i];
                int j = i - 1;
                while (j >= from && Double.compare(v[j], x) > 0) {
                    v[j + 1] = v[j];
                    idx[j + 1] = idx[j];
                    j--;
                }
                v[j + 1] = x;
                idx[j + 1] = xi;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(v, idx, tv, ti, from, mid);
        mergeSort(v, idx, tv, ti, mid, to);
        if (Double.compare(v[mid - 1], v[mid]) <= 0) {
            return;
        }
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (Double.compare(v[j], v[i]) < 0) {
                tv[k] = v[j];
                ti[k++] = idx[j++];
            } else {
                tv[k] = v[i];
                ti[k++] = idx[i++];
            }
        }
        while (i < mid) {
            tv[k] = v[i];
            ti[k++] = idx[i++];
        }
        while (j < to) {
            tv[k] = v[j];
            ti[k++] = idx[j++];
        }
        System.arraycopy(tv, from, v, from, to - from);
        System.arraycopy(ti, from, idx, from, to - from);
    }

    /** The six bin edges over ranks 1..n, as NumPy computes them (see the class comment). */
    static double[] edges(int n) {
        double[] edges = new double[GROUPS + 1];
        for (int i = 0; i <= GROUPS; i++) {
            double q = i == GROUPS ? 1.0 : i * 0.2; // numpy.linspace(0, 1, 6)
            q = (q * 100.0) / 100.0; // pandas passes percents to numpy.percentile, which divides again
            double virtual = (n - 1) * q;
            double lo = Math.floor(virtual);
            double t = virtual - lo;
            if (lo + 1 >= n) {
                edges[i] = n;
                continue;
            }
            double a = lo + 1;
            double b = lo + 2;
            edges[i] = t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
        }
        return edges;
    }
}
