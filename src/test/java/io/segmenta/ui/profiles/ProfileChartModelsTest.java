package io.segmenta.ui.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.chart.BoxPlotData;
import io.segmenta.core.chart.ChartColors;
import io.segmenta.core.chart.DivergingScale;
import io.segmenta.core.chart.HeatmapData;
import io.segmenta.core.chart.SegmentPalette;
import io.segmenta.core.chart.SvgWriter;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.profile.SegmentProfiler;
import io.segmenta.ui.charts.BoxPlotChart;
import io.segmenta.ui.charts.HeatmapChart;
import io.segmenta.ui.charts.PaintedChart;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The profiles as box plots and heat map: the models carry names, colours and figures, the charts draw them. */
@ExtendWith(ApplicationExtension.class)
class ProfileChartModelsTest {
    private static final int[] SEGMENTS = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2};
    private static final List<String> NAMES = List.of("Bargain hunters", "Wealthy savers", "Middle");
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 900, 500));
        stage.show();
    }

    private static Dataset table() {
        double[] income = {20, 22, 21, 19, 80, 82, 84, 86, 50, 52, 51, 300};
        double[] spend = {80, 82, 81, 79, 20, 22, 18, 21, 50, 49, 51, 50};
        return new Dataset("t", List.of(new CategoricalColumn("Gender", new int[12], List.of("Female")),
                new NumericColumn("Income", income), new NumericColumn("Spending", spend)), null);
    }

    private static List<SegmentProfile> profiles() {
        return SegmentProfiler.profile(table(), SEGMENTS, 3, List.of("Income", "Spending"));
    }

    private static SegmentProfile whole() {
        return SegmentProfiler.whole(table(), SEGMENTS);
    }

    private String svgOf(PaintedChart chart) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            root.getChildren().setAll(chart);
            root.layout();
        });
        SvgWriter svg = new SvgWriter(900, 500);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> chart.writeSvg(svg));
        return svg.toSvg();
    }

    private static String hex(io.segmenta.core.chart.Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    @Test
    void boxPlotHasAllCustomersThenOneBoxPerSegment() {
        BoxPlotData d = ProfileCharts.boxPlot(profiles(), NAMES, whole(), "Income");
        assertEquals("Income", d.valueTitle());
        assertEquals(4, d.boxes().size());
        BoxPlotData.Box all = d.boxes().get(0);
        assertTrue(all.reference());
        assertEquals(ChartColors.WHOLE, all.colour());
        assertEquals("1 · Bargain hunters", d.boxes().get(1).label());
        assertEquals(SegmentPalette.color(1), d.boxes().get(2).colour());
        assertEquals(20.5, d.boxes().get(1).mean(), 1e-12, "the segment's mean is marked");
        // segment 3 (50, 52, 51, 300): 300 lies beyond the upper whisker and is drawn
        BoxPlotData.Box third = d.boxes().get(3);
        assertEquals(1, third.stats().outliers());
        assertEquals(List.of(300.0), java.util.Arrays.stream(third.outliers()).boxed().toList());
        assertNull(ProfileCharts.boxPlot(profiles(), NAMES, whole(), null), "no column chosen");
        assertNull(ProfileCharts.boxPlot(List.of(), NAMES, whole(), "Income"), "no segments");

        BoxPlotChart chart = new BoxPlotChart();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> chart.setData(d));
        String svg = svgOf(chart);
        assertEquals(4, chart.boxesDrawn());
        assertTrue(svg.contains("1 · Bargain hunters") && svg.contains("2 · Wealthy savers"), "the analyst's names");
        assertTrue(svg.contains(hex(SegmentPalette.color(0))), "the segment palette");
        String tip = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> chart.hoverText(600, chart.rowCentre(3)));
        assertTrue(tip.startsWith("3 · Middle (n = 4)\nMean "), tip);
        assertTrue(tip.contains("1 value beyond the whiskers"), tip);
    }

    @Test
    void heatMapHasTheDifferencesOnTheDifferenceScale() {
        List<SegmentProfile> p = profiles();
        HeatmapData d = ProfileCharts.heatmap(p, NAMES, whole());
        assertEquals(List.of("Income", "Spending"), d.columnLabels());
        assertEquals(List.of("1 · Bargain hunters", "2 · Wealthy savers", "3 · Middle"), d.rowLabels());
        assertEquals(SegmentPalette.color(2), d.rowColours().get(2));
        assertEquals(DivergingScale.DIFFERENCE, d.scale());
        double z = p.get(0).differences().get("Spending");
        assertEquals(z, d.value(0, 1), 0);
        assertTrue(z > 1);
        assertEquals("+0.0", ProfileCharts.difference(0.03));
        assertNull(ProfileCharts.difference(Double.NaN), "no text in an undefined cell");
        String tip = d.hover().text(0, 1);
        assertTrue(tip.startsWith("1 · Bargain hunters\nSpending: ") && tip.contains("standard deviations above all "
                + "customers"), tip);

        HeatmapChart chart = new HeatmapChart();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            chart.setData(d);
            chart.setTitle(ProfileCharts.HEATMAP_TITLE);
        });
        String svg = svgOf(chart);
        assertEquals(6, chart.cellsDrawn());
        assertTrue(chart.valuesShown());
        assertTrue(svg.contains(String.format(Locale.ROOT, ">%+.1f<", z)), "the difference is written in its cell");
        assertTrue(svg.contains(hex(DivergingScale.DIFFERENCE.color(z))), "the cell in the scale's colour");
        assertTrue(svg.contains(hex(SegmentPalette.color(0))), "segment swatches");
        assertTrue(svg.contains(">SD vs all</text>") && svg.contains(">-2</text>") && svg.contains(">2</text>"),
                "a legend from -2 to 2");
        // the SVG export leaves the chart to repaint at its screen size at the next layout: lay it out, then
        // find the cell and hover it in the same FX turn, so both use the screen's geometry
        String hovered = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            root.layout();
            Point2D c = chart.cellCenter(0, 1);
            return chart.hoverText(c.getX(), c.getY());
        });
        assertEquals(tip, hovered);
        assertNull(WaitForAsyncUtils.waitForAsyncFx(10_000, () -> chart.hoverText(1, 1)));
        assertFalse(svg.contains("NaN"));
    }
}
