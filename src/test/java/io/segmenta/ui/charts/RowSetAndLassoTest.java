package io.segmenta.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RowSetAndLassoTest {

    @Test
    void rowSetsAreSortedDistinctAndCombine() {
        RowSet a = RowSet.of(5, 1, 5, 3);
        assertArrayEquals(new int[] {1, 3, 5}, a.rows());
        assertTrue(a.contains(3));
        assertFalse(a.contains(2));
        assertFalse(a.contains(-1));
        assertEquals(RowSet.of(1, 2, 3, 5), a.union(RowSet.of(2)));
        assertEquals(RowSet.of(1, 2, 5), a.toggle(RowSet.of(2, 3)));
        assertEquals(RowSet.EMPTY, a.toggle(a));
        assertThrows(IllegalArgumentException.class, () -> RowSet.of(-2));
    }

    @Test
    void lassoMaskFillsTheInsideOfAConcaveOutline() {
        // a "U": outer 0..10 x 0..10 without the notch 4..6 x 0..6 (y grows downwards)
        double[] u = {0, 0, 4, 0, 4, 6, 6, 6, 6, 0, 10, 0, 10, 10, 0, 10};
        boolean[] m = LassoMask.fill(u, 10, 10);
        assertTrue(m[1 * 10 + 1], "left arm");
        assertTrue(m[1 * 10 + 8], "right arm");
        assertFalse(m[2 * 10 + 5], "inside the notch is outside the lasso");
        assertTrue(m[8 * 10 + 5], "the bottom joins the arms");
        int inside = 0;
        for (boolean b : m) {
            inside += b ? 1 : 0;
        }
        assertEquals(100 - 2 * 6, inside, "area 100 minus the 2 x 6 notch");
        assertEquals(0, countTrue(LassoMask.fill(new double[] {1, 1, 2, 2}, 10, 10)), "two points are no lasso");
    }

    private static int countTrue(boolean[] m) {
        int c = 0;
        for (boolean b : m) {
            c += b ? 1 : 0;
        }
        return c;
    }
}
