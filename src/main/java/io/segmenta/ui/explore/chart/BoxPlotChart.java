package io.segmenta.ui.explore.chart;

import io.segmenta.ui.charts.ChartLegend;
import io.segmenta.ui.charts.ChartColors;
import io.segmenta.ui.charts.ChartText;
import io.segmenta.ui.charts.PaintedChart;
import io.segmenta.ui.charts.Axes;
import io.segmenta.core.explore.Format;
import io.segmenta.core.explore.GroupComparisonResult;
import io.segmenta.core.explore.GroupStats;
import io.segmenta.ui.Formats;
import io.segmenta.ui.charts.AxisTicks;
import io.segmenta.ui.charts.Painter;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.paint.Color;

/**
 * Box plots of one numeric column by group: the box spans the quartiles with the median as a bold
 * line, whiskers reach the most extreme values within 1.5 IQR, values beyond are drawn as small
 * circles, and a white dot marks the mean. Hovering over a box shows its figures.
 */
public final class BoxPlotChart extends PaintedChart {
    /** Most outliers drawn per group (the count is in the tooltip). */
    static final int MAX_OUTLIERS_DRAWN = 2_000;

    private final ObjectProperty<BoxPlotData> data = new SimpleObjectProperty<>(this, "data");
    private Axes axes;
    private double slotLeft;
    private double slotWidth;
    private int boxesDrawn;

    public BoxPlotChart() {
        getStyleClass().add("box-plot-chart");
        data.addListener((o, a, b) -> invalidate());
    }

    public ObjectProperty<BoxPlotData> dataProperty() {
        return data;
    }

    public BoxPlotData getData() {
        return data.get();
    }

    public void setData(BoxPlotData d) {
        data.set(d);
    }

    /** Boxes drawn by the last paint. */
    public int boxesDrawn() {
        return boxesDrawn;
    }

    @Override
    protected boolean hasData() {
        return data.get() != null && !data.get().result().groups().isEmpty();
    }

    @Override
    protected void clearGeometry() {
        axes = null;
        boxesDrawn = 0;
    }

    @Override
    protected void paintPlot(Painter pen, double x, double y, double w, double h) {
        BoxPlotData d = data.get();
        GroupComparisonResult r = d.result();
        List<GroupStats> groups = r.groups();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (GroupStats g : groups) {
            lo = Math.min(lo, g.min());
            hi = Math.max(hi, g.max());
        }
        int k = groups.size();
        double guessSlot = (w - 110) / k;
        double widest = 0;
        for (GroupStats g : groups) {
            widest = Math.max(widest, ChartText.width(g.group(), 11.5, false));
        }
        int lines = ChartText.labelLines(groups.stream().map(GroupStats::group).toList(), 11.5, guessSlot);
        boolean slanted = lines == 0;
        double labelH = slanted ? Math.min(widest, 140) * 0.71 + 30 : 22 + 15 * lines;
        AxisTicks ty = AxisTicks.of(lo, hi, (int) Math.max(3, Math.min(8, (h - labelH) / 45)));
        double left = x + Axes.yLabelWidth(ty) + 12 + 22;
        double right = x + w - 16;
        double top = y + 14;
        double bottom = y + h - labelH - 24;
        Axes a = new Axes(left, top, Math.max(10, right - left), Math.max(10, bottom - top), AxisTicks.of(0, 1, 2), ty);
        axes = a;
        a.paintGrid(pen, false);
        slotLeft = a.left();
        slotWidth = a.width() / k;
        double boxW = Math.min(90, slotWidth * 0.5);
        boxesDrawn = 0;
        for (int i = 0; i < k; i++) {
            GroupStats g = groups.get(i);
            Color c = ChartLegend.color(d.colour(i));
            double cx = slotLeft + (i + 0.5) * slotWidth;
            double bx = cx - boxW / 2;
            double q1 = a.py(g.q1());
            double q3 = a.py(g.q3());
            double wl = a.py(g.whiskerLow());
            double wh = a.py(g.whiskerHigh());
            Color dark = c.deriveColor(0, 1, 0.7, 1);
            pen.line(cx, q3, cx, wh, dark, 1.4);
            pen.line(cx, q1, cx, wl, dark, 1.4);
            pen.line(cx - boxW / 4, wh, cx + boxW / 4, wh, dark, 1.4);
            pen.line(cx - boxW / 4, wl, cx + boxW / 4, wl, dark, 1.4);
            pen.rect(bx, q3, boxW, Math.max(1, q1 - q3), ChartColors.alpha(c, 0.32), dark, 1.4);
            double med = a.py(g.median());
            pen.line(bx, med, bx + boxW, med, dark, 3);
            double[] out = g.outliers();
            int step = Math.max(1, out.length / MAX_OUTLIERS_DRAWN);
            for (int o = 0; o < out.length; o += step) {
                pen.circle(cx, a.py(out[o]), 3, ChartColors.alpha(c, 0.25), dark, 1);
            }
            if (!Double.isNaN(g.mean())) {
                pen.circle(cx, a.py(g.mean()), 4.2, Color.WHITE, ChartColors.TEXT, 1.3);
            }
            boxesDrawn++;
            String n = "n = " + Formats.count(g.n());
            if (slanted) {
                String t = ChartText.fit(g.group(), 11.5, false, 140);
                pen.text(cx, a.bottom() + 16, n, 11, false, ChartColors.MUTED, Painter.Anchor.MIDDLE, 0);
                pen.text(cx + 4, a.bottom() + 30, t, 11.5, false, ChartColors.TEXT, Painter.Anchor.END, -45);
            } else {
                String[] ls = ChartText.lines(g.group(), 11.5, false, slotWidth - 8);
                if (ls == null) {
                    ls = new String[] {ChartText.fit(g.group(), 11.5, false, slotWidth - 8)};
                }
                for (int li = 0; li < ls.length; li++) {
                    pen.text(cx, a.bottom() + 17 + 15 * li, ls[li], 11.5, false, ChartColors.TEXT, Painter.Anchor.MIDDLE, 0);
                }
                pen.text(cx, a.bottom() + 17 + 15 * ls.length, n, 11, false, ChartColors.MUTED, Painter.Anchor.MIDDLE, 0);
            }
        }
        // slanted labels reach down to where the axis title would be; the chart title names the grouping
        a.paintTitles(pen, slanted ? null : r.grouping(), r.column(), x, y + h);
    }

    @Override
    public String hoverText(double px, double py) {
        BoxPlotData d = data.get();
        Axes a = axes;
        if (d == null || a == null || !a.contains(px, py) || slotWidth <= 0) {
            return null;
        }
        int i = (int) Math.floor((px - slotLeft) / slotWidth);
        List<GroupStats> groups = d.result().groups();
        if (i < 0 || i >= groups.size()) {
            return null;
        }
        GroupStats g = groups.get(i);
        return g.group() + " (n = " + Formats.count(g.n()) + ")\n"
                + "Mean " + Format.value(g.mean()) + " · standard deviation " + Format.value(g.sd()) + "\n"
                + "Median " + Format.value(g.median()) + " · quartiles " + Format.value(g.q1()) + " to "
                + Format.value(g.q3()) + "\n"
                + "Range " + Format.value(g.min()) + " to " + Format.value(g.max()) + " · "
                + Formats.plural(g.outliers().length, "value", "values") + " beyond the whiskers";
    }
}
