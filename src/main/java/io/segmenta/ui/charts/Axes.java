package io.segmenta.ui.charts;

import java.util.function.DoubleFunction;

/**
 * The one axis painter of the charts: a plot area with linear x and y scales over "nice" ticks
 * ({@link AxisTicks}), the mapping between data and pixels, and the drawing of the grid, the tick
 * labels, the axis line and the axis titles. Either scale may be null (a chart with one value axis,
 * e.g. horizontal bars). Immutable; charts keep the last one for hit-testing.
 */
public final class Axes {
    /** Size of tick labels. */
    public static final double TICK_SIZE = 11.5;
    /** Size of axis titles. */
    public static final double TITLE_SIZE = 12;
    /** Gap between the y tick labels and the plot. */
    private static final double Y_LABEL_GAP = 7;

    private final double left;
    private final double top;
    private final double width;
    private final double height;
    private final AxisTicks x;
    private final AxisTicks y;
    private final DoubleFunction<String> xFormat;
    private final DoubleFunction<String> yFormat;

    /**
     * A plot area at (left, top) of {@code width x height} pixels.
     *
     * @param x ticks of the horizontal scale, or null
     * @param y ticks of the vertical scale, or null
     */
    public Axes(double left, double top, double width, double height, AxisTicks x, AxisTicks y) {
        this(left, top, width, height, x, y, null, null);
    }

    private Axes(double left, double top, double width, double height, AxisTicks x, AxisTicks y,
                 DoubleFunction<String> xFormat, DoubleFunction<String> yFormat) {
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.x = x;
        this.y = y;
        this.xFormat = xFormat;
        this.yFormat = yFormat;
    }

    /** These axes with x tick labels written by {@code format} (a null or empty label is left out). */
    public Axes withXFormat(DoubleFunction<String> format) {
        return new Axes(left, top, width, height, x, y, format, yFormat);
    }

    /** These axes with y tick labels written by {@code format} (a null or empty label is left out). */
    public Axes withYFormat(DoubleFunction<String> format) {
        return new Axes(left, top, width, height, x, y, xFormat, format);
    }

    /** The label of x tick i: the format's, or the ticks' own. */
    public String xLabel(int i) {
        return xFormat == null ? x.label(i) : xFormat.apply(x.tick(i));
    }

    /** The label of y tick i: the format's, or the ticks' own. */
    public String yLabel(int i) {
        return yFormat == null ? y.label(i) : yFormat.apply(y.tick(i));
    }

    public double left() {
        return left;
    }

