package io.segmenta.core.chart;

import java.util.Locale;

/**
 * The drawing of one metric of a k sweep (WCSS for the elbow, silhouette, BIC or AIC) as a line over
 * k, with one k marked as recommended (a large vermillion ring) and optionally a second one (a grey
 * ring, e.g. the elbow when it differs from the recommendation). The window's {@code KSweepChart}
 * and the report draw it. NaN values are skipped (e.g. silhouette at k = 1). Immutable.
 *
 * @param yLabel           vertical axis title
 * @param forceZeroInRange whether the vertical axis starts at 0
 * @param markK            the recommended k (no mark when it is not among the ks)
 * @param secondK          the quieter mark, -1 for none
 */
public record KSweepPlot(int[] ks, double[] values, int markK, int secondK, String yLabel, boolean forceZeroInRange) {
    public KSweepPlot {
        if (ks.length != values.length) {
            throw new IllegalArgumentException("one value per k needed");
        }
        ks = ks.clone();
        values = values.clone();
    }

    /** Number of points on the line. */
    public int points() {
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /** Nice ticks over the finite values (and 0 when the axis starts there), or null for none. */
    public AxisTicks yTicks() {
        double low = forceZeroInRange ? 0 : Double.POSITIVE_INFINITY;
        double high = forceZeroInRange ? 0 : Double.NEGATIVE_INFINITY;
        boolean any = false;
        for (double v : values) {
            if (Double.isFinite(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
                any = true;
            }
        }
        return any ? AxisTicks.of(low, high, 8) : null;
    }

    /** Draws the line into the box (x, y, w, h) and returns its axes (for hit-testing). */
    public Axes paint(Painter p, double x, double y, double w, double h) {
        AxisTicks ty = yTicks();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int k : ks) {
            first = Math.min(first, k);
            last = Math.max(last, k);
        }
        last = Math.max(last, first + 1);
        // one empty step on each side, so the end points are not cut by the plot border
        AxisTicks tx = new AxisTicks(first - 1, last + 1, 1);
        double left = x + Axes.yLabelWidth(p, ty) + 12 + 22;
        double top = y + 8;
        double right = x + w - 16;
        double bottom = y + h - 44;
        int lo = first;
        int hi = last;
        Axes a = new Axes(left, top, Math.max(10, right - left), Math.max(10, bottom - top), tx, ty)
                .withXFormat(v -> v < lo - 1e-9 || v > hi + 1e-9 ? "" : String.format(Locale.ROOT, "%.0f", v));
        a.paintGrid(p, true);
        a.paintTitles(p, "Number of segments (k)", yLabel, x, y + h);
        double[] lx = new double[ks.length];
        double[] ly = new double[ks.length];
        int n = 0;
        for (int i = 0; i < ks.length; i++) {
            if (!Double.isNaN(values[i])) {
                lx[n] = a.px(ks[i]);
                ly[n] = a.py(values[i]);
                n++;
            }
        }
        p.clip(a.left() - 12, a.top() - 12, a.width() + 24, a.height() + 24);
        p.polyline(lx, ly, n, ChartColors.SERIES, 2.5);
        for (int i = 0; i < ks.length; i++) {
            if (Double.isNaN(values[i])) {
                continue;
            }
            double cx = a.px(ks[i]);
            double cy = a.py(values[i]);
            if (ks[i] == markK) {
                p.circle(cx, cy, 8.5, Color.WHITE, ChartColors.ACCENT, 3);
                p.circle(cx, cy, 4, ChartColors.ACCENT, null, 0);
            } else if (ks[i] == secondK) {
                p.circle(cx, cy, 6.75, Color.WHITE, ChartColors.MUTED, 2.5);
                p.circle(cx, cy, 2.5, ChartColors.MUTED, null, 0);
            } else {
                p.circle(cx, cy, 4, Color.WHITE, ChartColors.SERIES, 2);
            }
        }
        p.unclip();
        return a;
    }
}
