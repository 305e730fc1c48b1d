package io.segmenta.core.chart;

import java.util.Arrays;

/** Paints into an SVG document, measuring text with the given {@link TextMetrics}. */
public final class SvgPainter implements Painter {
    private final SvgWriter svg;
    private final TextMetrics metrics;

    /**
     * @param metrics the widths of the font the SVG will be shown in (the window's font for its
     *                exports, {@link SansMetrics} for a document read elsewhere)
     */
    public SvgPainter(SvgWriter svg, TextMetrics metrics) {
        this.svg = svg;
        this.metrics = metrics;
    }

    @Override
    public double width(String text, double size, boolean bold) {
        return metrics.width(text, size, bold);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color fill) {
        svg.rect(x, y, w, h, fill, null);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Color stroke, double width) {
        svg.rect(x, y, w, h, null, stroke, width);
    }

    /** One element with both fill and stroke, as the screen paints it. */
    @Override
    public void rect(double x, double y, double w, double h, Color fill, Color stroke, double strokeWidth) {
        svg.rect(x, y, w, h, fill, stroke, strokeWidth);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double width) {
        svg.line(x1, y1, x2, y2, stroke, width);
    }

    @Override
    public void dashedLine(double x1, double y1, double x2, double y2, Color stroke, double width, double dash) {
        svg.dashedLine(x1, y1, x2, y2, stroke, width, dash);
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Color stroke, double strokeWidth) {
        svg.circle(cx, cy, r, fill, stroke, strokeWidth);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, Color stroke, double width) {
        svg.polyline(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n), stroke, width);
    }

    @Override
    public void polygon(double[] xs, double[] ys, int n, Color fill, Color stroke, double strokeWidth) {
        svg.polygon(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n), fill, stroke, strokeWidth);
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, Color fill, Anchor anchor,
                     double rotate) {
        svg.text(x, y, text, size, fill, switch (anchor) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        }, bold, rotate);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        svg.clip(x, y, w, h);
    }

    @Override
    public void unclip() {
        svg.unclip();
    }
}
