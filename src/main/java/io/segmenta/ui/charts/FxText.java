package io.segmenta.ui.charts;

import io.segmenta.core.chart.TextMetrics;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The window's chart font (the system default family, regular or bold, at any size) and its
 * {@link #METRICS}, so the screen ({@link FxPainter}) and the window's SVG exports lay out text for
 * the font they draw it in. Fitting and line breaking are {@link io.segmenta.core.chart.ChartText}'s.
 * FX thread only.
 */
public final class FxText {
    private static final Map<Long, Font> FONTS = new HashMap<>();
    private static final Text MEASURE = new Text();
    /** Widths in the chart font. */
    public static final TextMetrics METRICS = FxText::width;

    private FxText() {
    }

    /** The chart font at {@code size} points, regular or bold. */
    public static Font font(double size, boolean bold) {
        long key = Double.doubleToLongBits(size) * 2 + (bold ? 1 : 0);
        return FONTS.computeIfAbsent(key, k -> Font.font(Font.getDefault().getFamily(),
                bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }

    /** Width of {@code s} in {@code font}. */
    public static double width(String s, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(s);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** Width of {@code s} in the chart font. */
    public static double width(String s, double size, boolean bold) {
        MEASURE.setFont(font(size, bold));
        MEASURE.setText(s == null ? "" : s);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
