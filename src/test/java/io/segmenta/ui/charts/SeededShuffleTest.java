package io.segmenta.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The scatter views' shuffle is a true permutation, the same every time, and its prefix a sample. */
class SeededShuffleTest {
    @Test
    void permutationHoldsEveryIndexOnceInTheSameOrderEveryTime() {
        int[] p = SeededShuffle.permutation(1_000);
        assertArrayEquals(p, SeededShuffle.permutation(1_000));
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(i, sorted[i]);
        }
        int[] identity = sorted;
        assertFalse(Arrays.equals(identity, p), "the order is shuffled");
    }

    @Test
    void aPrefixIsASampleOfTheRows() {
        int[] rows = {10, 20, 30, 40, 50, 60, 70, 80};
        int[] a = rows.clone();
        SeededShuffle.shuffle(a, 3);
        int[] all = a.clone();
        Arrays.sort(all);
        assertArrayEquals(rows, all, "nothing lost or repeated");
        assertEquals(3, Arrays.stream(a, 0, 3).distinct().count());
        assertArrayEquals(new int[0], SeededShuffle.permutation(0));
        assertArrayEquals(new int[] {0}, SeededShuffle.permutation(1));
    }

    /** The prefix made without an array of n is the same as the front of the whole shuffle, for any n and m. */
    @Test
    void thePrefixAloneIsTheFrontOfTheWholeShuffle() {
        int[][] sizes = {{0, 0}, {1, 1}, {2, 1}, {10, 2}, {1_000, 7}, {1_000, 249}, {1_000, 251}, {1_000, 1_000},
                {1_000_003, 1}, {1_000_003, 1_000}, {1_000_003, 200_000}, {1_000_003, 250_001}, {3_000_000, 700_000}};
        for (int[] nm : sizes) {
            int n = nm[0];
            int m = nm[1];
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            SeededShuffle.shuffle(all, m);
            assertArrayEquals(Arrays.copyOf(all, m), SeededShuffle.prefix(n, m), "n = " + n + ", m = " + m);
        }
        assertEquals(5, SeededShuffle.prefix(5, 9).length, "no more than n");
    }
}
