package io.segmenta.ui.charts;

import javafx.beans.NamedArg;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * One metric of a k sweep (WCSS for the elbow, or silhouette) as a line over k, with one k marked
 * (the recommendation). Animation is off: the chart appears complete.
 */
public final class KSweepChart extends LineChart<Number, Number> {
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private int markedK = -1;

    /**
     * @param title            chart title
     * @param yLabel           vertical axis title
     * @param forceZeroInRange whether the vertical axis starts at 0
     */
    public KSweepChart(@NamedArg("title") String title, @NamedArg("yLabel") String yLabel,
                       @NamedArg("forceZeroInRange") boolean forceZeroInRange) {
        super(new NumberAxis(0, 11, 1), new NumberAxis());
        setTitle(title);
        setAnimated(false);
        setLegendVisible(false);
        setCreateSymbols(true);
        getStyleClass().add("k-sweep-chart");
        NumberAxis x = (NumberAxis) getXAxis();
        x.setLabel("Number of segments (k)");
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        NumberAxis y = (NumberAxis) getYAxis();
        y.setLabel(yLabel);
        y.setForceZeroInRange(forceZeroInRange);
        y.setAnimated(false);
        x.setAnimated(false);
        // JavaFX's default tick labels follow the system locale ("0,46", "1.500" in German); every other
        // chart writes numbers with a decimal point, so the vertical axis gets its own nice ticks (see show)
        y.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                double step = y.getTickUnit();
                int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
                double v = Math.abs(n.doubleValue()) < step * 1e-9 ? 0 : n.doubleValue();
                return String.format(java.util.Locale.ROOT, "%,." + decimals + "f", v);
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text.replace(",", ""));
            }
        });
        getData().add(series);
    }

    /**
     * Shows {@code values[i]} at {@code ks[i]} (NaN values are skipped, e.g. silhouette at k = 1) and
     * marks {@code markK} (no mark when it is not among the ks).
     */
    public void show(int[] ks, double[] values, int markK, java.util.function.IntFunction<String> tooltipText) {
        show(ks, values, markK, -1, tooltipText);
    }

    /**
     * As {@link #show(int[], double[], int, java.util.function.IntFunction)}, and also marks
     * {@code secondK} in a quieter style (e.g. the elbow when it differs from the recommendation).
     */
    public void show(int[] ks, double[] values, int markK, int secondK,
                     java.util.function.IntFunction<String> tooltipText) {
        if (ks.length != values.length) {
            throw new IllegalArgumentException("one value per k needed");
        }
        series.getData().clear();
        NumberAxis x = (NumberAxis) getXAxis();
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int k : ks) {
            lo = Math.min(lo, k);
            hi = Math.max(hi, k);
        }
        if (ks.length > 0) {
            // one empty step on each side, so the end points are not cut by the plot border
            int first = lo;
            int last = Math.max(hi, lo + 1);
            x.setLowerBound(first - 1);
            x.setUpperBound(last + 1);
            x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Number n) {
                    int v = (int) Math.round(n.doubleValue());
                    return v < first || v > last ? "" : Integer.toString(v);
                }

                @Override
                public Number fromString(String s) {
                    return Integer.valueOf(s);
                }
            });
        }
        NumberAxis y = (NumberAxis) getYAxis();
        double low = y.isForceZeroInRange() ? 0 : Double.POSITIVE_INFINITY;
        double high = y.isForceZeroInRange() ? 0 : Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        if (low <= high) { // the same ticks measure and draw the labels, so they never overlap the axis title
            AxisTicks ticks = AxisTicks.of(low, high, 8);
            y.setAutoRanging(false);
            y.setLowerBound(ticks.min());
            y.setUpperBound(ticks.max());
            y.setTickUnit(ticks.step());
        } else {
            y.setAutoRanging(true);
        }
        markedK = -1;
        for (int i = 0; i < ks.length; i++) {
            if (Double.isNaN(values[i])) {
                continue;
            }
            XYChart.Data<Number, Number> point = new XYChart.Data<>(ks[i], values[i]);
            StackPane symbol = new StackPane();
            symbol.getStyleClass().add(ks[i] == markK ? "k-marker" : ks[i] == secondK ? "k-second" : "k-point");
            point.setNode(symbol);
            if (tooltipText != null) {
                Tooltip.install(symbol, new Tooltip(tooltipText.apply(i)));
            }
            if (ks[i] == markK) {
                markedK = markK;
            }
            series.getData().add(point);
        }
    }

    /** Removes the line. */
    public void clear() {
        series.getData().clear();
        markedK = -1;
    }

    /** The k shown as recommended, -1 when none. */
    public int markedK() {
        return markedK;
    }

    /** Number of points on the line. */
    public int pointCount() {
        return series.getData().size();
    }

    /** The marker node of the recommended k (for tests), null when none. */
    public Node markerNode() {
        for (XYChart.Data<Number, Number> p : series.getData()) {
            if (p.getNode() != null && p.getNode().getStyleClass().contains("k-marker")) {
                return p.getNode();
            }
        }
        return null;
    }
}
