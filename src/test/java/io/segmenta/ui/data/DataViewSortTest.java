package io.segmenta.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.data.RowSort;
import io.segmenta.core.data.TextColumn;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.task.FxTaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Clicking a header of the Data step's row table sorts the rows (ascending, descending, file order),
 * missing cells last, while the "#" column keeps each customer's row in the file. The window's own
 * task runner is used, so a million rows are sorted off the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class DataViewSortTest {
    private static final double NA = Double.NaN;
    private static final double[] INCOME = {40, NA, 15, 99, 15, NA, 70, 2.5};
    private static final String[] NAME = {"b", "C10", null, "anna", "c9", "Bob", "A2", "a10"};

    private final Preferences node = Preferences.userRoot().node("io/segmenta/test/datasort-" + UUID.randomUUID());
    private FxTaskRunner runner;
    private DataViewModel vm;
    private TableView<Integer> table;
    private Dataset next;

    /** Eight customers: income with two missing cells, a name (one missing), a region. */
    private static Dataset small() {
        return new Dataset("small.csv", List.of(new NumericColumn("Income", INCOME.clone()),
                new TextColumn("Name", ColumnType.TEXT, NAME.clone()),
                new CategoricalColumn("Region", new int[] {2, 0, 1, 0, 2, 1, 0, 1}, List.of("North", "South", "West"))),
                null);
    }

    /** A million customers; income counts down from 999,999 with every 1000th cell missing. */
    private static Dataset million() {
        int n = 1_000_000;
        double[] income = new double[n];
        for (int i = 0; i < n; i++) {
            income[i] = i % 1000 == 7 ? NA : n - 1 - i;
        }
        return new Dataset("million.csv", List.of(new NumericColumn("Income", income)), null);
    }

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner();
        vm = new DataViewModel(runner, new NoticeBoard(), new RecentFiles(node), new DatasetSource() {
            @Override
            public Dataset read(Path file, ProgressListener progress, CancellationToken cancel) {
                return next;
            }

            @Override
            public Dataset sample() {
                return next;
            }
        });
        stage.setScene(new Scene(new DataView(vm).load(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void tearDown() throws BackingStoreException {
        WaitForAsyncUtils.asyncFx(() -> runner.shutdown());
        node.removeNode();
    }

    private void open(Dataset d, FxRobot robot) throws TimeoutException {
        next = d;
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.openSample());
        waitIdle();
        table = robot.lookup(".rows-table").queryAs(TableView.class);
    }

    private void waitIdle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !runner.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void clickHeader(FxRobot robot, String column) {
        Node header = robot.lookup(".rows-table .column-header").match(n -> n instanceof TableColumnHeader h
                && h.getTableColumn() != null && column.equals(h.getTableColumn().getText())).query();
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The file rows in the order on show. */
    private List<Integer> order() {
        return List.copyOf(table.getItems());
    }

    /** The text of the cell of {@code column} in the row shown at {@code position}. */
    private String cellText(FxRobot robot, int position, String column) {
        TableRow<?> row = robot.lookup(".rows-table .table-row-cell")
                .match(n -> n instanceof TableRow<?> r && r.getIndex() == position && !r.isEmpty() && r.isVisible()
                        && r.getParent() != null && r.getParent().isVisible())
                .queryAs(TableRow.class);
        for (Node n : row.getChildrenUnmodifiable()) {
            if (n instanceof TableCell<?, ?> c && column.equals(c.getTableColumn().getText())) {
                return c.getText();
            }
        }
        throw new AssertionError("no cell of " + column + " in row " + position);
    }

    private List<String> columnTexts(FxRobot robot, String column) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            texts.add(cellText(robot, i, column));
        }
        return texts;
    }

    private TableColumn<Integer, ?> column(String name) {
        return table.getColumns().stream().filter(c -> c.getText().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void clickingANumericHeaderSortsAscendingThenDescendingThenBackToFileOrder(FxRobot robot) throws TimeoutException {
        open(small(), robot);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), order());
        assertEquals("In file order · click a header to sort", vm.sortNoteProperty().get());

        clickHeader(robot, "Income");
        assertEquals(List.of(7, 2, 4, 0, 6, 3, 1, 5), order(), "2.5, 15, 15 (file order), 40, 70, 99, then missing");
        assertEquals(List.of("2.5", "15", "15", "40", "70", "99", "", ""), columnTexts(robot, "Income"));
        assertEquals(TableColumn.SortType.ASCENDING, column("Income").getSortType());
        assertEquals(List.of(column("Income")), table.getSortOrder());
        assertEquals("Sorted by Income, smallest first · missing values last", vm.sortNoteProperty().get());

        clickHeader(robot, "Income");
        assertEquals(List.of(3, 6, 0, 2, 4, 7, 1, 5), order(), "99, 70, 40, 15, 15 (file order), 2.5, then missing");
        assertEquals(List.of("99", "70", "40", "15", "15", "2.5", "", ""), columnTexts(robot, "Income"));
        assertEquals("Sorted by Income, largest first · missing values last", vm.sortNoteProperty().get());

        clickHeader(robot, "Income");
        assertTrue(table.getSortOrder().isEmpty(), "the third click removes the sort");
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), order());
        assertEquals(List.of("40", "", "15", "99", "15", "", "70", "2.5"), columnTexts(robot, "Income"));
    }

    @Test
    void missingValuesStayLastInBothDirections(FxRobot robot) throws TimeoutException {
        open(small(), robot);
        clickHeader(robot, "Income");
        assertEquals(List.of("", ""), columnTexts(robot, "Income").subList(6, 8));
        clickHeader(robot, "Income");
        assertEquals(List.of("", ""), columnTexts(robot, "Income").subList(6, 8));
        clickHeader(robot, "Name");
        assertEquals("", cellText(robot, 7, "Name"), "the missing name is last");
        clickHeader(robot, "Name");
        assertEquals("", cellText(robot, 7, "Name"), "also from Z to A");
    }

    @Test
    void aTextHeaderSortsCaseInsensitivelyWithNumbersByValue(FxRobot robot) throws TimeoutException {
        open(small(), robot);
        clickHeader(robot, "Name");
        assertEquals(List.of("A2", "a10", "anna", "b", "Bob", "c9", "C10", ""), columnTexts(robot, "Name"));
        assertEquals("Sorted by Name, A to Z · missing values last", vm.sortNoteProperty().get());
        clickHeader(robot, "Name");
        assertEquals(List.of("C10", "c9", "Bob", "b", "anna", "a10", "A2", ""), columnTexts(robot, "Name"));
        clickHeader(robot, "Region");
        assertEquals(List.of("North", "North", "North", "South", "South", "South", "West", "West"),
                columnTexts(robot, "Region"));
        assertEquals(List.of(1, 3, 6, 2, 5, 7, 0, 4), order(), "ties in file order");
    }

    @Test
    void theRowNumberColumnKeepsEachCustomersRowInTheFile(FxRobot robot) throws TimeoutException {
        open(small(), robot);
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), columnTexts(robot, "#"));
        clickHeader(robot, "Income");
        assertEquals(List.of("8", "3", "5", "1", "7", "4", "2", "6"), columnTexts(robot, "#"));
        assertEquals("2.5", cellText(robot, 0, "Income"));
        assertEquals("a10", cellText(robot, 0, "Name"), "the whole customer moves, not one cell");
        clickHeader(robot, "#");
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), columnTexts(robot, "#"), "sorted by row number");
        clickHeader(robot, "#");
        assertEquals(List.of("8", "7", "6", "5", "4", "3", "2", "1"), columnTexts(robot, "#"), "last row first");
        assertEquals("Sorted by row number, last row first", vm.sortNoteProperty().get());
    }

    @Tag("timing")
    @Test
    void aMillionRowsSortInTheBackgroundWithTheRowNumbersKept(FxRobot robot) throws TimeoutException {
        open(million(), robot);
        long t0 = System.nanoTime();
        clickHeader(robot, "Income");
        waitIdle();
        double seconds = (System.nanoTime() - t0) / 1e9;
        RowIndexList rows = vm.rows();
        assertEquals(1_000_000, rows.size());
        assertEquals(999_999, rows.row(0), "the smallest income, 0, is on the last line");
        assertEquals(999_998, rows.row(1), "then income 1 on the line before");
        assertEquals(7, rows.row(1_000_000 - 1_000), "the 1000 missing cells are last, in file order");
        assertEquals(999_007, rows.row(999_999));
        assertEquals("1000000", cellText(robot, 0, "#"));
        assertEquals("0", cellText(robot, 0, "Income"));
        assertEquals("Sorted by Income, smallest first · missing values last", vm.sortNoteProperty().get());
        assertTrue(seconds < 10, "sorted in " + seconds + " s");
        assertTrue(runner.getMessage().startsWith("Sorting 1,000,000 rows by Income"), runner.getMessage());
    }

    @Test
    void aLargeSortWaitsForOtherWorkAndACancelledSortKeepsTheOrder(FxRobot robot) throws TimeoutException,
            InterruptedException {
        open(million(), robot);
        CountDownLatch release = new CountDownLatch(1);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> runner.run("Other work", (progress, cancel) -> {
            release.await();
            return "done";
        }, v -> { }));
        clickHeader(robot, "Income");
        assertTrue(runner.isRunning());
        assertEquals("Other work…", runner.getMessage(), "the other work was not interrupted");
        assertTrue(vm.rows().isFileOrder(), "the rows wait");
        assertEquals("Sorting by Income once the running work has finished…", vm.sortNoteProperty().get());
        assertEquals(List.of(column("Income")), table.getSortOrder());

        release.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.sortNoteProperty().get().startsWith("Sorted by"));
        waitIdle();
        assertEquals(999_999, vm.rows().row(0), "sorted once the other work ended");

        // descending, cancelled at once: the rows stay ascending and so does the header
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            column("Income").setSortType(TableColumn.SortType.DESCENDING);
            runner.cancel();
        });
        waitIdle();
        assertEquals(999_999, vm.rows().row(0), "the order on show is kept");
        assertEquals(TableColumn.SortType.ASCENDING, column("Income").getSortType(), "the header says so");
        assertEquals(List.of(new RowSort.Key(0, false)), vm.sortKeysProperty().get());
        assertEquals("Sorted by Income, smallest first · missing values last", vm.sortNoteProperty().get());
        assertFalse(robot.lookup(".sort-note").queryAs(Label.class).getText().isEmpty());
    }
}
