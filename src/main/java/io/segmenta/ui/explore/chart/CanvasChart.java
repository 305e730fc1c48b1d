package io.segmenta.ui.explore.chart;

import io.segmenta.ui.charts.FxPainter;
import io.segmenta.ui.charts.Painter;
import io.segmenta.ui.charts.SvgPainter;
import io.segmenta.ui.charts.export.SvgExportable;
import io.segmenta.ui.charts.export.SvgWriter;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * Base of the Explore charts: one {@link Canvas} repainted when the data or the size change, the
 * same drawing code writing SVG ({@link SvgExportable}), a title, a message in place of an empty
 * chart, and a tooltip that follows the mouse with what is under it.
 */
public abstract class CanvasChart extends Region implements SvgExportable {
    public static final Color TEXT = Color.web("#24292F");
    public static final Color MUTED = Color.web("#57606A");
    public static final Color GRID = Color.web("#E7EAEE");
    public static final Color AXIS = Color.web("#8C959F");
    /** Height taken by the title. */
    protected static final double TITLE_HEIGHT = 28;

    private final Canvas canvas = new Canvas();
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty emptyText = new SimpleStringProperty(this, "emptyText", "Nothing to show.");
    private final Tooltip tooltip = new Tooltip();
    private boolean dirty = true;
    private double paintedWidth = -1;
    private double paintedHeight = -1;

    protected CanvasChart() {
        getStyleClass().add("explore-chart");
        getChildren().add(canvas);
        setMinSize(200, 160);
        setPrefSize(640, 420);
        title.addListener((o, a, b) -> invalidate());
        emptyText.addListener((o, a, b) -> invalidate());
        tooltip.setShowDelay(Duration.ZERO);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.getStyleClass().add("chart-tooltip");
        setOnMouseMoved(e -> hover(e.getX() - snappedLeftInset(), e.getY() - snappedTopInset(), e.getScreenX(),
                e.getScreenY()));
        setOnMouseExited(e -> tooltip.hide());
    }

    /** Repaints at the next layout pass (call when the data change). */
    protected final void invalidate() {
        dirty = true;
        if (tooltip.isShowing()) {
            tooltip.hide();
        }
        requestLayout();
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
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.clearRect(0, 0, w, h);
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, w, h);
            paintAll(new FxPainter(g, ChartText::font), w, h);
            paintedWidth = w;
            paintedHeight = h;
            dirty = false;
        }
    }

    @Override
    public void writeSvg(SvgWriter svg) {
        paintAll(new SvgPainter(svg), svg.width(), svg.height());
        // the hit-testing geometry must match the screen again
        invalidate();
    }

    private void paintAll(Painter pen, double w, double h) {
        double top = 0;
        String t = title.get();
        if (t != null && !t.isBlank()) {
            pen.text(w / 2, 19, ChartText.fit(t, 13.5, true, w - 16), 13.5, true, TEXT, Painter.Anchor.MIDDLE, 0);
            top = TITLE_HEIGHT;
        }
        if (!hasData()) {
            pen.text(w / 2, top + (h - top) / 2 + 5, ChartText.fit(emptyText.get(), 14, false, w - 24), 14, false,
                    MUTED, Painter.Anchor.MIDDLE, 0);
            clearGeometry();
            return;
        }
        paint(pen, 0, top, w, h - top);
    }

    /** True when there is something to draw. */
    protected abstract boolean hasData();

    /** Draws the chart into the area below the title; remembers what hit-testing needs. */
    protected abstract void paint(Painter pen, double x, double y, double w, double h);

    /** Forgets the hit-testing geometry (nothing is drawn). */
    protected void clearGeometry() {
    }

    /** What is under (x, y) in the chart's coordinates, for the tooltip; null for nothing. */
    public String hoverText(double x, double y) {
        return null;
    }

    private void hover(double x, double y, double screenX, double screenY) {
        String text = hoverText(x, y);
        if (text == null) {
            tooltip.hide();
            return;
        }
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
        return tooltip;
    }

    /** The chart title drawn at the top (and in exported images). */
    public StringProperty titleProperty() {
        return title;
    }

    public void setTitle(String t) {
        title.set(t);
    }

    /** Shown in the middle while there is nothing to draw. */
    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    // ---- helpers for subclasses -----------------------------------------------------------------

    /** A colour with the given opacity. */
    protected static Color alpha(Color c, double opacity) {
        return Color.color(c.getRed(), c.getGreen(), c.getBlue(), opacity);
    }

    /** Baseline y that centres text of {@code size} on {@code centerY}. */
    protected static double middle(double centerY, double size) {
        return centerY + size * 0.35;
    }
}
