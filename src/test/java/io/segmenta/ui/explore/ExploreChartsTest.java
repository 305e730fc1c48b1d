package io.segmenta.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.chart.SvgWriter;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.Datasets;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explore.Correlation;
import io.segmenta.core.explore.CorrelationMatrix;
import io.segmenta.core.explore.CorrelationMethod;
import io.segmenta.core.explore.Format;
import io.segmenta.core.explore.GroupComparison;
import io.segmenta.core.explore.Grouping;
import io.segmenta.core.explore.Histogram;
import io.segmenta.core.explore.HistogramResult;
import io.segmenta.core.explore.TestFamily;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.ui.charts.BoxPlotChart;
import io.segmenta.ui.charts.HeatmapChart;
import io.segmenta.ui.charts.PaintedChart;
import io.segmenta.ui.charts.export.ChartExport;
import io.segmenta.ui.charts.export.ChartSaver;
import io.segmenta.ui.explore.chart.GroupBoxes;
import io.segmenta.ui.explore.chart.DistributionChart;
import io.segmenta.ui.explore.chart.PairPlotChart;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Explore charts on the built-in sample: what they draw, what hovering says, and their SVG. */
@ExtendWith(ApplicationExtension.class)
class ExploreChartsTest {
    private static final Dataset SAMPLE = Datasets.sample();
    private StackPane root;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 760, 520));
        stage.show();
    }

    private <C extends PaintedChart> C show(C chart) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            root.getChildren().setAll(chart);
            root.applyCss();
            root.layout();
        });
        return chart;
    }

    private static String svg(PaintedChart chart) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            SvgWriter w = new SvgWriter(chart.getWidth(), chart.getHeight());
            chart.writeSvg(w);
            return w.toSvg();
        });
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void heatmapCellsValuesTooltipAndLegend() {
        CorrelationMatrix m = Correlation.matrix(SAMPLE, CorrelationMethod.PEARSON);
        HeatmapChart chart = new HeatmapChart();
        chart.setData(CorrelationViewModel.heatmap(m));
        chart.setTitle("Pearson correlations");
        show(chart);
        assertEquals(16, chart.cellsDrawn());
        assertTrue(chart.valuesShown());
        Point2D c = chart.cellCenter(3, 2);
        assertEquals(CorrelationViewModel.cellText(m, 3, 2), chart.hoverText(c.getX(), c.getY()));
        assertNull(chart.hoverText(2, 2), "nothing under the top-left corner");
        String svg = svg(chart);
        assertTrue(svg.contains(">Pearson correlations</text>"));
        assertTrue(svg.contains(">" + Format.fixed(m.r(3, 2), 2) + "</text>"), "values in the cells");
        assertTrue(svg.contains(">Pearson r</text>") && svg.contains(">-1</text>") && svg.contains(">0.5</text>"),
                "a colour legend from -1 to 1");
        assertTrue(count(svg, "<rect ") >= 16 + 48, "16 cells and the legend's colour steps");
    }

    @Test
    void histogramBarsCurveAndHover() {
        NumericColumn age = (NumericColumn) SAMPLE.column("Age");
        HistogramResult h = Histogram.of(age);
        DistributionChart chart = new DistributionChart();
        chart.setData(Distribution.of(h));
        show(chart);
        String svg = svg(chart);
        long bars = java.util.Arrays.stream(h.all().counts()).filter(n -> n > 0).count();
        // bars plus the white background; grid lines are lines
        assertEquals(bars + 1, count(svg, "<rect "), svg);
        assertEquals(1, count(svg, "<polyline "), "one density curve");
        assertTrue(svg.contains(">Age</text>") && svg.contains(">Customers</text>"), "axis titles");
        String hover = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            // the middle of the chart lies over a bar of the middle bins
            for (double x = 100; x < chart.getWidth() - 20; x += 5) {
                String t = chart.hoverText(x, chart.getHeight() - 60);
                if (t != null) {
                    return t;
                }
            }
            return null;
        });
        assertNotNull(hover);
        assertTrue(hover.startsWith("Age: ") && hover.contains(" customers"), hover);
    }

    @Test
    void splitHistogramHasALegendAndOneCurvePerGroup() {
        NumericColumn age = (NumericColumn) SAMPLE.column("Age");
        Grouping gender = Grouping.of((CategoricalColumn) SAMPLE.column("Gender"));
        HistogramResult h = Histogram.of(age, gender, Histogram.Options.defaults());
        DistributionChart chart = show(new DistributionChart());
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> chart.setData(Distribution.of(h)));
        String svg = svg(chart);
        assertEquals(2, count(svg, "<polyline "));
        assertTrue(svg.contains(">Female (n = " + h.groups().get(0).n() + ")</text>"), "legend entry");
        assertTrue(svg.contains(">Male (n = " + h.groups().get(1).n() + ")</text>"));
    }

    @Test
    void levelBarsForACategory() {
        LevelCounts l = LevelCounts.of((CategoricalColumn) SAMPLE.column("Gender"), null);
        DistributionChart chart = new DistributionChart();
        chart.setData(Distribution.of(l));
        show(chart);
        String svg = svg(chart);
        assertTrue(svg.contains(">Female</text>") && svg.contains(">Male</text>"));
        assertTrue(svg.contains(">" + l.total(0) + " · "), "count and share on top of each bar");
    }

    @Test
    void boxPlotsOneBoxPerGroupWithFiguresOnHover() {
        Grouping gender = Grouping.of((CategoricalColumn) SAMPLE.column("Gender"));
        var r = GroupComparison.compare((NumericColumn) SAMPLE.column("Annual Income (k$)"), gender, TestFamily.MEANS);
        BoxPlotChart chart = new BoxPlotChart();
        chart.setData(new GroupBoxes(r, new int[] {0, 1}).toChart());
        show(chart);
        assertEquals(2, chart.boxesDrawn());
        String svg = svg(chart);
        assertTrue(svg.contains(">n = " + r.groups().get(0).n() + "</text>"));
        int outliers = r.groups().stream().mapToInt(g -> g.outliers().length).sum();
        assertTrue(outliers >= 3, "the sample's three far incomes lie beyond the whiskers");
        assertEquals(outliers + 2, count(svg, "<circle "), "outliers plus one mean marker per box");
        String hover = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> chart.hoverText(chart.getWidth() * 0.3,
                chart.rowCentre(0)));
        assertTrue(hover.startsWith("Female (n = ") && hover.contains("Median ")
                && hover.contains("standard deviation " + Format.value(r.groups().get(0).sd())), hover);
        String male = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> chart.hoverText(chart.getWidth() * 0.6,
                chart.rowCentre(1)));
        assertTrue(male.startsWith("Male (n = " + r.groups().get(1).n() + ")"), male);
        assertTrue(svg.contains(">Female</text>") && svg.contains(">Annual Income (k$)</text>"),
                "group labels and the value axis title");
    }

    @Test
    void pairPlotDrawsEveryPointInEachPanel() {
        Grouping gender = Grouping.of((CategoricalColumn) SAMPLE.column("Gender"));
        PairPlotData d = PairPlotData.of(SAMPLE, List.of("Age", "Annual Income (k$)", "Spending Score (1-100)"),
                gender, ProgressListener.NONE, CancellationToken.NONE);
        PairPlotChart chart = new PairPlotChart();
        chart.setData(d);
        show(chart);
        int expected = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (i != j) {
                    for (int r = 0; r < d.shown(); r++) {
                        if (!Double.isNaN(d.values()[i][r]) && !Double.isNaN(d.values()[j][r])) {
                            expected++;
                        }
                    }
                }
            }
        }
        assertEquals(expected, chart.pointsDrawn());
        String svg = svg(chart);
        assertEquals(expected, count(svg, "<circle "), "the SVG has the same points");
        assertTrue(svg.contains(">Female</text>") && svg.contains(">Male</text>"), "a legend of the colours");
    }

    @Test
    void colouringBySevenLongSegmentNamesKeepsThePairPlotItsSize() {
        List<String> columns = List.of("Age", "Annual Income (k$)", "Spending Score (1-100)");
        PairPlotChart chart = show(new PairPlotChart());
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            chart.setData(PairPlotData.of(SAMPLE, columns, null, ProgressListener.NONE, CancellationToken.NONE));
            chart.layout();
        });
        svg(chart);
        double plain = chart.panelSize();
        int[] labels = new int[SAMPLE.rowCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 7;
        }
        List<String> names = List.of("Younger, average income, average spending", "Older, average income, average spending",
                "Younger, high income, high spending", "High income, low spending", "Younger, low income, high spending",
                "Older, low income, low spending", "Very high income, low spending");
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> chart.setData(PairPlotData.of(SAMPLE, columns,
                Grouping.segments(labels, names), ProgressListener.NONE, CancellationToken.NONE)));
        String svg = svg(chart);
        assertEquals(plain, chart.panelSize(), "the matrix keeps its size when the legend appears");
        assertTrue(svg.contains("High income, low spending"), "the legend is drawn");
        String tip = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            for (double y = 0; y < chart.getHeight(); y += 3) {
                for (double x = chart.getWidth() - 1; x > chart.getWidth() / 2; x -= 5) {
                    String t = chart.hoverText(x, y);
                    if (t != null && t.contains(names.get(0))) {
                        return t;
                    }
                }
            }
            return null;
        });
        assertEquals(names.get(0), tip, "a shortened legend entry shows whole on hover");
    }

    @Test
    void everyChartSavesAsSvgAndPngThroughTheSharedSaver() throws Exception {
        HeatmapChart chart = new HeatmapChart();
        chart.setData(CorrelationViewModel.heatmap(Correlation.matrix(SAMPLE, CorrelationMethod.SPEARMAN)));
        show(chart);
        assertSame(chart, ChartSaver.svgOf(chart), "the canvas chart paints its own SVG");
        Preferences prefs = Preferences.userRoot().node("io/segmenta/test/explore-charts-" + System.nanoTime());
        List<String> saved = new java.util.ArrayList<>();
        ChartSaver saver = new ChartSaver(prefs, new ChartSaver.Questions() {
            @Override
            public Path saveFile(Window owner, Path folder, String name, String extension) {
                return tmp.resolve(name);
            }

            @Override
            public Optional<ChartSaver.PngOptions> pngOptions(Window owner, double width, double height) {
                return Optional.of(new ChartSaver.PngOptions(500, 400, 2));
            }
        }, saved::add, saved::add);
        try {
            Path png = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> saver.savePng(chart, "Spearman correlations"));
            BufferedImage img = ImageIO.read(png.toFile());
            assertEquals(1000, img.getWidth());
            assertEquals(800, img.getHeight());
            Path svg = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> saver.saveSvg(chart, chart,
                    "Spearman correlations"));
            assertTrue(java.nio.file.Files.readString(svg).contains(">Spearman ρ</text>"));
            assertEquals(2, saved.size(), saved.toString());
            assertTrue(WaitForAsyncUtils.waitForAsyncFx(10_000, () -> ChartExport.render(chart, 300, 200, 1))
                    .getWidth() == 300);
        } finally {
            prefs.removeNode();
        }
    }
}
