package io.segmenta.ui.charts;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** Paints on a canvas, with {@link #font} unless given the fonts another chart family lays out with. */
public final class FxPainter implements Painter {
    /** Where text gets its font. */
    @FunctionalInterface
    public interface Fonts {
        Font font(double size, boolean bold);
    }

    private final GraphicsContext g;
    private final Fonts fonts;
    private int clips;

    public FxPainter(GraphicsContext g) {
        this(g, FxPainter::font);
    }

    /** Paints text in {@code fonts}, e.g. those the chart measured its labels with. */
    public FxPainter(GraphicsContext g, Fonts fonts) {
        this.g = g;
        this.fonts = fonts;
    }

    public GraphicsContext graphics() {
        return g;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color fill) {
        g.setFill(fill);
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Color stroke, double width) {
        g.setStroke(stroke);
        g.setLineWidth(width);
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double width) {
        g.setStroke(stroke);
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
            g.setFill(fill);
            g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        }
        if (stroke != null) {
            g.setStroke(stroke);
            g.setLineWidth(strokeWidth);
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        }
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, Color stroke, double width) {
        g.setStroke(stroke);
        g.setLineWidth(width);
        g.strokePolyline(xs, ys, n);
    }

    @Override
    public void polygon(double[] xs, double[] ys, int n, Color fill, Color stroke, double strokeWidth) {
        if (fill != null) {
            g.setFill(fill);
            g.fillPolygon(xs, ys, n);
        }
        if (stroke != null) {
            g.setStroke(stroke);
            g.setLineWidth(strokeWidth);
            g.strokePolygon(xs, ys, n);
        }
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, Color fill, Anchor anchor,
                     double rotate) {
        g.setFont(fonts.font(size, bold));
        g.setFill(fill);
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

    /** The chart font: the system sans-serif at {@code size}, bold or regular. */
    public static Font font(double size, boolean bold) {
        return Font.font(null, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    /** Width of {@code text} in the chart font. */
    public static double textWidth(String text, double size, boolean bold) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text == null ? "" : text);
        t.setFont(font(size, bold));
        return t.getLayoutBounds().getWidth();
    }

    /** {@code text} cut with an ellipsis to fit {@code width}. */
    public static String fit(String text, double width, double size, boolean bold) {
        if (text == null || textWidth(text, size, bold) <= width) {
            return text == null ? "" : text;
        }
        String s = text;
        while (s.length() > 1 && textWidth(s + "…", size, bold) > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip() + "…";
    }
}
