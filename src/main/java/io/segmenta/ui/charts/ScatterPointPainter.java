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
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
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

    /**
     * Up to this many points are rasterised at once on the JavaFX thread (about 20 ms warm; the view while
     * it moves draws as many). More are drawn in two passes: the first {@link #FIRST_PASS} of the same
     * order (a uniform sample) at once, then all of them on {@link #WORKER}, and the finished image
     * replaces the first pass. A million points take 80-500 ms, more than a frame, and held the window
     * while work ran beside it.
     */
    static final int AT_ONCE = 200_000;
    /**
     * The first pass of a picture drawn in two: small, since the first paint of a table runs before the
     * rasteriser is compiled (200,000 points then took 0.4 s on the 10,000,000-row tour).
     */
    static final int FIRST_PASS = 50_000;
    /** Rasterises the large images, one at a time; a newer picture cancels the one being drawn. */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "segmenta-scatter-raster");
        t.setDaemon(true);
        return t;
    });
    /** Images being rasterised, or finished and not yet handed to their chart, in every chart. */
    private static final AtomicInteger UNFINISHED = new AtomicInteger();

    /** Raster draw order (a seeded permutation) with the points copied in that order. */
    private Shuffled shuffled;
    private int[] pixels;
    private WritableImage image;
    /** The whole picture rasterised in the background, for the frame it was made for. */
    private Raster ready;
    /** The first pass of a new table's picture, rasterised in the background ahead of the whole one. */
    private Raster early;
    /** The background rasterising under way, or null. */
    private Job pending;
    /** A frame whose whole picture could not be made (out of memory): its first pass stands. */
    private Frame failed;

    /** What one paint drew: points drawn, how many of the draw order it covered, and whether that is all. */
    record Painted(int drawn, int covered, boolean complete) {
    }

    /** True while any scatter chart is still drawing its points in the background. */
    static boolean drawingAnywhere() {
        return UNFINISHED.get() > 0;
    }

    /** Forgets the draw order and any picture of it (the data changed). */
    void forgetOrder() {
        shuffled = null;
        ready = null;
        early = null;
        failed = null;
        cancelPending();
    }

    /**
     * Paints up to {@code limit} points of {@code d} as one raster image. With {@code now} false and more
     * than {@link #AT_ONCE} points, paints the first pass and rasterises all of them in the background,
     * then calls {@code redraw} (on the JavaFX thread) for a paint that shows the whole picture. The first
     * paint of a new table paints no points: its draw order and first pass are made in the background too
     * (on the 10,000,000-row tour, shuffling and rasterising the first pass there, before any of it was
     * compiled, held the window about 0.1 s when the segments arrived), and {@code redraw} is called when
     * the first pass is ready.
     */
    Painted paintRaster(GraphicsContext g, ScatterMapping mapping, ScatterData d, int pw, int ph, int limit,
                        RowSet sel, boolean[] hiddenOf, boolean now, Runnable redraw) {
        Frame f = new Frame(d, mapping, pw, ph, limit, sel, hiddenOf);
        Painted painted;
        int[] shown;
        if (ready != null && ready.frame.equals(f)) {
            shown = ready.pixels;
            painted = new Painted(ready.drawn, limit, true);
        } else if (early != null && early.frame.equals(f) && pending != null && pending.frame.equals(f)) {
            shown = early.pixels;
            painted = new Painted(early.drawn, FIRST_PASS, false);
        } else {
            ready = null;
            early = null;
            boolean couldNot = f.equals(failed);
            int first = now || limit <= AT_ONCE ? limit : FIRST_PASS;
            if (first < limit && !couldNot && !covers(shuffled, d, first)) {
                start(f, redraw, true);
                shown = null;
                painted = new Painted(0, 0, false);
            } else {
                shown = buffer(pw, ph);
                int drawn = rasterise(f, first, shuffled(d, first), shown, () -> false);
                if (first < limit && !couldNot) {
                    start(f, redraw, false);
                    painted = new Painted(drawn, first, false);
                } else {
                    cancelPending();
                    painted = new Painted(drawn, first, true);
                }
            }
        }
        if (shown != null) {
            if (image == null || (int) image.getWidth() != pw || (int) image.getHeight() != ph) {
                image = new WritableImage(pw, ph);
            }
            image.getPixelWriter().setPixels(0, 0, pw, ph, PixelFormat.getIntArgbPreInstance(), shown, 0, pw);
            g.drawImage(image, LEFT, TOP);
        }
        return painted;
    }

    private int[] buffer(int pw, int ph) {
        if (pixels == null || pixels.length != pw * ph) {
            pixels = new int[pw * ph];
        }
        return pixels;
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancelled = true;
            pending = null;
        }
    }

    /**
     * Rasterises all of {@code f} on the worker unless that is already under way; with {@code firstPass}, its
     * first {@link #FIRST_PASS} points before, handed over as soon as they are drawn.
     */
    private void start(Frame f, Runnable redraw, boolean firstPass) {
        if (pending != null && pending.frame.equals(f)) {
            return;
        }
        cancelPending();
        Job job = new Job(f);
        pending = job;
        UNFINISHED.incrementAndGet();
        Shuffled known = covers(shuffled, f.d, f.limit) ? shuffled : null; // immutable: safe on the worker
        WORKER.execute(() -> {
            boolean handedOver = false;
            try {
                if (job.cancelled) {
                    return;
                }
                Shuffled sh = known != null ? known : shuffle(f.d, f.limit);
                if (firstPass) {
                    int[] firstPixels = new int[f.pw * f.ph];
                    int firstDrawn = rasterise(f, FIRST_PASS, sh, firstPixels, () -> job.cancelled);
                    if (firstDrawn < 0) {
                        return;
                    }
                    Platform.runLater(() -> {
                        if (pending == job) { // still wanted: the whole picture, which clears this, comes after
                            early = new Raster(f, firstPixels, firstDrawn);
                            if (!covers(shuffled, f.d, f.limit)) {
                                shuffled = sh;
                            }
                            redraw.run();
                        }
                    });
                }
                int[] buf = new int[f.pw * f.ph];
                int drawn = rasterise(f, f.limit, sh, buf, () -> job.cancelled);
                if (drawn >= 0) {
                    Platform.runLater(() -> {
                        try {
                            if (pending == job) {
                                pending = null;
                                early = null;
                                ready = new Raster(f, buf, drawn);
                                if (!covers(shuffled, f.d, f.limit)) {
                                    shuffled = sh;
                                }
                                redraw.run();
                            }
                        } finally {
                            UNFINISHED.decrementAndGet();
                        }
                    });
                    handedOver = true;
                }
            } catch (OutOfMemoryError | RuntimeException e) {
                if (e instanceof RuntimeException) { // a bug, not a table too large: say so where it can be found
                    System.err.println("Segmenta: drawing a scatter in the background failed: " + e);
                }
                // the first pass stays on show, and says how many it drew
                Platform.runLater(() -> {
                    if (pending == job) {
                        pending = null;
                        failed = f;
                        redraw.run();
                    }
                });
            } finally {
                if (!handedOver) {
                    UNFINISHED.decrementAndGet();
                }
            }
        });
    }

    /**
     * Draws the first {@code count} points of the order {@code sh} and then the selected ones, ringed, into
     * {@code px}; returns how many were drawn, or -1 when {@code cancelled} said so part way. Reads only
     * what it is given, so it runs on any thread.
     */
    private static int rasterise(Frame f, int count, Shuffled sh, int[] px, BooleanSupplier cancelled) {
        ScatterData d = f.d;
        int n = d.size();
        double r = n <= 100_000 ? 1.8 : 1.2;
        int alpha = n <= 100_000 ? 150 : n <= 500_000 ? 100 : 80;
        PointRasterizer raster = new PointRasterizer(px, f.pw, f.ph, r);
        raster.clear(0);
        double[] xs = d.x();
        double[] ys = d.y();
        int[] grp = d.group();
        int[] rgbOf = new int[d.segments() + 1];
        for (int s = 0; s < rgbOf.length; s++) {
            rgbOf[s] = SegmentPalette.argb(s - 1) & 0xFFFFFF;
        }
        RowSet sel = f.sel;
        boolean[] hiddenOf = f.hidden;
        boolean anySelected = !sel.isEmpty();
        int faded = anySelected ? Math.max(20, alpha / 3) : alpha;
        double[] ox = sh.x;
        double[] oy = sh.y;
        int[] og = sh.group;
        int[] ord = sh.order;
        ScatterMapping mapping = f.mapping;
        double x0 = mapping.x0;
        double y1 = mapping.y1;
        double fx = mapping.xs;
        double fy = mapping.ys;
        int drawn = 0;
        // selected points are painted last, ringed: all of them up to EVERY_SELECTED, else (their rows) those in
        // the sample
        boolean everySelected = anySelected && sel.size() <= EVERY_SELECTED;
        int[] chosen = anySelected && !everySelected ? new int[Math.min(count, sel.size())] : null;
        int nChosen = 0;
        for (int k = 0; k < count; k++) {
            if ((k & 0xFFFF) == 0xFFFF && cancelled.getAsBoolean()) {
                return -1;
            }
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
            PointRasterizer ring = new PointRasterizer(px, f.pw, f.ph, r + 1);
            int selCount = everySelected ? sel.size() : nChosen;
            for (int c = 0; c < selCount; c++) {
                int i = everySelected ? sel.get(c) : chosen[c];
                if (i >= n || Double.isNaN(xs[i]) || Double.isNaN(ys[i]) || hidden(hiddenOf, grp[i])) {
                    continue;
                }
                double px0 = mapping.px(xs[i]) - LEFT;
                double py0 = mapping.py(ys[i]) - TOP;
                ring.point(px0, py0, 0x1F2328, 255);
                raster.point(px0, py0, SegmentPalette.argb(grp[i]) & 0xFFFFFF, 255);
            }
        }
        return drawn;
    }

    /**
     * The first {@code limit} points of a seeded random order (copies, read in sequence while painting),
     * so any prefix is a uniform sample and no segment is painted last; kept between paints.
     */
    private Shuffled shuffled(ScatterData d, int limit) {
        if (!covers(shuffled, d, limit)) {
            shuffled = shuffle(d, limit);
        }
        return shuffled;
    }

    /** True when {@code sh} is the draw order of {@code d} for at least {@code limit} points. */
    private static boolean covers(Shuffled sh, ScatterData d, int limit) {
        return sh != null && sh.source == d && sh.x.length >= Math.min(limit, d.size());
    }

    /**
     * Only the prefix is shuffled and copied ({@link SeededShuffle#prefix} gives the same prefix as the whole
     * permutation): on 10,000,000 customers with a million drawn this is a tenth of the work.
     */
    private static Shuffled shuffle(ScatterData d, int limit) {
        int n = d.size();
        int m = Math.min(n, limit);
        int[] o = SeededShuffle.prefix(n, m);
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
        return new Shuffled(d, o, x, y, g);
    }

    /**
     * Everything a raster image depends on: the data, the mapping to pixels, the image size, how many
     * points, the selection and the hidden segments.
     */
    private record Frame(ScatterData d, ScatterMapping mapping, int pw, int ph, int limit, RowSet sel,
                         boolean[] hidden) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Frame f && f.d == d && f.pw == pw && f.ph == ph && f.limit == limit && f.sel == sel
                    && sameView(f.mapping, mapping) && Arrays.equals(f.hidden, hidden);
        }

        private static boolean sameView(ScatterMapping a, ScatterMapping b) {
            return a.x0 == b.x0 && a.x1 == b.x1 && a.y0 == b.y0 && a.y1 == b.y1 && a.pw == b.pw && a.ph == b.ph
                    && a.xs == b.xs && a.ys == b.ys;
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(d), mapping.x0, mapping.y1, pw, ph, limit,
                    System.identityHashCode(sel), Arrays.hashCode(hidden));
        }
    }

    private record Raster(Frame frame, int[] pixels, int drawn) {
    }

    private static final class Job {
        final Frame frame;
        volatile boolean cancelled;

        Job(Frame frame) {
            this.frame = frame;
        }
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
