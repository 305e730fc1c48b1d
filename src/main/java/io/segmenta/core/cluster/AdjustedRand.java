package io.segmenta.core.cluster;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * The adjusted Rand index between two labellings of the same customers, as scikit-learn's
 * {@code sklearn.metrics.adjusted_rand_score}: 1 for the same partition (whatever the numbering),
 * about 0 for unrelated ones, negative for less agreement than chance. Every label value is a group
 * of its own, so DBSCAN's noise ({@link Clustering#NOISE}) counts as one more group.
 */
public final class AdjustedRand {
    private static final int DENSE_CELLS = 1 << 22;

    private AdjustedRand() {
    }

    public static double index(int[] a, int[] b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " and " + b.length + " labels: the labellings must cover the"
                    + " same customers");
        }
        long n = a.length;
        int[] ca = compress(a);
        int[] cb = compress(b);
        int ra = max(ca) + 1;
        int rb = max(cb) + 1;
        long[] rowSum = new long[ra];
        long[] colSum = new long[rb];
        for (int i = 0; i < a.length; i++) {
            rowSum[ca[i]]++;
            colSum[cb[i]]++;
        }
        long sumSquares = 0;
        if ((long) ra * rb <= DENSE_CELLS) {
            long[] cells = new long[ra * rb];
            for (int i = 0; i < a.length; i++) {
                cells[ca[i] * rb + cb[i]]++;
            }
            for (long c : cells) {
                sumSquares += c * c;
            }
        } else {
            long[] codes = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                codes[i] = (long) ca[i] * rb + cb[i];
            }
            Arrays.sort(codes);
            for (int i = 0; i < codes.length;) {
                int j = i;
                while (j < codes.length && codes[j] == codes[i]) {
                    j++;
                }
                long c = j - i;
                sumSquares += c * c;
                i = j;
            }
        }
        long rowSquares = 0;
        for (long r : rowSum) {
            rowSquares += r * r;
        }
        long colSquares = 0;
        for (long c : colSum) {
            colSquares += c * c;
        }
        // scikit-learn's pair_confusion_matrix
        long tp = sumSquares - n;
        long fp = colSquares - sumSquares;
        long fn = rowSquares - sumSquares;
        long tn = n * n - fp - fn - sumSquares;
        if (fn == 0 && fp == 0) {
            return 1.0;
        }
        BigInteger num = big(tp).multiply(big(tn)).subtract(big(fn).multiply(big(fp)));
        BigInteger den = big(tp + fn).multiply(big(fn + tn)).add(big(tp + fp).multiply(big(fp + tn)));
        return 2.0 * num.doubleValue() / den.doubleValue();
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    /** Labels renumbered 0..distinct-1 in ascending order of value. */
    private static int[] compress(int[] labels) {
        int[] sorted = labels.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        int[] values = Arrays.copyOf(sorted, distinct);
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = Arrays.binarySearch(values, labels[i]);
        }
        return out;
    }

    private static int max(int[] v) {
        int m = -1;
        for (int x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
