package io.segmenta.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.explain.Driver;
import io.segmenta.ui.profiles.DriversChart;
import io.segmenta.ui.task.FxTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The drivers chart, the rules and a warning after a run; Find k over a range the analyst types. */
@ExtendWith(ApplicationExtension.class)
class ExplainWindowTest {
    private UiFixture fixture;
    private MainViewModel vm;
    private FileDialogs.LeaveTable leaveAnswer = FileDialogs.LeaveTable.CANCEL;
    private String leaveQuestion;

    @Start
    void start(Stage stage) {
        fixture = new UiFixture(new FxTaskRunner());
        vm = fixture.vm();
        MainWindow.show(stage, vm, new FileDialogs() {
            @Override
            public Path chooseFileToOpen(Window owner, Path initialDirectory) {
                return io.segmenta.testing.SharedData.dataset(io.segmenta.testing.SharedData.MALL);
            }

            @Override
            public Path chooseExportTarget(Window owner, Path initialDirectory, String suggestedName) {
                return null;
            }

            @Override
            public LeaveTable askBeforeLeavingTable(Window owner, String message) {
                leaveQuestion = message;
                return leaveAnswer;
            }
        });
        vm.start(List.of());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.shutdown());
        fixture.close();
    }

    private void waitIdle() throws TimeoutException {
        WindowTests.waitIdle(vm, 60);
    }

    @Test
    void driversRulesAndAWarningAreShownAfterARun(FxRobot robot) throws TimeoutException {
        waitIdle();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            vm.segmentStep().features().choices().forEach(f -> f.setSelected(
                    f.type() == io.segmenta.core.data.ColumnType.NUMERIC));
            vm.segmentStep().kProperty().set(7);
        });
        robot.clickOn("#nav-segment");
        robot.clickOn(".button.accent");
        waitIdle();
        assertNotNull(vm.segmentStep().result(), () -> "Segment failed: " + vm.notices().current());
        robot.clickOn("#nav-profiles");
        WaitForAsyncUtils.waitForFxEvents();
        DriversChart chart = robot.lookup(".drivers-chart").match(VisualsWindowTest::showing).queryAs(DriversChart.class);
        assertNotNull(chart, "the drivers chart is on show");
        List<Driver> drivers = chart.driversProperty().get();
        assertEquals(3, drivers.size(), "Age, Income and Spending");
        assertTrue(drivers.get(0).value() >= drivers.get(2).value(), "strongest first");
        assertTrue(chart.getWidth() > 100 && chart.getHeight() > 100, "the chart has room");
        // the other chart tabs join the scene (styled and laid out) only when first shown
        javafx.scene.control.TabPane charts = robot.lookup("#chartTabs").queryAs(javafx.scene.control.TabPane.class);
        javafx.scene.control.Tab heatTab = charts.getTabs().stream().filter(t -> t.getText().equals("Heat map"))
                .findFirst().orElseThrow();
        assertNull(heatTab.getContent(), "the heat map is not built into the page before its tab shows");
        robot.clickOn("Heat map");
        WaitForAsyncUtils.waitForFxEvents();
        io.segmenta.ui.charts.HeatmapChart heat = robot.lookup(".heatmap-chart").match(VisualsWindowTest::showing)
                .queryAs(io.segmenta.ui.charts.HeatmapChart.class);
        assertNotNull(heat, "the heat map is on show once its tab is");
        assertEquals(7, heat.dataProperty().get().rowLabels().size(), "one row per segment");
        robot.clickOn("Drivers and rules");
        WaitForAsyncUtils.waitForFxEvents();
        // the rules: one header per rule, with how many customers it gets right
        Label tally = robot.lookup((Label l) -> l.getText() != null && l.getText().matches("[0-9,]+ of [0-9,]+ right"))
                .match(VisualsWindowTest::showing).queryAs(Label.class);
        assertNotNull(tally, "a rule with its tally is on show");
        // the sample's k = 7 has a segment of 3 customers: the notice bar says so, and the page does not repeat it
        assertTrue(vm.notices().current().text().contains("a segment under 1% is usually a few unusual customers"),
                vm.notices().current().text());
        assertTrue(robot.lookup(".result-warning").match(VisualsWindowTest::showing).tryQuery().isEmpty(),
                "the warning once, in the notice bar");
        // once the notice is closed, the warning stays where the profiles are
        robot.clickOn("#noticeClose");
        WaitForAsyncUtils.waitForFxEvents();
        Label warning = robot.lookup(".result-warning").match(VisualsWindowTest::showing).queryAs(Label.class);
        assertNotNull(warning, "a warning is on show");
        assertTrue(warning.getText().contains("a segment under 1% is usually a few unusual customers"),
                warning.getText());
    }

    @Test
    void openingAnotherTableWhileRunsExistAsksFirst(FxRobot robot) throws TimeoutException {
        waitIdle();
        robot.clickOn("#nav-segment");
        robot.clickOn(".button.accent");
        waitIdle();
        var table = vm.data().dataset();
        assertEquals(1, vm.segmentStep().runs().size());
        leaveAnswer = FileDialogs.LeaveTable.CANCEL;
        robot.clickOn("Sample");
        waitIdle();
        assertNotNull(leaveQuestion, "the window asked");
        assertTrue(leaveQuestion.startsWith("1 segmentation run of customers_sample.csv is kept only in this session:"
                + " opening another table drops them."), leaveQuestion);
        assertTrue(table == vm.data().dataset() && vm.segmentStep().runs().size() == 1, "cancel keeps the table");
        leaveAnswer = FileDialogs.LeaveTable.DISCARD;
        robot.clickOn("Open…");
        waitIdle();
        assertEquals("Mall_Customers.csv", vm.data().dataset().name(), "discard opens the other table");
        assertTrue(vm.segmentStep().runs().isEmpty(), "and drops the runs");
    }

    @Test
    void findKSearchesTheRangeTheAnalystTypes(FxRobot robot) throws TimeoutException {
        waitIdle();
        robot.clickOn("#nav-segment");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        Spinner<Integer> to = robot.lookup("#kToSpinner").queryAs(Spinner.class);
        WindowTests.reveal(to);
        robot.doubleClickOn(to.getEditor());
        robot.eraseText(3).write("14").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(14, vm.segmentStep().kRange().toProperty().get());
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.segmentStep().features().choices().forEach(f ->
                f.setSelected(f.type() == io.segmenta.core.data.ColumnType.NUMERIC)));
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.segmentStep().findK());
        waitIdle();
        var points = vm.segmentStep().sweepProperty().get().result().points();
        assertEquals(1, points.get(0).k());
        assertEquals(14, points.get(points.size() - 1).k());
        Node from = robot.lookup("#kFromSpinner").queryAs(Node.class);
        assertFalse(from.isDisabled());
    }
}
