package io.segmenta.ui.explore.chart;

import io.segmenta.ui.charts.AxisTicks;
import io.segmenta.ui.charts.Painter;

/**
 * A plot area with linear x and y scales over "nice" ticks, and the drawing of its grid, tick
 * labels and axis titles. Immutable; charts keep the last one for hit-testing.
 */
public final class Axes {
    private static final double TICK_SIZE = 11;
    private static final double TITLE_SIZE = 12;

    final double left;
    final double top;
    final double width;
    final double height;
    final AxisTicks x;
    final AxisTicks y;

    Axes(double left, double top, double width, double height, AxisTicks x, AxisTicks y) {
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.x = x;
        this.y = y;
    }

    /** Pixel x of data value {@code v}. */
    double px(double v) {
        return left + (v - x.min()) / (x.max() - x.min()) * width;
    }

    /** Pixel y of data value {@code v}. */
    double py(double v) {
        return top + height - (v - y.min()) / (y.max() - y.min()) * height;
    }

    /** Data x at pixel {@code p}. */
    double xAt(double p) {
        return x.min() + (p - left) / width * (x.max() - x.min());
    }

    boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    double right() {
        return left + width;
    }

    double bottom() {
        return top + height;
    }

    /** Width the y tick labels need. */
    static double yLabelWidth(AxisTicks y) {
        double w = 0;
        for (int i = 0; i < y.count(); i++) {
            w = Math.max(w, ChartText.width(y.label(i), TICK_SIZE, false));
        }
        return w;
    }

    /**
     * Lays out a plot in the box (x, y, w, h) leaving room for tick labels and axis titles.
     *
     * @param extraTop room above the plot (a legend)
     */
    static Axes layout(double x, double y, double w, double h, double extraTop, double xLo, double xHi, double yLo,
                       double yHi, boolean xTitle, boolean yTitle) {
        double guessH = h - extraTop - 50;
        AxisTicks ty = AxisTicks.of(yLo, yHi, (int) Math.max(3, Math.min(8, guessH / 45)));
        double left = x + yLabelWidth(ty) + 12 + (yTitle ? 22 : 4);
        double right = x + w - 16;
        double top = y + extraTop + 8;
        double bottom = y + h - (xTitle ? 44 : 24);
        double pw = Math.max(10, right - left);
        AxisTicks tx = AxisTicks.of(xLo, xHi, (int) Math.max(3, Math.min(11, pw / 80)));
        return new Axes(left, top, pw, Math.max(10, bottom - top), tx, ty);
    }

    /** Grid lines and tick labels of both axes, and the frame. */
    void paintGrid(Painter pen, boolean xTicks) {
        for (int i = 0; i < y.count(); i++) {
            double py = Math.round(py(y.tick(i))) + 0.5;
            pen.line(left, py, right(), py, CanvasChart.GRID, 1);
            pen.text(left - 7, py + TICK_SIZE * 0.35, y.label(i), TICK_SIZE, false, CanvasChart.MUTED,
                    Painter.Anchor.END, 0);
        }
        if (xTicks) {
            for (int i = 0; i < x.count(); i++) {
                double px = Math.round(px(x.tick(i))) + 0.5;
                pen.line(px, top, px, bottom(), CanvasChart.GRID, 1);
                pen.line(px, bottom(), px, bottom() + 4, CanvasChart.AXIS, 1);
                pen.text(px, bottom() + 17, x.label(i), TICK_SIZE, false, CanvasChart.MUTED, Painter.Anchor.MIDDLE, 0);
            }
        }
        pen.line(left, bottom() + 0.5, right(), bottom() + 0.5, CanvasChart.AXIS, 1);
    }

    /** The axis titles (null for none). */
    void paintTitles(Painter pen, String xTitle, String yTitle, double boxLeft, double boxBottom) {
        if (xTitle != null) {
            pen.text(left + width / 2, boxBottom - 8, ChartText.fit(xTitle, TITLE_SIZE, true, width), TITLE_SIZE,
                    true, CanvasChart.TEXT, Painter.Anchor.MIDDLE, 0);
        }
        if (yTitle != null) {
            pen.text(boxLeft + 15, top + height / 2, ChartText.fit(yTitle, TITLE_SIZE, true, height), TITLE_SIZE,
                    true, CanvasChart.TEXT, Painter.Anchor.MIDDLE, -90);
        }
    }
}
