package io.segmenta.ui.explore.chart;

import io.segmenta.core.chart.AxisTicks;
import io.segmenta.core.chart.ChartColors;
import io.segmenta.core.chart.ChartLegend;
import io.segmenta.core.chart.ChartText;
import io.segmenta.core.chart.Color;
import io.segmenta.core.chart.Painter;
import io.segmenta.core.chart.SegmentPalette;
import io.segmenta.core.explore.HistogramResult;
import io.segmenta.core.explore.HistogramSeries;
import io.segmenta.ui.Formats;
import io.segmenta.ui.charts.FxText;
import io.segmenta.ui.charts.PaintedChart;
import io.segmenta.ui.explore.PairPlotData;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A scatter matrix: panel (i, j) plots column j (across) against column i (up), the diagonal shows
 * each column's histogram; points and bars are coloured by group (segment palette) when coloured.
 * Column scales are shared along rows and columns; tick labels sit on the left and bottom edges.
 */
public final class PairPlotChart extends PaintedChart {
    private static final Color SINGLE = ChartColors.SERIES;
    private static final double GAP = 8;
    private static final double TICK = 10.5;
    /** Widest a legend label beside the matrix gets before it is shortened. */
    private static final double LEGEND_MAX = 220;
    /** Narrowest a legend beside the matrix gets (names shortened to it); narrower, it goes above. */
    private static final double LEGEND_MIN = 110;

    private final ObjectProperty<PairPlotData> data = new SimpleObjectProperty<>(this, "data");
    private double gridLeft;
    private double gridTop;
    private double panel;
    /** The legend column beside the matrix in the last paint (NaN when above or none), for hover. */
    private double legendX = Double.NaN;
    private double legendWidth;
    private List<String> legendLabels = List.of();
    private int pointsDrawn;

    public PairPlotChart() {
        getStyleClass().add("pair-plot-chart");
        data.addListener((o, a, b) -> invalidate());
    }

    public ObjectProperty<PairPlotData> dataProperty() {
        return data;
    }

    public PairPlotData getData() {
        return data.get();
    }

    public void setData(PairPlotData d) {
        data.set(d);
    }

    /** The side of one panel of the matrix in the last paint, in pixels. */
    public double panelSize() {
        return panel;
    }

    /** Points drawn by the last paint, over every off-diagonal panel. */
    public int pointsDrawn() {
        return pointsDrawn;
    }

    @Override
    protected boolean hasData() {
        return data.get() != null && data.get().size() >= 2;
    }

    @Override
    protected void clearGeometry() {
        panel = 0;
        pointsDrawn = 0;
        legendX = Double.NaN;
    }

    private static List<String> legend(PairPlotData d) {
        return d.coloured() ? new ArrayList<>(d.groups()) : List.of();
    }

