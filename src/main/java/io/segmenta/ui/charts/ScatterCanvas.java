package io.segmenta.ui.charts;

import static io.segmenta.core.chart.ScatterMapping.BOTTOM;
import static io.segmenta.core.chart.ScatterMapping.LEFT;
import static io.segmenta.core.chart.ScatterMapping.RIGHT;
import static io.segmenta.core.chart.ScatterMapping.TOP;
import static io.segmenta.core.chart.ScatterMapping.hasFinitePoint;
import static io.segmenta.core.chart.ScatterPoints.hidden;

import io.segmenta.core.chart.Painter;
import io.segmenta.core.chart.ScatterData;
import io.segmenta.core.chart.ScatterMapping;
import io.segmenta.core.chart.ScatterPoints;
import io.segmenta.core.chart.SvgPainter;
import io.segmenta.core.chart.SvgWriter;
import io.segmenta.ui.charts.export.DrawnInBackground;
import io.segmenta.ui.charts.export.SvgExportable;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
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
 * random sample of that size, and at rest up to {@value #STILL_LIMIT}; the chart says so.
 *
 * <p>The parts: {@link ScatterMapping} (view port, data to pixels) and {@link ScatterPoints} (axes,
 * vector points, centres), both shared with the report, {@link ScatterPointPainter} (the raster points,
 * highlight and note), {@link ScatterPicking} (which points a click, box or lasso hits) and
 * {@link ScatterDrag} (the drag gestures); this class holds the state and the properties.
 */
public final class ScatterCanvas extends Region implements SvgExportable, DrawnInBackground {
    /** Up to this many points are drawn as vector circles; beyond, they are rasterised. */
    public static final int VECTOR_LIMIT = 20_000;
    /** While panning or zooming, at most this many points are drawn (a fixed random sample). */
    public static final int MOVING_LIMIT = 200_000;
    /**
     * At rest, at most this many points are rasterised (the first of the fixed random order, so a seeded
     * sample): 10,000,000 points took 1.5-4 s a paint. Above {@link ScatterPointPainter#AT_ONCE} they are
     * rasterised in the background, a first pass shown meanwhile ({@link #drawingProperty()}).
     */
    public static final int STILL_LIMIT = 1_000_000;
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

    private final Canvas canvas = new Canvas();
    private final Label hover = new Label();
    private final ObjectProperty<ScatterData> data = new SimpleObjectProperty<>(this, "data");
    private final StringProperty emptyText = new SimpleStringProperty(this, "emptyText", "No points to show.");
    private final ObjectProperty<RowSet> selection = new SimpleObjectProperty<>(this, "selection", RowSet.EMPTY);
    private final ObjectProperty<Set<Integer>> hiddenSegments =
            new SimpleObjectProperty<>(this, "hiddenSegments", Set.of());
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.PAN);
    private final ObjectProperty<Highlight> highlight = new SimpleObjectProperty<>(this, "highlight");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyBooleanWrapper drawing = new ReadOnlyBooleanWrapper(this, "drawing", false);
    private boolean everythingNow;
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
    private ScatterMapping mapping;
    private final ScatterPointPainter painter = new ScatterPointPainter();
    private final ScatterDrag drag = new ScatterDrag(this);

    public ScatterCanvas() {
        getStyleClass().add("scatter-canvas");
        hover.getStyleClass().add("chart-hover");
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setWrapText(true);
        hover.setMaxWidth(360);
        getChildren().addAll(canvas, drag.band(), drag.lasso(), hover);
        data.addListener((o, a, b) -> {
            if (a == null || b == null || !a.xLabel().equals(b.xLabel()) || !a.yLabel().equals(b.yLabel())
                    || a.size() != b.size()) {
                view = null;
            }
            painter.forgetOrder();
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

    /**
     * True while the points on show are a first pass and the whole picture is being rasterised in the
     * background (more than {@link ScatterPointPainter#AT_ONCE} points); the chart repaints when it is done.
     */
    public ReadOnlyBooleanProperty drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    /** True while any scatter chart in the application is still drawing its points in the background. */
    public static boolean drawingAnywhere() {
        return ScatterPointPainter.drawingAnywhere();
    }

    @Override
    public void drawEverythingNow(boolean on) {
        everythingNow = on;
        if (!on) {
            invalidate();
        }
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
            drawing.set(false);
            PaintedChart.paintEmpty(p, w, h, emptyText.get());
            return;
        }
        mapping = ScatterMapping.of(d, view, highlightX(), highlightY(), pw, ph);
        ScatterPoints.paintAxes(p, mapping, d, pw, ph);
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, pw, ph);
        g.clip();
        String said;
        boolean stillDrawing = false;
        if (d.size() <= VECTOR_LIMIT) {
            pointsDrawn = ScatterPoints.paintVector(p, mapping, d, pw, ph, selection.get()::contains,
                    !selection.get().isEmpty(), hiddenFlags(d));
            said = "";
        } else {
            int limit = Math.min(d.size(), moving ? MOVING_LIMIT : STILL_LIMIT);
            ScatterPointPainter.Painted painted = painter.paintRaster(g, mapping, d, (int) pw, (int) ph, limit,
                    selection.get(), hiddenFlags(d), everythingNow, this::invalidate);
            pointsDrawn = painted.drawn();
            stillDrawing = !painted.complete();
            said = rasterNote(painted, limit, d.size());
        }
        paintOverlays(p, mapping, d, pw, ph);
        g.restore();
        note.set(said);
        if (!said.isEmpty()) {
            ScatterPointPainter.paintNote(p, said, w);
        }
        drawing.set(stillDrawing); // last: a listener told "done" finds the finished chart and its note
    }

    /** What the chart says under a raster paint of {@code limit} of {@code n} points. */
    private String rasterNote(ScatterPointPainter.Painted painted, int limit, int n) {
        int shown = painted.covered();
        if (!painted.complete()) {
            String what = limit < n ? String.format(Locale.ROOT, "Drawing a random %,d of %,d customers", limit, n)
                    : String.format(Locale.ROOT, "Drawing %,d customers", limit);
            return shown == 0 ? what + "…" : what + String.format(Locale.ROOT, " (%,d so far)…", shown);
        }
        if (shown == n) {
            return String.format(Locale.ROOT, "%,d customers as a density image: overlapping points blend", n);
        }
        return moving ? String.format(Locale.ROOT, "Moving: a random %,d of %,d customers", shown, n)
                : String.format(Locale.ROOT, "A random %,d of %,d customers as a density image: overlapping points "
                + "blend", shown, n);
    }

    @Override
    public void writeSvg(SvgWriter svg) {
        SvgPainter p = new SvgPainter(svg, FxText.METRICS);
        double w = svg.width();
        double h = svg.height();
        ScatterData d = data.get();
        double pw = w - LEFT - RIGHT;
        double ph = h - TOP - BOTTOM;
        if (d == null || pw < 20 || ph < 20 || !hasFinitePoint(d)) {
            PaintedChart.paintEmpty(p, w, h, emptyText.get());
            return;
        }
        ScatterMapping m = ScatterMapping.of(d, view, highlightX(), highlightY(), pw, ph);
        ScatterPoints.paintAxes(p, m, d, pw, ph);
        ScatterPoints.paintVector(p, m, d, pw, ph, selection.get()::contains, !selection.get().isEmpty(),
                hiddenFlags(d));
        paintOverlays(p, m, d, pw, ph);
    }

    /** The highlight's label, the segment centres over it, then the highlighted point on top. */
    private void paintOverlays(Painter p, ScatterMapping m, ScatterData d, double pw, double ph) {
        ScatterPointPainter.paintHighlightLabel(p, m, d, highlight.get(), pw, ph);
        ScatterPoints.paintCentroids(p, m, d, hiddenSegments.get());
        ScatterPointPainter.paintHighlight(p, m, highlight.get());
    }

    /** Per segment id + 1 (index 0: no segment), whether it is hidden now. */
    private double highlightX() {
        return highlight.get() == null ? Double.NaN : highlight.get().x();
    }

    private double highlightY() {
        return highlight.get() == null ? Double.NaN : highlight.get().y();
    }

    private boolean[] hiddenFlags(ScatterData d) {
        return ScatterPoints.hiddenFlags(d, hiddenSegments.get());
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

    // ---- mouse ---------------------------------------------------------------------------------

    private void installMouse() {
        addEventHandler(MouseEvent.MOUSE_PRESSED, drag::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, drag::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, drag::released);
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

    /** The last paint's mapping, null when nothing was drawn. */
    ScatterMapping mapping() {
        return mapping;
    }

    /** Shows {@code v} ({x0, x1, y0, y1}, data units), as panning does. */
    void moveTo(double[] v) {
        view = v;
        startMoving();
    }

    /** The view on show, a fresh array (needs a mapping). */
    double[] currentView() {
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

    void select(RowSet rows, boolean add, boolean toggle) {
        RowSet now = selection.get();
        selection.set(toggle ? now.toggle(rows) : add ? now.union(rows) : rows);
    }

    RowSet inBox(double ax, double ay, double bx, double by) {
        ScatterData d = data.get();
        return ScatterPicking.inBox(d, mapping, hiddenFlags(d), ax, ay, bx, by);
    }

    /** Points inside a free-hand polygon (canvas coordinates, x,y pairs). */
    RowSet inPolygon(double[] pts) {
        ScatterData d = data.get();
        return ScatterPicking.inPolygon(d, mapping, hiddenFlags(d), pts, paintedWidth, paintedHeight);
    }

    /** The visible point nearest to the canvas point within {@value ScatterPicking#PICK_RADIUS} pixels, or -1. */
    public int nearest(double sx, double sy) {
        ScatterData d = data.get();
        if (d == null || mapping == null) {
            return -1;
        }
        return ScatterPicking.nearest(d, mapping, hiddenFlags(d), sx, sy);
    }

    private void hoverAt(double x, double y) {
        if (rowDescriber == null || drag.active()) {
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

    void hideHover() {
        hover.setVisible(false);
    }

}
