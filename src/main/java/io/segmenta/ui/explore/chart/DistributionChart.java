package io.segmenta.ui.explore.chart;

import io.segmenta.core.chart.Axes;
import io.segmenta.core.chart.AxisTicks;
import io.segmenta.core.chart.ChartColors;
import io.segmenta.core.chart.ChartLegend;
import io.segmenta.core.chart.ChartText;
import io.segmenta.core.chart.Color;
import io.segmenta.core.chart.Painter;
import io.segmenta.core.explore.Format;
import io.segmenta.core.explore.Histogram;
import io.segmenta.core.explore.HistogramResult;
import io.segmenta.core.explore.HistogramSeries;
import io.segmenta.ui.Formats;
import io.segmenta.ui.charts.FxText;
import io.segmenta.ui.charts.PaintedChart;
import io.segmenta.ui.explore.Distribution;
import io.segmenta.ui.explore.LevelCounts;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Distributions chart: a histogram with its kernel density curve for a numeric column, one
 * layer of bars and a curve per group when split (segment palette colours), or bars of level counts
 * for a categorical column (side by side per group when split). Hovering shows the bin or level
 * with its counts.
 */
public final class DistributionChart extends PaintedChart {
    private static final Color SINGLE = ChartColors.SERIES;
    private static final Color SINGLE_CURVE = ChartColors.SERIES_DARK;

    private final ObjectProperty<Distribution> data = new SimpleObjectProperty<>(this, "data");
    private Axes axes;
    /** Levels: left edge and width of each level's slot. */
    private double slotLeft;
    private double slotWidth;

    public DistributionChart() {
        getStyleClass().add("distribution-chart");
        data.addListener((o, a, b) -> invalidate());
    }

    public ObjectProperty<Distribution> dataProperty() {
        return data;
    }

    public Distribution getData() {
        return data.get();
    }

    public void setData(Distribution d) {
        data.set(d);
    }

    @Override
    protected boolean hasData() {
        Distribution d = data.get();
        if (d == null) {
            return false;
        }
        return d.isHistogram() ? d.histogram().binCount() > 0 && d.histogram().all().n() > 0
                : !d.levels().levels().isEmpty() && d.levels().present() > 0;
    }

    @Override
    protected void clearGeometry() {
        axes = null;
    }

    @Override
    protected void paintPlot(Painter pen, double x, double y, double w, double h) {
        Distribution d = data.get();
        if (d.isHistogram()) {
            paintHistogram(pen, d.histogram(), x, y, w, h);
        } else {
            paintLevels(pen, d.levels(), x, y, w, h);
        }
    }

    // ---- histogram -------------------------------------------------------------------------------

    private static List<HistogramSeries> shown(HistogramResult r) {
        return r.isSplit() ? r.groups() : List.of(r.all());
    }

    private static List<String> legendLabels(HistogramResult r) {
        List<String> out = new ArrayList<>();
        for (HistogramSeries s : r.groups()) {
            out.add(s.name() + " (n = " + Formats.count(s.n()) + ")");
        }
        return out;
    }

