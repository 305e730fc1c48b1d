package io.segmenta.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScatterCanvasTest {
    private ScatterCanvas scatter;

    @Start
    void start(Stage stage) {
        scatter = new ScatterCanvas();
        stage.setScene(new Scene(new StackPane(scatter), 800, 600));
        stage.show();
    }

    /** Half the customers (x below 50) in segment 1, the rest in segment 2, spread over [0, 100]^2. */
    private static ScatterData halves(int n) {
        Random rnd = new Random(42);
        double[] x = new double[n];
        double[] y = new double[n];
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble() * 100;
            y[i] = rnd.nextDouble() * 100;
            g[i] = x[i] < 50 ? 0 : 1;
        }
        return new ScatterData(x, y, g, new double[] {25, 75}, new double[] {50, 50}, "Income", "Spending");
    }

    private WritableImage snapshot() {
        return WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            Canvas c = (Canvas) scatter.getChildrenUnmodifiable().get(0);
            return c.snapshot(new SnapshotParameters(), null);
        });
    }

    @Test
    void drawsAMillionPointsOnOneCanvas() {
        ScatterData d = halves(1_000_000);
        long t0 = System.nanoTime();
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            scatter.setData(d);
            scatter.layout();
        });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        // one canvas; the only other children are the selection box, the lasso and the hover label
        assertEquals(1, scatter.getChildrenUnmodifiable().stream().filter(n -> n instanceof Canvas).count());
        assertTrue(scatter.getChildrenUnmodifiable().size() <= 4, "no node per point");
        assertEquals(1_000_000, scatter.pointsDrawn());
        assertTrue(ms < 5_000, "painting a million points took " + ms + " ms");

        // x spans 0..100 on ticks 0..100 over the plot width (left margin 72, right 20 of 800)
        PixelReader px = snapshot().getPixelReader();
        double plotW = 800 - 72 - 20;
        Color left = px.getColor((int) (72 + plotW * 0.12), 300);
        Color right = px.getColor((int) (72 + plotW * 0.88), 300);
        assertNearest(SegmentPalette.color(0), left);
        assertNearest(SegmentPalette.color(1), right);
    }

    @Test
    void fewPointsAreDrawnAsCirclesAndNaNIsSkipped() {
        ScatterData d = new ScatterData(new double[] {1, 2, Double.NaN, 4}, new double[] {1, 2, 3, Double.NaN},
                new int[] {0, 1, 1, -1}, new double[] {1.5}, new double[] {1.5}, "x", "y");
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            scatter.setData(d);
            scatter.layout();
        });
        assertEquals(2, scatter.pointsDrawn());
    }

    @Test
    void showsTheEmptyTextWithoutData() {
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            scatter.setData(null);
            scatter.layout();
        });
        assertEquals(0, scatter.pointsDrawn());
        PixelReader px = snapshot().getPixelReader();
        assertEquals(Color.WHITE, px.getColor(10, 10));
    }

    /** The pixel is closer to the expected segment colour than to the other segment's and to white. */
    private static void assertNearest(Color expected, Color actual) {
        double own = distance(expected, actual);
        for (Color other : new Color[] {SegmentPalette.color(0), SegmentPalette.color(1), Color.WHITE}) {
            if (!other.equals(expected)) {
                assertTrue(own < distance(other, actual) / 2, "expected about " + expected + " but was " + actual);
            }
        }
        assertTrue(own < 0.25, "expected about " + expected + " but was " + actual);
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }
}
