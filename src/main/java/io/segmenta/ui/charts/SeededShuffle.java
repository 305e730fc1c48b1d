package io.segmenta.ui.charts;

import java.util.SplittableRandom;

/**
 * The seeded shuffle of the scatter views: the same table always gives the same order, so a
 * redraw or a screenshot does not flicker between samples. A prefix of the shuffled points is a
 * uniform sample, and no segment is painted last.
 */
final class SeededShuffle {
    private static final long SEED = 20_240_601L;

    private SeededShuffle() {
    }

    /** 0..n-1 in random order. */
    static int[] permutation(int n) {
        int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        shuffle(o, n);
        return o;
    }

    /**
     * The first {@code m} of 0..n-1 in the order {@link #shuffle} gives them, without an array of n: when m
     * is a small part of n (a million points drawn of ten million customers, or the first pass of 200,000),
     * this takes time and memory in proportion to m, not n (the array of n was 40 MB and most of the first
     * paint's time on the JavaFX thread).
     */
    static int[] prefix(int n, int m) {
        m = Math.max(0, Math.min(m, n));
        if (4L * m >= n) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            shuffle(all, m);
            return m == n ? all : java.util.Arrays.copyOf(all, m);
        }
        // Fisher-Yates over a virtual 0..n-1: only the places a swap moved are kept, in an open-addressing
        // map from place to value; a place below i is never read again, so out[i] is final when written
        int cap = Integer.highestOneBit(Math.max(16, 4 * m - 1)) << 1;
        int mask = cap - 1;
        int[] keys = new int[cap]; // place + 1, 0 = empty
        int[] vals = new int[cap];
        int[] out = new int[m];
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int i = 0; i < m; i++) {
            int j = i + rnd.nextInt(n - i);
            int si = slot(keys, mask, i);
            int ai = keys[si] == 0 ? i : vals[si];
            int sj = slot(keys, mask, j);
            out[i] = keys[sj] == 0 ? j : vals[sj];
            keys[sj] = j + 1;
            vals[sj] = ai;
        }
        return out;
    }

    /** The slot of {@code place} in the map: where it is, or the empty slot where it would go. */
    private static int slot(int[] keys, int mask, int place) {
        int x = place * 0x9E3779B9;
        int h = (x ^ x >>> 16) & mask;
        while (keys[h] != 0 && keys[h] != place + 1) {
            h = (h + 1) & mask;
        }
        return h;
    }

    /** Puts a uniform random sample of {@code a}, in random order, in its first {@code m} places. */
    static void shuffle(int[] a, int m) {
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int i = 0; i < Math.min(m, a.length - 1); i++) {
            int j = i + rnd.nextInt(a.length - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
