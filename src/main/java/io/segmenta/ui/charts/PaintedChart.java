package io.segmenta.ui.charts;

import io.segmenta.core.chart.Axes;
import io.segmenta.core.chart.ChartColors;
import io.segmenta.core.chart.ChartText;
import io.segmenta.core.chart.Color;
import io.segmenta.core.chart.Painter;
import io.segmenta.core.chart.SegmentPalette;
import io.segmenta.core.chart.SvgPainter;
import io.segmenta.core.chart.SvgWriter;
import io.segmenta.ui.charts.export.SvgExportable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The base of every chart in the app (the 2D scatter and the 3D view add their own interaction on
 * top of the same pieces): one {@link Canvas} repainted when the data or the size change, by one
 * paint method that also writes the SVG export ({@link SvgExportable}), so what is saved is what is
 * on screen. PNG, SVG and clipboard export work on any subclass through
 * {@link io.segmenta.ui.charts.export.ChartSaver}.
 *
 * <p>A subclass either overrides {@link #paint(Painter, double, double)} and draws the whole chart,
 * or overrides {@link #hasData()} and {@link #paintPlot} and gets the optional {@link #titleProperty()
 * title} at the top and the {@link #emptyTextProperty() empty text} while there is no data. Hover:
 * return text from {@link #hoverText} and a tooltip follows the mouse. Axes are drawn with {@link
 * Axes}, text measured with {@link ChartText}, colours taken from {@link ChartColors} and {@link
 * SegmentPalette}. Subclasses call {@link #invalidate()} when their data change.
 */
public abstract class PaintedChart extends Region implements SvgExportable {
    /** Height taken by the title. */
    protected static final double TITLE_HEIGHT = 28;
    private static final double TITLE_SIZE = 13.5;
    private static final double EMPTY_SIZE = 14;

    protected final Canvas canvas = new Canvas();
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty emptyText = new SimpleStringProperty(this, "emptyText", "Nothing to show.");
    /** Made at the first hover: building a Tooltip loads its popup machinery, a stall when a step opens. */
    private Tooltip tooltip;
    private double paintedWidth = -1;
    private double paintedHeight = -1;
    private boolean dirty = true;

    protected PaintedChart() {
        getStyleClass().add("painted-chart");
        getChildren().add(canvas);
        setMinSize(160, 120);
        setPrefSize(520, 360);
        title.addListener((o, a, b) -> invalidate());
        emptyText.addListener((o, a, b) -> invalidate());
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX() - snappedLeftInset(),
                e.getY() - snappedTopInset(), e.getScreenX(), e.getScreenY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideTooltip());
    }

    /**
     * Paints the whole chart into {@code p} at {@code w x h} (screen and SVG alike). By default: the
     * title, then {@link #paintPlot} below it, or the empty text when {@link #hasData()} is false.
     */
    protected void paint(Painter p, double w, double h) {
        double top = 0;
        String t = title.get();
        if (t != null && !t.isBlank()) {
            p.text(w / 2, 19, ChartText.fit(p, t, TITLE_SIZE, true, w - 16), TITLE_SIZE, true, ChartColors.TEXT,
                    Painter.Anchor.MIDDLE, 0);
            top = TITLE_HEIGHT;
        }
        if (!hasData()) {
            paintMessage(p, 0, top, w, h - top, emptyText.get());
            clearGeometry();
            return;
        }
        paintPlot(p, 0, top, w, h - top);
    }

    /** True when there is something to draw (charts that use the default {@link #paint}). */
    protected boolean hasData() {
        return true;
    }

    /** Draws the chart into the area below the title; remembers what hit-testing needs. */
    protected void paintPlot(Painter p, double x, double y, double w, double h) {
    }

    /** Forgets the hit-testing geometry (nothing is drawn). */
    protected void clearGeometry() {
    }

    /** What is under (x, y) in the chart's coordinates, for the tooltip; null for nothing. */
    public String hoverText(double x, double y) {
        return null;
    }

    /** Whether a click where {@link #hoverText} has text does something (the cursor becomes a hand). */
    protected boolean hoverClickable() {
        return false;
    }

    /** Repaints at the next layout (call when the data change). */
    protected final void invalidate() {
        dirty = true;
        hideTooltip();
        requestLayout();
    }

    /** Width of the last paint (0 before the first). */
    protected final double paintedWidth() {
        return Math.max(0, paintedWidth);
    }

    protected final double paintedHeight() {
        return Math.max(0, paintedHeight);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = Math.floor(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (w <= 0 || h <= 0) {
            return;
        }
        if (dirty || w != paintedWidth || h != paintedHeight) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            FxPainter p = new FxPainter(canvas.getGraphicsContext2D());
            p.graphics().clearRect(0, 0, w, h);
            p.fillRect(0, 0, w, h, Color.WHITE);
            paint(p, w, h);
            paintedWidth = w;
            paintedHeight = h;
            dirty = false;
        }
    }

    @Override
    public void writeSvg(SvgWriter svg) {
        paint(new SvgPainter(svg, FxText.METRICS), svg.width(), svg.height());
        // the hit-testing geometry (kept by the paint) must match the screen again
        invalidate();
    }

    private void hover(double x, double y, double screenX, double screenY) {
        String text = hoverText(x, y);
        if (hoverClickable()) {
            setCursor(text == null ? Cursor.DEFAULT : Cursor.HAND);
        }
        if (text == null) {
            hideTooltip();
            return;
        }
        Tooltip tooltip = hoverTooltip();
        tooltip.setText(text);
        if (tooltip.isShowing()) {
            tooltip.setAnchorX(screenX + 14);
            tooltip.setAnchorY(screenY + 16);
        } else if (getScene() != null && getScene().getWindow() != null) {
            tooltip.show(this, screenX + 14, screenY + 16);
        }
    }

    /** The tooltip that follows the mouse. */
    public Tooltip hoverTooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setShowDelay(Duration.ZERO);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
            tooltip.getStyleClass().add("chart-tooltip");
        }
        return tooltip;
    }

    private void hideTooltip() {
        if (tooltip != null && tooltip.isShowing()) {
            tooltip.hide();
        }
    }

    /** The chart title drawn at the top (and in exported images); empty for none. */
    public StringProperty titleProperty() {
        return title;
    }

    public String getTitle() {
        return title.get();
    }

    public void setTitle(String t) {
        title.set(t);
    }

    /** Shown in the middle while there is nothing to draw. */
    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    /** Paints a message ("nothing to show") in the middle of the chart. */
    protected static void paintEmpty(Painter p, double w, double h, String text) {
        paintMessage(p, 0, 0, w, h, text);
    }

    /** Paints a message in the middle of the box (x, y, w, h), shortened to fit. */
    protected static void paintMessage(Painter p, double x, double y, double w, double h, String text) {
        p.text(x + w / 2, Painter.middle(y + h / 2, EMPTY_SIZE), ChartText.fit(p, text, EMPTY_SIZE, false, w - 24),
                EMPTY_SIZE, false, ChartColors.MUTED, Painter.Anchor.MIDDLE, 0);
    }

    /** A heading at the top left of a chart that lays out its own margins, starting at x. */
    protected static void paintHeading(Painter p, double x, double top, double width, String text) {
        p.text(x, Painter.middle(top / 2 - 2, 13), ChartText.fit(p, text, 13, true, width), 13, true, ChartColors.TEXT,
                Painter.Anchor.START, 0);
    }
}
