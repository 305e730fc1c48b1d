package io.segmenta.ui.charts;

import io.segmenta.core.chart.Painter;

/**
 * One numeric column by segment: a bar per segment to its mean (original units), a tick at its
 * median, and the mean of all customers as a dashed line, so "higher than usual" reads at a glance.
 */
public final class FeatureBarChart extends SegmentRowsChart {
    public FeatureBarChart() {
        getStyleClass().add("feature-bar-chart");
    }

    @Override
    protected void paint(Painter p, double w, double h) {
        rows().paintMeans(p, w, h, column());
    }
}
