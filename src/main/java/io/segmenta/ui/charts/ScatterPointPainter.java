package io.segmenta.ui.charts;

import static io.segmenta.ui.charts.ScatterMapping.BOTTOM;
import static io.segmenta.ui.charts.ScatterMapping.LEFT;
import static io.segmenta.ui.charts.ScatterMapping.RIGHT;
import static io.segmenta.ui.charts.ScatterMapping.TOP;

import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The {@link ScatterCanvas}'s drawing pass, for one {@link ScatterMapping}: the axes, the points
 * (anti-aliased circles through any {@link Painter}, or one raster image built by
 * {@link PointRasterizer} in a seeded random order), the segment centres, the highlighted point and
 * the note. It keeps the raster buffers and the shuffled draw order between paints.
 */
final class ScatterPointPainter {
    /** Half the diagonal of the highlighted point's diamond. */
    private static final double HIGHLIGHT_R = 9;
    private static final Color RING = Color.rgb(31, 35, 40, 0.85);

    /** Raster draw order (a seeded permutation) with the points copied in that order. */
    private Shuffled shuffled;
    private int[] pixels;
    private WritableImage image;

    /** Forgets the draw order (the data changed). */
    void forgetOrder() {
        shuffled = null;
    }

    /** Per segment id + 1 (index 0: no segment), whether it is hidden: no boxing in the per-point loops. */
    static boolean[] hiddenFlags(ScatterData d, Set<Integer> hidden) {
        boolean[] flags = new boolean[d.segments() + 2];
        for (int s = -1; s <= d.segments(); s++) {
            flags[s + 1] = hidden.contains(s);
        }
        return flags;
    }

    static boolean hidden(boolean[] flags, int segment) {
        int i = segment + 1;
        return i >= 0 && i < flags.length && flags[i];
    }

    static void paintAxes(Painter p, ScatterMapping m, ScatterData d, double pw, double ph) {
        AxisTicks tx = AxisTicks.of(m.x0, m.x1, ScatterMapping.xTickTarget(pw));
        AxisTicks ty = AxisTicks.of(m.y0, m.y1, ScatterMapping.yTickTarget(ph));
        Axes a = new Axes(LEFT, TOP, pw, ph, tx, ty).withXDomain(m.x0, m.x1).withYDomain(m.y0, m.y1);
        a.paintXGrid(p, true);
        a.paintYGrid(p, true);
        a.paintFrame(p);
        a.paintTitles(p, d.xLabel(), d.yLabel(), 5, TOP + ph + BOTTOM - 2);
    }

