package io.segmenta.ui.charts;

import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.ui.Formats;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * One numeric column by segment: a bar per segment to its mean (original units), a tick at its
 * median, and the mean of all customers as a dashed line, so "higher than usual" reads at a glance.
 */
public final class FeatureBarChart extends SegmentRowsChart {
    private static final Color MEDIAN = ChartColors.INK;

    public FeatureBarChart() {
        getStyleClass().add("feature-bar-chart");
    }

    @Override
    protected void paint(Painter p, double w, double h) {
        layoutLabels(w);
        List<SegmentProfile> rows = rows(false);
        String col = column();
        double plotW = w - labelWidth - RIGHT;
        double plotH = h - TOP - BOTTOM;
        if (rows.isEmpty() || col == null || plotW < 40 || plotH < 30) {
            paintEmpty(p, w, h, rows.isEmpty() ? "No segments yet." : "Choose a numeric column.");
            return;
        }
        double lo = 0;
        double hi = 0;
        for (SegmentProfile r : rows) {
            double m = r.means().getOrDefault(col, Double.NaN);
            double med = r.median(col);
            for (double v : new double[] {m, med}) {
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        SegmentProfile all = whole();
        double overall = all == null ? Double.NaN : all.means().getOrDefault(col, Double.NaN);
        if (!Double.isNaN(overall)) {
            lo = Math.min(lo, overall);
            hi = Math.max(hi, overall);
        }
        AxisTicks t = AxisTicks.of(lo, hi == lo ? lo + 1 : hi, (int) Math.max(3, Math.min(10, plotW / 80)));
        paintTitle(p, "Mean " + col + " by segment (tick: median)", w);
        paintValueAxis(p, t, plotW, TOP, TOP + plotH, col, h);
        double row = plotH / rows.size();
        double bar = Math.min(28, row * 0.62);
        double zero = px(Math.max(t.min(), Math.min(t.max(), 0)), t, plotW);
        for (int i = 0; i < rows.size(); i++) {
            SegmentProfile r = rows.get(i);
            double y = TOP + row * (i + 0.5);
            paintRowLabel(p, r, y, row);
            double m = r.means().getOrDefault(col, Double.NaN);
            if (Double.isNaN(m)) {
                continue;
            }
            double x = px(m, t, plotW);
            Color c = SegmentPalette.color(r.segment());
            p.fillRect(Math.min(zero, x), y - bar / 2, Math.abs(x - zero), bar, c.deriveColor(0, 1, 1, 0.88));
            double med = r.median(col);
            double mx = Double.isNaN(med) ? x : px(med, t, plotW);
            if (!Double.isNaN(med)) {
                p.line(mx, y - bar / 2 - 3, mx, y + bar / 2 + 3, MEDIAN, 2);
            }
            // the mean at the start of its bar (clear of the median tick near its end), or beyond both
            String text = Formats.mean(m);
            double tw = ChartText.width(text, 11.5, true);
            boolean inside = Math.abs(x - zero) > tw + 12 && Math.abs(mx - zero) > tw + 12;
            boolean light = SegmentPalette.isLight(c);
            double left = Math.min(zero, x);
            p.text(inside ? left + 6 : Math.max(x, mx) + 6, Painter.middle(y, 11.5), text, 11.5, true,
                    inside && !light ? Color.WHITE : ChartColors.TEXT, Painter.Anchor.START, 0);
        }
        if (!Double.isNaN(overall)) {
            double ox = px(overall, t, plotW);
            p.dashedLine(ox, TOP - 4, ox, TOP + plotH, WHOLE, 1.4, 4);
            p.text(ox + 4, Painter.middle(TOP - 8, 11), "all customers " + Formats.mean(overall), 11, false, WHOLE,
                    Painter.Anchor.START, 0);
        }
        p.line(zero, TOP, zero, TOP + plotH, ChartColors.AXIS, 1);
    }
}
