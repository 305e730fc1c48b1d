package io.segmenta.ui.charts;

import io.segmenta.core.chart.Painter;

/** Segment sizes: one bar per segment, its number of customers and share written beside it. */
public final class SegmentSizeChart extends SegmentRowsChart {

    public SegmentSizeChart() {
        getStyleClass().add("segment-size-chart");
    }

    @Override
    protected void paint(Painter p, double w, double h) {
        rows().paintSizes(p, w, h);
    }
}
