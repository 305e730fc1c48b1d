package io.segmenta.ui.charts;

import javafx.scene.Scene;

/**
 * Rendered frames per second of a scene, from JavaFX's scene performance tracker (frames the
 * renderer finished, not pulses). That tracker is internal API: where it cannot be reached (e.g.
 * JavaFX on the module path without the package opened) {@link #start} returns null and the
 * {@link Scatter3DView} then always uses the moving preview. This class is loaded only when a drag
 * starts measuring, so nothing else touches {@code com.sun.javafx.perf}.
 */
final class FrameRate {
    private final Scene scene;
    private final com.sun.javafx.perf.PerformanceTracker tracker;
    private final long started = System.nanoTime();

    private FrameRate(Scene scene, com.sun.javafx.perf.PerformanceTracker tracker) {
        this.scene = scene;
        this.tracker = tracker;
    }

    static FrameRate start(Scene scene) {
        if (scene == null) {
            return null;
        }
        try {
            com.sun.javafx.perf.PerformanceTracker t = com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene);
            t.resetAverageFPS();
            return new FrameRate(scene, t);
        } catch (LinkageError | RuntimeException e) {
            return null;
        }
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    double fps() {
        return tracker.getAverageFPS();
    }

    void stop() {
        try {
            com.sun.javafx.perf.PerformanceTracker.releaseSceneTracker(scene);
        } catch (LinkageError | RuntimeException ignored) {
            // the tracker only costs a counter per frame; nothing else to undo
        }
    }
}
