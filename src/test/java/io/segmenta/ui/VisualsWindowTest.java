package io.segmenta.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.chart.ScatterData;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.project.PcaResult;
import io.segmenta.ui.charts.RowSet;
import io.segmenta.ui.charts.Scatter3DView;
import io.segmenta.ui.charts.ScatterCanvas;
import io.segmenta.ui.charts.SegmentLegend;
import io.segmenta.ui.charts.SilhouetteData;
import io.segmenta.ui.charts.SilhouettePlot;
import io.segmenta.ui.charts.export.ChartSaver;
import io.segmenta.ui.profiles.ProfileTable;
import io.segmenta.ui.segment.SegmentVisuals;
import io.segmenta.ui.task.FxTaskRunner;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Seeing the segments in the whole window, headless, on the built-in sample: PCA axes in 2D, a box
 * selection listed in the selection table, a renamed segment in the profile table and the exported
 * CSV, a chart saved as PNG at the chosen size, the 3D fallback, the silhouettes and the selection
 * they share with the scatter.
 */
@ExtendWith(ApplicationExtension.class)
class VisualsWindowTest {
    @TempDir
    static Path tmp;

    private final Preferences chartPrefs = Preferences.userRoot().node("io/segmenta/test/visuals-" + System.nanoTime());
    private UiFixture fixture;
    private MainViewModel vm;
    private Path nextChartFile;

