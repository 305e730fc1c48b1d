package io.segmenta.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one diverging scale: correlations on RdBu, segment differences on the app's blue and vermillion. */
class DivergingScaleTest {
    @Test
    void divergingScaleIsCentredOnZero() {
        DivergingScale s = DivergingScale.CORRELATION;
        assertEquals(Color.web("#F7F7F7"), s.color(0));
        assertEquals(Color.web("#2166AC"), s.color(-1));
        assertEquals(Color.web("#B2182B"), s.color(1));
        assertEquals(Color.web("#B2182B"), s.color(3), "clamped");
        Color neg = s.color(-0.5);
        Color pos = s.color(0.5);
        assertTrue(neg.getBlue() > neg.getRed(), "negative is blue");
        assertTrue(pos.getRed() > pos.getBlue(), "positive is orange-red");
        assertEquals(s.undefined(), s.color(Double.NaN));
        assertEquals(Color.WHITE, s.textOn(-0.8), "white text on the dark ends");
        assertEquals(ChartColors.TEXT, s.textOn(0.2));
    }

    @Test
    void differenceScaleKeepsTheProfileColours() {
        // the profile heat map's and tables' colours before the scales were unified: white fading to
        // 85% of Okabe-Ito blue below and vermillion above, full from 2 standard deviations
        DivergingScale s = DivergingScale.DIFFERENCE;
        for (double z = -3; z <= 3; z += 0.05) {
            double t = Math.min(1, Math.abs(z) / 2);
            Color was = Color.WHITE.interpolate(z < 0 ? Color.web("#0072B2") : Color.web("#D55E00"), 0.85 * t);
            Color now = s.color(z);
            assertEquals(was.getRed(), now.getRed(), 1e-6, "red at " + z);
            assertEquals(was.getGreen(), now.getGreen(), 1e-6, "green at " + z);
            assertEquals(was.getBlue(), now.getBlue(), 1e-6, "blue at " + z);
        }
        assertEquals(Color.web("#F6F8FA"), s.color(Double.NaN));
        assertEquals(Color.WHITE, s.textOn(1.4));
        assertEquals(ChartColors.TEXT, s.textOn(-1.2));
        assertThrows(IllegalArgumentException.class, () -> new DivergingScale(1, 0, 2,
                new Color[] {Color.web("#0000FF"), Color.WHITE, Color.web("#FF0000")}, Color.web("#808080"), 0.5), "centre outside the range");
    }
}
