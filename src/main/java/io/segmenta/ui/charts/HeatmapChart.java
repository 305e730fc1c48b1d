package io.segmenta.ui.charts;

import io.segmenta.core.chart.ChartColors;
import io.segmenta.core.chart.ChartText;
import io.segmenta.core.chart.Color;
import io.segmenta.core.chart.DivergingScale;
import io.segmenta.core.chart.HeatmapData;
import io.segmenta.core.chart.Painter;
import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;

/**
 * A heat map of a {@link HeatmapData}: one cell per row and column, coloured on its diverging
 * scale ({@link DivergingScale}), the value written in the cell when there is room, row labels on
 * the left (with a swatch for segment rows), column labels on top (slanted when they do not fit) and
 * a colour legend on the right. Used for the segment differences of the profiles and for the
 * correlations in Explore. Hovering over a cell shows the model's text for it.
 */
public final class HeatmapChart extends PaintedChart {
    private static final double LABEL_SIZE = 11.5;
    private static final double MAX_CELL = 92;
    private static final double MAX_CELL_WIDTH = 220;
    private static final double MAX_CELL_HEIGHT = 44;
    private static final double LEGEND_WIDTH = 84;
    private static final int LEGEND_STEPS = 48;
    /** Longest a slanted column label is drawn before it is shortened (its whole name shows on hover). */
    private static final double SLANTED_MAX = 180;

    private final ObjectProperty<HeatmapData> data = new SimpleObjectProperty<>(this, "data");
    private double gridLeft;
    private double gridTop;
    private double cellW;
    private double cellH;
    private int cellsDrawn;
    private boolean valuesShown;
    private boolean slantedHeader;
    private double headerHeight;

    public HeatmapChart() {
        getStyleClass().add("heatmap-chart");
        data.addListener((o, a, b) -> invalidate());
    }

    public ObjectProperty<HeatmapData> dataProperty() {
        return data;
    }

    public HeatmapData getData() {
        return data.get();
    }

    public void setData(HeatmapData d) {
        data.set(d);
    }

    /** Cells drawn by the last paint. */
    public int cellsDrawn() {
        return cellsDrawn;
    }

    /** True when the last paint wrote the values into the cells (false when they were too small). */
    public boolean valuesShown() {
        return valuesShown;
    }

    /** Centre of cell (row i, column j) in the chart's coordinates, after a paint. */
    public Point2D cellCenter(int i, int j) {
        return new Point2D(gridLeft + (j + 0.5) * cellW, gridTop + (i + 0.5) * cellH);
    }

    @Override
    protected boolean hasData() {
        return data.get() != null && data.get().rows() > 0 && data.get().columns() > 0;
    }

    @Override
    protected void clearGeometry() {
        cellW = 0;
        cellH = 0;
        cellsDrawn = 0;
    }

