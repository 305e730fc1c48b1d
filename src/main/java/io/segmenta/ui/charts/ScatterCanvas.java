package io.segmenta.ui.charts;

import io.segmenta.ui.charts.export.SvgExportable;
import io.segmenta.ui.charts.export.SvgWriter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * A scatter plot of customers coloured by segment, with segment centres marked and numbered (1..k).
 * Everything is painted on one {@link Canvas}: up to {@value #VECTOR_LIMIT} points as anti-aliased
 * circles, more as one raster image built by {@link PointRasterizer} in a fixed random order (so no
 * segment hides another), so a million points cost one node and one image, not a million nodes.
 *
 * <p>Interaction: the mouse wheel zooms around the pointer; dragging pans ({@link Mode#PAN}), draws
 * a selection box ({@link Mode#BOX}, or Shift-drag while panning) or a free-hand lasso
 * ({@link Mode#LASSO}); a click selects the customer under the pointer (Shift adds, Ctrl toggles,
 * a click on empty space clears); a double click resets the view. Hovering shows the customer's row
 * ({@link #setRowDescriber}). Segments in {@link #hiddenSegmentsProperty()} are not drawn and
 * cannot be selected. While the view moves, more than {@value #MOVING_LIMIT} points are drawn as a
 * random sample of that size and all of them once it rests; the chart says so.
 */
public final class ScatterCanvas extends Region implements SvgExportable {
    /** Up to this many points are drawn as vector circles; beyond, they are rasterised. */
    public static final int VECTOR_LIMIT = 20_000;
    /** While panning or zooming, at most this many points are drawn (a fixed random sample). */
    public static final int MOVING_LIMIT = 200_000;
    /** Up to this many visible points can be saved as SVG. */
    public static final int SVG_LIMIT = 5_000;

    /** What dragging does. */
    public enum Mode { PAN, BOX, LASSO }

    /**
     * One point drawn on top of everything and kept in view, e.g. a new customer placed by a model:
     * a diamond in its segment's colour with a dark outline and a label.
     *
     * @param x       horizontal value, data units
     * @param y       vertical value, data units
     * @param segment its segment id (0-based), -1 for none
     * @param label   text next to it, e.g. "New customer"
     */
    public record Highlight(double x, double y, int segment, String label) {
    }

    private static final double LEFT = 72;
    private static final double RIGHT = 20;
    private static final double TOP = 16;
    private static final double BOTTOM = 52;
    private static final double PICK_RADIUS = 8;
    /** Half the diagonal of the highlighted point's diamond. */
    private static final double HIGHLIGHT_R = 9;
    /** Room in pixels between the outer ticks and the plot border. */
    private static final double EDGE = 7;
    private static final Color RING = Color.rgb(31, 35, 40, 0.85);

    private final Canvas canvas = new Canvas();
    private final Rectangle band = new Rectangle();
    private final Polyline lasso = new Polyline();
    private final Label hover = new Label();
    private final ObjectProperty<ScatterData> data = new SimpleObjectProperty<>(this, "data");
    private final StringProperty emptyText = new SimpleStringProperty(this, "emptyText", "No points to show.");
    private final ObjectProperty<RowSet> selection = new SimpleObjectProperty<>(this, "selection", RowSet.EMPTY);
    private final ObjectProperty<Set<Integer>> hiddenSegments =
            new SimpleObjectProperty<>(this, "hiddenSegments", Set.of());
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.PAN);
    private final ObjectProperty<Highlight> highlight = new SimpleObjectProperty<>(this, "highlight");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final PauseTransition settle = new PauseTransition(Duration.millis(180));
    private IntFunction<String> rowDescriber;

    private int pointsDrawn;
    private double lastPaintMillis;
    private double paintedWidth = -1;
    private double paintedHeight = -1;
    private boolean dirty = true;
    private boolean moving;
    /** The view in data units {x0, x1, y0, y1}; null = fit the data. */
    private double[] view;
    private Mapping mapping;
    /** Raster draw order (a seeded permutation) with the points copied in that order. */
    private Shuffled shuffled;
    private int[] pixels;
    private WritableImage image;

    private double pressX;
    private double pressY;
    private double[] pressView;
    private boolean dragged;
    private boolean boxDrag;
    private final List<Double> lassoPoints = new ArrayList<>();

    public ScatterCanvas() {
        getStyleClass().add("scatter-canvas");
        band.getStyleClass().add("selection-band");
        band.setManaged(false);
        band.setVisible(false);
        band.setMouseTransparent(true);
        band.setFill(Color.rgb(9, 105, 218, 0.12));
        band.setStroke(Color.rgb(9, 105, 218, 0.9));
        lasso.getStyleClass().add("selection-lasso");
        lasso.setManaged(false);
        lasso.setVisible(false);
        lasso.setMouseTransparent(true);
        lasso.setStroke(Color.rgb(9, 105, 218, 0.9));
        lasso.setFill(Color.rgb(9, 105, 218, 0.10));
        hover.getStyleClass().add("chart-hover");
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setWrapText(true);
        hover.setMaxWidth(360);
        getChildren().addAll(canvas, band, lasso, hover);
        data.addListener((o, a, b) -> {
            if (a == null || b == null || !a.xLabel().equals(b.xLabel()) || !a.yLabel().equals(b.yLabel())
                    || a.size() != b.size()) {
                view = null;
            }
            shuffled = null;
            hideHover();
            invalidate();
        });
        emptyText.addListener((o, a, b) -> invalidate());
        selection.addListener((o, a, b) -> invalidate());
        hiddenSegments.addListener((o, a, b) -> invalidate());
        highlight.addListener((o, a, b) -> invalidate());
        mode.addListener((o, a, b) -> setCursor(b == Mode.PAN ? Cursor.DEFAULT : Cursor.CROSSHAIR));
        settle.setOnFinished(e -> {
            moving = false;
            invalidate();
        });
        setMinSize(200, 160);
        setPrefSize(640, 420);
        installMouse();
    }

    // ---- properties ----------------------------------------------------------------------------

    /** A point drawn on top and kept within the axes (null: none). */
    public ObjectProperty<Highlight> highlightProperty() {
        return highlight;
    }

    public ObjectProperty<ScatterData> dataProperty() {
        return data;
    }

    public ScatterData getData() {
        return data.get();
    }

    public void setData(ScatterData d) {
        data.set(d);
    }

    /** Text shown in the middle while there is nothing to draw. */
    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    /** The selected customers (dataset rows = point indices). */
    public ObjectProperty<RowSet> selectionProperty() {
        return selection;
    }

    /** Segment ids that are not drawn (the legend toggles them). */
    public ObjectProperty<Set<Integer>> hiddenSegmentsProperty() {
        return hiddenSegments;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** What the chart says about how it draws (sampling, density), "" when nothing needs saying. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Text for the customer (point index) under the pointer; null = no hover text. */
    public void setRowDescriber(IntFunction<String> describer) {
        this.rowDescriber = describer;
    }

    /** How many points the last paint drew (points with a missing coordinate or hidden are skipped). */
    public int pointsDrawn() {
        return pointsDrawn;
    }

    /** The hover text on show, or null. */
    public String hoverText() {
        return hover.isVisible() ? hover.getText() : null;
    }

    /** How long the last repaint took on the FX thread (drawing commands; rendering comes after). */
    public double lastPaintMillis() {
        return lastPaintMillis;
    }

    /** Back to the whole data (as a double click does). */
    public void resetView() {
        view = null;
        invalidate();
    }

    /** True when zoomed or panned away from the whole data. */
    public boolean isZoomed() {
        return view != null;
    }

    /** Zooms by {@code factor} (above 1 = closer) around the plot's centre. */
    public void zoom(double factor) {
        if (mapping == null) {
            return;
        }
        double cx = LEFT + (paintedWidth - LEFT - RIGHT) / 2;
        double cy = TOP + (paintedHeight - TOP - BOTTOM) / 2;
        zoomAt(cx, cy, factor);
    }

    // ---- data <-> screen -----------------------------------------------------------------------

    /** Canvas x of data x (after a paint; NaN before). */
    public double screenX(double x) {
        return mapping == null ? Double.NaN : mapping.px(x);
    }

    /** Canvas y of data y (after a paint; NaN before). */
    public double screenY(double y) {
        return mapping == null ? Double.NaN : mapping.py(y);
    }

    private void invalidate() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = Math.floor(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (hover.isVisible()) {
            hover.autosize();
        }
        if (w <= 0 || h <= 0) {
            return;
        }
        if (dirty || w != paintedWidth || h != paintedHeight) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            long t0 = System.nanoTime();
            paintCanvas(w, h);
            lastPaintMillis = (System.nanoTime() - t0) / 1e6;
            paintedWidth = w;
            paintedHeight = h;
            dirty = false;
        }
    }

    // ---- painting ------------------------------------------------------------------------------

    private void paintCanvas(double w, double h) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        FxPainter p = new FxPainter(g);
        pointsDrawn = 0;
        ScatterData d = data.get();
        double pw = w - LEFT - RIGHT;
        double ph = h - TOP - BOTTOM;
        if (d == null || pw < 20 || ph < 20 || !hasFinitePoint(d)) {
            mapping = null;
            note.set("");
            PaintedChart.paintEmpty(p, w, h, emptyText.get());
            return;
        }
        mapping = mapping(d, pw, ph);
        paintAxes(p, d, pw, ph);
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, pw, ph);
        g.clip();
        String said;
        if (d.size() <= VECTOR_LIMIT) {
            pointsDrawn = paintVector(p, d, pw, ph);
            said = "";
        } else {
            int limit = moving ? Math.min(d.size(), MOVING_LIMIT) : d.size();
            pointsDrawn = paintRaster(g, d, (int) pw, (int) ph, limit);
            said = limit < d.size()
                    ? String.format(Locale.ROOT, "Moving: a random %,d of %,d customers", limit, d.size())
                    : String.format(Locale.ROOT, "%,d customers as a density image: overlapping points blend",
                    d.size());
        }
        paintHighlightLabel(p, pw);
        paintCentroids(p, d);
        paintHighlight(p);
        g.restore();
        note.set(said);
        if (!said.isEmpty()) {
            paintNote(p, said, w);
        }
    }

    @Override
    public void writeSvg(SvgWriter svg) {
        SvgPainter p = new SvgPainter(svg);
        double w = svg.width();
        double h = svg.height();
        ScatterData d = data.get();
        double pw = w - LEFT - RIGHT;
        double ph = h - TOP - BOTTOM;
        if (d == null || pw < 20 || ph < 20 || !hasFinitePoint(d)) {
            PaintedChart.paintEmpty(p, w, h, emptyText.get());
            return;
        }
        Mapping saved = mapping;
        try {
            mapping = mapping(d, pw, ph);
            paintAxes(p, d, pw, ph);
            paintVector(p, d, pw, ph);
            paintHighlightLabel(p, pw);
            paintCentroids(p, d);
            paintHighlight(p);
        } finally {
            mapping = saved;
        }
    }

    @Override
    public boolean svgAvailable() {
        ScatterData d = data.get();
        if (d == null) {
            return true;
        }
        boolean[] hidden = hiddenFlags(d);
        int visible = 0;
        for (int i = 0; i < d.size(); i++) {
            if (!Double.isNaN(d.x()[i]) && !Double.isNaN(d.y()[i]) && !hidden(hidden, d.group()[i])) {
                if (++visible > SVG_LIMIT) {
                    return false;
                }
            }
        }
        return true;
    }

    private Mapping mapping(ScatterData d, double pw, double ph) {
        if (view != null) {
            return new Mapping(view[0], view[1], view[2], view[3], pw, ph);
        }
        double[] xr = range(d.x(), d.centroidX());
        double[] yr = range(d.y(), d.centroidY());
        Highlight h = highlight.get();
        if (h != null) {
            xr = around(xr, h.x());
            yr = around(yr, h.y());
        }
        AxisTicks tx = AxisTicks.of(xr[0], xr[1], xTickTarget(pw));
        AxisTicks ty = AxisTicks.of(yr[0], yr[1], yTickTarget(ph));
        // a few pixels of room beyond the outer ticks, so points on the edge are drawn whole
        double padX = EDGE / pw * (tx.max() - tx.min());
        double padY = EDGE / ph * (ty.max() - ty.min());
        return new Mapping(tx.min() - padX, tx.max() + padX, ty.min() - padY, ty.max() + padY, pw, ph);
    }

    private static int xTickTarget(double pw) {
        return (int) Math.max(3, Math.min(11, pw / 90));
    }

    private static int yTickTarget(double ph) {
        return (int) Math.max(5, Math.min(9, ph / 42));
    }

    private void paintAxes(Painter p, ScatterData d, double pw, double ph) {
        Mapping m = mapping;
        AxisTicks tx = AxisTicks.of(m.x0, m.x1, xTickTarget(pw));
        AxisTicks ty = AxisTicks.of(m.y0, m.y1, yTickTarget(ph));
        Axes a = new Axes(LEFT, TOP, pw, ph, tx, ty).withXDomain(m.x0, m.x1).withYDomain(m.y0, m.y1);
        a.paintXGrid(p, true);
        a.paintYGrid(p, true);
        a.paintFrame(p);
        a.paintTitles(p, d.xLabel(), d.yLabel(), 5, TOP + ph + BOTTOM - 2);
    }

    /** Circles; with a selection, the others faded and the selected on top with a dark ring. */
    private int paintVector(Painter p, ScatterData d, double pw, double ph) {
        int n = d.size();
        double r = n <= 1_000 ? 4.5 : n <= 5_000 ? 3.5 : 2.5;
        double alpha = n <= 1_000 ? 0.85 : n <= 5_000 ? 0.75 : 0.6;
        boolean outline = n <= 5_000;
        RowSet sel = selection.get();
        boolean anySelected = !sel.isEmpty();
        boolean[] hidden = hiddenFlags(d);
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

    private int paintRaster(GraphicsContext g, ScatterData d, int pw, int ph, int limit) {
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
        RowSet sel = selection.get();
        boolean anySelected = !sel.isEmpty();
        int faded = anySelected ? Math.max(20, alpha / 3) : alpha;
        boolean[] hiddenOf = hiddenFlags(d);
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

    private void paintCentroids(Painter p, ScatterData d) {
        Set<Integer> hidden = hiddenSegments.get();
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
    private void paintHighlightLabel(Painter p, double pw) {
        Highlight h = highlight.get();
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

    private void paintHighlight(Painter p) {
        Highlight h = highlight.get();
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

    private void paintNote(Painter p, String text, double w) {
        double size = 11.5;
        double tw = ChartText.width(text, size, false);
        double x = w - RIGHT - 6;
        p.fillRect(x - tw - 8, TOP + 5, tw + 12, size + 9, Color.rgb(255, 255, 255, 0.85));
        p.text(x, Painter.top(TOP + 9, size), text, size, false, ChartColors.MUTED, Painter.Anchor.END, 0);
    }

    /** Per segment id + 1 (index 0: no segment), whether it is hidden: no boxing in the per-point loops. */
    private boolean[] hiddenFlags(ScatterData d) {
        Set<Integer> hidden = hiddenSegments.get();
        boolean[] flags = new boolean[d.segments() + 2];
        for (int s = -1; s <= d.segments(); s++) {
            flags[s + 1] = hidden.contains(s);
        }
        return flags;
    }

    private static boolean hidden(boolean[] flags, int segment) {
        int i = segment + 1;
        return i >= 0 && i < flags.length && flags[i];
    }

    private static boolean hasFinitePoint(ScatterData d) {
        for (int i = 0; i < d.size(); i++) {
            if (!Double.isNaN(d.x()[i]) && !Double.isNaN(d.y()[i])) {
                return true;
            }
        }
        return false;
    }

    /** The range widened to hold {@code v} with room for its marker (4% of the range beyond it). */
    private static double[] around(double[] r, double v) {
        if (Double.isNaN(v)) {
            return r;
        }
        double lo = Math.min(r[0], v);
        double hi = Math.max(r[1], v);
        double room = 0.04 * (hi - lo);
        return new double[] {Math.min(lo, v - room), Math.max(hi, v + room)};
    }

    /** [min, max] over the finite values of both arrays. */
    private static double[] range(double[] a, double[] b) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
        }
        for (double v : b) {
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
        }
        return new double[] {lo, hi};
    }

    // ---- mouse ---------------------------------------------------------------------------------

    private void installMouse() {
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideHover());
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (mapping != null && e.getDeltaY() != 0) {
                zoomAt(e.getX(), e.getY(), wheelFactor(e));
                e.consume();
            }
        });
    }

    /** Zoom factor of a wheel event: 1.2 per notch (deltaY / multiplier is the notch count on every platform). */
    static double wheelFactor(ScrollEvent e) {
        double notches = e.getMultiplierY() > 0 ? e.getDeltaY() / e.getMultiplierY() : e.getDeltaY() / 40;
        return Math.pow(1.2, Math.max(-5, Math.min(5, notches)));
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || mapping == null) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        dragged = false;
        boxDrag = mode.get() == Mode.BOX || (mode.get() == Mode.PAN && e.isShiftDown());
        pressView = currentView();
        lassoPoints.clear();
        if (mode.get() == Mode.LASSO) {
            lassoPoints.add(pressX);
            lassoPoints.add(pressY);
        }
        hideHover();
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || mapping == null || pressView == null) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragged && Math.hypot(dx, dy) < 3) {
            return;
        }
        dragged = true;
        if (mode.get() == Mode.LASSO) {
            int m = lassoPoints.size();
            double lx = lassoPoints.get(m - 2);
            double ly = lassoPoints.get(m - 1);
            if (Math.hypot(e.getX() - lx, e.getY() - ly) >= 3) {
                lassoPoints.add(e.getX());
                lassoPoints.add(e.getY());
                lasso.getPoints().setAll(lassoPoints);
                lasso.getPoints().addAll(pressX, pressY);
                lasso.setVisible(true);
            }
        } else if (boxDrag) {
            band.setX(Math.min(pressX, e.getX()));
            band.setY(Math.min(pressY, e.getY()));
            band.setWidth(Math.abs(dx));
            band.setHeight(Math.abs(dy));
            band.setVisible(true);
        } else {
            double sx = (pressView[1] - pressView[0]) / mapping.pw;
            double sy = (pressView[3] - pressView[2]) / mapping.ph;
            view = new double[] {pressView[0] - dx * sx, pressView[1] - dx * sx, pressView[2] + dy * sy,
                pressView[3] + dy * sy};
            startMoving();
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || mapping == null || pressView == null) {
            return;
        }
        pressView = null;
        if (!dragged) {
            if (e.getClickCount() == 2) {
                resetView();
            } else {
                clickAt(e.getX(), e.getY(), e.isShiftDown(), e.isShortcutDown());
            }
            return;
        }
        if (mode.get() == Mode.LASSO) {
            lasso.setVisible(false);
            double[] pts = lassoPoints.stream().mapToDouble(Double::doubleValue).toArray();
            if (pts.length >= 6) {
                select(inPolygon(pts), e.isShiftDown(), e.isShortcutDown());
            }
        } else if (boxDrag) {
            band.setVisible(false);
            select(inBox(pressX, pressY, e.getX(), e.getY()), e.isShiftDown(), e.isShortcutDown());
        }
        e.consume();
    }

    private double[] currentView() {
        return view != null ? view.clone() : new double[] {mapping.x0, mapping.x1, mapping.y0, mapping.y1};
    }

    private void zoomAt(double sx, double sy, double factor) {
        double[] v = currentView();
        double cx = mapping.dataX(sx);
        double cy = mapping.dataY(sy);
        double f = 1 / factor;
        double x0 = cx - (cx - v[0]) * f;
        double x1 = cx + (v[1] - cx) * f;
        double y0 = cy - (cy - v[2]) * f;
        double y1 = cy + (v[3] - cy) * f;
        if (x1 - x0 <= 1e-12 * Math.max(1, Math.abs(cx)) || y1 - y0 <= 1e-12 * Math.max(1, Math.abs(cy))) {
            return;
        }
        view = new double[] {x0, x1, y0, y1};
        startMoving();
    }

    private void startMoving() {
        ScatterData d = data.get();
        moving = d != null && d.size() > MOVING_LIMIT;
        invalidate();
        if (moving) {
            settle.playFromStart();
        }
    }

    /** Selects the customer nearest to the canvas point (within a few pixels), as a click does. */
    public void clickAt(double x, double y, boolean add, boolean toggle) {
        int row = nearest(x, y);
        if (row < 0) {
            if (!add && !toggle) {
                selection.set(RowSet.EMPTY);
            }
            return;
        }
        select(RowSet.of(row), add, toggle);
    }

    /** Selects the customers inside the canvas rectangle between the two corners (as a box drag does). */
    public void selectBox(double x1, double y1, double x2, double y2, boolean add) {
        if (mapping != null) {
            select(inBox(x1, y1, x2, y2), add, false);
        }
    }

    private void select(RowSet rows, boolean add, boolean toggle) {
        RowSet now = selection.get();
        selection.set(toggle ? now.toggle(rows) : add ? now.union(rows) : rows);
    }

    private RowSet inBox(double ax, double ay, double bx, double by) {
        ScatterData d = data.get();
        double x0 = mapping.dataX(Math.min(ax, bx));
        double x1 = mapping.dataX(Math.max(ax, bx));
        double y0 = mapping.dataY(Math.max(ay, by));
        double y1 = mapping.dataY(Math.min(ay, by));
        boolean[] hidden = hiddenFlags(d);
        BitSet hit = new BitSet(d.size());
        for (int i = 0; i < d.size(); i++) {
            double x = d.x()[i];
            double y = d.y()[i];
            if (x >= x0 && x <= x1 && y >= y0 && y <= y1 && !hidden(hidden, d.group()[i])) {
                hit.set(i);
            }
        }
        return RowSet.of(hit);
    }

    /** Points inside a free-hand polygon (canvas coordinates, x,y pairs), by a scan-filled pixel mask. */
    private RowSet inPolygon(double[] pts) {
        ScatterData d = data.get();
        int w = (int) Math.ceil(paintedWidth);
        int h = (int) Math.ceil(paintedHeight);
        boolean[] mask = LassoMask.fill(pts, w, h);
        boolean[] hidden = hiddenFlags(d);
        BitSet hit = new BitSet(d.size());
        for (int i = 0; i < d.size(); i++) {
            double x = d.x()[i];
            double y = d.y()[i];
            if (Double.isNaN(x) || Double.isNaN(y) || hidden(hidden, d.group()[i])) {
                continue;
            }
            int px = (int) Math.floor(mapping.px(x));
            int py = (int) Math.floor(mapping.py(y));
            if (px >= 0 && py >= 0 && px < w && py < h && mask[py * w + px]) {
                hit.set(i);
            }
        }
        return RowSet.of(hit);
    }

    /** The visible point nearest to the canvas point within {@value #PICK_RADIUS} pixels, or -1. */
    public int nearest(double sx, double sy) {
        ScatterData d = data.get();
        if (d == null || mapping == null) {
            return -1;
        }
        boolean[] hidden = hiddenFlags(d);
        double x0 = mapping.dataX(sx - PICK_RADIUS);
        double x1 = mapping.dataX(sx + PICK_RADIUS);
        double y0 = mapping.dataY(sy + PICK_RADIUS);
        double y1 = mapping.dataY(sy - PICK_RADIUS);
        double best = PICK_RADIUS * PICK_RADIUS;
        int found = -1;
        double[] xs = d.x();
        double[] ys = d.y();
        for (int i = 0; i < xs.length; i++) {
            double x = xs[i];
            double y = ys[i];
            if (x < x0 || x > x1 || y < y0 || y > y1 || hidden(hidden, d.group()[i])) {
                continue;
            }
            double dx = mapping.px(x) - sx;
            double dy = mapping.py(y) - sy;
            double dd = dx * dx + dy * dy;
            if (dd <= best) {
                best = dd;
                found = i;
            }
        }
        return found;
    }

    private void hoverAt(double x, double y) {
        if (rowDescriber == null || pressView != null) {
            return;
        }
        int row = nearest(x, y);
        if (row < 0) {
            hideHover();
            return;
        }
        hover.setText(rowDescriber.apply(row));
        hover.setVisible(true);
        hover.autosize();
        double hx = x + 14 + hover.getWidth() > getWidth() ? x - 14 - hover.getWidth() : x + 14;
        double hy = y + 14 + hover.getHeight() > getHeight() ? y - 14 - hover.getHeight() : y + 14;
        hover.relocate(Math.max(0, hx), Math.max(0, hy));
    }

    private void hideHover() {
        hover.setVisible(false);
    }

    /** Data to canvas coordinates and back. */
    private static final class Mapping {
        final double x0;
        final double x1;
        final double y0;
        final double y1;
        final double pw;
        final double ph;
        private final double xs;
        private final double ys;
        private final double bottom;

        Mapping(double x0, double x1, double y0, double y1, double pw, double ph) {
            this.x0 = x0;
            this.x1 = x1;
            this.y0 = y0;
            this.y1 = y1;
            this.pw = pw;
            this.ph = ph;
            this.xs = pw / (x1 - x0);
            this.ys = ph / (y1 - y0);
            this.bottom = TOP + ph;
        }

        double px(double x) {
            return LEFT + (x - x0) * xs;
        }

        double py(double y) {
            return bottom - (y - y0) * ys;
        }

        double dataX(double px) {
            return x0 + (px - LEFT) / xs;
        }

        double dataY(double py) {
            return y0 + (bottom - py) / ys;
        }
    }
}
