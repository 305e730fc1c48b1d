package io.segmenta.ui.undo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.prep.ColumnRole;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.Scaling;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.MainWindow;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.WindowTests;
import io.segmenta.ui.profiles.ProfileTable;
import io.segmenta.ui.segment.FeatureChoice;
import io.segmenta.ui.segment.SegmentationRun;
import io.segmenta.ui.task.FxTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Undo and redo through the window, headless, on the Mall table: a preparation choice with Ctrl+Z,
 * Ctrl+Shift+Z and Ctrl+Y, the Edit menu's named and disabled items, typing in a field (its own Ctrl+Z
 * first), a feature tick and a role, a segment renamed in the profile table, and a removed run.
 */
@ExtendWith(ApplicationExtension.class)
class UndoWindowTest {
    private static final String INCOME = "Annual Income (k$)";
    private static final String SPENDING = "Spending Score (1-100)";

    private UiFixture fixture;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        fixture = new UiFixture(new FxTaskRunner());
        vm = fixture.vm();
        MainWindow.show(stage, vm, WindowTests.dialogs(null, null));
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.shutdown());
        fixture.close();
    }

    private void openMall() throws TimeoutException {
        Path file = SharedData.dataset(SharedData.MALL);
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> vm.start(List.of(file.toString())));
        WindowTests.waitIdle(vm, 60);
        assertNotNull(vm.data().dataset(), () -> "open failed: " + vm.notices().current());
    }

    private static void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes);
        for (int i = codes.length - 1; i >= 0; i--) {
            robot.release(codes[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void undoKey(FxRobot robot) {
        keys(robot, KeyCode.SHORTCUT, KeyCode.Z);
    }

    private void choose(FxRobot robot, String comboId, String text) {
        Node box = robot.lookup(comboId).query();
        WindowTests.reveal(box);
        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(n -> text.equals(((ListCell<?>) n).getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the Edit menu (which refreshes its items) and returns its item {@code id}; the menu stays open. */
    private static MenuItem item(FxRobot robot, String id) {
        robot.clickOn("#editMenu");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().filter(m -> "editMenu".equals(m.getId())).findFirst().orElseThrow().getItems()
                .stream().filter(i -> (id + "Item").equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void aPreparationChoiceGoesBackWithCtrlZAndTheEditMenuNamesIt(FxRobot robot) throws TimeoutException {
        openMall();
        robot.clickOn("#nav-prepare");
        WindowTests.waitIdle(vm, 60);
        MenuItem undoItem = item(robot, "undoMenu");
        assertEquals("Undo", undoItem.getText());
        assertTrue(undoItem.isDisable(), "nothing to undo yet");
        robot.type(KeyCode.ESCAPE);

        choose(robot, "#scalingBox", "Robust (median and IQR)");
        assertEquals(Scaling.ROBUST, vm.prepare().scalingProperty().get());
        undoItem = item(robot, "undoMenu");
        assertEquals("Undo \u201cScaling: robust\u201d", undoItem.getText());
        assertFalse(undoItem.isDisable());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        undoKey(robot);
        assertEquals(Scaling.STANDARD, vm.prepare().scalingProperty().get());
        @SuppressWarnings("unchecked")
        ComboBox<Scaling> box = robot.lookup("#scalingBox").queryAs(ComboBox.class);
        assertEquals(Scaling.STANDARD, box.getValue(), "the box shows the choice put back");
        keys(robot, KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(Scaling.ROBUST, vm.prepare().scalingProperty().get());
        undoKey(robot);
        keys(robot, KeyCode.SHORTCUT, KeyCode.Y);
        assertEquals(Scaling.ROBUST, vm.prepare().scalingProperty().get(), "Ctrl+Y redoes too");

        // the Edit menu's item does the same
        MenuItem redoItem = item(robot, "redoMenu");
        assertTrue(redoItem.isDisable());
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#editMenu");
        robot.clickOn("Undo \u201cScaling: robust\u201d");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Scaling.STANDARD, vm.prepare().scalingProperty().get());
    }

    @Test
    void ctrlZInAFieldUndoesItsTypingFirstThenTheWindowsChoices(FxRobot robot) throws TimeoutException {
        openMall();
        robot.clickOn("#nav-prepare");
        WindowTests.waitIdle(vm, 60);
        choose(robot, "#outlierMethodBox", "IQR fences");
        assertEquals("1.5", vm.prepare().outliers().parameterProperty().get());
        TextField field = robot.lookup("#outlierParameterField").queryAs(TextField.class);
        WindowTests.reveal(field);
        robot.doubleClickOn(field);
        keys(robot, KeyCode.SHORTCUT, KeyCode.A);
        robot.write("3.5");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3.5", vm.prepare().outliers().parameterProperty().get());
        assertEquals("Undo \u201cOutlier threshold\u201d", vm.undo().undoTextProperty().get(),
                "the keystrokes are one step of the window's history");

        undoKey(robot);
        assertTrue(field.isFocused());
        assertEquals(OutlierMethod.IQR, vm.prepare().outliers().methodProperty().get(),
                "Ctrl+Z in the field undid the field's typing, not the window's last step");
        while (field.isUndoable()) {
            undoKey(robot);
        }
        assertEquals("1.5", field.getText());
        assertEquals("1.5", vm.prepare().outliers().parameterProperty().get());
        assertEquals("Undo \u201cOutliers: IQR fences\u201d", vm.undo().undoTextProperty().get(),
                "typed and undone in the field: no step left");
        undoKey(robot);
        assertEquals(OutlierMethod.NONE, vm.prepare().outliers().methodProperty().get(),
                "with nothing left to undo in the field, Ctrl+Z undoes the window's last step");
    }

    @Test
    void aTickARoleANameAndARemovedRunEachComeBack(FxRobot robot) throws TimeoutException {
        openMall();
        // a tick in the Segment step's checklist
        robot.clickOn("#nav-segment");
        WindowTests.waitIdle(vm, 60);
        @SuppressWarnings("unchecked")
        ListView<FeatureChoice> list = robot.lookup(".feature-list").match(Node::isVisible).queryAs(ListView.class);
        FeatureChoice age = list.getItems().stream().filter(f -> f.name().equals("Age")).findFirst().orElseThrow();
        ListCell<?> cell = robot.lookup(".feature-list .list-cell").match(c -> ((ListCell<?>) c).getItem() == age)
                .queryAs(ListCell.class);
        robot.clickOn(cell.lookup(".check-box"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Age", INCOME, SPENDING), vm.segmentStep().features().selected());
        undoKey(robot);
        assertEquals(List.of(INCOME, SPENDING), vm.segmentStep().features().selected());
        assertFalse(((javafx.scene.control.CheckBox) cell.lookup(".check-box")).isSelected(), "the box follows");

        // a role in the Data step
        robot.clickOn("#nav-data");
        WaitForAsyncUtils.waitForFxEvents();
        Node roleBox = robot.lookup(".role-box").match(n -> "Role of Genre".equals(((ComboBox<?>) n).getAccessibleText()))
                .query();
        robot.clickOn(roleBox);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(n -> "Ignore".equals(((ListCell<?>) n).getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ColumnRole.IGNORE, vm.data().column("Genre").role());
        undoKey(robot);
        assertEquals(ColumnRole.FEATURE, vm.data().column("Genre").role());

        // two runs, a segment renamed in the profile table, the first run removed
        robot.clickOn("#nav-segment");
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> vm.segmentStep().segment());
        WindowTests.waitIdle(vm, 60);
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> vm.segmentStep().kProperty().set(3));
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> vm.segmentStep().segment());
        WindowTests.waitIdle(vm, 60);
        assertEquals(2, vm.segmentStep().runs().size());
        assertEquals("Redo \u201cRole of Genre: ignore\u201d", vm.undo().redoTextProperty().get(),
                "the runs added no step and left what can be redone");

        robot.clickOn("#nav-profiles");
        WindowTests.waitIdle(vm, 60);
        ProfileTable table = robot.lookup(".profile-table").match(Node::isVisible).queryAs(ProfileTable.class);
        SegmentProfile first = table.getItems().get(0);
        String automatic = vm.segmentStep().segmentNames().get(first.segment());
        Node nameCell = robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() != null && "Name".equals(c.getTableColumn().getText())
                && automatic.equals(c.getText())).query();
        robot.doubleClickOn(nameCell);
        keys(robot, KeyCode.SHORTCUT, KeyCode.A);
        robot.write("Weekend bargain hunters").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Weekend bargain hunters", vm.segmentStep().segmentNames().get(first.segment()));
        undoKey(robot);
        assertEquals(automatic, vm.segmentStep().segmentNames().get(first.segment()));
        assertTrue(robot.lookup(".table-cell").match(n -> n.isVisible() && n instanceof TableCell<?, ?> c
                && automatic.equals(c.getText())).tryQuery().isPresent(), "the table shows the name put back");
        keys(robot, KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        assertEquals("Weekend bargain hunters", vm.segmentStep().segmentNames().get(first.segment()));

        robot.clickOn("#nav-segment");
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup(".result-tabs").queryAs(TabPane.class);
        Tab compare = tabs.getTabs().stream().filter(t -> "Compare runs".equals(t.getText())).findFirst().orElseThrow();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> tabs.getSelectionModel().select(compare));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<SegmentationRun> runs = robot.lookup(".runs-table").queryAs(TableView.class);
        SegmentationRun run1 = vm.segmentStep().runs().get(0);
        robot.clickOn(robot.lookup(".runs-table .table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() == run1).queryAs(Node.class));
        robot.clickOn("#removeRunButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.segmentStep().runs().size());
        assertEquals("Undo \u201cRemove Run 1\u201d", vm.undo().undoTextProperty().get());
        undoKey(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, runs.getItems().size(), "the run is back in the table");
        assertSame(run1, vm.segmentStep().runs().get(0));
        assertFalse(vm.runner().isRunning(), "nothing is computed to bring it back");
    }
}
