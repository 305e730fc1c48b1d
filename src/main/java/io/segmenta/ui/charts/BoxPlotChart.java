package io.segmenta.ui.charts;

import io.segmenta.core.profile.BoxStats;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.ui.Formats;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * Box plots of one numeric column: one horizontal box per segment (and a grey one for all
 * customers) from the first to the third quartile with the median, whiskers to the furthest values
 * within 1.5 interquartile ranges, and the minimum and maximum as small circles where values lie
 * beyond the whiskers (with how many).
 */
public final class BoxPlotChart extends SegmentRowsChart {
    private static final Color LINE = ChartColors.INK;

    public BoxPlotChart() {
        getStyleClass().add("box-plot-chart");
    }

    @Override
    protected void paint(Painter p, double w, double h) {
        layoutLabels(w);
        List<SegmentProfile> rows = rows(true);
        String col = column();
        double plotW = w - labelWidth - RIGHT;
        double plotH = h - TOP - BOTTOM;
        if (profiles().isEmpty() || col == null || plotW < 40 || plotH < 30) {
            paintEmpty(p, w, h, profiles().isEmpty() ? "No segments yet." : "Choose a numeric column.");
            return;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (SegmentProfile r : rows) {
            BoxStats b = r.boxes().get(col);
            if (b != null && b.count() > 0) {
                lo = Math.min(lo, b.min());
                hi = Math.max(hi, b.max());
            }
        }
        if (!(hi >= lo)) {
            paintEmpty(p, w, h, "No values of " + col + " in the segments.");
            return;
        }
        AxisTicks t = AxisTicks.of(lo, hi, (int) Math.max(3, Math.min(10, plotW / 80)));
        paintTitle(p, col + " by segment: quartiles, median, whiskers at 1.5 IQR", w);
        paintValueAxis(p, t, plotW, TOP, TOP + plotH, col, h);
        double row = plotH / rows.size();
        double box = Math.min(26, row * 0.56);
        for (int i = 0; i < rows.size(); i++) {
            SegmentProfile r = rows.get(i);
            double y = TOP + row * (i + 0.5);
            paintRowLabel(p, r, y, row);
            BoxStats b = r.boxes().get(col);
            if (b == null || b.count() == 0) {
                continue;
            }
            Color c = r.segment() < 0 ? WHOLE : SegmentPalette.color(r.segment());
            double xq1 = px(b.q1(), t, plotW);
            double xq3 = px(b.q3(), t, plotW);
            double xlo = px(b.lowerWhisker(), t, plotW);
            double xhi = px(b.upperWhisker(), t, plotW);
            p.line(xlo, y, xq1, y, LINE, 1.2);
            p.line(xq3, y, xhi, y, LINE, 1.2);
            p.line(xlo, y - box / 4, xlo, y + box / 4, LINE, 1.2);
            p.line(xhi, y - box / 4, xhi, y + box / 4, LINE, 1.2);
            p.fillRect(xq1, y - box / 2, Math.max(1, xq3 - xq1), box, c.deriveColor(0, 1, 1, 0.35));
            p.strokeRect(xq1, y - box / 2, Math.max(1, xq3 - xq1), box, c.deriveColor(0, 1, 0.8, 1), 1.4);
            double xm = px(b.median(), t, plotW);
            p.line(xm, y - box / 2, xm, y + box / 2, LINE, 2.4);
            if (b.outliers() > 0) {
                if (b.min() < b.lowerWhisker()) {
                    p.circle(px(b.min(), t, plotW), y, 3, Color.WHITE, LINE, 1.2);
                }
                if (b.max() > b.upperWhisker()) {
                    p.circle(px(b.max(), t, plotW), y, 3, Color.WHITE, LINE, 1.2);
                }
                if (row >= 30) {
                    p.text(xhi + 8, Painter.middle(y - box / 2 - 2, 10.5), Formats.plural(b.outliers(), "value", "values")
                            + " beyond the whiskers", 10.5, false, ChartColors.MUTED, Painter.Anchor.START, 0);
                }
            }
        }
    }
}
