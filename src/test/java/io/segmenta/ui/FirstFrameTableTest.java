package io.segmenta.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.Datasets;
import io.segmenta.ui.task.FxTaskRunner;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table put in the view model before the window shows (how Segmenta starts on the built-in sample) is laid
 * out with the window itself, before its first frame: the rows are there as soon as {@code show} returns, with
 * no later pulse to wait for.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTableTest {
    private UiFixture fixture;
    private MainViewModel vm;
    /** Indices of the rows table's filled rows when {@code show} returned, before any pulse ran. */
    private final List<Integer> rowsAtShow = new ArrayList<>();
    private int datasetRowsAtShow;

    @Start
    void start(Stage stage) {
        fixture = new UiFixture(new FxTaskRunner());
        vm = fixture.vm();
        MainWindow.show(stage, vm, WindowTests.dialogs(null, null), null,
                () -> vm.data().showSample(Datasets.sample()));
        datasetRowsAtShow = vm.data().dataset() == null ? -1 : vm.data().dataset().rowCount();
        for (Node n : stage.getScene().getRoot().lookupAll(".rows-table .table-row-cell")) {
            if (n instanceof TableRow<?> row && row.getItem() != null) {
                rowsAtShow.add(row.getIndex());
            }
        }
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.shutdown());
        fixture.close();
    }

    @Test
    void theSampleIsLaidOutWithTheWindowBeforeItsFirstFrame() {
        assertEquals(500, datasetRowsAtShow, "the sample is the open table when show returns");
        assertTrue(rowsAtShow.contains(0) && rowsAtShow.size() >= 10,
                () -> "the first rows are in the window when show returns, before any pulse: " + rowsAtShow);
        assertEquals("Built-in sample", vm.data().originProperty().get());
    }
}
