package io.segmenta.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 3D mode's bookkeeping (meshes, sampling, projection, picking), forced on even though
 * Monocle renders no 3D: the scene graph and the view's own arithmetic work without a 3D pipeline.
 */
@ExtendWith(ApplicationExtension.class)
class Scatter3DViewTest {
    private Scatter3DView view;

    @Start
    void start(Stage stage) {
        view = new Scatter3DView(true);
        stage.setScene(new Scene(new StackPane(view), 640, 420));
        stage.show();
    }

    /** n customers in segments -1..3, every 17th without a z value (also {@link Scatter3DPointsTest}'s). */
    static Scatter3DData data(int n) {
        Random r = new Random(7);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextGaussian();
            y[i] = r.nextGaussian() * 3;
            z[i] = i % 17 == 0 ? Double.NaN : r.nextDouble();
            g[i] = i % 5 - 1;
        }
        return new Scatter3DData(x, y, z, g, new double[] {0, 0, 0.5, 1, 1, 0.2, 0, 0, 0, 2, 2, 2}, "X", "Y", "Z");
    }

    private <T> T fx(java.util.concurrent.Callable<T> c) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitForAsyncFx(20_000, c);
    }

    @Test
    void drawsEveryCompleteVisibleCustomerAsOneTetrahedron() {
        Scatter3DData d = data(500);
        int complete = 500 - (500 + 16) / 17;
        fx(() -> {
            view.dataProperty().set(d);
            return null;
        });
        assertTrue(view.is3d());
        assertEquals(complete, view.pointsDrawn());
        assertEquals(4 * complete, view.faceCount());
        assertEquals(1, view.firstDrawnRow(), "row 0 has no z");
        assertEquals("", view.noteProperty().get());
        int hiddenOnes = fx(() -> {
            view.hiddenSegmentsProperty().set(Set.of(1));
            return view.pointsDrawn();
        });
        int inSegment1 = 0;
        for (int i = 0; i < 500; i++) {
            if (i % 17 != 0 && i % 5 == 2) {
                inSegment1++;
            }
        }
        assertEquals(complete - inSegment1, hiddenOnes);
        fx(() -> {
            view.dataProperty().set(null);
            return null;
        });
        assertEquals(0, view.pointsDrawn());
        assertEquals(0, view.faceCount());
        assertEquals(-1, view.firstDrawnRow());
    }

    @Test
    void samplesAboveTheLimitAndSaysSo() {
        Scatter3DData d = data(230_000);
        fx(() -> {
            view.dataProperty().set(d);
            return null;
        });
        assertEquals(Scatter3DView.MAX_POINTS, view.pointsDrawn());
        assertEquals("3D shows a random 200,000 of 216,470 customers", view.noteProperty().get());
        String moving = fx(() -> {
            view.setPreviewWhileMoving(true);
            view.setMoving(true);
            return view.noteProperty().get();
        });
        assertEquals("Moving: a random 25,000 of 200,000 customers", moving);
        String resting = fx(() -> {
            view.setMoving(false);
            return view.noteProperty().get();
        });
        assertEquals("3D shows a random 200,000 of 216,470 customers", resting);
    }

    @Test
    void picksWhatItProjects() {
        Scatter3DData d = data(400);
        fx(() -> {
            view.dataProperty().set(d);
            view.setRowDescriber(i -> "customer " + i);
            view.rotate(10, 40);
            view.zoom(1.5);
            return null;
        });
        int row = view.firstDrawnRow();
        double[] mine = fx(() -> view.screenPosition(row));
        // (JavaFX's own projection, javafxScreenPosition, ignores the perspective where 3D is unsupported;
        // RenderBenchmark compares the two on real hardware)
        assertNotNull(mine);
        assertTrue(mine[0] > 0 && mine[0] < 640 && mine[1] > 0 && mine[1] < 420 && mine[2] > 0, "in front, on screen");
        int picked = fx(() -> view.nearest(mine[0], mine[1]));
        double[] at = fx(() -> view.screenPosition(picked));
        assertTrue(Math.hypot(at[0] - mine[0], at[1] - mine[1]) <= 2, "picks the point there or one as near");
        fx(() -> {
            view.clickAt(mine[0], mine[1], false);
            return null;
        });
        assertEquals(RowSet.of(picked), view.selectionProperty().get());
        assertEquals("customer " + picked, view.hoverText());
        fx(() -> {
            view.resetView();
            return null;
        });
        assertEquals(-22, view.angleX());
        assertEquals(-35, view.angleY());
    }
}
