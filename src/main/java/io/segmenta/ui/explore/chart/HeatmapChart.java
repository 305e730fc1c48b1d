package io.segmenta.ui.explore.chart;

import io.segmenta.ui.charts.ChartColors;
import io.segmenta.ui.charts.ChartText;
import io.segmenta.ui.charts.PaintedChart;
import io.segmenta.core.explore.CorrelationMatrix;
import io.segmenta.core.explore.Format;
import io.segmenta.ui.charts.Painter;
import io.segmenta.ui.explore.CorrelationViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A correlation heatmap: one cell per pair of variables, coloured on a diverging scale centred on
 * zero ({@link DivergingScale}), with r in the cell when there is room, and a colour legend. Hovering
 * over a cell shows the pair, r, its p-value and n in words.
 */
public final class HeatmapChart extends PaintedChart {
    private static final double LABEL_SIZE = 11.5;
    private static final double MAX_CELL = 92;
    private static final double LEGEND_WIDTH = 84;

    private final ObjectProperty<CorrelationMatrix> data = new SimpleObjectProperty<>(this, "data");
    private double gridLeft;
    private double gridTop;
    private double cell;
    private int cellsDrawn;
    private boolean valuesShown;

    public HeatmapChart() {
        getStyleClass().add("heatmap-chart");
        data.addListener((o, a, b) -> invalidate());
    }

    public ObjectProperty<CorrelationMatrix> dataProperty() {
        return data;
    }

    public CorrelationMatrix getData() {
        return data.get();
    }

    public void setData(CorrelationMatrix m) {
        data.set(m);
    }

    /** Cells drawn by the last paint. */
    public int cellsDrawn() {
        return cellsDrawn;
    }

    /** True when the last paint wrote r into the cells (false when they were too small). */
    public boolean valuesShown() {
        return valuesShown;
    }

    /** Centre of cell (i, j) in the chart's coordinates, after a paint. */
    public javafx.geometry.Point2D cellCenter(int i, int j) {
        return new javafx.geometry.Point2D(gridLeft + (j + 0.5) * cell, gridTop + (i + 0.5) * cell);
    }

    @Override
    protected boolean hasData() {
        return data.get() != null && data.get().size() > 0;
    }

    @Override
    protected void clearGeometry() {
        cell = 0;
        cellsDrawn = 0;
    }

    @Override
    protected void paintPlot(Painter pen, double x, double y, double w, double h) {
        CorrelationMatrix m = data.get();
        int n = m.size();
        double rowLabel = 0;
        double colLabel = 0;
        for (String s : m.names()) {
            rowLabel = Math.max(rowLabel, ChartText.width(s, LABEL_SIZE, false));
        }
        colLabel = rowLabel;
        rowLabel = Math.min(200, rowLabel) + 10;
        double availW = w - rowLabel - LEGEND_WIDTH - 24;
        // column labels: horizontal when they fit under their cells, else slanted
        double guessCell = Math.min(MAX_CELL, availW / n);
        boolean slanted = colLabel > guessCell - 6;
        double bottomLabels = slanted ? Math.min(140, Math.min(colLabel, 180) * 0.71 + 16) : 24;
        double availH = h - bottomLabels - 16;
        cell = Math.max(4, Math.floor(Math.min(MAX_CELL, Math.min(availW / n, availH / n))));
        double gridW = cell * n;
        double block = rowLabel + gridW + LEGEND_WIDTH;
        gridLeft = Math.floor(x + Math.max(12, (w - block) / 2) + rowLabel);
        gridTop = Math.floor(y + 10 + Math.max(0, (availH - gridW) / 2));
        valuesShown = cell >= 30;
        double valueSize = Math.min(14, Math.max(9.5, cell * 0.27));
        cellsDrawn = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double r = m.r(i, j);
                double cx = gridLeft + j * cell;
                double cy = gridTop + i * cell;
                pen.rect(cx, cy, cell, cell, DivergingScale.color(r), javafx.scene.paint.Color.WHITE, 1);
                cellsDrawn++;
                if (valuesShown) {
                    String t = Double.isNaN(r) ? "–" : Format.fixed(r, 2);
                    pen.text(cx + cell / 2, Painter.middle(cy + cell / 2, valueSize), t, valueSize,
                            i == j ? false : Math.abs(r) >= 0.3, DivergingScale.textOn(r), Painter.Anchor.MIDDLE, 0);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            String s = ChartText.fit(m.names().get(i), LABEL_SIZE, false, rowLabel - 10);
            pen.text(gridLeft - 8, Painter.middle(gridTop + (i + 0.5) * cell, LABEL_SIZE), s, LABEL_SIZE, false,
                    ChartColors.TEXT, Painter.Anchor.END, 0);
        }
        double labelTop = gridTop + gridW;
        for (int j = 0; j < n; j++) {
            double cx = gridLeft + (j + 0.5) * cell;
            if (slanted) {
                String s = ChartText.fit(m.names().get(j), LABEL_SIZE, false, 180);
                pen.text(cx + 4, labelTop + 12, s, LABEL_SIZE, false, ChartColors.TEXT, Painter.Anchor.END, -45);
            } else {
                pen.text(cx, labelTop + 17, m.names().get(j), LABEL_SIZE, false, ChartColors.TEXT, Painter.Anchor.MIDDLE, 0);
            }
        }
        paintLegend(pen, m, gridLeft + gridW + 26, gridTop, Math.max(120, Math.min(gridW, 320)));
    }

    private void paintLegend(Painter pen, CorrelationMatrix m, double x, double y, double height) {
        pen.text(x, y + 10, m.method().label() + " " + m.method().symbol(), 11.5, true, ChartColors.TEXT, Painter.Anchor.START, 0);
        double top = y + 20;
        double barH = height - 28;
        int steps = 48;
        double step = barH / steps;
        for (int k = 0; k < steps; k++) {
            double v = 1 - 2 * (k + 0.5) / steps;
            pen.rect(x, top + k * step, 14, step + 0.6, DivergingScale.color(v), null, 0);
        }
        pen.rect(x, top, 14, barH, null, ChartColors.AXIS, 1);
        double[] ticks = {1, 0.5, 0, -0.5, -1};
        String[] labels = {"1", "0.5", "0", "-0.5", "-1"};
        for (int k = 0; k < ticks.length; k++) {
            double py = top + (1 - ticks[k]) / 2 * barH;
            pen.line(x + 14, py, x + 18, py, ChartColors.AXIS, 1);
            pen.text(x + 22, Painter.middle(py, 11), labels[k], 11, false, ChartColors.MUTED, Painter.Anchor.START, 0);
        }
    }

    @Override
    public String hoverText(double px, double py) {
        CorrelationMatrix m = data.get();
        if (m == null || cell <= 0) {
            return null;
        }
        int j = (int) Math.floor((px - gridLeft) / cell);
        int i = (int) Math.floor((py - gridTop) / cell);
        if (px < gridLeft || py < gridTop || i < 0 || j < 0 || i >= m.size() || j >= m.size()) {
            return null;
        }
        return CorrelationViewModel.cellText(m, i, j);
    }
}
