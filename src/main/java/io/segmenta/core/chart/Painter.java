package io.segmenta.core.chart;


/**
 * What a chart draws with, so one paint method serves the screen (the window's {@code FxPainter}, a
 * canvas) and SVG ({@link SvgPainter}: the window's exports and the report) with the same geometry.
 * A painter also measures its text ({@link TextMetrics}), so a chart lays out labels for the font it
 * is drawn in. Text is placed by its baseline; use {@link #middle(double, double)} to centre a line
 * of text vertically on a y.
 */
public interface Painter extends TextMetrics {
    /** Horizontal placement of text relative to its x. */
    enum Anchor { START, MIDDLE, END }

    void fillRect(double x, double y, double w, double h, Color fill);

    void strokeRect(double x, double y, double w, double h, Color stroke, double width);

    /** A rectangle filled and outlined in one go; a null fill or stroke is not painted. */
    default void rect(double x, double y, double w, double h, Color fill, Color stroke, double strokeWidth) {
        if (fill != null) {
            fillRect(x, y, w, h, fill);
        }
        if (stroke != null) {
            strokeRect(x, y, w, h, stroke, strokeWidth);
        }
    }

    void line(double x1, double y1, double x2, double y2, Color stroke, double width);

    /** A dashed line: {@code dash} units drawn, {@code dash} units left out. */
    void dashedLine(double x1, double y1, double x2, double y2, Color stroke, double width, double dash);

    /** A circle; a null fill or stroke is not painted. */
    void circle(double cx, double cy, double r, Color fill, Color stroke, double strokeWidth);

    /** An open line through the first {@code n} points. */
    void polyline(double[] xs, double[] ys, int n, Color stroke, double width);

    /** A closed polygon of the first {@code n} points; a null fill or stroke is not painted. */
    void polygon(double[] xs, double[] ys, int n, Color fill, Color stroke, double strokeWidth);

    /**
     * Text with its baseline at y.
     *
     * @param rotate degrees around (x, y), e.g. -90 for a vertical axis title
     */
    void text(double x, double y, String text, double size, boolean bold, Color fill, Anchor anchor, double rotate);

    /** Restricts drawing to a rectangle until the matching {@link #unclip()}; clips nest. */
    void clip(double x, double y, double w, double h);

    /** Undoes the last {@link #clip}; without one, does nothing. */
    void unclip();

    /** The baseline that centres text of {@code size} on {@code y}. */
    static double middle(double y, double size) {
        return y + size * 0.35;
    }

    /** The baseline that puts the top of text of {@code size} at {@code y}. */
    static double top(double y, double size) {
        return y + size * 0.8;
    }
}
