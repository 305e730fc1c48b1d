package io.segmenta.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.rfm.RfmOverview;
import io.segmenta.core.rfm.RfmSegment;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.FileDialogs;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.MainWindow;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.WindowTests;
import io.segmenta.ui.charts.export.ChartExport;
import io.segmenta.ui.task.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
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
 * From a transaction log to segments in the window, headless: open the Online Retail sample, make
 * the customer table in the dialog (guessed roles, preview), log-transform Recency, Frequency and
 * Monetary in the Prepare step (refused at first: 18 customers returned more than they bought, so
 * their Monetary is below -1; the analyst then leaves those 18 out, counted), segment with k-means,
 * and compare the segments with the RFM segments in the RFM tab.
 */
@ExtendWith(ApplicationExtension.class)
class RfmWindowTest {
    @TempDir
    static Path tmp;

    private UiFixture fixture;
    private MainViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new UiFixture(new FxTaskRunner());
        vm = fixture.vm();
        FileDialogs answers = WindowTests.dialogs(SharedData.dataset(SharedData.RETAIL), tmp);
        MainWindow.show(stage, vm, answers);
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.shutdown());
        fixture.close();
    }

    private void waitIdle() throws TimeoutException {
        WindowTests.waitIdle(vm, 60);
    }

    private void clickNode(FxRobot robot, Node n) {
        WindowTests.reveal(n);
        robot.clickOn(n);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fromTheLogToSegmentsComparedWithRfm(FxRobot robot) throws Exception {
        Path file = SharedData.dataset(SharedData.RETAIL);
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> vm.start(List.of(file.toString())));
        waitIdle();
        Button make = robot.lookup("#customerTableButton").queryButton();
        assertTrue(make.isVisible(), "a transaction log is offered a customer table");

        robot.clickOn(make);
        WaitForAsyncUtils.waitForFxEvents();
        waitIdle();
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> vm.data().customerTable().previewProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String status = robot.lookup("#customerTableStatus").queryLabeled().getText();
        assertTrue(status.startsWith("20,000 rows · 5,078 without a customer · 342 returns → 3,017 customers (32 with "
                + "returns only left out) · reference day 2011-12-10"), status);
        assertEquals("CustomerID", vm.data().customerTable().customerProperty().get());
        assertEquals("UnitPrice", vm.data().customerTable().priceProperty().get());
        @SuppressWarnings("unchecked")
        TableView<Integer> preview = robot.lookup("#customerTablePreview").queryAs(TableView.class);
        assertEquals(12, preview.getItems().size());
        assertEquals("12347", preview.getColumns().get(0).getCellData(0));
        assertEquals("Loyal customers", preview.getColumns().get(8).getCellData(0));
        WritableImage dialogImage = WaitForAsyncUtils.asyncFx(() -> preview.getScene().snapshot(null)).get();
        Files.createDirectories(Path.of("target"));
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> ChartExport.writePng(dialogImage, Path.of("target",
                "rfm-dialog.png")));
        Button ok = robot.lookup(".dialog-pane .button").match(b -> "Use as working table".equals(((Button) b).getText()))
                .queryButton();
        assertFalse(ok.isDisabled());
        robot.interact(ok::fire);
        waitIdle();
        Dataset table = vm.data().dataset();
        assertEquals("online_retail_sample_customers.csv", table.name(), () -> "not made: " + vm.notices().current()
                + ", dialog open: " + robot.lookup("#customerTablePreview").tryQuery().isPresent());
        assertEquals(3017, table.rowCount());
        assertTrue(vm.data().originProperty().get().startsWith("Customer table made from online_retail_sample.csv"));
        assertFalse(make.isVisible(), "a customer table is not a log");

        // Prepare: Recency, Frequency and Monetary, log-transformed
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> vm.segmentStep().features().choices().forEach(
                f -> f.selectedProperty().set(List.of("Recency", "Frequency", "Monetary").contains(f.name()))));
        robot.clickOn("#nav-prepare");
        waitIdle();
        for (String c : List.of("Recency", "Frequency", "Monetary")) {
            clickNode(robot, robot.lookup("#log-" + c).queryAs(CheckBox.class));
        }
        robot.clickOn("#previewButton");
        waitIdle();
        String problem = vm.notices().current() == null ? null : vm.notices().current().text();
        assertTrue(problem != null && problem.startsWith("Column \"Monetary\" has 18 values below -1 (the lowest, ")
                && problem.endsWith("Leave those 18 customers out of the segmentation (\"Leave out customers below -1\" "
                + "under Log transform, or --log-leave-out), or take Monetary out of the log transform."), problem);
        assertTrue(robot.lookup((Label l) -> l.isVisible() && problem.equals(l.getText())).tryQuery().isPresent(),
                "the refusal is shown");
        // the analyst's explicit choice: leave the 18 customers out, Monetary stays log-transformed
        clickNode(robot, robot.lookup("#logLeaveOut").queryAs(CheckBox.class));
        assertEquals(null, vm.prepare().problemProperty().get());
        assertEquals(List.of("Recency", "Frequency", "Monetary"), vm.prepare().currentSpecProperty().get().logged());
        assertTrue(vm.prepare().currentSpecProperty().get().logLeaveOut());
        robot.clickOn("#previewButton");
        waitIdle();
        assertTrue(robot.lookup((Label l) -> l.isVisible() && l.getText() != null
                && l.getText().contains("2,999 segmented") && l.getText().contains("18 left out (below -1, log)"))
                .tryQuery().isPresent(), "the customers left out are counted in the preview");

        // Segment: k-means, k = 4
        robot.clickOn("#nav-segment");
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> vm.segmentStep().kProperty().set(4));
        robot.clickOn(".segment-page .button.accent");
        waitIdle();
        SegmentationResult r = vm.segmentStep().result();
        assertNotNull(r, () -> "segment failed: " + vm.notices().current());
        assertEquals(4, r.k());
        assertEquals(List.of("Recency", "Frequency", "Monetary"), r.spec().prep().logged());
        assertTrue(r.spec().prep().logLeaveOut());
        assertEquals(2999, r.features().rows(), "the 18 customers below -1 in Monetary have no segment");

        // the RFM tab: segments, grid, and the comparison
        TabPane tabs = robot.lookup(".segment-page .result-tabs").queryAs(TabPane.class);
        Tab rfmTab = tabs.getTabs().stream().filter(t -> t.getText().equals("RFM segments")).findFirst().orElseThrow();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> tabs.getSelectionModel().select(rfmTab));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<RfmOverview.SegmentRow> segments = robot.lookup(".segment-page .table-view")
                .match(n -> n.isVisible() && ((TableView<?>) n).getItems().size() == 10).queryAs(TableView.class);
        assertEquals(690, segments.getItems().get(RfmSegment.HIBERNATING.ordinal()).customers());
        String compared = robot.lookup((Label l) -> l.isVisible() && l.getText() != null
                && l.getText().startsWith("k-means segments against RFM segments")).queryLabeled().getText();
        assertTrue(compared.contains("over 2,999 customers: adjusted Rand index 0."), compared);
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        Path png = Path.of("target", "rfm-view.png");
        Files.createDirectories(png.getParent());
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> ChartExport.writePng(image, png));
    }
}
