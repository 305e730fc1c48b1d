package io.segmenta.ui.charts;

import static io.segmenta.core.chart.ScatterMapping.LEFT;
import static io.segmenta.core.chart.ScatterMapping.RIGHT;
import static io.segmenta.core.chart.ScatterMapping.TOP;
import static io.segmenta.core.chart.ScatterPoints.hidden;

import io.segmenta.core.chart.ChartColors;
import io.segmenta.core.chart.Color;
import io.segmenta.core.chart.LabelPlace;
import io.segmenta.core.chart.Painter;
import io.segmenta.core.chart.ScatterData;
import io.segmenta.core.chart.ScatterMapping;
import io.segmenta.core.chart.SegmentPalette;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The {@link ScatterCanvas}'s window-only drawing, for one {@link ScatterMapping}: many points as one
 * raster image built by {@link PointRasterizer} in a seeded random order, the highlighted point and
 * the note, through any {@link Painter}. The axes, the vector points and the segment centres are
 * {@link io.segmenta.core.chart.ScatterPoints}' (shared with the report). It keeps the raster buffers
 * and the shuffled draw order between paints.
 */
final class ScatterPointPainter {
    /** Radius of a segment centre's marker ({@code ScatterPoints.paintCentroids}). */
    private static final double CENTRE_R = 11;
    /**
     * Up to this many selected customers are all drawn, ringed, whatever the limit; a larger selection (a
     * whole segment of a 10,000,000-row table) is drawn as the sample of it among the points drawn.
     */
    static final int EVERY_SELECTED = 100_000;
    /** Half the diagonal of the highlighted point's diamond. */
    private static final double HIGHLIGHT_R = 9;

    /** Raster draw order (a seeded permutation) with the points copied in that order. */
    private Shuffled shuffled;
    private int[] pixels;
    private WritableImage image;

    /** Forgets the draw order (the data changed). */
    void forgetOrder() {
        shuffled = null;
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
        Shuffled sh = shuffled(d, limit);
        double[] ox = sh.x;
        double[] oy = sh.y;
        int[] og = sh.group;
        int[] ord = sh.order;
        double x0 = mapping.x0;
        double y1 = mapping.y1;
        double fx = mapping.xs;
        double fy = mapping.ys;
        int drawn = 0;
        // selected points are painted last, ringed: all of them up to EVERY_SELECTED, else (their rows) those in
        // the sample
        boolean everySelected = anySelected && sel.size() <= EVERY_SELECTED;
        int[] chosen = anySelected && !everySelected ? new int[Math.min(limit, sel.size())] : null;
        int nChosen = 0;
        for (int k = 0; k < limit; k++) {
            double x = ox[k];
            double y = oy[k];
            int s = og[k];
            if (Double.isNaN(x) || Double.isNaN(y) || hidden(hiddenOf, s)) {
                continue;
            }
            drawn++;
            if (anySelected && sel.contains(ord[k])) {
                if (chosen != null && nChosen < chosen.length) {
                    chosen[nChosen++] = ord[k];
                }
                continue;
            }
            int rgb = s >= -1 && s + 1 < rgbOf.length ? rgbOf[s + 1] : SegmentPalette.argb(s) & 0xFFFFFF;
            raster.point((x - x0) * fx, (y1 - y) * fy, rgb, faded);
        }
        if (anySelected) {
            PointRasterizer ring = new PointRasterizer(pixels, pw, ph, r + 1);
            int count = everySelected ? sel.size() : nChosen;
            for (int c = 0; c < count; c++) {
                int i = everySelected ? sel.get(c) : chosen[c];
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

    /**
     * The first {@code limit} points of a seeded random order (copies, read in sequence while painting),
     * so any prefix is a uniform sample and no segment is painted last. Only that prefix is shuffled and
     * copied ({@link SeededShuffle#shuffle} from the front gives the same prefix as the whole
     * permutation): on 10,000,000 customers with a million drawn this is a tenth of the work, on the
     * JavaFX thread at the first paint.
     */
    private Shuffled shuffled(ScatterData d, int limit) {
        if (shuffled == null || shuffled.source != d || shuffled.x.length < limit) {
            int n = d.size();
            int m = Math.min(n, limit);
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            SeededShuffle.shuffle(all, m);
            int[] o = m == n ? all : java.util.Arrays.copyOf(all, m);
            double[] x = new double[m];
            double[] y = new double[m];
            int[] g = new int[m];
            double[] dx = d.x();
            double[] dy = d.y();
            int[] dg = d.group();
            for (int k = 0; k < m; k++) {
                x[k] = dx[o[k]];
                y[k] = dy[o[k]];
                g[k] = dg[o[k]];
            }
            shuffled = new Shuffled(d, o, x, y, g);
        }
        return shuffled;
    }

    /** The points of {@code source} in draw order: {@code order[k]} is the point drawn k-th. */
    private record Shuffled(ScatterData source, int[] order, double[] x, double[] y, int[] group) {
    }

    /**
     * The highlighted point's label on a white band, where {@link LabelPlace} finds room: beside, above,
     * below or at a corner of the point, farther out if need be, clear of every segment centre's marker
     * (the centres are painted over it in any case, so none is hidden).
     */
    static void paintHighlightLabel(Painter p, ScatterMapping mapping, ScatterData d, ScatterCanvas.Highlight h,
                                    double pw, double ph) {
        if (h == null || Double.isNaN(h.x()) || Double.isNaN(h.y()) || h.label() == null || h.label().isEmpty()) {
            return;
        }
        double size = 12;
        double bw = FxText.width(h.label(), size, true) + 8;
        double bh = size + 8;
        double[] cx = new double[d.segments()];
        double[] cy = new double[d.segments()];
        for (int s = 0; s < cx.length; s++) {
            cx[s] = mapping.px(d.centroidX()[s]);
            cy[s] = mapping.py(d.centroidY()[s]);
        }
        double[] at = LabelPlace.of(mapping.px(h.x()), mapping.py(h.y()), HIGHLIGHT_R, bw, bh, LEFT, TOP, LEFT + pw,
                TOP + ph, cx, cy, CENTRE_R + 3);
        p.fillRect(at[0], at[1], bw, bh, Color.rgb(255, 255, 255, 0.85));
        p.text(at[0] + 4, Painter.middle(at[1] + bh / 2, size), h.label(), size, true, ChartColors.TEXT,
                Painter.Anchor.START, 0);
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
        double tw = FxText.width(text, size, false);
        double x = w - RIGHT - 6;
        p.fillRect(x - tw - 8, TOP + 5, tw + 12, size + 9, Color.rgb(255, 255, 255, 0.85));
        p.text(x, Painter.top(TOP + 9, size), text, size, false, ChartColors.MUTED, Painter.Anchor.END, 0);
    }
}
