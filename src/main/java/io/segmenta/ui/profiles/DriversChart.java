package io.segmenta.ui.profiles;

import io.segmenta.core.chart.Axes;
import io.segmenta.core.chart.AxisTicks;
import io.segmenta.core.chart.ChartColors;
import io.segmenta.core.chart.ChartLegend;
import io.segmenta.core.chart.ChartText;
import io.segmenta.core.chart.Color;
import io.segmenta.core.chart.Painter;
import io.segmenta.core.explain.Driver;
import io.segmenta.ui.charts.PaintedChart;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What drives the segments: one horizontal bar per feature, strongest first, on a 0 to 1 axis; eta
 * squared for numbers, Cramér's V for categorical columns (in another colour, with a legend).
 */
public final class DriversChart extends PaintedChart {
    private static final double TOP = 34;
    private static final double BOTTOM = 52;
    private static final double RIGHT = 24;
    private static final double SIZE = 11.5;
    private static final Color NUMBER = ChartColors.SERIES;
    private static final Color CATEGORY = ChartColors.SUGGESTED;

    private final ObjectProperty<List<Driver>> drivers = new SimpleObjectProperty<>(this, "drivers", List.of());
    private Axes axes;
    private double rowHeight;

    public DriversChart() {
        getStyleClass().add("drivers-chart");
        drivers.addListener((o, a, b) -> invalidate());
    }

    public ObjectProperty<List<Driver>> driversProperty() {
        return drivers;
    }

    @Override
    protected void paint(Painter p, double w, double h) {
        List<Driver> list = drivers.get() == null ? List.of() : drivers.get();
        axes = null;
        if (list.isEmpty()) {
            paintEmpty(p, w, h, "No segmentation yet.");
            return;
        }
        double labelW = 0;
        for (Driver d : list) {
            labelW = Math.max(labelW, p.width(d.column(), SIZE, false));
        }
        labelW = Math.min(labelW + 12, Math.max(90, w * 0.35));
        double pw = w - labelW - RIGHT;
        double ph = h - TOP - BOTTOM;
        if (pw < 60 || ph < 30) {
            paintEmpty(p, w, h, "Make the window larger to see the drivers.");
            return;
        }
        axes = new Axes(labelW, TOP, pw, ph, new AxisTicks(0, 1, 0.2), null);
        paintHeading(p, labelW, TOP, pw, "Drivers of the segments");
        axes.paintXGrid(p, true);
        rowHeight = ph / list.size();
        double bar = Math.min(24, rowHeight * 0.66);
        for (int i = 0; i < list.size(); i++) {
            Driver d = list.get(i);
            double y = TOP + rowHeight * (i + 0.5);
            String label = ChartText.fit(p, d.column(), SIZE, false, labelW - 10);
            p.text(labelW - 8, Painter.middle(y, SIZE), label, SIZE, false, ChartColors.TEXT, Painter.Anchor.END, 0);
            Color c = d.kind() == Driver.Kind.ETA_SQUARED ? NUMBER : CATEGORY;
            double x = axes.px(d.value());
            p.fillRect(labelW, y - bar / 2, Math.max(1, x - labelW), bar, c);
            p.text(x + 6, Painter.middle(y, SIZE), String.format(Locale.ROOT, "%.2f", d.value()), SIZE, true,
                    ChartColors.TEXT, Painter.Anchor.START, 0);
        }
        axes.paintFrame(p);
        List<ChartLegend.Entry> legend = new java.util.ArrayList<>();
        if (list.stream().anyMatch(d -> d.kind() == Driver.Kind.ETA_SQUARED)) {
            legend.add(new ChartLegend.Entry("number: eta squared", NUMBER, ChartLegend.Swatch.SQUARE));
        }
        if (list.stream().anyMatch(d -> d.kind() == Driver.Kind.CRAMERS_V)) {
            legend.add(new ChartLegend.Entry("category: Cramér's V", CATEGORY, ChartLegend.Swatch.SQUARE));
        }
        ChartLegend.paintEntries(p, labelW, h - 24, pw, legend);
    }

    @Override
    public String hoverText(double x, double y) {
        List<Driver> list = drivers.get();
        if (axes == null || list == null || list.isEmpty() || y < TOP || y > TOP + rowHeight * list.size()) {
            return null;
        }
        Driver d = list.get(Math.min(list.size() - 1, (int) ((y - TOP) / rowHeight)));
        return d.kind() == Driver.Kind.ETA_SQUARED
                ? String.format(Locale.ROOT, "%s: eta squared %.3f: %.0f%% of its variance lies between the segments",
                d.column(), d.value(), 100 * d.value())
                : String.format(Locale.ROOT, "%s: Cramér's V %.3f (1 = each segment holds one level)", d.column(),
                d.value());
    }
}
