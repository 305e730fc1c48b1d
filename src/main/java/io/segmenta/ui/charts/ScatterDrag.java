package io.segmenta.ui.charts;

import io.segmenta.ui.charts.ScatterCanvas.Mode;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;

/**
 * The {@link ScatterCanvas}'s drag gestures with the primary button, by its {@link Mode}: panning
 * the view, drawing a selection box ({@link Mode#BOX}, or Shift-drag while panning) or a free-hand
 * lasso ({@link Mode#LASSO}), and a press without a drag as a click (a double click resets the
 * view). It owns the band and lasso shapes that show the box or lasso while it is drawn; the
 * selection itself is made by the canvas from the rows {@link ScatterPicking} finds.
 */
final class ScatterDrag {
    private final ScatterCanvas chart;
    private final Rectangle band = new Rectangle();
    private final Polyline lasso = new Polyline();
    private double pressX;
    private double pressY;
    private double[] pressView;
    private boolean dragged;
    private boolean boxDrag;
    private final List<Double> lassoPoints = new ArrayList<>();

    ScatterDrag(ScatterCanvas chart) {
        this.chart = chart;
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
    }

    /** The selection box shown while dragging one (a child of the canvas). */
    Rectangle band() {
        return band;
    }

    /** The lasso shown while drawing one (a child of the canvas). */
    Polyline lasso() {
        return lasso;
    }

    /** True between a press and its release (no hover text then). */
    boolean active() {
        return pressView != null;
    }

    void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || chart.mapping() == null) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        dragged = false;
        Mode mode = chart.modeProperty().get();
        boxDrag = mode == Mode.BOX || (mode == Mode.PAN && e.isShiftDown());
        pressView = chart.currentView();
        lassoPoints.clear();
        if (mode == Mode.LASSO) {
            lassoPoints.add(pressX);
            lassoPoints.add(pressY);
        }
        chart.hideHover();
    }

    void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || chart.mapping() == null || pressView == null) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragged && Math.hypot(dx, dy) < 3) {
            return;
        }
        dragged = true;
        if (chart.modeProperty().get() == Mode.LASSO) {
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
            double sx = (pressView[1] - pressView[0]) / chart.mapping().pw;
            double sy = (pressView[3] - pressView[2]) / chart.mapping().ph;
            chart.moveTo(new double[] {pressView[0] - dx * sx, pressView[1] - dx * sx, pressView[2] + dy * sy,
                pressView[3] + dy * sy});
        }
        e.consume();
    }

    void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || chart.mapping() == null || pressView == null) {
            return;
        }
        pressView = null;
        if (!dragged) {
            if (e.getClickCount() == 2) {
                chart.resetView();
            } else {
                chart.clickAt(e.getX(), e.getY(), e.isShiftDown(), e.isShortcutDown());
            }
            return;
        }
        if (chart.modeProperty().get() == Mode.LASSO) {
            lasso.setVisible(false);
            double[] pts = lassoPoints.stream().mapToDouble(Double::doubleValue).toArray();
            if (pts.length >= 6) {
                chart.select(chart.inPolygon(pts), e.isShiftDown(), e.isShortcutDown());
            }
        } else if (boxDrag) {
            band.setVisible(false);
            chart.select(chart.inBox(pressX, pressY, e.getX(), e.getY()), e.isShiftDown(), e.isShortcutDown());
        }
        e.consume();
    }
}
