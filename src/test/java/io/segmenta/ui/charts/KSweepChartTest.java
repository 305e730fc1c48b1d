package io.segmenta.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmenta.testing.DefaultLocale;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The elbow and silhouette charts label their axis with nice ticks and a decimal point on any system. */
@ExtendWith(ApplicationExtension.class)
class KSweepChartTest {
    @Start
    void start(Stage primary) {
        // nothing: each test shows its chart in a window of its own
    }

    private static List<String> yLabels(String title, boolean zero, double[] values) {
        try {
            return DefaultLocale.with(Locale.GERMANY, () -> WaitForAsyncUtils.asyncFx(() -> {
                KSweepChart chart = new KSweepChart(title, title, zero);
                chart.show(new int[] {1, 2, 3, 4, 5, 6}, values, 3, null);
                Stage own = new Stage();
                own.setScene(new Scene(chart, 500, 400));
                own.show();
                chart.layout();
                List<String> labels = chart.yTickLabels();
                own.close();
                return labels;
            }).get());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void wcssTicksStartAtZeroWithCommaGrouping() {
        List<String> labels = yLabels("WCSS", true, new double[] {1484, 950, 730, 546, 430, 350});
        assertEquals(List.of("0", "200", "400", "600", "800", "1,000", "1,200", "1,400", "1,600"), labels);
    }

    @Test
    void theMarkerIsAtTheRecommendedKAndHoverShowsItsFigures() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            KSweepChart chart = new KSweepChart("WCSS", "WCSS", true);
            chart.show(new int[] {1, 2, 3, 4}, new double[] {400, 200, 150, 120}, 3, 2, i -> "point " + i);
            Stage own = new Stage();
            own.setScene(new Scene(chart, 500, 400));
            own.show();
            chart.layout();
            assertEquals(3, chart.markedK());
            assertEquals(4, chart.pointCount());
            javafx.geometry.Point2D m = chart.markerPosition();
            assertEquals("point 2", chart.hoverText(m.getX() + 3, m.getY() - 2));
            assertEquals(null, chart.hoverText(m.getX() + 40, m.getY() - 60));
            chart.clear();
            chart.layout();
            assertEquals(-1, chart.markedK());
            assertEquals(0, chart.pointCount());
            own.close();
            return null;
        }).get();
    }

    @Test
    void silhouetteTicksHaveADecimalPoint() {
        List<String> labels = yLabels("Silhouette", false, new double[] {Double.NaN, 0.35, 0.367, 0.402, 0.423, 0.456});
        assertEquals(List.of("0.34", "0.36", "0.38", "0.40", "0.42", "0.44", "0.46"), labels);
    }
}
