package io.segmenta.core.chart;

import java.util.function.DoubleFunction;

/**
 * The one axis painter of the charts: a plot area with linear x and y scales, "nice" ticks
 * ({@link AxisTicks}) on them, the mapping between data and pixels, and the drawing of the grid,
 * tick marks, tick labels, frame and axis titles. Either scale may be null (a chart with one value
 * axis, e.g. horizontal bars). A scale spans its ticks unless given another domain (e.g. a zoomed
 * scatter, or k from 1 to n); ticks outside the domain are not drawn. Immutable; charts keep the
 * last one for hit-testing.
 */
public final class Axes {
    /** Size of tick labels. */
    public static final double TICK_SIZE = 11.5;
    /** Size of axis titles. */
    public static final double TITLE_SIZE = 12.5;
    /** Gap between the y tick labels and the plot. */
    private static final double Y_LABEL_GAP = 7;
    /** Length of tick marks outside the plot. */
    private static final double MARK = 4;

    private final double left;
    private final double top;
    private final double width;
    private final double height;
    private final AxisTicks x;
    private final AxisTicks y;
    private final double x0;
    private final double x1;
    private final double y0;
    private final double y1;
    private final DoubleFunction<String> xFormat;
    private final DoubleFunction<String> yFormat;

    /**
     * A plot area at (left, top) of {@code width x height} pixels whose scales span the ticks.
     *
     * @param x ticks of the horizontal scale, or null
     * @param y ticks of the vertical scale, or null
     */
    public Axes(double left, double top, double width, double height, AxisTicks x, AxisTicks y) {
        this(left, top, width, height, x, y, x == null ? 0 : x.min(), x == null ? 1 : x.max(),
                y == null ? 0 : y.min(), y == null ? 1 : y.max(), null, null);
    }

    private Axes(double left, double top, double width, double height, AxisTicks x, AxisTicks y, double x0,
                 double x1, double y0, double y1, DoubleFunction<String> xFormat, DoubleFunction<String> yFormat) {
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.x = x;
        this.y = y;
        this.x0 = x0;
        this.x1 = x1;
        this.y0 = y0;
        this.y1 = y1;
        this.xFormat = xFormat;
        this.yFormat = yFormat;
    }

    /** These axes with the x scale running from {@code lo} at the left edge to {@code hi} at the right. */
    public Axes withXDomain(double lo, double hi) {
        return new Axes(left, top, width, height, x, y, lo, hi, y0, y1, xFormat, yFormat);
    }

    /** These axes with the y scale running from {@code lo} at the bottom to {@code hi} at the top. */
    public Axes withYDomain(double lo, double hi) {
        return new Axes(left, top, width, height, x, y, x0, x1, lo, hi, xFormat, yFormat);
    }

    /** These axes with x tick labels written by {@code format} (a null or empty label is left out). */
    public Axes withXFormat(DoubleFunction<String> format) {
        return new Axes(left, top, width, height, x, y, x0, x1, y0, y1, format, yFormat);
    }

    /** These axes with y tick labels written by {@code format} (a null or empty label is left out). */
    public Axes withYFormat(DoubleFunction<String> format) {
        return new Axes(left, top, width, height, x, y, x0, x1, y0, y1, xFormat, format);
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
        return left + (v - x0) / (x1 - x0) * width;
    }

    /** Pixel y of data value {@code v}. */
    public double py(double v) {
        return top + height - (v - y0) / (y1 - y0) * height;
    }

    /** Data x at pixel {@code p}. */
    public double xAt(double p) {
        return x0 + (p - left) / width * (x1 - x0);
    }

    /** Data y at pixel {@code p}. */
    public double yAt(double p) {
        return y0 + (top + height - p) / height * (y1 - y0);
    }

    /** Whether the pixel lies in the plot area (borders included). */
    public boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    /** The label of x tick i: the format's, or the ticks' own. */
    public String xLabel(int i) {
        return xFormat == null ? x.label(i) : xFormat.apply(x.tick(i));
    }

    /** The label of y tick i: the format's, or the ticks' own. */
    public String yLabel(int i) {
        return yFormat == null ? y.label(i) : yFormat.apply(y.tick(i));
    }

    /** Width the y tick labels need. */
    public static double yLabelWidth(TextMetrics m, AxisTicks y) {
        double w = 0;
        for (int i = 0; i < y.count(); i++) {
            w = Math.max(w, m.width(y.label(i), TICK_SIZE, false));
        }
        return w;
    }

