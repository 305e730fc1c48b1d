package io.segmenta.ui.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.prep.DerivedFeatureReport;
import io.segmenta.core.prep.FlaggedRow;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.LevelMerge;
import io.segmenta.core.prep.MissingValueReport;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.Scaling;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.FileDialogs;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.MainWindow;
import io.segmenta.ui.WindowTests;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.segment.FeatureChoice;
import io.segmenta.ui.task.FxTaskRunner;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
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
 * The Prepare step in the window, headless, on the Customer Personality Analysis table: the table
 * check, then median imputation for Income, rare levels merged, a constant column left out,
 * tenure derived and IQR outliers listed, all chosen with the mouse; the Segment step then offers
 * the tenure and segments with these choices.
 */
@ExtendWith(ApplicationExtension.class)
class PrepareWindowTest {
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
        WindowTests.waitIdle(vm, 60);
    }

    private void clickNode(FxRobot robot, Node n) {
        WindowTests.reveal(n);
        robot.clickOn(n);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Ticks a feature in the Prepare step's checklist by clicking its box. */
    private void tick(FxRobot robot, String feature) {
        @SuppressWarnings("unchecked")
        ListView<FeatureChoice> list = robot.lookup(".prepare-page .feature-list").queryAs(ListView.class);
        FeatureChoice item = list.getItems().stream().filter(f -> f.name().equals(feature)).findFirst().orElseThrow();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> list.scrollTo(item));
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = robot.lookup(".prepare-page .feature-list .list-cell")
                .match(c -> ((ListCell<?>) c).getItem() == item).queryAs(ListCell.class);
        robot.clickOn(cell.lookup(".check-box"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(item.isSelected(), feature + " ticked");
    }

    private void choose(FxRobot robot, String comboId, String text) {
        clickNode(robot, robot.lookup(comboId).query());
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(n -> text.equals(((ListCell<?>) n).getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shows(FxRobot robot, String text) {
        return robot.lookup((Label l) -> l.isVisible() && text.equals(l.getText())).tryQuery().isPresent();
    }

    @Test
    void marketingTableFromRawToPreparedSegments(FxRobot robot) throws TimeoutException {
        Path file = SharedData.dataset(SharedData.MARKETING);
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> vm.start(List.of(file.toString())));
        waitIdle();
        assertNotNull(vm.data().dataset(), () -> "open failed: " + vm.notices().current());
        robot.clickOn("#nav-prepare");
        waitIdle();
        PrepareViewModel prep = vm.prepare();
        assertNotNull(prep.adviceProperty().get());
        assertTrue(shows(robot, "Income has 24 missing cells (1.1%): drop those rows or fill them (mean, median, most "
                + "frequent or a constant)."), "the table check lists the missing incomes");
        assertTrue(shows(robot, "Z_CostContact has the same value (3) in every row; as a feature it is left out."));
        assertTrue(shows(robot, "Levels held by under 1% of the rows: Marital_Status: Absurd 2, Alone 3, YOLO 2."));

        tick(robot, "Marital_Status");
        tick(robot, "MntWines");
        tick(robot, "Z_CostContact");
        choose(robot, "#missing-Income", "Median");
        clickNode(robot, robot.lookup((CheckBox c) -> "Merge rare levels into \"Other\"".equals(c.getText())).query());
        clickNode(robot, robot.lookup("#derive-Dt_Customer-tenure").query());
        choose(robot, ".prepare-page #outlierMethodBox", "IQR fences");
        assertEquals(OutlierMethod.IQR, prep.outliers().methodProperty().get());
        assertTrue(shows(robot, "IQR factor"));
        assertEquals(List.of("Marital_Status", "Income", "MntWines", "Z_CostContact", TENURE),
                vm.segmentStep().features().selected());

        robot.clickOn("#previewButton");
        waitIdle();
        assertNotNull(prep.previewProperty().get(), () -> "preview failed: " + vm.notices().current());
        TabPane tabs = robot.lookup(".prepare-page .result-tabs").queryAs(TabPane.class);
        assertEquals("Preview", tabs.getSelectionModel().getSelectedItem().getText());

        @SuppressWarnings("unchecked")
        TableView<MissingValueReport> missing = robot.lookup("#missingTable").queryAs(TableView.class);
        assertEquals(1, missing.getItems().size());
        assertEquals("51381.5", missing.getItems().get(0).fillValue());
        assertEquals(24, missing.getItems().get(0).cellsFilled());
        assertTrue(robot.lookup(".prepare-page .table-cell").match(n -> "51381.5".equals(((javafx.scene.control
                .TableCell<?, ?>) n).getText())).tryQuery().isPresent(), "the fill value is shown");
        @SuppressWarnings("unchecked")
        TableView<LevelMerge> merges = robot.lookup("#mergeTable").queryAs(TableView.class);
        assertEquals(7, merges.getItems().get(0).rows());
        assertTrue(shows(robot, "Column \"Z_CostContact\" has the same value (3) for every segmented customer and is "
                + "left out: it cannot tell customers apart."), "the constant column is reported");
        @SuppressWarnings("unchecked")
        TableView<DerivedFeatureReport> derived = robot.lookup("#derivedTable").queryAs(TableView.class);
        assertEquals(TENURE, derived.getItems().get(0).feature());
        assertEquals(699, derived.getItems().get(0).max());
        String summary = prep.previewSummaryProperty().get();
        assertTrue(summary.startsWith("2,240 rows · 2,240 segmented · 24 cells filled in 24 rows · "), summary);

        robot.clickOn("Show the flagged customers");
        Tab outliersTab = tabs.getSelectionModel().getSelectedItem();
        int flagged = prep.previewProperty().get().outliers().size();
        assertTrue(flagged > 0);
        assertEquals("Outliers (" + flagged + ")", outliersTab.getText());
        @SuppressWarnings("unchecked")
        TableView<FlaggedRow> table = robot.lookup("#flaggedTable").queryAs(TableView.class);
        assertEquals(flagged, table.getItems().size());
        List<String> ids = table.getItems().stream().map(FlaggedRow::label).toList();
        assertTrue(ids.containsAll(List.of("8475", "9432")), ids.toString());
        assertTrue(table.getItems().stream().anyMatch(r -> r.reason().equals("Income = 666666 above the upper fence "
                + "117416.25")), "the reason is listed");
        assertTrue(robot.lookup(".flagged-table .table-cell").match(n -> "Income = 157243 above the upper fence 117416.25"
                .equals(((javafx.scene.control.TableCell<?, ?>) n).getText())).tryQuery().isPresent(),
                "customer 8475's reason is on screen");
        assertTrue(table.getItems().stream().noneMatch(FlaggedRow::excluded), "kept by default");

        // a click on a header sorts by that column (the row by number, not by its text), a second click turns
        // the order round, a third gives the report's order back; the selected customer stays selected
        List<FlaggedRow> reportOrder = List.copyOf(table.getItems());
        robot.interact(() -> table.getSelectionModel().select(2));
        FlaggedRow picked = table.getSelectionModel().getSelectedItem();
        Node rowHeader = robot.lookup(".flagged-table .column-header").match(h -> h instanceof TableColumnHeader t && t.getTableColumn() != null
                && "Row".equals(t.getTableColumn().getText())).query();
        List<Integer> ascending = reportOrder.stream().map(FlaggedRow::row).sorted().toList();
        clickNode(robot, rowHeader);
        assertEquals(ascending, table.getItems().stream().map(FlaggedRow::row).toList());
        clickNode(robot, rowHeader);
        assertEquals(ascending.stream().sorted(Comparator.reverseOrder()).toList(),
                table.getItems().stream().map(FlaggedRow::row).toList());
        assertEquals(picked, table.getSelectionModel().getSelectedItem(), "the selection follows the customer");
        clickNode(robot, rowHeader);
        assertEquals(reportOrder, table.getItems());
        robot.interact(() -> table.getSelectionModel().clearSelection());

        // leave out one customer by hand: the status says so at once, the run leaves it out
        assertTrue(robot.lookup("#excludeSelectedButton").queryButton().isDisabled(), "nothing selected yet");
        int richest = table.getItems().stream().filter(f -> f.reason().startsWith("Income = 666666")).findFirst()
                .orElseThrow().row();
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(f -> f.row() == richest).findFirst().orElseThrow()));
        robot.clickOn("#excludeSelectedButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(OutlierAction.EXCLUDE, prep.currentSpecProperty().get().outlierChoices().get(richest));
        FlaggedRow chosen = table.getSelectionModel().getSelectedItem();
        assertEquals(richest, chosen.row());
        assertEquals("Excluded (your choice)", table.getColumns().get(2).getCellObservableValue(chosen).getValue(),
                "the status shows the choice");
        assertEquals("Kept", table.getColumns().get(2).getCellObservableValue(table.getItems().get(0)).getValue());
        assertTrue(robot.lookup("#choicesNote").queryLabeled().getText().startsWith("1 customer chosen one by one"));
        assertFalse(robot.lookup("#resetChoicesButton").queryButton().isDisabled());

        // a changed choice marks the preview out of date
        choose(robot, ".prepare-page #scalingBox", "Robust (median and IQR)");
        assertEquals(Scaling.ROBUST, prep.scalingProperty().get());
        assertTrue(prep.staleProperty().get());
        assertTrue(robot.lookup(".stale-bar").query().isVisible());

        // the Segment step offers the tenure, ticked, and segments with these choices
        robot.clickOn("#toSegmentButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".segment-page").tryQuery().isPresent());
        assertTrue(vm.segmentStep().features().choices().stream()
                .anyMatch(f -> f.name().equals(TENURE) && f.isSelected()));
        robot.clickOn(".segment-page .button.accent");
        waitIdle();
        SegmentationResult r = vm.segmentStep().result();
        assertNotNull(r, () -> "segment failed: " + vm.notices().current());
        assertEquals(prep.currentSpecProperty().get(), r.spec().prep());
        assertEquals(Scaling.ROBUST, r.features().report().scaling());
        assertTrue(r.features().featureNames().contains(TENURE));
        assertFalse(r.features().featureNames().contains("Z_CostContact"));
        assertEquals(2239, r.features().rows(), "the customer left out by hand");
        assertTrue(r.features().outliers().stream().anyMatch(f -> f.row() == richest && f.excluded()));
    }
}
