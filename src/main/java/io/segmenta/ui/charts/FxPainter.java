package io.segmenta.ui.charts;

import io.segmenta.core.chart.Color;
import io.segmenta.core.chart.Painter;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** Paints on a canvas, with text in the chart font ({@link FxText#font}), which it also measures. */
public final class FxPainter implements Painter {
    private final GraphicsContext g;
    private int clips;
    /** The last colour converted (most calls in a row paint in the same colour). */
    private Color lastColor;
    private javafx.scene.paint.Color lastFx;

    public FxPainter(GraphicsContext g) {
        this.g = g;
    }
    public GraphicsContext graphics() {
        return g;
    }

    @Override
    public double width(String text, double size, boolean bold) {
        return FxText.width(text, size, bold);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color fill) {
        g.setFill(fx(fill));
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Color stroke, double width) {
        g.setStroke(fx(stroke));
        g.setLineWidth(width);
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double width) {
        g.setStroke(fx(stroke));
        g.setLineWidth(width);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void dashedLine(double x1, double y1, double x2, double y2, Color stroke, double width, double dash) {
        g.setLineDashes(dash, dash);
        line(x1, y1, x2, y2, stroke, width);
        g.setLineDashes((double[]) null);
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Color stroke, double strokeWidth) {
        if (fill != null) {
            g.setFill(fx(fill));
            g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        }
        if (stroke != null) {
            g.setStroke(fx(stroke));
            g.setLineWidth(strokeWidth);
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        }
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, Color stroke, double width) {
        g.setStroke(fx(stroke));
        g.setLineWidth(width);
        g.strokePolyline(xs, ys, n);
    }

    @Override
    public void polygon(double[] xs, double[] ys, int n, Color fill, Color stroke, double strokeWidth) {
        if (fill != null) {
            g.setFill(fx(fill));
            g.fillPolygon(xs, ys, n);
        }
        if (stroke != null) {
            g.setStroke(fx(stroke));
            g.setLineWidth(strokeWidth);
            g.strokePolygon(xs, ys, n);
        }
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, Color fill, Anchor anchor,
                     double rotate) {
        g.setFont(FxText.font(size, bold));
        g.setFill(fx(fill));
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(switch (anchor) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        if (rotate == 0) {
            g.fillText(text, x, y);
        } else {
            g.save();
            g.translate(x, y);
            g.rotate(rotate);
            g.fillText(text, 0, 0);
            g.restore();
        }
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        clips++;
    }

    @Override
    public void unclip() {
        if (clips > 0) {
            g.restore();
            clips--;
        }
    }

    private javafx.scene.paint.Color fx(Color c) {
        if (c != lastColor) {
            lastColor = c;
            lastFx = FxColors.fx(c);
        }
        return lastFx;
    }
}