    @Start
    void start(Stage stage) {
        fixture = new UiFixture(new FxTaskRunner());
        vm = fixture.vm();
        FileDialogs answers = new FileDialogs() {
            @Override
            public Path chooseFileToOpen(Window owner, Path initialDirectory) {
                return null;
            }

            @Override
            public Path chooseExportTarget(Window owner, Path initialDirectory, String suggestedName) {
                return tmp.resolve(suggestedName);
            }

            @Override
            public ChartSaver chartSaver(Consumer<String> onSaved, Consumer<String> onError) {
                return new ChartSaver(chartPrefs, new ChartSaver.Questions() {
                    @Override
                    public Path saveFile(Window owner, Path initialFolder, String suggestedName, String extension) {
                        return nextChartFile;
                    }

                    @Override
                    public Optional<ChartSaver.PngOptions> pngOptions(Window owner, double width, double height) {
                        return Optional.of(new ChartSaver.PngOptions(640, 400, 2));
                    }
                }, onSaved, onError);
            }
        };
        MainWindow.show(stage, vm, answers);
        vm.start(List.of());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.shutdown());
        fixture.close();
        chartPrefs.removeNode();
    }

    private void waitIdle() throws TimeoutException {
        WindowTests.waitIdle(vm, 60);
    }

    private SegmentationResult segmentSample(FxRobot robot) throws TimeoutException {
        waitIdle();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            vm.segmentStep().features().choices().forEach(f -> f.setSelected(
                    f.type() == io.segmenta.core.data.ColumnType.NUMERIC));
            vm.segmentStep().kProperty().set(5);
        });
        robot.clickOn("#nav-segment");
        robot.clickOn(".button.accent");
        waitIdle();
        SegmentationResult r = vm.segmentStep().result();
        assertNotNull(r, () -> "Segment failed: " + vm.notices().current());
        return r;
    }

    private static ScatterCanvas scatter(FxRobot robot) {
        return robot.lookup(".scatter-canvas").match(VisualsWindowTest::showing).queryAs(ScatterCanvas.class);
    }

    /** Visible with every ancestor (nodes of tabs not on show are hidden through their tab's content). */
    static boolean showing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static void showTab(FxRobot robot, String title) {
        robot.clickOn(robot.lookup(".tab-label").match(n -> n instanceof Label l && title.equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pcaAxesBoxSelectionAndTheSelectionTable(FxRobot robot) throws TimeoutException {
        SegmentationResult r = segmentSample(robot);
        SegmentVisuals visuals = vm.segmentStep().visuals();
        PcaResult pca = visuals.pcaProperty().get();
        assertEquals(3, pca.dimensions(), "Age, Income and Spending");
        assertTrue(visuals.axisChoices().containsAll(List.of("PC1", "PC2", "PC3")));

        // switch the axes with the choice boxes
        @SuppressWarnings("unchecked")
        ChoiceBox<String> x = robot.lookup(".chart-toolbar .choice-box").match(VisualsWindowTest::showing).queryAs(ChoiceBox.class);
        robot.clickOn(x);
        // the item in the choice box's popup, not the box's own "PC1"
        robot.clickOn(robot.lookup("PC1").match(n -> showing(n) && n.getScene() != x.getScene()).queryAs(Node.class));
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> visuals.yAxisProperty().set("PC2"));
        WaitForAsyncUtils.waitForFxEvents();
        ScatterData d = visuals.scatterProperty().get();
        assertTrue(d.xLabel().startsWith("PC1 · "), d.xLabel());
        assertTrue(d.xLabel().endsWith("% of variance"), d.xLabel());
        assertTrue(d.yLabel().startsWith("PC2 · "), d.yLabel());
        double[][] scores = pca.scores(r.features().matrix(), 2);
        int firstRow = r.features().datasetRows()[0];
        assertEquals(scores[0][0], d.x()[firstRow], 1e-12);
        assertEquals(scores[1][0], d.y()[firstRow], 1e-12);
        ScatterCanvas canvas = scatter(robot);
        assertEquals(r.features().rows(), canvas.pointsDrawn());

        // drag a box in box mode around the middle of the cloud
        robot.clickOn(boxToggle(robot));
        double x0 = -1;
        double x1 = 0.5;
        double y0 = -1;
        double y1 = 0.5;
        Point2D from = canvas.localToScreen(canvas.screenX(x0), canvas.screenY(y1));
        Point2D to = canvas.localToScreen(canvas.screenX(x1), canvas.screenY(y0));
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        int expected = 0;
        for (int i = 0; i < d.size(); i++) {
            if (d.x()[i] >= x0 - 0.02 && d.x()[i] <= x1 + 0.02 && d.y()[i] >= y0 - 0.02 && d.y()[i] <= y1 + 0.02) {
                expected++;
            }
        }
        RowSet sel = visuals.selectionProperty().get();
        assertTrue(expected > 10, "the box holds customers");
        assertEquals(expected, sel.size(), 3, "customers inside the dragged box (a pixel of tolerance at the edges)");
        for (int i = 0; i < sel.size(); i++) {
            int row = sel.get(i);
            assertTrue(d.x()[row] >= x0 - 0.05 && d.x()[row] <= x1 + 0.05 && d.y()[row] >= y0 - 0.05
                    && d.y()[row] <= y1 + 0.05, "row " + row + " lies in the box");
        }
        TableView<?> table = robot.lookup(".selection-table").queryAs(TableView.class);
        assertEquals(sel.size(), table.getItems().size());
        assertEquals(sel.get(0), table.getItems().get(0));
        Label text = robot.lookup((Label l) -> l.getText() != null && l.getText().startsWith(sel.size() + " customers selected"))
                .query();
        assertTrue(text.isVisible());

        // the selection exports as CSV: header, then one line per selected customer
        robot.clickOn("Export selection…");
        waitIdle();
        Path csv = tmp.resolve(visuals.suggestedSelectionName());
        List<String> lines = readLines(csv);
        assertEquals("CustomerID,Gender,Age,Annual Income (k$),Spending Score (1-100),Segment,Segment name", lines.get(0));
        assertEquals(sel.size() + 1, lines.size());

        // hiding a segment in the legend hides its customers in the scatter
        SegmentLegend legend = robot.lookup(".segment-legend").match(VisualsWindowTest::showing).queryAs(SegmentLegend.class);
        int before = canvas.pointsDrawn();
        robot.clickOn(legend.getChildren().get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of(0), visuals.hiddenSegmentsProperty().get());
        int inFirst = (int) java.util.Arrays.stream(r.segmentOfRow()).filter(s -> s == 0).count();
        assertEquals(before - inFirst, canvas.pointsDrawn());
    }

    private static Node boxToggle(FxRobot robot) {
        return robot.lookup(n -> n instanceof javafx.scene.control.ToggleButton t
                && "Drag selects a box".equals(t.getAccessibleText())).query();
    }

    @Test
    void renamedSegmentShowsInTheProfileTableAndTheExportedCsv(FxRobot robot) throws Exception {
        segmentSample(robot);
        robot.clickOn("#nav-profiles");
        ProfileTable table = robot.lookup(".profile-table").match(VisualsWindowTest::showing).queryAs(ProfileTable.class);
        SegmentProfile first = table.getItems().get(0);
        Node nameCell = robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableColumn() != null && "Name".equals(c.getTableColumn().getText())
                && first.name().equals(c.getText())).query();
        robot.doubleClickOn(nameCell);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Weekend bargain hunters").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Weekend bargain hunters", vm.segmentStep().segmentNames().get(first.segment()));
        assertTrue(robot.lookup(".table-cell").match(n -> showing(n) && n instanceof javafx.scene.control.TableCell<?, ?> c
                && "Weekend bargain hunters".equals(c.getText())).tryQuery().isPresent(), "the new name is in the table");

        robot.clickOn("Export CSV…");
        waitIdle();
        Path out = tmp.resolve(vm.segmentStep().suggestedExportName());
        List<String> lines = readLines(out);
        int[] seg = vm.segmentStep().result().segmentOfRow();
        int row = 0;
        while (seg[row] != first.segment()) {
            row++;
        }
        assertTrue(lines.get(row + 1).endsWith("," + (first.segment() + 1) + ",Weekend bargain hunters"),
                lines.get(row + 1));
    }

    @Test
    void aChartSavesAsPngAtTheChosenSize(FxRobot robot) throws Exception {
        segmentSample(robot);
        nextChartFile = tmp.resolve("scatter.png");
        robot.clickOn(robot.lookup(".chart-export-button").match(VisualsWindowTest::showing).queryAs(Node.class));
        robot.clickOn("Save as PNG…");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.isRegularFile(nextChartFile), () -> "not written: " + vm.notices().current());
        BufferedImage png = ImageIO.read(nextChartFile.toFile());
        assertEquals(1280, png.getWidth());
        assertEquals(800, png.getHeight());
        assertEquals(tmp.toString(), chartPrefs.get("chartExport.lastFolder", null), "the folder is remembered");

        nextChartFile = tmp.resolve("scatter.svg");
        robot.clickOn(robot.lookup(".chart-export-button").match(VisualsWindowTest::showing).queryAs(Node.class));
        robot.clickOn("Save as SVG…");
        WaitForAsyncUtils.waitForFxEvents();
        String svg = Files.readString(nextChartFile);
        assertTrue(svg.startsWith("<?xml") && svg.contains("<circle"), "vector points");
    }

    @Test
    void threeDFallsBackTo2dWithAMessageWhereThereIsNo3d(FxRobot robot) throws TimeoutException {
        SegmentationResult r = segmentSample(robot);
        showTab(robot, "3D");
        Scatter3DView cloud = robot.lookup(".scatter-3d").match(VisualsWindowTest::showing).queryAs(Scatter3DView.class);
        assertFalse(cloud.is3d(), "Monocle's software pipeline has no 3D");
        Label message = robot.lookup(".fallback-message").queryAs(Label.class);
        assertTrue(showing(message));
        assertTrue(message.getText().startsWith("3D is not available on this display"), message.getText());
        assertEquals(r.features().rows(), cloud.pointsDrawn(), "the fallback draws every customer");
        assertTrue(cloud.fallback().getData().xLabel().startsWith("PC1"));
    }

    @Test
    void silhouettesAndTheSharedSelection(FxRobot robot) throws TimeoutException {
        SegmentationResult r = segmentSample(robot);
        showTab(robot, "Silhouette");
        waitIdle();
        SilhouettePlot plot = robot.lookup(".silhouette-plot").match(VisualsWindowTest::showing)
                .queryAs(SilhouettePlot.class);
        SilhouetteData s = vm.segmentStep().visuals().silhouetteProperty().get();
        assertNotNull(s, () -> "silhouettes failed: " + vm.notices().current());
        assertEquals(r.features().rows(), s.size());
        assertEquals(r.silhouette().value(), s.mean(), 1e-9, "the mean line is the segmentation's silhouette");
        long negative = java.util.Arrays.stream(s.values()).filter(v -> v < 0).count();
        robot.clickOn("Select the negative ones");
        WaitForAsyncUtils.waitForFxEvents();
        RowSet sel = vm.segmentStep().visuals().selectionProperty().get();
        assertEquals(negative, sel.size());

        // a box dragged over the top of the first segment's bars selects customers of segment 1
        Bounds b = plot.localToScreen(plot.getBoundsInLocal());
        robot.drag(new Point2D(b.getMinX() + b.getWidth() * 0.6, b.getMinY() + 36), MouseButton.PRIMARY)
                .dropTo(new Point2D(b.getMinX() + b.getWidth() * 0.35, b.getMinY() + 44));
        WaitForAsyncUtils.waitForFxEvents();
        sel = vm.segmentStep().visuals().selectionProperty().get();
        assertTrue(sel.size() > 0, "bars were selected");
        for (int i = 0; i < sel.size(); i++) {
            assertEquals(0, r.segmentOfRow()[sel.get(i)], "the top block is segment 1");
        }
        showTab(robot, "Segments 2D");
        TableView<?> table = robot.lookup(".selection-table").queryAs(TableView.class);
        assertEquals(sel.size(), table.getItems().size(), "the scatter's table lists the silhouette selection");
    }

    private static List<String> readLines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot read " + p, e);
        }
    }
}
