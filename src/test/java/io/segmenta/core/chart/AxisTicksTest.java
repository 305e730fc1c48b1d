package io.segmenta.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AxisTicksTest {

    @Test
    void incomeRangeGetsRoundTicks() {
        AxisTicks t = AxisTicks.of(15, 137, 7);
        assertEquals(20, t.step(), 1e-12);
        assertEquals(0, t.min(), 1e-12);
        assertEquals(140, t.max(), 1e-12);
        assertEquals(8, t.count());
        assertEquals("0", t.label(0));
        assertEquals("140", t.label(7));
    }

    @Test
    void smallRangesGetDecimals() {
        AxisTicks t = AxisTicks.of(0.31, 0.56, 6);
        assertEquals(0.05, t.step(), 1e-12);
        assertEquals("0.30", t.label(0));
        assertEquals(0.6, t.max(), 1e-12);
        assertTrue(t.min() <= 0.31 && t.max() >= 0.56);
    }

    @Test
    void aSingleValueIsWidened() {
        AxisTicks t = AxisTicks.of(5, 5, 5);
        assertTrue(t.min() < 5 && t.max() > 5, t.toString());
        AxisTicks z = AxisTicks.of(0, 0, 5);
        assertTrue(z.min() < 0 && z.max() > 0, z.toString());
    }

    @Test
    void negativeZeroIsPrintedAsZero() {
        AxisTicks t = AxisTicks.of(-1, 1, 5);
        for (int i = 0; i < t.count(); i++) {
            assertTrue(!t.label(i).equals("-0.0") && !t.label(i).equals("-0"), t.label(i));
        }
    }
}
