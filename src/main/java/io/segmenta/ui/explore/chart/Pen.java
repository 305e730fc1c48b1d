package io.segmenta.ui.explore.chart;

import javafx.scene.paint.Color;

/**
 * What the Explore charts draw with: shapes and text in chart coordinates (pixels from the top
 * left). One implementation paints a canvas ({@link CanvasPen}), the other writes SVG
 * ({@link SvgPen}), so the screen and the SVG file come from the same drawing code and agree.
 */
public interface Pen {
    /** Horizontal alignment of text at its x. */
    enum Anchor { START, MIDDLE, END }

    /** A rectangle; {@code fill} or {@code stroke} may be null. */
    void rect(double x, double y, double w, double h, Color fill, Color stroke, double strokeWidth);

    void line(double x1, double y1, double x2, double y2, Color stroke, double width);

    /** An open line through the first {@code n} points. */
    void polyline(double[] xs, double[] ys, int n, Color stroke, double width);

    /** A closed, filled shape through the first {@code n} points; {@code stroke} may be null. */
    void polygon(double[] xs, double[] ys, int n, Color fill, Color stroke);

    /** A circle; {@code fill} or {@code stroke} may be null. */
    void circle(double cx, double cy, double r, Color fill, Color stroke, double strokeWidth);

    /**
     * Text with its baseline at {@code y}.
     *
     * @param rotate degrees clockwise about (x, y), e.g. -90 for a vertical axis title
     */
    void text(double x, double y, String text, double size, Color fill, Anchor anchor, boolean bold, double rotate);

    /** Restricts drawing to a rectangle until {@link #unclip()}. */
    void clip(double x, double y, double w, double h);

    void unclip();
}