    private void paintHistogram(Painter pen, HistogramResult r, double x, double y, double w, double h) {
        List<String> legend = r.isSplit() ? legendLabels(r) : List.of();
        double legendH = ChartLegend.height(FxText.METRICS, legend, w - 32);
        double maxY = 0;
        for (HistogramSeries s : shown(r)) {
            maxY = Math.max(maxY, s.maxHeight());
        }
        Axes a = Axes.layout(FxText.METRICS, x, y, w, h, legendH, r.edge(0), r.edge(r.binCount()), 0, maxY * 1.04, true, true);
        axes = a;
        a.paintGrid(pen, true);
        ChartLegend.paint(pen, x + 16, y + 4, w - 32, legend);
        pen.clip(a.left(), a.top(), a.width(), a.height());
        List<HistogramSeries> series = shown(r);
        for (int s = 0; s < series.size(); s++) {
            HistogramSeries hs = series.get(s);
            Color c = r.isSplit() ? ChartLegend.color(s) : SINGLE;
            Color fill = ChartColors.alpha(c, r.isSplit() ? 0.28 : 0.55);
            Color stroke = r.isSplit() ? ChartColors.alpha(c, 0.85) : Color.WHITE;
            for (int i = 0; i < r.binCount(); i++) {
                double hgt = hs.height(i);
                if (hgt <= 0) {
                    continue;
                }
                double x0 = a.px(r.edge(i));
                double x1 = a.px(r.edge(i + 1));
                double top = a.py(hgt);
                pen.rect(x0, top, x1 - x0, a.bottom() - top, fill, stroke, r.isSplit() ? 1 : 0.8);
            }
        }
        for (int s = 0; s < series.size(); s++) {
            HistogramSeries hs = series.get(s);
            if (!hs.hasCurve() || r.gridSize() == 0) {
                continue;
            }
            int n = r.gridSize();
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int j = 0; j < n; j++) {
                xs[j] = a.px(r.grid(j));
                ys[j] = a.py(hs.curve(j));
            }
            pen.polyline(xs, ys, n, r.isSplit() ? ChartLegend.color(s).darker() : SINGLE_CURVE, 2.2);
        }
        pen.unclip();
        a.paintTitles(pen, r.column(), r.scale() == Histogram.Scale.COUNT ? "Customers" : "Density", x, y + h);
    }

    private String histogramHover(HistogramResult r, double px, double py) {
        Axes a = axes;
        if (a == null || !a.contains(px, py)) {
            return null;
        }
        double v = a.xAt(px);
        if (v < r.edge(0) || v > r.edge(r.binCount())) {
            return null;
        }
        int bin = (int) Math.min(r.binCount() - 1, Math.floor((v - r.edge(0)) / r.binWidth()));
        boolean last = bin == r.binCount() - 1;
        StringBuilder b = new StringBuilder();
        double first = r.edge(0) + 0.5;
        boolean whole = first == Math.rint(first) && r.binWidth() >= 1
                && Math.abs(r.binWidth() - Math.rint(r.binWidth())) < 1e-9;
        if (whole) {
            long lo = Math.round(r.edge(bin) + 0.5);
            long hi = Math.round(r.edge(bin + 1) - 0.5);
            b.append(r.column()).append(": ").append(lo == hi ? Long.toString(lo) : lo + " to " + hi);
        } else {
            b.append(r.column()).append(": ").append(Format.value(r.edge(bin))).append(" to ")
                    .append(Format.value(r.edge(bin + 1))).append(last ? " (inclusive)" : "");
        }
        if (r.isSplit()) {
            for (HistogramSeries s : r.groups()) {
                b.append('\n').append(s.name()).append(": ").append(Formats.plural(s.count(bin), "customer", "customers"));
            }
        } else {
            b.append('\n').append(Formats.plural(r.all().count(bin), "customer", "customers"));
            if (r.all().n() > 0) {
                b.append(" (").append(Formats.percent((double) r.all().count(bin) / r.all().n())).append(')');
            }
        }
        return b.toString();
    }

    // ---- categorical levels ----------------------------------------------------------------------

    private void paintLevels(Painter pen, LevelCounts l, double x, double y, double w, double h) {
        List<String> legend = new ArrayList<>();
        if (l.isSplit()) {
            for (int g = 0; g < l.groups().size(); g++) {
                int n = 0;
                for (int k = 0; k < l.levels().size(); k++) {
                    n += l.count(g, k);
                }
                legend.add(l.groups().get(g) + " (n = " + Formats.count(n) + ")");
            }
        }
        double legendH = ChartLegend.height(FxText.METRICS, legend, w - 32);
        int levels = l.levels().size();
        double max = 0;
        for (int k = 0; k < levels; k++) {
            if (l.isSplit()) {
                for (int g = 0; g < l.groups().size(); g++) {
                    max = Math.max(max, l.count(g, k));
                }
            } else {
                max = Math.max(max, l.total(k));
            }
        }
        // room for the level names: horizontal if they fit their slots, else slanted
        double guessW = w - 110;
        double slot = guessW / levels;
        double widest = 0;
        for (String s : l.levels()) {
            widest = Math.max(widest, FxText.width(s, 11.5, false));
        }
        int lines = ChartText.labelLines(FxText.METRICS, l.levels(), 11.5, slot);
        boolean slanted = lines == 0;
        double labelH = slanted ? Math.min(widest, 140) * 0.71 + 14 : 6 + 15 * lines;
        AxisTicks ty = AxisTicks.of(0, max * 1.12, (int) Math.max(3, Math.min(8, (h - legendH - labelH) / 45)));
        double left = x + Axes.yLabelWidth(FxText.METRICS, ty) + 12 + 22;
        double right = x + w - 16;
        double top = y + legendH + 8;
        double bottom = y + h - labelH - 26;
        Axes a = new Axes(left, top, Math.max(10, right - left), Math.max(10, bottom - top), AxisTicks.of(0, 1, 2), ty);
        axes = a;
        a.paintGrid(pen, false);
        ChartLegend.paint(pen, x + 16, y + 4, w - 32, legend);
        slotLeft = a.left();
        slotWidth = a.width() / levels;
        int groups = l.isSplit() ? l.groups().size() : 1;
        double barW = slotWidth * 0.78 / groups;
        for (int k = 0; k < levels; k++) {
            double x0 = slotLeft + k * slotWidth + slotWidth * 0.11;
            for (int g = 0; g < groups; g++) {
                int count = l.isSplit() ? l.count(g, k) : l.total(k);
                double top0 = a.py(count);
                Color c = l.isSplit() ? ChartLegend.color(g) : SINGLE;
                pen.rect(x0 + g * barW, top0, Math.max(1, barW - (groups > 1 ? 1 : 0)), a.bottom() - top0,
                        ChartColors.alpha(c, l.isSplit() ? 0.8 : 0.7), null, 0);
            }
            if (!l.isSplit() && slotWidth > 38) {
                String text = Formats.count(l.total(k)) + (slotWidth > 90 ? " · "
                        + Formats.percent((double) l.total(k) / l.present()) : "");
                pen.text(x0 + barW / 2, a.py(l.total(k)) - 5, text, 11, false, ChartColors.TEXT, Painter.Anchor.MIDDLE, 0);
            }
            double cx = slotLeft + (k + 0.5) * slotWidth;
            String name = l.levels().get(k);
            if (slanted) {
                String t = ChartText.fit(FxText.METRICS, name, 11.5, false, 140);
                pen.text(cx + 4, a.bottom() + 14, t, 11.5, false, ChartColors.TEXT, Painter.Anchor.END, -45);
            } else {
                String[] ls = ChartText.lines(FxText.METRICS, name, 11.5, false, slotWidth - 8);
                if (ls == null) {
                    ls = new String[] {ChartText.fit(FxText.METRICS, name, 11.5, false, slotWidth - 8)};
                }
                for (int li = 0; li < ls.length; li++) {
                    pen.text(cx, a.bottom() + 17 + 15 * li, ls[li], 11.5, false, ChartColors.TEXT, Painter.Anchor.MIDDLE, 0);
                }
            }
        }
        a.paintTitles(pen, slanted ? null : l.column(), "Customers", x, y + h);
    }

    private String levelHover(LevelCounts l, double px, double py) {
        Axes a = axes;
        if (a == null || !a.contains(px, py) || slotWidth <= 0) {
            return null;
        }
        int k = (int) Math.floor((px - slotLeft) / slotWidth);
        if (k < 0 || k >= l.levels().size()) {
            return null;
        }
        StringBuilder b = new StringBuilder(l.column()).append(": ").append(l.levels().get(k)).append('\n')
                .append(Formats.plural(l.total(k), "customer", "customers")).append(" (")
                .append(Formats.percent((double) l.total(k) / Math.max(1, l.present()))).append(')');
        if (l.isSplit()) {
            for (int g = 0; g < l.groups().size(); g++) {
                b.append('\n').append(l.groups().get(g)).append(": ").append(Formats.count(l.count(g, k)));
            }
        }
        return b.toString();
    }

    @Override
    public String hoverText(double px, double py) {
        Distribution d = data.get();
        if (d == null || !hasData()) {
            return null;
        }
        return d.isHistogram() ? histogramHover(d.histogram(), px, py) : levelHover(d.levels(), px, py);
    }
}
