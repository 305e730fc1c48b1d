package io.segmenta.core.chart;

import io.segmenta.core.explain.Driver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The drawing of what drives the segments: one horizontal bar per feature, strongest first, on a 0
 * to 1 axis; eta squared for numbers, Cramér's V for categorical columns (in another colour, with a
 * legend). The window's {@code DriversChart} and the report draw it. Immutable.
 *
 * @param drivers the drivers, strongest first
 */
public record DriversPlot(List<Driver> drivers) {
    /** Room above the bars, for the window's heading. */
    public static final double TOP = 34;
    /** Room below the bars: the axis labels and the legend. */
    public static final double BOTTOM = 52;
    private static final double RIGHT = 40;
    private static final double SIZE = 11.5;
    private static final Color NUMBER = ChartColors.SERIES;
    private static final Color CATEGORY = ChartColors.SUGGESTED;

    public DriversPlot {
        drivers = List.copyOf(drivers);
    }

    /** A height that gives every bar about {@code perBar} units, with {@code top} units above them. */
    public double height(double top, double perBar) {
        return top + BOTTOM + Math.max(2, drivers.size()) * perBar;
    }

    /** As {@link #paint(Painter, double, double, double)} with {@link #TOP} above the bars. */
    public Axes paint(Painter p, double w, double h) {
        return paint(p, TOP, w, h);
    }

    /**
     * Draws the bars into a chart of {@code w} by {@code h}, from {@code top} down, and returns where
     * they went, or null when there is nothing to draw or no room (the caller says why).
     */
    public Axes paint(Painter p, double top, double w, double h) {
        if (drivers.isEmpty()) {
            return null;
        }
        double labelW = 0;
        for (Driver d : drivers) {
            labelW = Math.max(labelW, p.width(d.column(), SIZE, false));
        }
        labelW = Math.min(labelW + 12, Math.max(90, w * 0.35));
        double pw = w - labelW - RIGHT;
        double ph = h - top - BOTTOM;
        if (pw < 60 || ph < 30) {
            return null;
        }
        Axes axes = new Axes(labelW, top, pw, ph, new AxisTicks(0, 1, 0.2), null);
        axes.paintXGrid(p, true);
        double rowHeight = ph / drivers.size();
        double bar = Math.min(24, rowHeight * 0.66);
        for (int i = 0; i < drivers.size(); i++) {
            Driver d = drivers.get(i);
            double y = top + rowHeight * (i + 0.5);
            String label = ChartText.fit(p, d.column(), SIZE, false, labelW - 10);
            p.text(labelW - 8, Painter.middle(y, SIZE), label, SIZE, false, ChartColors.TEXT, Painter.Anchor.END, 0);
            Color c = d.kind() == Driver.Kind.ETA_SQUARED ? NUMBER : CATEGORY;
            double x = axes.px(d.value());
            p.fillRect(labelW, y - bar / 2, Math.max(1, x - labelW), bar, c);
            p.text(x + 6, Painter.middle(y, SIZE), String.format(Locale.ROOT, "%.2f", d.value()), SIZE, true,
                    ChartColors.TEXT, Painter.Anchor.START, 0);
        }
        axes.paintFrame(p);
        List<ChartLegend.Entry> legend = new ArrayList<>();
        if (drivers.stream().anyMatch(d -> d.kind() == Driver.Kind.ETA_SQUARED)) {
            legend.add(new ChartLegend.Entry("number: eta squared", NUMBER, ChartLegend.Swatch.SQUARE));
        }
        if (drivers.stream().anyMatch(d -> d.kind() == Driver.Kind.CRAMERS_V)) {
            legend.add(new ChartLegend.Entry("category: Cramér's V", CATEGORY, ChartLegend.Swatch.SQUARE));
        }
        ChartLegend.paintEntries(p, labelW, h - 24, pw, legend);
        return axes;
    }

    /** The driver whose bar row holds height {@code y} of a chart drawn at {@code axes}, or null. */
    public Driver at(Axes axes, double y) {
        if (axes == null || drivers.isEmpty() || y < axes.top() || y > axes.bottom()) {
            return null;
        }
        double rowHeight = axes.height() / drivers.size();
        return drivers.get(Math.min(drivers.size() - 1, (int) ((y - axes.top()) / rowHeight)));
    }

    /** What a driver's value means, in a sentence (the window's tooltip). */
    public static String meaning(Driver d) {
        return d.kind() == Driver.Kind.ETA_SQUARED
                ? String.format(Locale.ROOT, "%s: eta squared %.3f: %.0f%% of its variance lies between the segments",
                d.column(), d.value(), 100 * d.value())
                : String.format(Locale.ROOT, "%s: Cramér's V %.3f (1 = each segment holds one level)", d.column(),
                d.value());
    }
}