    /** Circles; with a selection, the others faded and the selected on top with a dark ring. */
    static int paintVector(Painter p, ScatterMapping mapping, ScatterData d, double pw, double ph, RowSet sel,
            boolean[] hidden) {
        int n = d.size();
        double r = n <= 1_000 ? 4.5 : n <= 5_000 ? 3.5 : 2.5;
        double alpha = n <= 1_000 ? 0.85 : n <= 5_000 ? 0.75 : 0.6;
        boolean outline = n <= 5_000;
        boolean anySelected = !sel.isEmpty();
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
                if (anySelected && sel.contains(i) != selectedPass) {
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

    int paintRaster(GraphicsContext g, ScatterMapping mapping, ScatterData d, int pw, int ph, int limit, RowSet sel,
            boolean[] hiddenOf) {
        int n = d.size();
        double r = n <= 100_000 ? 1.8 : 1.2;
        int alpha = n <= 100_000 ? 150 : n <= 500_000 ? 100 : 80;
        if (pixels == null || pixels.length != pw * ph || image == null || (int) image.getWidth() != pw
                || (int) image.getHeight() != ph) {
            pixels = new int[pw * ph];
            image = new WritableImage(pw, ph);
        }
        PointRasterizer raster = new PointRasterizer(pixels, pw, ph, r);
        raster.clear(0);
        double[] xs = d.x();
        double[] ys = d.y();
        int[] grp = d.group();
        int[] rgbOf = new int[d.segments() + 1];
        for (int s = 0; s < rgbOf.length; s++) {
            rgbOf[s] = SegmentPalette.argb(s - 1) & 0xFFFFFF;
        }
        boolean anySelected = !sel.isEmpty();
        int faded = anySelected ? Math.max(20, alpha / 3) : alpha;
        Shuffled sh = shuffled(d);
        double[] ox = sh.x;
        double[] oy = sh.y;
        int[] og = sh.group;
        int[] ord = sh.order;
        double x0 = mapping.x0;
        double y1 = mapping.y1;
        double fx = mapping.xs;
        double fy = mapping.ys;
        int drawn = 0;
        for (int k = 0; k < limit; k++) {
            double x = ox[k];
            double y = oy[k];
            int s = og[k];
            if (Double.isNaN(x) || Double.isNaN(y) || hidden(hiddenOf, s)) {
                continue;
            }
            drawn++;
            if (anySelected && sel.contains(ord[k])) {
                continue;
            }
            int rgb = s >= -1 && s + 1 < rgbOf.length ? rgbOf[s + 1] : SegmentPalette.argb(s) & 0xFFFFFF;
            raster.point((x - x0) * fx, (y1 - y) * fy, rgb, faded);
        }
        if (anySelected) {
            PointRasterizer ring = new PointRasterizer(pixels, pw, ph, r + 1);
            for (int k = 0; k < sel.size(); k++) {
                int i = sel.get(k);
                if (i >= n || Double.isNaN(xs[i]) || Double.isNaN(ys[i]) || hidden(hiddenOf, grp[i])) {
                    continue;
                }
                double px = mapping.px(xs[i]) - LEFT;
                double py = mapping.py(ys[i]) - TOP;
                ring.point(px, py, 0x1F2328, 255);
                raster.point(px, py, SegmentPalette.argb(grp[i]) & 0xFFFFFF, 255);
            }
        }
        image.getPixelWriter().setPixels(0, 0, pw, ph, PixelFormat.getIntArgbPreInstance(), pixels, 0, pw);
        g.drawImage(image, LEFT, TOP);
        return drawn;
    }

    /** The points in a seeded random order (copies, read in sequence while painting), so any prefix is a uniform sample and no segment is painted last. */
    private Shuffled shuffled(ScatterData d) {
        if (shuffled == null || shuffled.source != d) {
            int n = d.size();
            int[] o = SeededShuffle.permutation(n);
            double[] x = new double[n];
            double[] y = new double[n];
            int[] g = new int[n];
            for (int k = 0; k < n; k++) {
                x[k] = d.x()[o[k]];
                y[k] = d.y()[o[k]];
                g[k] = d.group()[o[k]];
            }
            shuffled = new Shuffled(d, o, x, y, g);
        }
        return shuffled;
    }

    /** The points of {@code source} in draw order: {@code order[k]} is the point drawn k-th. */
    private record Shuffled(ScatterData source, int[] order, double[] x, double[] y, int[] group) {
    }

    static void paintCentroids(Painter p, ScatterMapping mapping, ScatterData d, Set<Integer> hidden) {
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

    /**
     * The highlighted point: its label on a white band first (the segment centres are painted over
     * it, so none is hidden), then a diamond in its segment's colour, outlined, on top of everything.
     */
    static void paintHighlightLabel(Painter p, ScatterMapping mapping, ScatterCanvas.Highlight h, double pw) {
        if (h == null || Double.isNaN(h.x()) || Double.isNaN(h.y()) || h.label() == null || h.label().isEmpty()) {
            return;
        }
        double px = mapping.px(h.x());
        double py = mapping.py(h.y());
        double size = 12;
        double tw = ChartText.width(h.label(), size, true);
        boolean left = px + HIGHLIGHT_R + 13 + tw > LEFT + pw;
        double bx = left ? px - HIGHLIGHT_R - 13 - tw : px + HIGHLIGHT_R + 5;
        p.fillRect(bx, py - size / 2 - 4, tw + 8, size + 8, Color.rgb(255, 255, 255, 0.85));
        p.text(bx + 4, Painter.middle(py, size), h.label(), size, true, ChartColors.TEXT, Painter.Anchor.START, 0);
    }

    static void paintHighlight(Painter p, ScatterMapping mapping, ScatterCanvas.Highlight h) {
        if (h == null || Double.isNaN(h.x()) || Double.isNaN(h.y())) {
            return;
        }
        double px = mapping.px(h.x());
        double py = mapping.py(h.y());
        double r = HIGHLIGHT_R;
        p.polygon(new double[] {px, px + r + 2, px, px - r - 2}, new double[] {py - r - 2, py, py + r + 2, py}, 4,
                Color.WHITE, null, 0);
        p.polygon(new double[] {px, px + r, px, px - r}, new double[] {py - r, py, py + r, py}, 4,
                SegmentPalette.color(h.segment()), ChartColors.TEXT, 2);
    }

    static void paintNote(Painter p, String text, double w) {
        double size = 11.5;
        double tw = ChartText.width(text, size, false);
        double x = w - RIGHT - 6;
        p.fillRect(x - tw - 8, TOP + 5, tw + 12, size + 9, Color.rgb(255, 255, 255, 0.85));
        p.text(x, Painter.top(TOP + 9, size), text, size, false, ChartColors.MUTED, Painter.Anchor.END, 0);
    }
}
