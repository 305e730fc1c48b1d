package io.segmenta.ui.charts;

import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.ui.Formats;
import java.util.List;

/** Segment sizes: one bar per segment, its number of customers and share written beside it. */
public final class SegmentSizeChart extends SegmentRowsChart {

    public SegmentSizeChart() {
        getStyleClass().add("segment-size-chart");
    }

    @Override
    protected void paint(Painter p, double w, double h) {
        layoutLabels(w);
        List<SegmentProfile> rows = profiles();
        double plotW = w - labelWidth - RIGHT - 90;
        double plotH = h - TOP - BOTTOM;
        if (rows.isEmpty() || plotW < 40 || plotH < 30) {
            paintEmpty(p, w, h, "No segments yet.");
            return;
        }
        int max = rows.stream().mapToInt(SegmentProfile::size).max().orElse(1);
        AxisTicks t = AxisTicks.of(0, Math.max(1, max), (int) Math.max(3, Math.min(8, plotW / 90)));
        paintTitle(p, "Segment sizes", w);
        paintValueAxis(p, t, plotW, TOP, TOP + plotH, "Customers", h);
        double row = plotH / rows.size();
        double bar = Math.min(30, row * 0.62);
        for (int i = 0; i < rows.size(); i++) {
            SegmentProfile r = rows.get(i);
            double y = TOP + row * (i + 0.5);
            paintRowLabel(p, r, y, row);
            double x = px(r.size(), t, plotW);
            p.fillRect(labelWidth, y - bar / 2, x - labelWidth, bar, SegmentPalette.color(r.segment()));
            p.text(x + 6, Painter.middle(y, 12), Formats.count(r.size()) + " · " + Formats.percent(r.share()), 12, true,
                    ChartColors.TEXT, Painter.Anchor.START, 0);
        }
        p.line(labelWidth, TOP, labelWidth, TOP + plotH, ChartColors.AXIS, 1);
    }
}
