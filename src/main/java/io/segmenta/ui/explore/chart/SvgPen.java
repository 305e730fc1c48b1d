package io.segmenta.ui.explore.chart;

import io.segmenta.ui.charts.export.SvgWriter;
import java.util.Arrays;
import javafx.scene.paint.Color;

/**
 * Writes SVG through the shared {@link SvgWriter}. Clipping is not carried over (the charts keep
 * their shapes inside their plot areas); rectangle strokes are 1 pixel wide.
 */
public final class SvgPen implements Pen {
    private final SvgWriter svg;

    public SvgPen(SvgWriter svg) {
        this.svg = svg;
    }

    @Override
    public void rect(double x, double y, double w, double h, Color fill, Color stroke, double strokeWidth) {
        svg.rect(x, y, w, h, fill, stroke);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double width) {
        svg.line(x1, y1, x2, y2, stroke, width);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, Color stroke, double width) {
        svg.polyline(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n), stroke, width);
    }

    @Override
    public void polygon(double[] xs, double[] ys, int n, Color fill, Color stroke) {
        svg.polygon(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n), fill, stroke);
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Color stroke, double strokeWidth) {
        svg.circle(cx, cy, r, fill, stroke, strokeWidth);
    }

    @Override
    public void text(double x, double y, String text, double size, Color fill, Anchor anchor, boolean bold,
                     double rotate) {
        svg.text(x, y, text, size, fill, switch (anchor) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        }, bold, rotate);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        // shapes are kept inside the plot area by the charts themselves
    }

    @Override
    public void unclip() {
        // nothing to undo
    }
}
