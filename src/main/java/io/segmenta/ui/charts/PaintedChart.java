package io.segmenta.ui.charts;

import io.segmenta.ui.charts.export.SvgExportable;
import io.segmenta.ui.charts.export.SvgWriter;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A chart painted on one {@link Canvas} by a single {@link #paint} method, which also writes its
 * SVG: what is saved is what is on screen. Subclasses call {@link #invalidate()} when their data
 * changes; the canvas is repainted at the next layout, and whenever the size changes.
 */
public abstract class PaintedChart extends Region implements SvgExportable {
    protected static final Color GRID = Color.web("#E7EAEE");
    protected static final Color AXIS = Color.web("#8C959F");
    protected static final Color LABEL = Color.web("#57606A");
    protected static final Color TITLE = Color.web("#24292F");

    protected final Canvas canvas = new Canvas();
    private double paintedWidth = -1;
    private double paintedHeight = -1;
    private boolean dirty = true;

    protected PaintedChart() {
        getStyleClass().add("painted-chart");
        getChildren().add(canvas);
        setMinSize(160, 120);
        setPrefSize(520, 360);
    }

    /** Paints the chart into {@code p} at {@code w x h} (screen and SVG alike). */
    protected abstract void paint(Painter p, double w, double h);

    /** Repaints at the next layout. */
    protected final void invalidate() {
        dirty = true;
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
        paint(new SvgPainter(svg), svg.width(), svg.height());
    }

    /** Paints "nothing to show" text in the middle. */
    protected static void paintEmpty(Painter p, double w, double h, String text) {
        p.text(w / 2, Painter.middle(h / 2, 14), text, 14, false, LABEL, Painter.Anchor.MIDDLE, 0);
    }
}
