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

    /** What {@code look} sees of a 600 x 400 scatter of {@code d} with {@code selection}, once wholly painted. */
    private static <T> T afterPaint(ScatterData d, RowSet selection, java.util.function.Function<ScatterCanvas, T> look) {
        ScatterCanvas canvas = shown(d, selection, false);
        awaitDrawn(canvas);
        return WaitForAsyncUtils.waitForAsyncFx(60_000, () -> {
            T seen = look.apply(canvas);
            canvas.getScene().getWindow().hide();
            return seen;
        });
    }

    /** A 600 x 400 scatter of {@code d} with {@code selection} on a stage of its own, painted once. */
    private static ScatterCanvas shown(ScatterData d, RowSet selection, boolean everythingNow) {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            return WaitForAsyncUtils.waitForAsyncFx(60_000, () -> shown(d, selection, everythingNow));
        }
        {
            ScatterCanvas canvas = new ScatterCanvas();
            canvas.drawEverythingNow(everythingNow);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(canvas), 600, 400));
            stage.show();
            canvas.setData(d);
            canvas.selectionProperty().set(selection);
            canvas.applyCss();
            canvas.layout();
            return canvas;
        }
    }

    /** Waits until {@code canvas} has painted the whole picture its background rasterising made. */
    static void awaitDrawn(ScatterCanvas canvas) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            canvas.layout();
            return canvas.drawingProperty().get();
        })) {
            assertTrue(System.nanoTime() < deadline, "the scatter was still drawing after 60 s");
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    /**
     * More points than a paint rasterises at once: a new table's first paint draws no point on the JavaFX
     * thread (its draw order and first pass are made in the background, and the first pass shows when
     * ready), a later paint of the same table shows a first part of the same seeded order at once and says
     * so, and the picture finished in the background is, pixel for pixel, the one an export (everything
     * drawn at once) paints.
     */
    @Test
    void manyPointsAreFinishedInTheBackgroundIntoThePictureDrawnAtOnce() {
        int n = 600_000;
        ScatterData d = blobs(n);
        RowSet selection = RowSet.of(3, 70_000, 450_000);
        String[] first = new String[3];
        java.util.List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<String> notesWhenDone = new java.util.concurrent.CopyOnWriteArrayList<>();
        ScatterCanvas later = WaitForAsyncUtils.waitForAsyncFx(60_000, () -> { // the first paint, as it was
            ScatterCanvas c = shown(d, RowSet.EMPTY, false);
            first[0] = String.valueOf(c.drawingProperty().get());
            first[1] = c.noteProperty().get();
            first[2] = String.valueOf(c.pointsDrawn());
            c.noteProperty().addListener((o, was, now) -> notes.add(now));
            return c;
        });
        assertEquals("true", first[0], "the points are being drawn");
        assertEquals("Drawing 600,000 customers…", first[1]);
        assertEquals("0", first[2], "no point drawn on the JavaFX thread before the table's draw order is made");
        awaitDrawn(later);
        // the first pass shows while the rest is drawn (unless both were handed over between two paints)
        assertEquals("600,000 customers as a density image: overlapping points blend", notes.get(notes.size() - 1));
        java.util.List<String> before = notes.subList(0, notes.size() - 1).stream().distinct().toList();
        assertTrue(before.isEmpty() || before.equals(java.util.List.of("Drawing 600,000 customers (50,000 so far)…")),
                "notes before the whole picture: " + before);
        WaitForAsyncUtils.waitForAsyncFx(60_000, () -> { // a new selection: the first pass of the known order at once
            later.selectionProperty().set(selection);
            later.layout();
            first[0] = String.valueOf(later.drawingProperty().get());
            first[1] = later.noteProperty().get();
            first[2] = String.valueOf(later.pointsDrawn());
            later.drawingProperty().addListener((o, was, now) -> {
                if (!now) {
                    notesWhenDone.add(later.noteProperty().get());
                }
            });
        });
        assertEquals("true", first[0], "a first pass is on show while the rest is drawn");
        assertEquals("Drawing 600,000 customers (50,000 so far)…", first[1]);
        assertEquals(String.valueOf(ScatterPointPainter.FIRST_PASS), first[2]);
        awaitDrawn(later);
        ScatterCanvas atOnce = shown(d, selection, true);
        WaitForAsyncUtils.waitForAsyncFx(60_000, () -> {
            assertFalse(atOnce.drawingProperty().get(), "an export's paint draws everything at once");
            assertEquals(n, later.pointsDrawn());
            assertEquals(n, atOnce.pointsDrawn());
            assertEquals("600,000 customers as a density image: overlapping points blend", later.noteProperty().get());
            assertEquals(java.util.List.of(later.noteProperty().get()), notesWhenDone,
                    "told once that the drawing is done, with the finished chart's note");
            int[] a = pixels(later);
            int[] b = pixels(atOnce);
            int differ = 0;
            for (int i = 0; i < a.length; i++) {
                differ += a[i] == b[i] ? 0 : 1;
            }
            assertEquals(0, differ, "pixels that differ between the background picture and the one drawn at once");
            assertTrue(java.util.Arrays.stream(a).distinct().count() > 100, "the picture has points in it");
            later.getScene().getWindow().hide();
            atOnce.getScene().getWindow().hide();
        });
    }

    private static int[] pixels(ScatterCanvas canvas) {
        javafx.scene.image.WritableImage shot = canvas.snapshot(null, null);
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        int[] px = new int[w * h];
        shot.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), px, 0, w);
        return px;
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