    /** How many ticks suit an axis of {@code pixels}: about one per {@code spacing} pixels, within min..max. */
    public static int tickCount(double pixels, double spacing, int min, int max) {
        return (int) Math.max(min, Math.min(max, pixels / spacing));
    }

    /**
     * Lays out a plot in the box (x, y, w, h) leaving room for tick labels and axis titles.
     *
     * @param extraTop room above the plot (a legend)
     */
    public static Axes layout(TextMetrics m, double x, double y, double w, double h, double extraTop, double xLo,
                              double xHi, double yLo, double yHi, boolean xTitle, boolean yTitle) {
        AxisTicks ty = AxisTicks.of(yLo, yHi, tickCount(h - extraTop - 50, 45, 3, 8));
        double left = x + yLabelWidth(m, ty) + 12 + (yTitle ? 22 : 4);
        double right = x + w - 16;
        double top = y + extraTop + 8;
        double bottom = y + h - (xTitle ? 44 : 24);
        double pw = Math.max(10, right - left);
        AxisTicks tx = AxisTicks.of(xLo, xHi, tickCount(pw, 80, 3, 11));
        return new Axes(left, top, pw, Math.max(10, bottom - top), tx, ty);
    }

    /** Grid lines and tick labels of both axes (x only when {@code xTicks}), and the axis line. */
    public void paintGrid(Painter pen, boolean xTicks) {
        paintYGrid(pen, false);
        if (xTicks) {
            paintXGrid(pen, true);
        }
        pen.line(left, bottom() + 0.5, right(), bottom() + 0.5, ChartColors.AXIS, 1);
    }

    private static boolean inside(double v, double lo, double hi, double step) {
        double eps = 1e-9 * Math.max(1, Math.abs(step));
        return v >= Math.min(lo, hi) - eps && v <= Math.max(lo, hi) + eps;
    }

    /** Horizontal grid lines at the y ticks, labelled left of the plot (with tick marks when asked). */
    public void paintYGrid(Painter pen, boolean tickMarks) {
        for (int i = 0; i < y.count(); i++) {
            if (!inside(y.tick(i), y0, y1, y.step())) {
                continue;
            }
            double py = Math.round(py(y.tick(i))) + 0.5;
            pen.line(left, py, right(), py, ChartColors.GRID, 1);
            if (tickMarks) {
                pen.line(left - MARK, py, left, py, ChartColors.AXIS, 1);
            }
            String label = yLabel(i);
            if (label != null && !label.isEmpty()) {
                pen.text(left - Y_LABEL_GAP, Painter.middle(py, TICK_SIZE), label, TICK_SIZE, false,
                        ChartColors.MUTED, Painter.Anchor.END, 0);
            }
        }
    }

    /** Vertical grid lines at the x ticks, labelled under the plot (with tick marks when asked). */
    public void paintXGrid(Painter pen, boolean tickMarks) {
        paintX(pen, true, tickMarks);
    }

    /** Tick marks and labels under the plot, without grid lines. */
    public void paintXTicks(Painter pen) {
        paintX(pen, false, true);
    }

    private void paintX(Painter pen, boolean grid, boolean tickMarks) {
        for (int i = 0; i < x.count(); i++) {
            if (!inside(x.tick(i), x0, x1, x.step())) {
                continue;
            }
            double px = Math.round(px(x.tick(i))) + 0.5;
            if (grid) {
                pen.line(px, top, px, bottom(), ChartColors.GRID, 1);
            }
            if (tickMarks) {
                pen.line(px, bottom(), px, bottom() + MARK, ChartColors.AXIS, 1);
            }
            String label = xLabel(i);
            if (label != null && !label.isEmpty()) {
                pen.text(px, Painter.top(bottom() + (tickMarks ? 7 : 6), TICK_SIZE), label, TICK_SIZE, false,
                        ChartColors.MUTED, Painter.Anchor.MIDDLE, 0);
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
            pen.text(left + width / 2, boxBottom - 8, ChartText.fit(pen, xTitle, TITLE_SIZE, true, width), TITLE_SIZE,
                    true, ChartColors.TEXT, Painter.Anchor.MIDDLE, 0);
        }
        if (yTitle != null) {
            pen.text(boxLeft + 15, top + height / 2, ChartText.fit(pen, yTitle, TITLE_SIZE, true, height), TITLE_SIZE,
                    true, ChartColors.TEXT, Painter.Anchor.MIDDLE, -90);
        }
    }
}
