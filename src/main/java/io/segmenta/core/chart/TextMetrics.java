package io.segmenta.core.chart;

/**
 * How wide a line of chart text is, so charts can fit labels and lay out margins before they draw.
 * The window measures with its JavaFX font; SVG written without a window (the report, the command
 * line) measures with {@link SansMetrics}.
 */
@FunctionalInterface
public interface TextMetrics {
    /** Width in pixels of {@code text} in the chart font at {@code size}, regular or bold. */
    double width(String text, double size, boolean bold);
}