    @Override
    protected void paintPlot(Painter pen, double x, double y, double w, double h) {
        HeatmapData m = data.get();
        int rows = m.rows();
        int cols = m.columns();
        boolean swatches = m.rowColours() != null;
        double rowLabel = 0;
        for (String s : m.rowLabels()) {
            rowLabel = Math.max(rowLabel, FxText.width(s, LABEL_SIZE, swatches));
        }
        rowLabel = Math.min(220, rowLabel) + 10 + (swatches ? 14 : 0);
        double colLabel = 0;
        for (String s : m.columnLabels()) {
            colLabel = Math.max(colLabel, FxText.width(s, LABEL_SIZE, false));
        }
        double availW = w - rowLabel - LEGEND_WIDTH - 24;
        // column labels: level when they fit over their cells, else slanted
        double guessW = Math.min(m.square() ? MAX_CELL : MAX_CELL_WIDTH, availW / cols);
        boolean slanted = colLabel > guessW - 6;
        double header = slanted ? Math.min(130, Math.min(colLabel, SLANTED_MAX) * 0.71 + 14) : 24;
        double availH = h - header - 16;
        if (availW < 20 || availH < 20) {
            paintMessage(pen, x, y, w, h, "Too small to draw.");
            clearGeometry();
            return;
        }
        if (m.square()) {
            cellW = Math.max(4, Math.floor(Math.min(MAX_CELL, Math.min(availW / cols, availH / rows))));
            cellH = cellW;
        } else {
            cellW = Math.max(4, Math.floor(Math.min(MAX_CELL_WIDTH, availW / cols)));
            cellH = Math.max(4, Math.floor(Math.min(MAX_CELL_HEIGHT, availH / rows)));
        }
        double gridW = cellW * cols;
        double gridH = cellH * rows;
        double block = rowLabel + gridW + LEGEND_WIDTH;
        gridLeft = Math.floor(x + Math.max(12, (w - block) / 2) + rowLabel);
        gridTop = Math.floor(y + header + Math.max(0, (availH - gridH) / 2));
        DivergingScale scale = m.scale();
        valuesShown = cellW >= 30 && cellH >= 12;
        double valueSize = Math.min(14, Math.max(9.5, Math.min(cellH * 0.5, cellW * 0.27)));
        cellsDrawn = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double v = m.value(i, j);
                double cx = gridLeft + j * cellW;
                double cy = gridTop + i * cellH;
                pen.rect(cx, cy, cellW, cellH, scale.color(v), Color.WHITE, 1.5);
                cellsDrawn++;
                String t = valuesShown ? m.cellText().apply(v) : null;
                if (t != null) {
                    boolean bold = !Double.isNaN(v) && Math.abs(scale.position(v)) >= 0.3;
                    pen.text(cx + cellW / 2, Painter.middle(cy + cellH / 2, valueSize), t, valueSize, bold,
                            scale.textOn(v), Painter.Anchor.MIDDLE, 0);
                }
            }
        }
        for (int i = 0; i < rows; i++) {
            double cy = gridTop + (i + 0.5) * cellH;
            double right = gridLeft - 8;
            if (swatches) {
                double sh = Math.min(cellH, 16);
                pen.fillRect(gridLeft - 14, cy - sh / 2, 6, sh, m.rowColours().get(i));
                right = gridLeft - 20;
            }
            double size = cellH >= 16 ? LABEL_SIZE : 10;
            String s = ChartText.fit(FxText.METRICS, m.rowLabels().get(i), size, swatches, rowLabel - 10 - (swatches ? 14 : 0));
            pen.text(right, Painter.middle(cy, size), s, size, swatches, ChartColors.TEXT, Painter.Anchor.END, 0);
        }
        slantedHeader = slanted;
        headerHeight = header;
        List<String> shortened = ChartText.fitDistinct(FxText.METRICS, m.columnLabels(), LABEL_SIZE, false,
                SLANTED_MAX);
        for (int j = 0; j < cols; j++) {
            double cx = gridLeft + (j + 0.5) * cellW;
            if (slanted) {
                pen.text(cx - 4, gridTop - 8, shortened.get(j), LABEL_SIZE, false, ChartColors.TEXT, Painter.Anchor.START,
                        -45);
            } else {
                pen.text(cx, gridTop - 9, m.columnLabels().get(j), LABEL_SIZE, false, ChartColors.TEXT,
                        Painter.Anchor.MIDDLE, 0);
            }
        }
        paintLegend(pen, m, gridLeft + gridW + 26, gridTop, Math.max(120, Math.min(gridH, 320)));
    }

    private static void paintLegend(Painter pen, HeatmapData m, double x, double y, double height) {
        DivergingScale scale = m.scale();
        pen.text(x, y + 10, ChartText.fit(FxText.METRICS, m.scaleTitle(), 11.5, true, LEGEND_WIDTH - 4), 11.5, true, ChartColors.TEXT,
                Painter.Anchor.START, 0);
        double top = y + 20;
        double barH = height - 28;
        double step = barH / LEGEND_STEPS;
        for (int k = 0; k < LEGEND_STEPS; k++) {
            // from the high end at the top to the low end at the bottom, evenly in position
            double pos = 1 - 2 * (k + 0.5) / LEGEND_STEPS;
            double v = pos >= 0 ? scale.centre() + pos * (scale.high() - scale.centre())
                    : scale.centre() + pos * (scale.centre() - scale.low());
            pen.rect(x, top + k * step, 14, step + 0.6, scale.color(v), null, 0);
        }
        pen.rect(x, top, 14, barH, null, ChartColors.AXIS, 1);
        double[] ticks = {scale.high(), (scale.high() + scale.centre()) / 2, scale.centre(),
            (scale.low() + scale.centre()) / 2, scale.low()};
        for (double t : ticks) {
            double py = top + (1 - scale.position(t)) / 2 * barH;
            pen.line(x + 14, py, x + 18, py, ChartColors.AXIS, 1);
            pen.text(x + 22, Painter.middle(py, 11), number(t), 11, false, ChartColors.MUTED, Painter.Anchor.START, 0);
        }
    }

    /** A legend value without trailing zeros: 1, 0.5, 0, -0.5, -1. */
    static String number(double v) {
        return BigDecimal.valueOf(v == 0 ? 0 : v).stripTrailingZeros().toPlainString();
    }

    @Override
    public String hoverText(double px, double py) {
        HeatmapData m = data.get();
        if (m == null || cellW <= 0) {
            return null;
        }
        if (py < gridTop && py >= gridTop - headerHeight) {
            // over the column labels: the whole name (a slanted label runs up and to the right of its column)
            double along = slantedHeader ? px - (gridTop - py) + 4 : px;
            int j = (int) Math.floor((along - gridLeft) / cellW);
            return j >= 0 && j < m.columns() && along >= gridLeft ? m.columnLabels().get(j) : null;
        }
        if (m.hover() == null) {
            return null;
        }
        int j = (int) Math.floor((px - gridLeft) / cellW);
        int i = (int) Math.floor((py - gridTop) / cellH);
        if (px < gridLeft || py < gridTop || i < 0 || j < 0 || i >= m.rows() || j >= m.columns()) {
            return null;
        }
        return m.hover().text(i, j);
    }
}
