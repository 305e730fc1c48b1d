package io.segmenta.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.KDistance;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.FileDialogs;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.MainWindow;
import io.segmenta.ui.WindowTests;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.charts.KSweepChart;
import io.segmenta.ui.task.FxTaskRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window, headless, taking the Customer Personality Analysis table from the raw file to
 * segments with each of the four methods: the Prepare step (median incomes, rare levels merged,
 * tenure derived, IQR outliers flagged), then in the Segment step k-means, hierarchical clustering
 * with Find k and its dendrogram, DBSCAN with the eps the k-distance chart suggests, and a Gaussian
 * mixture with its BIC curve; every run exported, then compared.
 */
@ExtendWith(ApplicationExtension.class)
class SegmentMethodsWindowTest {
    private static final String TENURE = "Dt_Customer tenure (days)";

    @TempDir
    static Path tmp;

    private UiFixture fixture;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        fixture = new UiFixture(new FxTaskRunner());
        vm = fixture.vm();
        FileDialogs answers = WindowTests.dialogs(SharedData.root().resolve("datasets").resolve(SharedData.MARKETING), tmp);
        MainWindow.show(stage, vm, answers);
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.shutdown());
        fixture.close();
    }

    private void waitIdle() throws TimeoutException {
        WindowTests.waitIdle(vm, 120);
    }

    private static void click(FxRobot robot, String query) {
        Node n = robot.lookup(query).match(Node::isVisible).query();
        WindowTests.reveal(n);
        robot.clickOn(n);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void choose(FxRobot robot, String comboQuery, String text) {
        click(robot, comboQuery);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(n -> text.equals(((ListCell<?>) n).getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String fieldQuery, String text) {
        TextField f = robot.lookup(fieldQuery).queryAs(TextField.class);
        WindowTests.reveal(f);
        robot.doubleClickOn(f);
        WaitForAsyncUtils.waitForAsyncFx(5_000, f::selectAll);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SegmentationResult segment(FxRobot robot) throws TimeoutException {
        click(robot, ".segment-page #segmentButton");
        waitIdle();
        SegmentationResult r = vm.segmentStep().result();
        assertNotNull(r, () -> "segment failed: " + vm.notices().current());
        return r;
    }

    /** Exports with the toolbar button; returns the file's lines. */
    private List<String> export(FxRobot robot, SegmentationResult r) throws TimeoutException, IOException {
        Path out = tmp.resolve(vm.segmentStep().suggestedExportName());
        Files.deleteIfExists(out);
        click(robot, ".segment-page #exportButton");
        waitIdle();
        assertTrue(Files.isRegularFile(out), () -> "export failed: " + vm.notices().current());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(2241, lines.size(), "every customer of " + r.spec().algorithm().describe() + " is exported");
        return lines;
    }

    private static int column(List<String> lines, String name) {
        return List.of(lines.get(0).split("\t", -1)).indexOf(name);
    }

    @Test
    void marketingTableWithEachMethod(FxRobot robot) throws Exception {
        Path file = SharedData.dataset(SharedData.MARKETING);
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> vm.start(List.of(file.toString())));
        waitIdle();
        assertNotNull(vm.data().dataset(), () -> "open failed: " + vm.notices().current());

        // ---- Prepare: median incomes, rare levels merged, tenure derived, IQR outliers flagged
        robot.clickOn("#nav-prepare");
        waitIdle();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            var seg = vm.segmentStep();
            seg.features().choices().forEach(f -> f.setSelected(List.of("Income", "Recency", "MntWines",
                    "MntMeatProducts", "Marital_Status").contains(f.name())));
        });
        choose(robot, "#missing-Income", "Median");
        click(robot, "#mergeRareBox");
        click(robot, "#derive-Dt_Customer-tenure");
        choose(robot, ".prepare-page #outlierMethodBox", "IQR fences");
        assertEquals(OutlierMethod.IQR, vm.prepare().outliers().methodProperty().get());
        click(robot, "#previewButton");
        waitIdle();
        assertNotNull(vm.prepare().previewProperty().get(), () -> "preview failed: " + vm.notices().current());
        click(robot, "#toSegmentButton");
        assertTrue(vm.segmentStep().features().selected().contains(TENURE));
        assertTrue(robot.lookup((Label l) -> l.isVisible() && l.getText() != null
                && l.getText().startsWith("Prepared (Prepare step): standard scaling · missing cells: drop the rows, "
                + "Income: median")).tryQuery().isPresent(), "the Segment step says how the features are prepared");

        // ---- k-means
        choose(robot, "#methodBox", "k-means");
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> vm.segmentStep().kProperty().set(4));
        SegmentationResult kmeans = segment(robot);
        assertEquals(Algorithm.KMEANS, kmeans.algorithm());
        assertEquals(4, kmeans.k());
        assertTrue(kmeans.features().featureNames().contains(TENURE));
        assertTrue(kmeans.features().featureNames().contains("Marital_Status=Other"));
        List<String> lines = export(robot, kmeans);
        assertTrue(column(lines, "Outlier") > column(lines, "Segment name"), lines.get(0));

        // ---- hierarchical: Find k cuts one tree; the dendrogram shows the cut
        choose(robot, "#methodBox", "Hierarchical (agglomerative)");
        assertTrue(robot.lookup("#linkageBox").query().isVisible());
        assertFalse(robot.lookup("#seedRow").query().isVisible(), "hierarchical clustering needs no seed");
        click(robot, ".segment-page #findKButton");
        waitIdle();
        var sweep = vm.segmentStep().sweepProperty().get();
        assertNotNull(sweep, () -> "find k failed: " + vm.notices().current());
        assertEquals(Algorithm.HIERARCHICAL, sweep.spec().algorithm().algorithm());
        int recommended = sweep.result().recommendedK();
        SegmentationResult ward = segment(robot);
        assertEquals(Algorithm.HIERARCHICAL, ward.algorithm());
        assertEquals(recommended, ward.k());
        TabPane tabs = robot.lookup(".segment-page .result-tabs").queryAs(TabPane.class);
        Tab dendrogramTab = tabs.getTabs().stream().filter(t -> t.getText().equals("Dendrogram")).findFirst()
                .orElseThrow(() -> new AssertionError("no Dendrogram tab"));
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> tabs.getSelectionModel().select(dendrogramTab));
        WaitForAsyncUtils.waitForFxEvents();
        DendrogramChart tree = robot.lookup("#dendrogram").queryAs(DendrogramChart.class);
        assertEquals(DendrogramChart.DEFAULT_LEAVES, tree.leavesShown());
        assertEquals(ward.features().rows(), java.util.Arrays.stream(tree.leafSizes()).sum());
        export(robot, ward);

        // ---- DBSCAN: the k-distance chart suggests eps; noise is its own grey group
        choose(robot, "#methodBox", "DBSCAN (density)");
        assertEquals("Suggest eps", robot.lookup(".segment-page #findKButton").queryAs(javafx.scene.control.Button.class)
                .getText());
        click(robot, ".segment-page #findKButton");
        waitIdle();
        KDistanceChart chart = robot.lookup("#kDistanceChart").queryAs(KDistanceChart.class);
        KDistance kd = chart.dataProperty().get();
        assertNotNull(kd, () -> "no k-distance chart: " + vm.notices().current());
        assertEquals("Choose eps", tabs.getSelectionModel().getSelectedItem().getText());
        click(robot, "#useEpsButton");
        assertEquals(MethodChoice.format(kd.suggestedEps()), robot.lookup("#epsField").queryAs(TextField.class)
                .getText());
        SegmentationResult dbscan = segment(robot);
        assertEquals(Algorithm.DBSCAN, dbscan.algorithm());
        assertTrue(dbscan.k() >= 1);
        lines = export(robot, dbscan);
        int name = column(lines, "Segment name");
        long noiseRows = lines.stream().skip(1).filter(l -> l.split("\t", -1)[name].equals("Noise")).count();
        assertEquals(dbscan.noise(), noiseRows, "noise rows are exported as Noise");
        if (dbscan.noise() > 0) {
            Label noise = robot.lookup("#noiseLegend").queryAs(Label.class);
            assertTrue(noise.isVisible());
            assertEquals("Noise · " + io.segmenta.ui.Formats.plural(dbscan.noise(), "customer", "customers"),
                    noise.getText());
        }
        // a typed eps that is not a number is refused before anything runs
        type(robot, "#epsField", "wide");
        assertTrue(robot.lookup("#methodErrorLabel").queryAs(Label.class).getText().startsWith("eps \"wide\""));
        type(robot, "#epsField", MethodChoice.format(kd.suggestedEps()));

        // ---- Gaussian mixture: BIC and AIC over k, the lowest BIC marked; probabilities exported
        choose(robot, "#methodBox", "Gaussian mixture");
        click(robot, ".segment-page #findKButton");
        waitIdle();
        var gmmSweep = vm.segmentStep().sweepProperty().get().result();
        KSweepChart bic = robot.lookup("#bicChart").queryAs(KSweepChart.class);
        assertTrue(bic.isVisible());
        assertEquals(gmmSweep.bicMinK(), bic.markedK());
        assertFalse(robot.lookup("#elbowChart").query().isVisible());
        SegmentationResult gmm = segment(robot);
        assertEquals(Algorithm.GMM, gmm.algorithm());
        assertEquals(gmmSweep.bicMinK(), gmm.k());
        lines = export(robot, gmm);
        assertTrue(column(lines, "Segment probability") > 0, lines.get(0));

        // ---- compare the four runs
        robot.clickOn("Compare runs");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<SegmentationRun> runs = robot.lookup("#runsTable").queryAs(TableView.class);
        assertEquals(4, runs.getItems().size());
        assertEquals(List.of(Algorithm.KMEANS, Algorithm.HIERARCHICAL, Algorithm.DBSCAN, Algorithm.GMM),
                runs.getItems().stream().map(r -> r.row().algorithm()).toList());
        assertTrue(robot.lookup("#agreementLabel").queryAs(Label.class).getText()
                .startsWith("Adjusted Rand index of Run 1 and Run 2: "));
        click(robot, "#compareAllButton");
        waitIdle();
        GridPane grid = robot.lookup("#ariGrid").queryAs(GridPane.class);
        assertEquals(4 * 4 + 2 * 4, grid.getChildren().size(), "16 cells and the run labels");
        // Run 1 (k-means) on show again
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> runs.getSelectionModel().select(0));
        click(robot, "#makeCurrentButton");
        waitIdle();
        assertEquals(kmeans, vm.segmentStep().result());
        assertFalse(robot.lookup("#noiseLegend").query().isVisible());
    }
}
