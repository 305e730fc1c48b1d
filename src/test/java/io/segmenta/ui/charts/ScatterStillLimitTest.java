package io.segmenta.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmenta.core.chart.ScatterData;
import java.util.SplittableRandom;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Above {@link ScatterCanvas#STILL_LIMIT} customers the resting scatter rasterises a seeded sample and says so
 * (10,000,000 points held the JavaFX thread 1.5-4 s a paint); up to it, every customer.
 */
@ExtendWith(ApplicationExtension.class)
class ScatterStillLimitTest {
    private static ScatterData blobs(int n) {
        SplittableRandom r = new SplittableRandom(5);
        double[] x = new double[n];
        double[] y = new double[n];
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            g[i] = i % 3;
            x[i] = g[i] * 4 + r.nextGaussian();
            y[i] = g[i] * 2 + r.nextGaussian();
        }
        return ScatterData.centred(x, y, g, 3, "x", "y");
    }

    private static String noteAfterPaint(ScatterData d) {
        return WaitForAsyncUtils.waitForAsyncFx(60_000, () -> {
            ScatterCanvas canvas = new ScatterCanvas();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(canvas), 600, 400));
            stage.show();
            canvas.setData(d);
            canvas.applyCss();
            canvas.layout();
            String note = canvas.noteProperty().get();
            stage.hide();
            return note;
        });
    }

    @Test
    void aTableAboveTheLimitIsDrawnAsASeededSampleAndTheChartSaysSo() {
        int n = ScatterCanvas.STILL_LIMIT + 50_000;
        assertEquals(String.format(java.util.Locale.ROOT, "A random %,d of %,d customers as a density image: "
                + "overlapping points blend", ScatterCanvas.STILL_LIMIT, n), noteAfterPaint(blobs(n)));
        assertEquals("300,000 customers as a density image: overlapping points blend", noteAfterPaint(blobs(300_000)));
    }
}
