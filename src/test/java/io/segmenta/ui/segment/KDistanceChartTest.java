package io.segmenta.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.chart.SvgWriter;
import io.segmenta.core.cluster.DataMatrix;
import io.segmenta.core.cluster.KDistance;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.SplittableRandom;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The k-distance chart maps clicks to eps on the axes it draws, and hovering says what a click would pick. */
@ExtendWith(ApplicationExtension.class)
class KDistanceChartTest {
    private KDistanceChart chart;
    private KDistance data;

    @Start
    void start(Stage stage) {
        SplittableRandom rnd = new SplittableRandom(7);
        double[][] rows = new double[300][];
        for (int i = 0; i < rows.length; i++) {
            double cx = i % 3 * 5;
            rows[i] = new double[] {cx + rnd.nextGaussian(), cx + rnd.nextGaussian()};
        }
        chart = new KDistanceChart();
        data = KDistance.of(DataMatrix.ofRows(rows), 5, ProgressListener.NONE, CancellationToken.NONE);
        chart.dataProperty().set(data);
        stage.setScene(new Scene(new StackPane(chart), 700, 450));
        stage.show();
    }

    @Test
    void clicksPickTheDistanceUnderThemAndTheKneeSnaps() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            chart.layout();
            double w = chart.getWidth();
            double h = chart.getHeight();
            double[] sorted = data.sorted();
            assertTrue(Double.isNaN(chart.valueAt(5, 5)), "outside the plot");
            assertNull(chart.hoverText(5, 5));
            assertEquals(sorted[0], chart.valueAt(64, h / 2), "the first customer at the left edge");
            assertEquals(sorted[sorted.length - 1], chart.valueAt(w - 24, h / 2), "the last at the right edge");
            double mid = chart.valueAt(64 + (w - 64 - 24) / 2, h / 2);
            assertEquals(sorted[sorted.length / 2], mid, 1e-12, "the middle customer in the middle");
            String hover = chart.hoverText(64 + (w - 64 - 24) / 2, h / 2);
            assertNotNull(hover);
            assertTrue(hover.endsWith("Click to use it as eps."), hover);
            return null;
        });
    }

    @Test
    void theSvgHasTheAxesAndTheSuggestion() {
        String svg = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            SvgWriter w = new SvgWriter(chart.getWidth(), chart.getHeight());
            chart.writeSvg(w);
            return w.toSvg();
        });
        assertTrue(svg.contains(">Distance (eps)</text>") && svg.contains(">Customers, sorted by that distance</text>"),
                svg);
        assertTrue(svg.contains("suggested eps"), "the knee is labelled");
    }
}
