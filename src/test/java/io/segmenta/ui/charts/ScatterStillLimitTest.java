package io.segmenta.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.chart.ScatterData;
import io.segmenta.core.chart.SegmentPalette;
import java.util.BitSet;
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
        return afterPaint(d, RowSet.EMPTY, canvas -> canvas.noteProperty().get());
    }

    /** What {@code look} sees of a 600 x 400 scatter of {@code d} with {@code selection}, once painted. */
    private static <T> T afterPaint(ScatterData d, RowSet selection, java.util.function.Function<ScatterCanvas, T> look) {
        return WaitForAsyncUtils.waitForAsyncFx(60_000, () -> {
            ScatterCanvas canvas = new ScatterCanvas();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(canvas), 600, 400));
            stage.show();
            canvas.setData(d);
            canvas.selectionProperty().set(selection);
            canvas.applyCss();
            canvas.layout();
            T seen = look.apply(canvas);
            stage.hide();
            return seen;
        });
    }

    @Test
    void aTableAboveTheLimitIsDrawnAsASeededSampleAndTheChartSaysSo() {
        int n = ScatterCanvas.STILL_LIMIT + 50_000;
        assertEquals(String.format(java.util.Locale.ROOT, "A random %,d of %,d customers as a density image: "
                + "overlapping points blend", ScatterCanvas.STILL_LIMIT, n), noteAfterPaint(blobs(n)));
        assertEquals("300,000 customers as a density image: overlapping points blend", noteAfterPaint(blobs(300_000)));
    }

    /**
     * Above the limit only a seeded sample is drawn, and a large selection only as its share of that sample,
     * but a few selected customers are all drawn, ringed, even those outside the sample.
     */
    @Test
    void aFewSelectedCustomersOutsideTheSampleAreStillDrawn() {
        int n = ScatterCanvas.STILL_LIMIT + 50_000;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SeededShuffle.shuffle(order, ScatterCanvas.STILL_LIMIT);
        BitSet sampled = new BitSet(n);
        for (int k = 0; k < ScatterCanvas.STILL_LIMIT; k++) {
            sampled.set(order[k]);
        }
        int a = sampled.nextClearBit(0);
        int b = sampled.nextClearBit(a + 1);
        ScatterData blobs = blobs(n);
        double[] x = blobs.x().clone();
        double[] y = blobs.y().clone();
        int[] g = blobs.group().clone();
        x[a] = 30; // the bottom corners: the note's band covers the top right
        y[a] = -6;
        x[b] = -10;
        y[b] = -6;
        g[a] = 3;
        g[b] = 3;
        ScatterData d = ScatterData.centred(x, y, g, 4, "x", "y");
        int colour = SegmentPalette.argb(3) & 0xFFFFFF;
        assertFalse(colourAt(d, RowSet.EMPTY, a, b, colour), "customer a lies outside the drawn sample");
        assertTrue(colourAt(d, RowSet.of(a, b), a, b, colour), "a selected customer is drawn though outside the sample");
    }

    /** Whether the pixels at customers a and b, after a paint with {@code selection}, have {@code rgb}. */
    private static boolean colourAt(ScatterData d, RowSet selection, int a, int b, int rgb) {
        return afterPaint(d, selection, canvas -> {
            javafx.scene.image.WritableImage shot = canvas.snapshot(null, null);
            boolean both = true;
            for (int i : new int[] {a, b}) { // the point's colour within 2 pixels of its place (it is anti-aliased)
                int cx = (int) Math.round(canvas.screenX(d.x()[i]));
                int cy = (int) Math.round(canvas.screenY(d.y()[i]));
                boolean found = false;
                for (int px = cx - 2; px <= cx + 2; px++) {
                    for (int py = cy - 2; py <= cy + 2; py++) {
                        int argb = shot.getPixelReader().getArgb(px, py);
                        found |= Math.abs((argb >> 16 & 255) - (rgb >> 16 & 255)) <= 24
                                && Math.abs((argb >> 8 & 255) - (rgb >> 8 & 255)) <= 24
                                && Math.abs((argb & 255) - (rgb & 255)) <= 24;
                    }
                }
                both &= found;
            }
            return both;
        });
    }
}
