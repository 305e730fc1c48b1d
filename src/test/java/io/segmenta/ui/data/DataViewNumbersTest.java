package io.segmenta.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.ui.Notice;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.task.SyncTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Data step, over a real import: how a column's numbers were read is shown, and short rows are said. */
@ExtendWith(ApplicationExtension.class)
class DataViewNumbersTest {
    @TempDir
    Path dir;
    private final Preferences node = Preferences.userRoot().node("io/segmenta/test/dataview-numbers-" + UUID.randomUUID());
    private final NoticeBoard notices = new NoticeBoard();
    private DataViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new DataViewModel(new SyncTaskRunner(), notices, new RecentFiles(node), new CoreDatasetSource());
        stage.setScene(new Scene(new DataView(vm).load(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theTypeCellShowsHowNumbersWereReadAndShortRowsAreSaid(FxRobot robot) throws IOException {
        Path f = dir.resolve("crm.csv");
        Files.writeString(f, "Customer,Spend,Discount\nAnn,\"$1,234.50\",12%\nBob,$980.00\nCid,\"$12,000.00\",0%\n");
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.open(f));
        WaitForAsyncUtils.waitForFxEvents();

        List<ColumnInfo> columns = vm.columns();
        assertEquals("numbers with $ and thousands commas", columns.get(1).numberRule());
        assertNull(columns.get(0).numberRule());

        List<TableCell<?, ?>> ruled = robot.lookup(".table-cell.number-rule").queryAll().stream()
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).toList();
        assertEquals(2, ruled.size(), "Spend and Discount carry the sign");
        assertEquals("numeric", ruled.get(0).getText());
        // the tooltip is made when the pointer first comes over the cell, with the text the cell keeps
        assertNull(ruled.get(0).getTooltip(), "no popup made while nobody hovers");
        robot.moveTo(ruled.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Read as numbers with $ and thousands commas. The segmented table keeps the cells as they are "
                + "written in the file.", ruled.get(0).getTooltip().getText());
        assertEquals(420, ruled.get(0).getTooltip().getMaxWidth(), "styled as the cell asks");
        assertEquals("Read as percentages (12% is read as 12). The segmented table keeps the cells as they are "
                + "written in the file.", io.segmenta.ui.HoverTips.text((javafx.scene.control.Control) ruled.get(1)));

        Notice n = notices.current();
        assertNotNull(n);
        assertEquals(Notice.Level.WARNING, n.level());
        assertTrue(n.text().contains("crm.csv: 1 row has fewer fields than the header (line 3); its missing cells were "
                + "read as missing values."), n.text());
    }
}