    public double top() {
        return top;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    /** The horizontal ticks (null when the chart has no x scale). */
    public AxisTicks xTicks() {
        return x;
    }

    /** The vertical ticks (null when the chart has no y scale). */
    public AxisTicks yTicks() {
        return y;
    }

    /** Pixel x of data value {@code v}. */
    public double px(double v) {
        return left + (v - x.min()) / (x.max() - x.min()) * width;
    }

    /** Pixel y of data value {@code v}. */
    public double py(double v) {
        return top + height - (v - y.min()) / (y.max() - y.min()) * height;
    }

    /** Data x at pixel {@code p}. */
    public double xAt(double p) {
        return x.min() + (p - left) / width * (x.max() - x.min());
    }

    /** Data y at pixel {@code p}. */
    public double yAt(double p) {
        return y.min() + (top + height - p) / height * (y.max() - y.min());
    }

    /** Whether the pixel lies in the plot area (borders included). */
    public boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    /** Width the y tick labels need. */
    public static double yLabelWidth(AxisTicks y) {
        double w = 0;
        for (int i = 0; i < y.count(); i++) {
            w = Math.max(w, ChartText.width(y.label(i), TICK_SIZE, false));
        }
        return w;
    }

    /** How many ticks suit an axis of {@code pixels}: about one per {@code spacing} pixels, within 3..max. */
    public static int tickCount(double pixels, double spacing, int max) {
        return (int) Math.max(3, Math.min(max, pixels / spacing));
    }

    /**
     * Lays out a plot in the box (x, y, w, h) leaving room for tick labels and axis titles.
     *
     * @param extraTop room above the plot (a legend)
     */
    public static Axes layout(double x, double y, double w, double h, double extraTop, double xLo, double xHi,
                              double yLo, double yHi, boolean xTitle, boolean yTitle) {
        AxisTicks ty = AxisTicks.of(yLo, yHi, tickCount(h - extraTop - 50, 45, 8));
        double left = x + yLabelWidth(ty) + 12 + (yTitle ? 22 : 4);
        double right = x + w - 16;
        double top = y + extraTop + 8;
        double bottom = y + h - (xTitle ? 44 : 24);
        double pw = Math.max(10, right - left);
        AxisTicks tx = AxisTicks.of(xLo, xHi, tickCount(pw, 80, 11));
        return new Axes(left, top, pw, Math.max(10, bottom - top), tx, ty);
    }

    /** Grid lines and tick labels of both axes (x only when {@code xTicks}), and the axis line. */
    public void paintGrid(Painter pen, boolean xTicks) {
        paintYGrid(pen);
        if (xTicks) {
            paintXGrid(pen, true);
        }
        pen.line(left, bottom() + 0.5, right(), bottom() + 0.5, ChartColors.AXIS, 1);
    }

    /** Horizontal grid lines at the y ticks, labelled left of the plot. */
    public void paintYGrid(Painter pen) {
        for (int i = 0; i < y.count(); i++) {
            double py = Math.round(py(y.tick(i))) + 0.5;
            pen.line(left, py, right(), py, ChartColors.GRID, 1);
            String label = yLabel(i);
            if (label != null && !label.isEmpty()) {
                pen.text(left - Y_LABEL_GAP, Painter.middle(py, TICK_SIZE), label, TICK_SIZE, false,
                        ChartColors.MUTED, Painter.Anchor.END, 0);
            }
        }
    }

    /** Vertical grid lines at the x ticks, labelled under the plot; with small tick marks below the axis. */
    public void paintXGrid(Painter pen, boolean tickMarks) {
        for (int i = 0; i < x.count(); i++) {
            double px = Math.round(px(x.tick(i))) + 0.5;
            pen.line(px, top, px, bottom(), ChartColors.GRID, 1);
            if (tickMarks) {
                pen.line(px, bottom(), px, bottom() + 4, ChartColors.AXIS, 1);
            }
            String label = xLabel(i);
            if (label != null && !label.isEmpty()) {
                pen.text(px, tickMarks ? bottom() + 17 : Painter.top(bottom() + 6, TICK_SIZE), label, TICK_SIZE,
                        false, ChartColors.MUTED, Painter.Anchor.MIDDLE, 0);
            }
        }
    }

    /** The frame around the plot area. */
    public void paintFrame(Painter pen) {
        pen.strokeRect(left + 0.5, top + 0.5, width - 1, height - 1, ChartColors.AXIS, 1);
    }

    /**
     * The axis titles (null for none): the x title centred under the plot with its baseline 8 pixels
     * above {@code boxBottom}, the y title turned upright 15 pixels right of {@code boxLeft}.
     */
    public void paintTitles(Painter pen, String xTitle, String yTitle, double boxLeft, double boxBottom) {
        if (xTitle != null) {
            pen.text(left + width / 2, boxBottom - 8, ChartText.fit(xTitle, TITLE_SIZE, true, width), TITLE_SIZE,
                    true, ChartColors.TEXT, Painter.Anchor.MIDDLE, 0);
        }
        if (yTitle != null) {
            pen.text(boxLeft + 15, top + height / 2, ChartText.fit(yTitle, TITLE_SIZE, true, height),
                    TITLE_SIZE, true, ChartColors.TEXT, Painter.Anchor.MIDDLE, -90);
        }
    }
}
