package io.segmenta.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmenta.core.chart.Color;
import io.segmenta.core.chart.SegmentPalette;
import org.junit.jupiter.api.Test;

/**
 * The charts' own colour gives what JavaFX's gave, so moving the painting code out of JavaFX left the
 * window's colours as they were (to JavaFX's float precision; its Color needs no toolkit).
 */
class FxColorsTest {
    @Test
    void deriveDarkerAndInterpolateAgreeWithJavaFx() {
        for (int s = 0; s < 20; s++) {
            Color c = SegmentPalette.color(s);
            javafx.scene.paint.Color fx = FxColors.fx(c);
            same(fx.deriveColor(0, 1, 1, 0.6), FxColors.fx(c.deriveColor(0, 1, 1, 0.6)));
            same(fx.deriveColor(0, 1, 0.62, 1), FxColors.fx(c.deriveColor(0, 1, 0.62, 1)));
            same(fx.deriveColor(30, 0.5, 1.2, 1), FxColors.fx(c.deriveColor(30, 0.5, 1.2, 1)));
            same(fx.darker(), FxColors.fx(c.darker()));
            same(javafx.scene.paint.Color.WHITE.interpolate(fx, 0.85), FxColors.fx(Color.WHITE.interpolate(c, 0.85)));
        }
        same(javafx.scene.paint.Color.web("#0072B2"), FxColors.fx(Color.web("#0072B2")));
        same(javafx.scene.paint.Color.rgb(31, 35, 40, 0.35), FxColors.fx(Color.rgb(31, 35, 40, 0.35)));
        assertEquals("#0072b2", Color.web("#0072B2").hex());
    }

    private static void same(javafx.scene.paint.Color expected, javafx.scene.paint.Color actual) {
        assertEquals(expected.getRed(), actual.getRed(), 1e-6, () -> expected + " vs " + actual);
        assertEquals(expected.getGreen(), actual.getGreen(), 1e-6, () -> expected + " vs " + actual);
        assertEquals(expected.getBlue(), actual.getBlue(), 1e-6, () -> expected + " vs " + actual);
        assertEquals(expected.getOpacity(), actual.getOpacity(), 1e-6, () -> expected + " vs " + actual);
    }
}