    @Override
    protected void paintPlot(Painter pen, double x, double y, double w, double h) {
        PairPlotData d = data.get();
        int k = d.size();
        List<String> legend = legend(d);
        double legendH = ChartLegend.height(FxText.METRICS, legend, w - 32);
        AxisTicks[] ticks = new AxisTicks[k];
        double labelW = 0;
        for (int c = 0; c < k; c++) {
            HistogramResult hr = d.diagonal().get(c);
            double lo = hr.binCount() > 0 ? hr.edge(0) : Double.NaN;
            double hi = hr.binCount() > 0 ? hr.edge(hr.binCount()) : Double.NaN;
            ticks[c] = AxisTicks.of(lo, hi, 4);
            for (int t = 0; t < ticks[c].count(); t++) {
                labelW = Math.max(labelW, FxText.width(ticks[c].label(t), TICK, false));
            }
        }
        double left = x + 22 + labelW + 8;
        double bottomSpace = 40;
        double availW = w - (left - x) - 16;
        // the legend goes beside the matrix in the width the matrix leaves over, its names shortened to
        // fit (whole on hover), so colouring by segment (ten long names) keeps the matrix its size; only
        // when that width is too narrow for a readable name does it go above
        double fullH = h - 8 - bottomSpace;
        double squarePanel = Math.floor(Math.min((availW - GAP * (k - 1)) / k, (fullH - GAP * (k - 1)) / k));
        double leftOver = availW - (squarePanel * k + GAP * (k - 1));
        double side = legend.isEmpty() ? 0
                : Math.min(ChartLegend.columnWidth(FxText.METRICS, legend, LEGEND_MAX) + 20, leftOver);
        boolean beside = !legend.isEmpty() && legend.size() * ChartLegend.ROW <= fullH && side >= LEGEND_MIN + 20;
        double top = y + (beside || legend.isEmpty() ? 0 : legendH) + 8;
        double availH = h - (top - y) - bottomSpace;
        double gridAvailW = availW - (beside ? side : 0);
        panel = Math.max(20, Math.floor(Math.min((gridAvailW - GAP * (k - 1)) / k, (availH - GAP * (k - 1)) / k)));
        double gridW = panel * k + GAP * (k - 1);
        gridLeft = Math.floor(left + Math.max(0, (gridAvailW - gridW) / 2));
        gridTop = Math.floor(top);
        legendX = beside ? gridLeft + gridW + 20 : Double.NaN;
        legendWidth = side - 20;
        legendLabels = legend;
        if (beside) {
            ChartLegend.paintColumn(pen, legendX, gridTop, legendWidth, legend);
        } else {
            ChartLegend.paint(pen, x + 16, y + 4, w - 32, legend);
        }
        pointsDrawn = 0;
        int n = d.shown();
        double radius = n <= 500 ? 2.6 : n <= 2_000 ? 1.9 : 1.4;
        double opacity = n <= 500 ? 0.75 : n <= 2_000 ? 0.6 : 0.45;
        Color[] colours = new Color[Math.max(1, d.groups().size())];
        for (int g = 0; g < colours.length; g++) {
            colours[g] = ChartColors.alpha(d.coloured() ? ChartLegend.color(g) : SINGLE, opacity);
        }
        Color none = ChartColors.alpha(d.coloured() ? SegmentPalette.UNSEGMENTED : SINGLE, opacity);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double px = gridLeft + j * (panel + GAP);
                double py = gridTop + i * (panel + GAP);
                pen.rect(px, py, panel, panel, Color.WHITE, ChartColors.AXIS, 1);
                paintGrid(pen, ticks[j], ticks[i], px, py, i != j);
                if (i == j) {
                    paintDiagonal(pen, d.diagonal().get(i), ticks[i], px, py);
                } else {
                    paintPoints(pen, d, j, i, ticks[j], ticks[i], px, py, radius, colours, none);
                }
            }
        }
        paintTickLabels(pen, d, ticks, x, labelW);
    }

    /**
     * Tick labels along the bottom and the left edge, and the column names. A label that would
     * touch its neighbour (the last tick of one panel and the first of the next) is left out.
     */
    private void paintTickLabels(Painter pen, PairPlotData d, AxisTicks[] ticks, double x, double labelWidth) {
        int k = d.size();
        double bottom = gridTop + k * panel + (k - 1) * GAP;
        double lastRight = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double px = gridLeft + c * (panel + GAP);
            AxisTicks t = ticks[c];
            for (int i = 0; i < t.count(); i++) {
                double tx = px + (t.tick(i) - t.min()) / (t.max() - t.min()) * panel;
                pen.line(tx, bottom, tx, bottom + 3, ChartColors.AXIS, 1);
                String label = t.label(i);
                double half = FxText.width(label, TICK, false) / 2;
                if (tx - half > lastRight + 4) {
                    pen.text(tx, bottom + 14, label, TICK, false, ChartColors.MUTED, Painter.Anchor.MIDDLE, 0);
                    lastRight = tx + half;
                }
            }
            String name = ChartText.fit(FxText.METRICS, d.names().get(c), 11.5, true, panel);
            pen.text(px + panel / 2, bottom + 31, name, 11.5, true, ChartColors.TEXT, Painter.Anchor.MIDDLE, 0);
        }
        double lastTop = Double.POSITIVE_INFINITY;
        for (int c = k - 1; c >= 0; c--) {
            double py = gridTop + c * (panel + GAP);
            AxisTicks t = ticks[c];
            for (int i = 0; i < t.count(); i++) {
                double ty = py + panel - (t.tick(i) - t.min()) / (t.max() - t.min()) * panel;
                pen.line(gridLeft - 3, ty, gridLeft, ty, ChartColors.AXIS, 1);
                if (ty + TICK * 0.5 < lastTop - 3) {
                    pen.text(gridLeft - 5, Painter.middle(ty, TICK), t.label(i), TICK, false, ChartColors.MUTED, Painter.Anchor.END, 0);
                    lastTop = ty - TICK * 0.5;
                }
            }
            String name = ChartText.fit(FxText.METRICS, d.names().get(c), 11.5, true, panel);
            pen.text(Math.max(x + 14, gridLeft - labelWidth - 14), py + panel / 2, name, 11.5, true,
                    ChartColors.TEXT, Painter.Anchor.MIDDLE, -90);
        }
    }

    private void paintGrid(Painter pen, AxisTicks tx, AxisTicks ty, double px, double py, boolean horizontal) {
        for (int t = 1; t < tx.count() - 1; t++) {
            double gx = px + (tx.tick(t) - tx.min()) / (tx.max() - tx.min()) * panel;
            pen.line(gx, py + 1, gx, py + panel - 1, ChartColors.GRID, 1);
        }
        if (horizontal) {
            for (int t = 1; t < ty.count() - 1; t++) {
                double gy = py + panel - (ty.tick(t) - ty.min()) / (ty.max() - ty.min()) * panel;
                pen.line(px + 1, gy, px + panel - 1, gy, ChartColors.GRID, 1);
            }
        }
    }

    private void paintPoints(Painter pen, PairPlotData d, int xc, int yc, AxisTicks tx, AxisTicks ty, double px,
                             double py, double radius, Color[] colours, Color none) {
        double[] xs = d.values()[xc];
        double[] ys = d.values()[yc];
        int[] group = d.group();
        double sx = panel / (tx.max() - tx.min());
        double sy = panel / (ty.max() - ty.min());
        pen.clip(px, py, panel, panel);
        for (int i = 0; i < xs.length; i++) {
            double vx = xs[i];
            double vy = ys[i];
            if (Double.isNaN(vx) || Double.isNaN(vy)) {
                continue;
            }
            int g = group[i];
            Color c = !d.coloured() ? colours[0] : g >= 0 && g < colours.length ? colours[g] : none;
            pen.circle(px + (vx - tx.min()) * sx, py + panel - (vy - ty.min()) * sy, radius, c, null, 0);
            pointsDrawn++;
        }
        pen.unclip();
    }

    private void paintDiagonal(Painter pen, HistogramResult hr, AxisTicks tx, double px, double py) {
        if (hr.binCount() == 0) {
            return;
        }
        List<HistogramSeries> series = hr.isSplit() ? hr.groups() : List.of(hr.all());
        double max = 0;
        for (HistogramSeries s : series) {
            max = Math.max(max, s.maxHeight());
        }
        if (max <= 0) {
            return;
        }
        double sx = panel / (tx.max() - tx.min());
        double usable = panel * 0.92;
        for (int s = 0; s < series.size(); s++) {
            HistogramSeries hs = series.get(s);
            Color c = hr.isSplit() ? ChartLegend.color(s) : SINGLE;
            for (int b = 0; b < hr.binCount(); b++) {
                double hgt = hs.height(b);
                if (hgt <= 0) {
                    continue;
                }
                double x0 = px + (hr.edge(b) - tx.min()) * sx;
                double x1 = px + (hr.edge(b + 1) - tx.min()) * sx;
                double bh = hgt / max * usable;
                pen.rect(x0, py + panel - bh, Math.max(0.8, x1 - x0), bh, ChartColors.alpha(c, hr.isSplit() ? 0.35 : 0.6),
                        hr.isSplit() ? ChartColors.alpha(c, 0.8) : null, 0.8);
            }
        }
    }

    @Override
    public String hoverText(double mx, double my) {
        PairPlotData d = data.get();
        if (d == null || panel <= 0) {
            return null;
        }
        if (!Double.isNaN(legendX) && mx >= legendX && mx <= legendX + legendWidth && my >= gridTop) {
            int entry = (int) Math.floor((my - gridTop) / ChartLegend.ROW);
            return entry < legendLabels.size() ? legendLabels.get(entry) : null;
        }
        int j = (int) Math.floor((mx - gridLeft) / (panel + GAP));
        int i = (int) Math.floor((my - gridTop) / (panel + GAP));
        if (i < 0 || j < 0 || i >= d.size() || j >= d.size()) {
            return null;
        }
        double inX = mx - gridLeft - j * (panel + GAP);
        double inY = my - gridTop - i * (panel + GAP);
        if (inX > panel || inY > panel) {
            return null;
        }
        if (i == j) {
            HistogramResult hr = d.diagonal().get(i);
            return "Histogram of " + d.names().get(i) + "\n" + Formats.plural(hr.all().n(), "customer", "customers")
                    + " in " + Formats.plural(hr.binCount(), "bin", "bins");
        }
        return d.names().get(i) + " (up) against " + d.names().get(j) + " (across)\n"
                + Formats.plural(d.shown(), "customer", "customers") + (d.sampled() ? " (a sample of "
                + Formats.count(d.rows()) + ")" : "");
    }
}
