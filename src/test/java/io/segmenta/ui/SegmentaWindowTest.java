package io.segmenta.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.charts.KSweepChart;
import io.segmenta.ui.charts.ScatterCanvas;
import io.segmenta.ui.charts.SegmentLegend;
import io.segmenta.ui.profiles.ProfileTable;
import io.segmenta.ui.segment.FeatureChoice;
import io.segmenta.ui.task.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window, headless: the sample opens, Find k, Segment, profiles, errors, export. */
@ExtendWith(ApplicationExtension.class)
class SegmentaWindowTest {
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
        FileDialogs answers = WindowTests.dialogs(SharedData.root().resolve("datasets").resolve(SharedData.MALL), tmp);
        MainWindow.show(stage, vm, answers);
        vm.start(List.of());
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.shutdown());
        fixture.close();
    }

    private void waitIdle() throws TimeoutException {
        WindowTests.waitIdle(vm, 60);
    }

    private static <T extends Node> T find(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    @Test
    void opensOnTheSampleWithTitleAndRows(FxRobot robot) throws TimeoutException {
        waitIdle();
        assertNotNull(vm.data().dataset(), () -> "sample failed: " + vm.notices().current());
        assertEquals("Segmenta — " + vm.data().dataset().name(), stage.getTitle());
        assertEquals(1280, stage.getScene().getWidth(), 1);
        assertEquals(800, stage.getScene().getHeight(), 1);
        assertFalse(stage.getIcons().isEmpty());
        TableView<?> rows = find(robot, ".rows-table", TableView.class);
        assertEquals(vm.data().dataset().rowCount(), rows.getItems().size());
        assertEquals(vm.data().dataset().columnCount() + 1, rows.getColumns().size());
    }

    @Test
    void findKThenSegmentShowsChartsScatterAndProfiles(FxRobot robot) throws TimeoutException {
        waitIdle();
        robot.clickOn("#nav-segment");
        robot.clickOn("Find k");
        waitIdle();
        var sweep = vm.segmentStep().sweepProperty().get();
        assertNotNull(sweep, () -> "Find k failed: " + vm.notices().current());
        int recommended = sweep.result().recommendedK();
        KSweepChart elbow = find(robot, ".k-sweep-chart", KSweepChart.class);
        assertEquals(10, elbow.pointCount());
        assertEquals(recommended, elbow.markedK());
        assertNotNull(elbow.markerPosition());
        assertTrue(robot.lookup((Label l) -> l.isVisible() && ("Recommended: k = " + recommended).equals(l.getText()))
                .tryQuery().isPresent(), "the recommended k is stated");
        assertTrue(robot.lookup((Label l) -> l.isVisible() && sweep.result().rule().equals(l.getText()))
                .tryQuery().isPresent(), "the rule sentence is shown");
        Spinner<?> k = find(robot, ".spinner", Spinner.class);
        assertEquals(recommended, k.getValue());

        robot.clickOn(".button.accent");
        waitIdle();
        SegmentationResult r = vm.segmentStep().result();
        assertNotNull(r, () -> "Segment failed: " + vm.notices().current());
        ScatterCanvas scatter = robot.lookup(".scatter-canvas").queryAs(ScatterCanvas.class);
        assertEquals(r.features().rows(), scatter.pointsDrawn());
        SegmentLegend legend = robot.lookup(".segment-legend").match(Node::isVisible).queryAs(SegmentLegend.class);
        assertEquals(recommended, legend.entries().size());

        robot.clickOn("#nav-profiles");
        ProfileTable big = robot.lookup(".profile-table").match(Node::isVisible).queryAs(ProfileTable.class);
        assertEquals(recommended, big.segmentRows().size());
        assertEquals(recommended + 1, big.getItems().size(), "the segments and all customers together");
        assertEquals(r.features().rows(), big.segmentRows().stream().mapToInt(SegmentProfile::size).sum());

        robot.clickOn("Export CSV…");
        waitIdle();
        Path out = tmp.resolve(vm.segmentStep().suggestedExportName());
        assertTrue(Files.isRegularFile(out), "export written to " + out);
        assertEquals(Notice.Level.SUCCESS, vm.notices().current().level());
        assertTrue(robot.lookup(".notice-text").queryAs(Label.class).getText().contains(out.toString()));
    }

    @Test
    void invalidSeedAndNoFeaturesAreShownAsMessages(FxRobot robot) throws TimeoutException {
        waitIdle();
        robot.clickOn("#nav-segment");
        TextField seed = robot.lookup("#seedField").queryAs(TextField.class);
        robot.doubleClickOn(seed).eraseText(4).write("4x2");
        Label seedError = robot.lookup(".field-error").queryAs(Label.class);
        assertTrue(seedError.isVisible());
        assertTrue(seedError.getText().contains("4x2"), seedError.getText());
        robot.clickOn(".button.accent");
        WaitForAsyncUtils.waitForFxEvents();
        Label notice = robot.lookup(".notice-text").queryAs(Label.class);
        assertTrue(notice.isVisible());
        assertTrue(notice.getText().contains("is not a whole number"), notice.getText());
        assertEquals(null, vm.segmentStep().result());

        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.segmentStep().seedTextProperty().set("42"));
        ListView<?> list = robot.lookup(".feature-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> list.getItems().forEach(f -> ((FeatureChoice) f).setSelected(false)));
        robot.clickOn(".button.accent");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No features are selected. Tick at least one feature column or choose a preset.",
                robot.lookup(".notice-text").queryAs(Label.class).getText());
        robot.clickOn(".notice-bar .button");
        assertFalse(robot.lookup(".notice-bar").query().isVisible(), "the message can be dismissed");
    }

    @Test
    void closingTheWindowCancelsRunningWork(FxRobot robot) throws Exception {
        waitIdle();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.runner().run("Long work", (progress, cancel) -> {
            started.countDown();
            try {
                while (!cancel.isCancelled()) {
                    Thread.onSpinWait();
                }
                cancel.throwIfCancelled();
                return null;
            } finally {
                stopped.countDown();
            }
        }, v -> { }));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertTrue(robot.lookup(".status-bar .progress-bar").query().isVisible(), "progress shows while work runs");
        assertTrue(robot.lookup("Cancel").query().isVisible());
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> stage.fireEvent(
                new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(stopped.await(10, TimeUnit.SECONDS), "the work saw the cancellation");
    }

    @Test
    void exploreAndPredictAreAvailable(FxRobot robot) throws TimeoutException {
        waitIdle();
        robot.clickOn("#nav-explore");
        assertTrue(robot.lookup(".explore-page").tryQuery().isPresent(), "Explore is available");
        robot.clickOn("#nav-predict");
        assertTrue(robot.lookup(".predict-page").tryQuery().isPresent(), "Predict is available");
        assertTrue(robot.lookup("No model yet").tryQuery().isPresent(), "without a segmentation it asks for a model");
        assertTrue(robot.lookup(".nav-later").tryQuery().isEmpty(), "no step is left for a later version");
    }

    @Test
    void openingAFileFromTheToolbarShowsIt(FxRobot robot) throws TimeoutException {
        SharedData.dataset(SharedData.MALL);
        waitIdle();
        robot.clickOn("Open…");
        waitIdle();
        assertEquals("Segmenta — Mall_Customers.csv", stage.getTitle());
        assertEquals(200, vm.data().dataset().rowCount());
        assertTrue(robot.lookup("Mall_Customers.csv").tryQuery().isPresent());
    }
}
