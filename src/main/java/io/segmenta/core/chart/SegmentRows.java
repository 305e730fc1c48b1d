package io.segmenta.core.chart;

import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.text.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The profile charts that give each segment one horizontal row (the segment's swatch, number and
 * name on the left, a value axis along the bottom): the segment sizes, and the mean of one numeric
 * column by segment. The window's {@code SegmentSizeChart} and {@code FeatureBarChart} and the report
 * draw them. A new instance per paint; the label column is a quarter of the width, within 170..300.
 *
 * @param profiles one profile per segment, segment 0 first
 * @param names    segment names by segment id (the analyst's; empty for the automatic names)
 * @param whole    all segmented customers together (the grey reference), or null
 */
public record SegmentRows(List<SegmentProfile> profiles, List<String> names, SegmentProfile whole) {
    public static final double RIGHT = 28;
    public static final double TOP = 40;
    public static final double BOTTOM = 46;
    private static final Color WHOLE = ChartColors.WHOLE;
    private static final Color MEDIAN = ChartColors.INK;

    public SegmentRows {
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        names = names == null ? List.of() : List.copyOf(names);
    }

    /**
     * Width of the label column in a chart {@code w} wide: what the longest label needs, at least
     * 170 pixels and at most 42% of the chart (longer labels are shortened with an ellipsis).
     */
    public double labelWidth(TextMetrics m, double w) {
        double widest = 0;
        for (SegmentProfile p : rows(whole != null)) {
            widest = Math.max(widest, m.width(label(p), 12, p.segment() >= 0));
        }
        return Math.round(Math.max(170, Math.min(w * 0.42, widest + 30)));
    }

    /** Segment sizes: one bar per segment, its number of customers and share written beside it. */
    public void paintSizes(Painter p, double w, double h) {
        double labelWidth = labelWidth(p, w);
        List<SegmentProfile> rows = profiles;
        double plotW = w - labelWidth - RIGHT - 90;
        double plotH = h - TOP - BOTTOM;
        if (rows.isEmpty() || plotW < 40 || plotH < 30) {
            paintMessage(p, w, h, "No segments yet.");
            return;
        }
        int max = rows.stream().mapToInt(SegmentProfile::size).max().orElse(1);
        AxisTicks t = AxisTicks.of(0, Math.max(1, max), (int) Math.max(3, Math.min(8, plotW / 90)));
        paintTitle(p, "Segment sizes", w, labelWidth);
        paintValueAxis(p, t, labelWidth, plotW, TOP, TOP + plotH, "Customers", h);
        double row = plotH / rows.size();
        double bar = Math.min(30, row * 0.62);
        for (int i = 0; i < rows.size(); i++) {
            SegmentProfile r = rows.get(i);
            double y = TOP + row * (i + 0.5);
            paintRowLabel(p, r, y, row, labelWidth);
            double x = px(r.size(), t, labelWidth, plotW);
            p.fillRect(labelWidth, y - bar / 2, x - labelWidth, bar, SegmentPalette.color(r.segment()));
            p.text(x + 6, Painter.middle(y, 12), Texts.grouped(r.size()) + " · " + Texts.share(r.share()), 12, true,
                    ChartColors.TEXT, Painter.Anchor.START, 0);
        }
        p.line(labelWidth, TOP, labelWidth, TOP + plotH, ChartColors.AXIS, 1);
    }

    /**
     * One numeric column by segment: a bar per segment to its mean (original units), a tick at its
     * median, and the mean of all customers as a dashed line, so "higher than usual" reads at a glance.
     */
    public void paintMeans(Painter p, double w, double h, String col) {
        double labelWidth = labelWidth(p, w);
        List<SegmentProfile> rows = profiles;
        double plotW = w - labelWidth - RIGHT;
        double plotH = h - TOP - BOTTOM;
        if (rows.isEmpty() || col == null || plotW < 40 || plotH < 30) {
            paintMessage(p, w, h, rows.isEmpty() ? "No segments yet." : "Choose a numeric column.");
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
        double overall = whole == null ? Double.NaN : whole.means().getOrDefault(col, Double.NaN);
        if (!Double.isNaN(overall)) {
            lo = Math.min(lo, overall);
            hi = Math.max(hi, overall);
        }
        AxisTicks t = AxisTicks.of(lo, hi == lo ? lo + 1 : hi, (int) Math.max(3, Math.min(10, plotW / 80)));
        paintTitle(p, "Mean " + col + " by segment (tick: median)", w, labelWidth);
        paintValueAxis(p, t, labelWidth, plotW, TOP, TOP + plotH, col, h);
        double row = plotH / rows.size();
        double bar = Math.min(28, row * 0.62);
        double zero = px(Math.max(t.min(), Math.min(t.max(), 0)), t, labelWidth, plotW);
        for (int i = 0; i < rows.size(); i++) {
            SegmentProfile r = rows.get(i);
            double y = TOP + row * (i + 0.5);
            paintRowLabel(p, r, y, row, labelWidth);
            double m = r.means().getOrDefault(col, Double.NaN);
            if (Double.isNaN(m)) {
                continue;
            }
            double x = px(m, t, labelWidth, plotW);
            Color c = SegmentPalette.color(r.segment());
            p.fillRect(Math.min(zero, x), y - bar / 2, Math.abs(x - zero), bar, c.deriveColor(0, 1, 1, 0.88));
            double med = r.median(col);
            double mx = Double.isNaN(med) ? x : px(med, t, labelWidth, plotW);
            if (!Double.isNaN(med)) {
                p.line(mx, y - bar / 2 - 3, mx, y + bar / 2 + 3, MEDIAN, 2);
            }
            // the mean at the start of its bar (clear of the median tick near its end), or beyond both
            String text = Texts.mean(m);
            double tw = p.width(text, 11.5, true);
            boolean inside = Math.abs(x - zero) > tw + 12 && Math.abs(mx - zero) > tw + 12;
            boolean light = SegmentPalette.isLight(c);
            double left = Math.min(zero, x);
            p.text(inside ? left + 6 : Math.max(x, mx) + 6, Painter.middle(y, 11.5), text, 11.5, true,
                    inside && !light ? Color.WHITE : ChartColors.TEXT, Painter.Anchor.START, 0);
        }
        if (!Double.isNaN(overall)) {
            double ox = px(overall, t, labelWidth, plotW);
            p.dashedLine(ox, TOP - 4, ox, TOP + plotH, WHOLE, 1.4, 4);
            p.text(ox + 4, Painter.middle(TOP - 7, 11), "all customers " + Texts.mean(overall), 11, false, WHOLE,
                    Painter.Anchor.START, 0);
        }
        p.line(zero, TOP, zero, TOP + plotH, ChartColors.AXIS, 1);
    }

    /**
     * The segment whose row is at {@code y} when {@code x} is on the label column of a chart {@code w}
     * x {@code h} (where a long name is shortened), or null: the hover shows its whole name.
     */
    public SegmentProfile labelAt(TextMetrics m, double w, double h, double x, double y) {
        double plotH = h - TOP - BOTTOM;
        if (profiles.isEmpty() || plotH < 30 || x < 0 || x > labelWidth(m, w) || y < TOP || y >= TOP + plotH) {
            return null;
        }
        int i = (int) ((y - TOP) / (plotH / profiles.size()));
        return profiles.get(Math.min(i, profiles.size() - 1));
    }

    /** "1 · Name" for a segment (the analyst's name when there is one). */
    public String label(SegmentProfile p) {
        String name = p.segment() >= 0 && p.segment() < names.size() ? names.get(p.segment()) : p.name();
        return p.segment() < 0 ? name : p.number() + " · " + name;
    }

    /** The rows to draw: the whole table first (when known and wanted), then the segments. */
    public List<SegmentProfile> rows(boolean withWhole) {
        List<SegmentProfile> out = new ArrayList<>();
        if (withWhole && whole != null) {
            out.add(whole);
        }
        out.addAll(profiles);
        return out;
    }

    private void paintRowLabel(Painter p, SegmentProfile profile, double y, double rowHeight, double labelWidth) {
        Color c = profile.segment() < 0 ? WHOLE : SegmentPalette.color(profile.segment());
        double size = rowHeight >= 18 ? 12 : 10.5;
        p.fillRect(labelWidth - 14, y - Math.min(rowHeight, 16) / 2, 6, Math.min(rowHeight, 16), c);
        boolean bold = profile.segment() >= 0;
        p.text(labelWidth - 20, Painter.middle(y, size), ChartText.fit(p, label(profile), size, bold, labelWidth - 26),
                size, bold, bold ? ChartColors.TEXT : WHOLE, Painter.Anchor.END, 0);
    }

    private static void paintValueAxis(Painter p, AxisTicks t, double labelWidth, double plotW, double top,
                                       double bottom, String title, double h) {
        Axes a = new Axes(labelWidth, top, plotW, bottom - top, t, null);
        a.paintXGrid(p, false);
        a.paintTitles(p, title, null, 0, h - 2);
    }

    private static double px(double v, AxisTicks t, double labelWidth, double plotW) {
        return labelWidth + (v - t.min()) / (t.max() - t.min()) * plotW;
    }

    private static void paintTitle(Painter p, String text, double w, double labelWidth) {
        p.text(labelWidth, Painter.middle(TOP / 2 - 4, 13), ChartText.fit(p, text, 13, true, w - labelWidth - RIGHT), 13,
                true, ChartColors.TEXT, Painter.Anchor.START, 0);
    }

    private static void paintMessage(Painter p, double w, double h, String text) {
        p.text(w / 2, Painter.middle(h / 2, 14), ChartText.fit(p, text, 14, false, w - 24), 14, false, ChartColors.MUTED,
                Painter.Anchor.MIDDLE, 0);
    }
}
