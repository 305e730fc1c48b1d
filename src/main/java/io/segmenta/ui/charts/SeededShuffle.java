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
