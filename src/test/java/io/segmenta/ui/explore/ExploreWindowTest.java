package io.segmenta.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.explore.HistogramResult;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.FileDialogs;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.MainWindow;
import io.segmenta.ui.WindowTests;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.explore.chart.DistributionChart;
import io.segmenta.ui.charts.HeatmapChart;
import io.segmenta.ui.task.FxTaskRunner;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Explore step in the whole window, headless: sample and Mall, through clicks. */
@ExtendWith(ApplicationExtension.class)
class ExploreWindowTest {
    private UiFixture fixture;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        fixture = new UiFixture(new FxTaskRunner());
        vm = fixture.vm();
        FileDialogs answers = WindowTests.dialogs(SharedData.root().resolve("datasets").resolve(SharedData.MALL), null);
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

    private static <T extends Node> T visible(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).match(Node::isVisible).queryAs(type);
    }

    @Test
    void sampleSummaryHeatmapWithTooltipAndHistogramSplitByGender(FxRobot robot) throws TimeoutException {
        waitIdle();
        assertNotNull(vm.data().dataset(), () -> "the sample did not open: " + vm.notices().current());
        robot.clickOn("#nav-explore");
        waitIdle();
        TableView<?> summary = visible(robot, ".summary-table", TableView.class);
        assertEquals(5, summary.getItems().size(), "one row per column");
        WaitForAsyncUtils.waitForFxEvents();
        int made = summary.lookupAll(".table-row-cell").size();
        assertTrue(made <= 6, "as tall as its rows, the table makes no empty rows to fill its height: " + made);
        assertTrue(summary.lookupAll(".scroll-bar").stream().map(javafx.scene.control.ScrollBar.class::cast)
                .noneMatch(b -> b.getOrientation() == javafx.geometry.Orientation.VERTICAL && b.isVisible()),
                "every row shown: no vertical scroll bar");
        javafx.scene.control.TabPane tabs = visible(robot, ".explore-tabs", javafx.scene.control.TabPane.class);
        assertEquals(List.of("Summary"), tabs.getTabs().stream().filter(t -> t.getContent() != null)
                .map(javafx.scene.control.Tab::getText).toList(), "only the tab on show is built");
        robot.clickOn(robot.lookup(".summary-table .table-cell").match(n -> "Age".equals(((javafx.scene.control
                .TableCell<?, ?>) n).getText())).queryAs(Node.class));
        robot.press(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.C)
                .release(javafx.scene.input.KeyCode.C, javafx.scene.input.KeyCode.SHORTCUT);
        String copied = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> javafx.scene.input.Clipboard
                .getSystemClipboard().getString());
        assertTrue(copied.startsWith("column\ttype\tcount\tmissing\tmean\tstd\tmin\tq1\tmedian\tq3\tmax"), copied);
        assertTrue(copied.contains("\nAge\tnumeric\t497\t3\t"), "the selected row: " + copied);
        assertEquals(2, copied.split("\n").length, "only the selected row under the header");

        robot.clickOn("Correlations");
        waitIdle();
        assertEquals(List.of("Summary", "Correlations"), tabs.getTabs().stream().filter(t -> t.getContent() != null)
                .map(javafx.scene.control.Tab::getText).toList(), "a tab is built when first shown");
        HeatmapChart heatmap = visible(robot, ".heatmap-chart", HeatmapChart.class);
        assertEquals(16, heatmap.cellsDrawn(), "Gender = Male, Age, Income and Spending: 4 x 4 cells");
        assertTrue(heatmap.valuesShown());
        Point2D cell = heatmap.localToScreen(heatmap.cellCenter(3, 1));
        robot.moveTo(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(heatmap.hoverTooltip().isShowing(), "hovering over a cell shows its figures");
        String tip = heatmap.hoverTooltip().getText();
        assertTrue(tip.startsWith("Spending Score (1-100) and Age\nPearson r = "), tip);
        assertTrue(tip.contains("p < 0.001, n = 497"), tip);

        robot.clickOn("Distributions");
        waitIdle();
        DistributionChart chart = visible(robot, ".distribution-chart", DistributionChart.class);
        assertNotNull(chart.getOnContextMenuRequested(), "right click offers the export actions");
        assertTrue(robot.lookup(".chart-export-button").match(Node::isVisible).tryQuery().isPresent(),
                "an Export button beside the chart");
        HistogramResult h = chart.getData().histogram();
        assertEquals("Age", h.column());
        assertFalse(h.isSplit());
        assertTrue(h.all().hasCurve());

        robot.clickOn("#distribution-split");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(n -> "Gender".equals(((ListCell<?>) n)
                .getText())).queryAs(ListCell.class));
        waitIdle();
        h = chart.getData().histogram();
        assertTrue(h.isSplit(), "split by Gender");
        assertEquals("Gender", h.grouping());
        assertEquals(List.of("Female", "Male"), h.groups().stream().map(s -> s.name()).toList());
        assertEquals("Distribution of Age by Gender", chart.titleProperty().get());
    }

    @Test
    void spendingRisesWithAgeIsContradictedOnMall(FxRobot robot) throws TimeoutException {
        SharedData.dataset(SharedData.MALL);
        waitIdle();
        robot.clickOn("Open…");
        waitIdle();
        assertEquals(200, vm.data().dataset().rowCount());
        robot.clickOn("#nav-explore");
        robot.clickOn("Hypotheses");
        waitIdle();
        assertEquals("Spending Score (1-100) rises with Age", vm.explore().hypotheses().statementProperty().get());
        robot.clickOn("#test-hypothesis");
        waitIdle();
        assertEquals("Contradicted", visible(robot, "#verdict-outcome", Label.class).getText());
        String finding = visible(robot, "#verdict-finding", Label.class).getText();
        assertTrue(finding.startsWith("The data contradict the hypothesis: spending score falls with age (Pearson r = "
                + "-0.33"), finding);
        TableView<?> history = visible(robot, ".hypothesis-history", TableView.class);
        assertEquals(1, history.getItems().size());
        assertTrue(visible(robot, "#verdict-card", Node.class).getStyleClass().contains("verdict-is-contradicted"));
    }
}
