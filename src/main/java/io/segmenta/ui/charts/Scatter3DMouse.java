package io.segmenta.ui.charts;

import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse and wheel on a 3D {@link Scatter3DView}: drag to rotate, right-drag or Shift-drag to pan,
 * wheel to zoom, double click to reset, hover names a customer, click selects (Shift adds). While a
 * drag runs it measures the rendered frame rate ({@link FrameRate}) and, when frames are slow,
 * switches the view to its moving preview.
 */
final class Scatter3DMouse {
    /** Fewer rendered frames per second than this while moving switch on the moving preview. */
    static final double SLOW_FPS = 22;

    private final Scatter3DView view;
    private final Scatter3DCamera cam;
    private double pressX;
    private double pressY;
    private double pressAngleX;
    private double pressAngleY;
    private double pressPanX;
    private double pressPanY;
    private boolean dragged;
    /** Measures the frames actually rendered while the view moves (null when not measuring). */
    private FrameRate frameRate;

    private Scatter3DMouse(Scatter3DView view, Scatter3DCamera cam) {
        this.view = view;
        this.cam = cam;
    }

    /** Handles the mouse and wheel on {@code target} for {@code view}. */
    static void install(Scatter3DView view, Scatter3DCamera cam, Node target) {
        new Scatter3DMouse(view, cam).installOn(target);
    }

    private void installOn(Node target) {
        target.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            pressY = e.getY();
            pressAngleX = cam.rotateX.getAngle();
            pressAngleY = cam.rotateY.getAngle();
            pressPanX = cam.camera.getTranslateX();
            pressPanY = cam.camera.getTranslateY();
            dragged = false;
            view.hideHover();
        });
        target.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double dx = e.getX() - pressX;
            double dy = e.getY() - pressY;
            if (!dragged && Math.hypot(dx, dy) < 3) {
                return;
            }
            if (!dragged) {
                view.setMoving(true);
                if (!view.isPreviewWhileMoving() && view.hasPreview()) {
                    frameRate = FrameRate.start(view.getScene());
                    if (frameRate == null) {
                        view.setPreviewWhileMoving(true);
                    }
                }
            } else if (frameRate != null && frameRate.seconds() > 0.5) {
                if (frameRate.fps() < SLOW_FPS) {
                    view.setPreviewWhileMoving(true);
                }
                frameRate.stop();
                frameRate = null;
            }
            dragged = true;
            if (e.getButton() == MouseButton.SECONDARY || e.isShiftDown()) {
                double perPixel = -cam.camera.getTranslateZ() / Scatter3DCamera.focal(view.viewHeight());
                cam.camera.setTranslateX(pressPanX - dx * perPixel);
                cam.camera.setTranslateY(pressPanY - dy * perPixel);
            } else {
                cam.rotateY.setAngle(pressAngleY - dx * 0.4);
                cam.rotateX.setAngle(Math.max(-90, Math.min(90, pressAngleX + dy * 0.4)));
            }
        });
        target.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragged) {
                if (frameRate != null) {
                    frameRate.stop();
                    frameRate = null;
                }
                view.setMoving(false);
                return;
            }
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (e.getClickCount() == 2) {
                view.resetView();
            } else {
                view.clickAt(e.getX(), e.getY(), e.isShiftDown());
            }
        });
        target.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            int row = view.hasRowDescriber() ? view.nearest(e.getX(), e.getY()) : -1;
            if (row < 0) {
                view.hideHover();
            } else {
                view.showHover(row, e.getX(), e.getY());
            }
        });
        target.addEventHandler(MouseEvent.MOUSE_EXITED, e -> view.hideHover());
        target.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                view.zoom(ScatterCanvas.wheelFactor(e));
                e.consume();
            }
        });
    }
}
