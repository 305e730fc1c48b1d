package io.segmenta.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.chart.ScatterData;
import io.segmenta.core.chart.SegmentPalette;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
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

    @Tag("timing")
    @Test
    void drawsAMillionPointsOnOneCanvas() {
        ScatterData d = halves(1_000_000);
        long t0 = System.nanoTime();
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            scatter.setData(d);
            scatter.layout();
        });
        ScatterStillLimitTest.awaitDrawn(scatter);
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
        assertNearest(FxColors.fx(SegmentPalette.color(0)), left);
        assertNearest(FxColors.fx(SegmentPalette.color(1)), right);
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

    private static ScatterData grid() {
        // a 10 x 10 grid of customers at (1..10, 1..10), segment = column < 6 ? 0 : 1
        int n = 100;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1 + i % 10;
            y[i] = 1 + i / 10;
            g[i] = x[i] < 6 ? 0 : 1;
        }
        return new ScatterData(x, y, g, new double[] {3, 8}, new double[] {5.5, 5.5}, "x", "y");
    }

    private void show(ScatterData d) {
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            scatter.setData(d);
            scatter.layout();
        });
    }

    @Test
    void aLassoSelectsTheCustomersItSurrounds(org.testfx.api.FxRobot robot) {
        show(grid());
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> scatter.modeProperty().set(ScatterCanvas.Mode.LASSO));
        // a triangle around (2,2), (2,4), (4,2): it holds the points with x + y <= 6, x >= 2, y >= 2 (6 points)
        double[][] corners = {{1.6, 1.6}, {1.6, 4.6}, {4.6, 1.6}};
        javafx.geometry.Point2D start = point(corners[0][0], corners[0][1]);
        robot.moveTo(start).press(javafx.scene.input.MouseButton.PRIMARY);
        for (double[] c : new double[][] {corners[1], corners[2], corners[0]}) {
            robot.moveTo(point(c[0], c[1]), org.testfx.robot.Motion.DIRECT);
        }
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        RowSet sel = scatter.selectionProperty().get();
        java.util.List<Integer> rows = new java.util.ArrayList<>();
        for (int i = 0; i < sel.size(); i++) {
            rows.add(sel.get(i));
        }
        // rows: (x, y) -> index (y - 1) * 10 + (x - 1)
        assertEquals(java.util.List.of(11, 12, 13, 21, 22, 31), rows);
    }

    private javafx.geometry.Point2D point(double x, double y) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> scatter.localToScreen(scatter.screenX(x), scatter.screenY(y)));
    }

    @Test
    void clickSelectsShiftAddsAndEmptySpaceClears(org.testfx.api.FxRobot robot) {
        show(grid());
        robot.clickOn(point(3, 3));
        assertEquals(RowSet.of(22), scatter.selectionProperty().get());
        robot.press(javafx.scene.input.KeyCode.SHIFT).clickOn(point(5, 3)).release(javafx.scene.input.KeyCode.SHIFT);
        assertEquals(RowSet.of(22, 24), scatter.selectionProperty().get());
        robot.clickOn(point(3.5, 3.5));
        assertEquals(RowSet.EMPTY, scatter.selectionProperty().get());
    }

    @Test
    void hoverShowsTheCustomersRow(org.testfx.api.FxRobot robot) {
        show(grid());
        scatter.setRowDescriber(row -> "Row " + (row + 1));
        robot.moveTo(point(7, 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Row 17", scatter.hoverText());
        robot.moveTo(point(7.5, 2.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, scatter.hoverText());
    }

    @Test
    void wheelZoomsAroundThePointerDragPansAndDoubleClickResets(org.testfx.api.FxRobot robot) {
        show(grid());
        double before = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> scatter.screenX(6) - scatter.screenX(5));
        robot.moveTo(point(5, 5));
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double after = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> scatter.screenX(6) - scatter.screenX(5));
        assertTrue(scatter.isZoomed());
        assertTrue(after > before * 1.05 || after < before / 1.05, "zoomed: " + before + " -> " + after);
        javafx.geometry.Point2D p = point(5, 5);
        robot.drag(p, javafx.scene.input.MouseButton.PRIMARY).dropTo(new javafx.geometry.Point2D(p.getX() + 40, p.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        double moved = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> scatter.screenX(5));
        assertEquals(p.getX() + 40, scatter.localToScreen(moved, 0).getX(), 2, "the data moved with the pointer");
        assertEquals(RowSet.EMPTY, scatter.selectionProperty().get(), "panning selects nothing");
        robot.doubleClickOn(point(5, 5));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!scatter.isZoomed());
    }

    @Test
    void hiddenSegmentsAreNeitherDrawnNorSelectedAndSvgHasALimit() {
        show(grid());
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            scatter.hiddenSegmentsProperty().set(java.util.Set.of(1));
            scatter.layout();
            scatter.selectBox(scatter.screenX(0), scatter.screenY(11), scatter.screenX(11), scatter.screenY(0), false);
        });
        assertEquals(50, scatter.pointsDrawn());
        assertEquals(50, scatter.selectionProperty().get().size());
        assertTrue(scatter.svgAvailable());
        io.segmenta.core.chart.SvgWriter svg = new io.segmenta.core.chart.SvgWriter(800, 600);
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> scatter.writeSvg(svg));
        String text = svg.toSvg();
        assertEquals(50 + 4, text.split("<circle", -1).length - 1, "50 points and the visible centre's 4 rings");
        show(halves(ScatterCanvas.SVG_LIMIT * 8 / 5));
        assertTrue(scatter.svgAvailable(), "half of the points are hidden: few enough for SVG");
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> scatter.hiddenSegmentsProperty().set(java.util.Set.of()));
        assertTrue(!scatter.svgAvailable(), "too many points for SVG");
    }

    /** The pixel is closer to the expected segment colour than to the other segment's and to white. */
    private static void assertNearest(Color expected, Color actual) {
        double own = distance(expected, actual);
        for (Color other : new Color[] {FxColors.fx(SegmentPalette.color(0)), FxColors.fx(SegmentPalette.color(1)), Color.WHITE}) {
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
