package io.segmenta.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.task.SyncTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The row table is virtualised: a million rows open at once and only visible cells exist. */
@ExtendWith(ApplicationExtension.class)
class DataViewTest {
    private static final int ROWS = 1_000_000;
    private final Preferences node = Preferences.userRoot().node("io/segmenta/test/dataview-" + UUID.randomUUID());
    private DataViewModel vm;

    /** A generated million-customer table (income = row mod 150, region cycling through 3 levels). */
    private static Dataset million() {
        double[] income = new double[ROWS];
        int[] region = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            income[i] = i % 150;
            region[i] = i % 3;
        }
        return new Dataset("million.csv", List.of(new NumericColumn("Income", income),
                new CategoricalColumn("Region", region, List.of("North", "South", "West"))), null);
    }

    @Start
    void start(Stage stage) {
        Dataset big = million();
        vm = new DataViewModel(new SyncTaskRunner(), new NoticeBoard(), new RecentFiles(node), new DatasetSource() {
            @Override
            public Dataset read(Path file, ProgressListener progress, CancellationToken cancel) {
                return big;
            }

            @Override
            public Dataset sample() {
                return big;
            }
        });
        stage.setScene(new Scene(new DataView(vm).load(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void aMillionRowsOpenAndOnlyVisibleCellsAreBuilt(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.openSample());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> rows = robot.lookup(".rows-table").queryAs(TableView.class);
        assertEquals(ROWS, rows.getItems().size());
        assertEquals(List.of("#", "Income", "Region"), rows.getColumns().stream().map(c -> c.getText()).toList());
        int cells = robot.lookup(".rows-table .table-cell").queryAll().size();
        assertTrue(cells < 300, "only the visible rows have cells: " + cells);

        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> rows.scrollTo(ROWS - 1));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = robot.lookup(".rows-table .table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && !c.isEmpty()).map(n -> ((IndexedCell<?>) n).getText())
                .toList();
        assertTrue(texts.contains("1000000"), "the last row number is shown");
        assertTrue(texts.contains(Integer.toString((ROWS - 1) % 150)), "its income is formatted from the column");
        assertTrue(texts.contains("West") || texts.contains("North") || texts.contains("South"));
    }

    @Test
    void columnListShowsTypesMissingCountsAndRoles(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.openSample());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("numeric").tryQuery().isPresent());
        assertTrue(robot.lookup("categorical").tryQuery().isPresent());
        assertEquals("1,000,000 rows · 2 columns · no missing values", vm.summaryProperty().get());
        assertTrue(robot.lookup("million.csv").tryQuery().isPresent(), "the table name is the title");
    }
}
