package io.segmenta.core.chart;

import static io.segmenta.core.chart.ScatterMapping.BOTTOM;
import static io.segmenta.core.chart.ScatterMapping.LEFT;
import static io.segmenta.core.chart.ScatterMapping.TOP;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The vector drawing of the 2D segment scatter for one {@link ScatterMapping}: the axes, the points as
 * anti-aliased circles in their segment's colour, and the segment centres. The window's
 * {@code ScatterCanvas} (which adds the raster drawing for many points, the selection and the
 * highlight) and the report draw with it.
 */
public final class ScatterPoints {
    private static final Color RING = Color.rgb(31, 35, 40, 0.85);

    private ScatterPoints() {
    }

    /** Per segment id + 1 (index 0: no segment), whether it is hidden: no boxing in the per-point loops. */
    public static boolean[] hiddenFlags(ScatterData d, Set<Integer> hidden) {
        boolean[] flags = new boolean[d.segments() + 2];
        for (int s = -1; s <= d.segments(); s++) {
            flags[s + 1] = hidden.contains(s);
        }
        return flags;
    }

    public static boolean hidden(boolean[] flags, int segment) {
        int i = segment + 1;
        return i >= 0 && i < flags.length && flags[i];
    }

    public static void paintAxes(Painter p, ScatterMapping m, ScatterData d, double pw, double ph) {
        AxisTicks tx = AxisTicks.of(m.x0, m.x1, ScatterMapping.xTickTarget(pw));
        AxisTicks ty = AxisTicks.of(m.y0, m.y1, ScatterMapping.yTickTarget(ph));
        Axes a = new Axes(LEFT, TOP, pw, ph, tx, ty).withXDomain(m.x0, m.x1).withYDomain(m.y0, m.y1);
        a.paintXGrid(p, true);
        a.paintYGrid(p, true);
        a.paintFrame(p);
        a.paintTitles(p, d.xLabel(), d.yLabel(), 5, TOP + ph + BOTTOM - 2);
    }

    /**
     * Circles; with a selection ({@code selected} not null and true for at least one point), the
     * others faded and the selected on top with a dark ring. Returns the number of points drawn.
     */
    public static int paintVector(Painter p, ScatterMapping mapping, ScatterData d, double pw, double ph,
            IntPredicate selected, boolean anySelected, boolean[] hidden) {
        int n = d.size();
        double r = n <= 1_000 ? 4.5 : n <= 5_000 ? 3.5 : 2.5;
        double alpha = n <= 1_000 ? 0.85 : n <= 5_000 ? 0.75 : 0.6;
        boolean outline = n <= 5_000;
        Color white = Color.rgb(255, 255, 255, 0.9);
        double[] xs = d.x();
        double[] ys = d.y();
        int[] grp = d.group();
        int drawn = 0;
        for (int pass = 0; pass < (anySelected ? 2 : 1); pass++) {
            boolean selectedPass = pass == 1;
            int lastGroup = Integer.MIN_VALUE;
            Color fill = null;
            for (int i = 0; i < n; i++) {
                double x = xs[i];
                double y = ys[i];
                if (Double.isNaN(x) || Double.isNaN(y) || hidden(hidden, grp[i])) {
                    continue;
                }
                if (anySelected && selected.test(i) != selectedPass) {
                    continue;
                }
                double px = mapping.px(x);
                double py = mapping.py(y);
                if (px < LEFT - r || px > LEFT + pw + r || py < TOP - r || py > TOP + ph + r) {
                    drawn++;
                    continue;
                }
                if (grp[i] != lastGroup || fill == null) {
                    lastGroup = grp[i];
                    double a = anySelected && !selectedPass ? alpha * 0.3 : alpha;
                    fill = SegmentPalette.color(lastGroup).deriveColor(0, 1, 1, selectedPass ? 1 : a);
                }
                if (selectedPass) {
                    p.circle(px, py, r + 0.5, fill, RING, 1.2);
                } else {
                    p.circle(px, py, r, fill, outline && !anySelected ? white : null, 0.8);
                }
                drawn++;
            }
        }
        return drawn;
    }

    public static void paintCentroids(Painter p, ScatterMapping mapping, ScatterData d, Set<Integer> hidden) {
        for (int s = 0; s < d.segments(); s++) {
            double x = d.centroidX()[s];
            double y = d.centroidY()[s];
            if (Double.isNaN(x) || Double.isNaN(y) || hidden.contains(s)) {
                continue;
            }
            double px = mapping.px(x);
            double py = mapping.py(y);
            double r = 10;
            p.circle(px, py + 1, r + 1, Color.rgb(31, 35, 40, 0.35), null, 0);
            p.circle(px, py, r, Color.WHITE, null, 0);
            p.circle(px, py, r - 1.75, null, SegmentPalette.color(s), 3.5);
            p.circle(px, py, r, null, ChartColors.TEXT, 1);
            p.text(px, Painter.middle(py + 0.5, 11), Integer.toString(s + 1), 11, true, ChartColors.TEXT,
                    Painter.Anchor.MIDDLE, 0);
        }
    }

}
