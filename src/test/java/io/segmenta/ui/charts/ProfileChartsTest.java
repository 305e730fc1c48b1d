package io.segmenta.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.chart.SegmentPalette;
import io.segmenta.core.chart.SvgWriter;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.profile.SegmentProfiler;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The profile charts and the silhouette plot paint what they are given, on screen and as SVG, with the names. */
@ExtendWith(ApplicationExtension.class)
class ProfileChartsTest {
    private static final int[] SEGMENTS = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2};
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 900, 500));
        stage.show();
    }

    private static Dataset table() {
        double[] income = {20, 22, 21, 19, 80, 82, 84, 86, 50, 52, 51, 53};
        double[] spend = {80, 82, 81, 79, 20, 22, 18, 21, 50, 49, 51, 50};
        return new Dataset("t", List.of(new CategoricalColumn("Gender", new int[12], List.of("Female")),
                new NumericColumn("Income", income), new NumericColumn("Spending", spend)), null);
    }

    private static List<SegmentProfile> profiles() {
        return SegmentProfiler.profile(table(), SEGMENTS, 3, List.of("Income", "Spending"));
    }

    private String svgOf(SegmentRowsChart chart) {
        List<String> names = List.of("Bargain hunters", "Wealthy savers", "Middle");
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            chart.profilesProperty().set(profiles());
            chart.namesProperty().set(names);
            chart.wholeProperty().set(SegmentProfiler.whole(table(), SEGMENTS));
            chart.columnProperty().set("Income");
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
    void barsAndSizesCarryTheNamesAndColours() {
        // the box plots and the heat map of the profiles: ProfileChartModelsTest
        for (SegmentRowsChart chart : List.of(new FeatureBarChart(), new SegmentSizeChart())) {
            String svg = svgOf(chart);
            String kind = chart.getClass().getSimpleName();
            assertTrue(svg.contains("1 · Bargain hunters"), kind + " shows the analyst's names");
            assertTrue(svg.contains("2 · Wealthy savers"), kind);
            assertTrue(svg.contains(hex(SegmentPalette.color(0))), kind + " uses the segment palette");
        }
        String sizes = svgOf(new SegmentSizeChart());
        assertTrue(sizes.contains("4 · 33%"), sizes);
        String bars = svgOf(new FeatureBarChart());
        assertTrue(bars.contains(">" + io.segmenta.ui.Formats.mean(20.5) + "<"), "segment 1's mean income is labelled");
        assertTrue(bars.contains("all customers " + io.segmenta.ui.Formats.mean(620 / 12.0)),
                "the mean of all customers is marked");
    }

    @Test
    void silhouettePlotGroupsSortsAndSelects() {
        SilhouettePlot plot = new SilhouettePlot();
        double[] values = {0.5, 0.8, -0.2, 0.7, 0.1, 0.6};
        int[] rows = {10, 11, 12, 13, 14, 15};
        int[] group = {0, 0, 0, 1, 1, 1};
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            plot.setData(new SilhouetteData(values, rows, group, 2, 0.4167, 6));
            plot.namesProperty().set(List.of("Loyal", "New"));
            root.getChildren().setAll(plot);
            root.layout();
        });
        double[] means = plot.segmentMeans();
        assertEquals(1.1 / 3, means[0], 1e-12);
        assertEquals(1.4 / 3, means[1], 1e-12);
        WaitForAsyncUtils.waitForAsyncFx(10_000, plot::selectNegative);
        assertEquals(RowSet.of(12), plot.selectionProperty().get());
        SvgWriter svg = new SvgWriter(900, 500);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> plot.writeSvg(svg));
        String text = svg.toSvg();
        assertTrue(text.contains("1 · Loyal"), "names in the labels");
        assertTrue(text.contains("mean 0.367"), "segment means in the labels");
        assertTrue(text.contains("mean 0.417 · all 6 customers"), "the mean line is labelled");
        assertEquals(2, text.split("<polygon", -1).length - 1, "one outline per segment");
        assertTrue(text.contains("stroke-dasharray"), "the mean is a dashed line");
    }

    @Test
    void aCutSegmentNameShowsWholeOnHoverOverItsSilhouetteLabel() {
        SilhouettePlot plot = new SilhouettePlot();
        String name = "Very high income, low spending, mostly Ever_Married = Yes";
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            plot.setData(new SilhouetteData(new double[] {0.5, 0.8, 0.7, 0.6}, new int[] {0, 1, 2, 3},
                    new int[] {0, 0, 1, 1}, 2, 0.65, 4));
            plot.namesProperty().set(List.of("Loyal", name));
            plot.resize(700, 400);
            root.getChildren().setAll(plot);
            root.layout();
        });
        SvgWriter svg = new SvgWriter(700, 400);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> plot.writeSvg(svg));
        assertTrue(!svg.toSvg().contains(name), "the label is cut in a 700-pixel plot");
        List<String> tips = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            List<String> out = new java.util.ArrayList<>();
            for (double y = 0; y < plot.getHeight(); y += 2) {
                String t = plot.hoverText(20, y);
                if (t != null && !out.contains(t)) {
                    out.add(t);
                }
            }
            return out;
        });
        assertEquals(List.of("1 · Loyal\n2 customers · mean silhouette 0.650",
                "2 · " + name + "\n2 customers · mean silhouette 0.650"), tips);
    }

    @Test
    void legendNumbersHaveNoTrailingZeros() {
        assertEquals("-1", HeatmapChart.number(-1));
        assertEquals("0.5", HeatmapChart.number(0.5));
        assertEquals("0", HeatmapChart.number(-0.0));
        assertEquals("2", HeatmapChart.number(2));
    }
}
