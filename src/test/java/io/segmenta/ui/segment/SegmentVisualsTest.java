package io.segmenta.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.chart.ScatterData;
import io.segmenta.core.project.PcaResult;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.charts.RowSet;
import io.segmenta.ui.charts.Scatter3DData;
import io.segmenta.ui.charts.SilhouetteData;
import io.segmenta.ui.task.SyncTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.value.ChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Segment step's visuals on Mall Customers (Age, Income, Spending), without the FX toolkit. */
class SegmentVisualsTest {
    private static final List<String> AIS = List.of("Age", "Annual Income (k$)", "Spending Score (1-100)");

    private final SyncTaskRunner runner = new SyncTaskRunner();
    private final UiFixture fixture = new UiFixture(runner);
    private final MainViewModel main = fixture.vm();
    private final SegmentViewModel vm = main.segmentStep();
    private final SegmentVisuals visuals = vm.visuals();

    @TempDir
    Path tmp;

    @BeforeEach
    void segmentMall() {
        main.start(List.of(SharedData.dataset(SharedData.MALL).toString()));
        vm.features().choices().forEach(f -> f.setSelected(AIS.contains(f.name())));
        vm.kProperty().set(5);
        vm.segment();
        assertNotNull(vm.result(), () -> "segment failed: " + main.notices().current());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void thePcaIsScikitLearnsAndItsComponentsAreAxes() {
        JsonNode ref = SharedData.mallReference().path("pca_age_income_spending_standardized");
        PcaResult pca = visuals.pcaProperty().get();
        for (int c = 0; c < 3; c++) {
            assertEquals(ref.path("explained_variance_ratio").get(c).asDouble(), pca.explainedVarianceRatio()[c], 1e-6);
        }
        assertEquals(List.of("Age", "Annual Income (k$)", "Spending Score (1-100)", "PC1", "PC2", "PC3"),
                List.copyOf(visuals.axisChoices()));
        assertEquals(List.of("PC1", "PC2"), List.of(visuals.xAxisProperty().get(), visuals.yAxisProperty().get()),
                "with three features, 2D starts on the first two components");
        assertEquals(List.of("PC1", "PC2", "PC3"), List.of(visuals.axis3XProperty().get(),
                visuals.axis3YProperty().get(), visuals.axis3ZProperty().get()), "3D starts on the components");
        Scatter3DData cloud = visuals.cloudProperty().get();
        assertEquals(200, cloud.size());
        assertTrue(cloud.xLabel().startsWith("PC1 · 44.3% of variance"), cloud.xLabel());

        visuals.xAxisProperty().set("PC1");
        visuals.yAxisProperty().set("PC2");
        ScatterData d = visuals.scatterProperty().get();
        SegmentationResult r = vm.result();
        double[][] scores = pca.scores(r.features().matrix(), 2);
        for (int i = 0; i < r.features().rows(); i++) {
            int row = r.features().datasetRows()[i];
            assertEquals(scores[0][i], d.x()[row], 1e-12);
            assertEquals(scores[1][i], d.y()[row], 1e-12);
        }
        // a segment's centre on a component is the mean of its customers' scores (PCA is linear)
        double sum = 0;
        int n = 0;
        for (int i = 0; i < 200; i++) {
            if (r.segmentOfRow()[i] == 2) {
                sum += d.x()[i];
                n++;
            }
        }
        assertEquals(sum / n, d.centroidX()[2], 1e-12);
    }

    @Test
    void selectionIsSharedDescribedAndExported() throws Exception {
        visuals.selectSegment(1);
        RowSet sel = visuals.selectionProperty().get();
        int size = vm.result().profiles().stream().filter(p -> p.segment() == 1).findFirst().orElseThrow().size();
        assertEquals(size, sel.size());
        assertEquals(size, visuals.selectedRows().size());
        assertEquals(size + " customers selected: " + size + " in 2 · " + vm.segmentNames().get(1),
                visuals.selectionTextProperty().get());

        vm.rename(1, "Careful spenders");
        Path out = tmp.resolve("selected.csv");
        visuals.exportSelection(out);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(size + 1, lines.size());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.endsWith(",2,Careful spenders")), lines.get(1));

        String hover = visuals.describe(sel.get(0));
        assertTrue(hover.startsWith("Row " + (sel.get(0) + 1) + " · segment 2 · Careful spenders"), hover);
        assertTrue(hover.contains("\nAge: "), hover);

        // a new segmentation clears the selection
        vm.segment();
        assertEquals(RowSet.EMPTY, visuals.selectionProperty().get());
        assertEquals("", visuals.selectionTextProperty().get());
    }

    @Test
    void silhouettesLoadOncePerSegmentation() {
        assertNull(visuals.silhouetteProperty().get());
        int jobs = runner.jobsRun();
        visuals.loadSilhouettes();
        SilhouetteData s = visuals.silhouetteProperty().get();
        assertNotNull(s);
        assertEquals(200, s.size());
        assertEquals(vm.result().silhouette().value(), s.mean(), 1e-9);
        visuals.loadSilhouettes();
        assertEquals(jobs + 1, runner.jobsRun(), "computed once");
    }

    @Test
    void aCancelledSilhouetteJobShowsProgressStopsAndCanRunAgain() {
        ChangeListener<Number> cancelOnProgress = (o, was, now) -> {
            if (now.doubleValue() > 0) {
                runner.cancel();
            }
        };
        runner.progressProperty().addListener(cancelOnProgress);
        visuals.loadSilhouettes();
        runner.progressProperty().removeListener(cancelOnProgress);
        assertNull(visuals.silhouetteProperty().get(), "a cancelled job shows nothing");
        assertFalse(visuals.silhouetteRunningProperty().get(), "and no longer counts as running");
        assertTrue(runner.getMessage().startsWith("Cancelled: Computing silhouettes"), runner.getMessage());

        visuals.loadSilhouettes();
        assertNotNull(visuals.silhouetteProperty().get(), "asked again, the silhouettes are computed");
        assertFalse(visuals.silhouetteRunningProperty().get());
    }

    @Test
    void descriptionsFollowTheSegments() {
        assertEquals(List.of("", "", "", "", ""), List.copyOf(vm.descriptions()));
        vm.describe(3, "  Young, spend a lot online  ");
        assertEquals("Young, spend a lot online", vm.descriptions().get(3));
        assertNotNull(vm.wholeProperty().get());
        assertEquals(200, vm.wholeProperty().get().size());
    }
    @Test
    void silhouettesWaitForOtherWorkInsteadOfInterruptingIt() {
        runner.run("Exporting", (p, c) -> {
            visuals.loadSilhouettes();
            assertTrue(visuals.silhouetteRunningProperty().get(), "waiting: the view says they are being computed");
            assertNull(visuals.silhouetteProperty().get());
            assertFalse(c.isCancelled(), "the other work goes on");
            return null;
        }, x -> { });
        assertNotNull(visuals.silhouetteProperty().get(), "computed once the other work ended");
        assertFalse(visuals.silhouetteRunningProperty().get());
        assertTrue(runner.getMessage().startsWith("Silhouettes: mean"), runner.getMessage());
    }
}
