package io.segmenta.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.TableWriters;
import io.segmenta.testing.PostgresServer;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.FileDialogs;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.MainWindow;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.WindowTests;
import io.segmenta.ui.task.FxTaskRunner;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens an .xlsx by the File menu and by a drop, and a database query with the dialog. */
@ExtendWith(ApplicationExtension.class)
class ImportFormatsWindowTest {
    @TempDir
    static Path tmp;
    static Path workbook;

    private UiFixture fixture;
    private MainViewModel vm;
    private Stage stage;

    @BeforeAll
    static void writeWorkbook() throws Exception {
        workbook = tmp.resolve("mall.xlsx");
        List<TableWriters.Customer> mall = TableWriters.readMall(SharedData.dataset(SharedData.MALL));
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            Sheet notes = wb.createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("Exported from the CRM");
            Sheet s = wb.createSheet("Customers");
            Row h = s.createRow(0);
            for (int j = 0; j < TableWriters.HEADER.length; j++) {
                h.createCell(j).setCellValue(TableWriters.HEADER[j]);
            }
            for (int i = 0; i < mall.size(); i++) {
                Row r = s.createRow(i + 1);
                TableWriters.Customer c = mall.get(i);
                r.createCell(0).setCellValue(c.id());
                r.createCell(1).setCellValue(c.genre());
                r.createCell(2).setCellValue(c.age());
                r.createCell(3).setCellValue(c.income());
                r.createCell(4).setCellValue(c.spending());
            }
            wb.write(out);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new UiFixture(new FxTaskRunner());
        vm = fixture.vm();
        FileDialogs answers = WindowTests.dialogs(workbook, null);
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

    @Test
    void opensAWorkbookByTheFileMenuAndPicksASheet(FxRobot robot) throws TimeoutException {
        robot.clickOn("File").clickOn("Open…");
        waitIdle();
        Dataset d = vm.data().dataset();
        assertNotNull(d, () -> "open failed: " + vm.notices().current());
        assertEquals("mall.xlsx [Customers]", d.name(), "the first sheet holds one line of text, not a table");
        ChoiceBox<?> sheets = robot.lookup("#sheetChoice").queryAs(ChoiceBox.class);
        assertTrue(sheets.isVisible());
        assertEquals(List.of("Notes", "Customers"), sheets.getItems());
        assertEquals("Customers", sheets.getValue());
        assertEquals(200, d.rowCount());
        robot.clickOn(sheets).clickOn("Notes");
        waitIdle();
        assertTrue(vm.notices().current().text().contains("sheet \"Notes\", row 1: the sheet has a header row but no "
                + "data rows below it."), vm.notices().current().text());
        assertEquals("mall.xlsx [Customers]", vm.data().dataset().name(), "the open table stays");
    }

    /** A real drag gesture from a node holding the file, dropped on the window (Monocle carries the drag). */
    @Test
    void opensAWorkbookDroppedOnTheWindow(FxRobot robot) throws TimeoutException {
        Region source = new Region();
        source.setId("dragSource");
        source.setPrefSize(40, 40);
        source.setOnDragDetected(e -> {
            var board = source.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(workbook.toFile()));
            board.setContent(content);
            e.consume();
        });
        boolean[] started = new boolean[1];
        source.addEventHandler(javafx.scene.input.MouseEvent.DRAG_DETECTED, e -> started[0] = true);
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            javafx.scene.layout.Pane pane = (javafx.scene.layout.Pane) robot.lookup(".rows-table").queryAs(Node.class)
                    .getParent();
            source.setManaged(false);
            source.resizeRelocate(0, 0, 40, 40);
            source.setStyle("-fx-background-color: red;");
            pane.getChildren().add(source);
        });
        Node target = robot.lookup(".rows-table").query();
        robot.drag("#dragSource").dropTo(target);
        waitIdle();
        assertTrue(started[0], "the robot's drag started a gesture");
        Dataset d = vm.data().dataset();
        assertNotNull(d, () -> "the drop opened nothing: " + vm.notices().current());
        assertEquals("mall.xlsx [Customers]", d.name());
    }

    @Test
    void opensAQueryWithTheDatabaseDialog(FxRobot robot) throws Exception {
        PostgresServer pg = PostgresServer.get();
        TableWriters.sql(TableWriters.readMall(SharedData.dataset(SharedData.MALL)), pg.url(), PostgresServer.USER,
                PostgresServer.PASSWORD);
        robot.clickOn("File").clickOn("Open from database…");
        robot.clickOn("#databaseUrl").write(pg.url());
        robot.clickOn("#databaseUser").write(PostgresServer.USER);
        robot.clickOn("#databasePassword").write(PostgresServer.PASSWORD);
        robot.clickOn("#databaseQuery").write("SELECT * FROM customers ORDER BY \"CustomerID\"");
        robot.clickOn("#databasePreview");
        waitIdle();
        TableView<?> preview = robot.lookup("#databasePreviewTable").queryAs(TableView.class);
        assertEquals(100, preview.getItems().size(), () -> vm.data().database().statusProperty().get());
        assertEquals(5, preview.getColumns().size());
        assertEquals("5 columns; the first 100 rows (of more). Open reads every row.",
                vm.data().database().statusProperty().get());
        robot.clickOn("#databaseOpen");
        waitIdle();
        Dataset d = vm.data().dataset();
        assertNotNull(d, () -> "the query opened nothing: " + vm.notices().current());
        assertEquals("postgres (query)", d.name());
        assertEquals(200, d.rowCount());
        assertEquals("Query on " + pg.url(), vm.data().originProperty().get());
        var recent = vm.data().database().recentQueries();
        assertEquals(1, recent.size());
        assertEquals(pg.url(), recent.get(0).url());
        assertFalse(dump(Preferences.userRoot()).contains(PostgresServer.PASSWORD), "no password in the preferences");
    }

    /** Every key and value under {@code node}, as text. */
    private static String dump(Preferences node) throws Exception {
        StringBuilder b = new StringBuilder();
        for (String k : node.keys()) {
            b.append(k).append('=').append(node.get(k, "")).append('\n');
        }
        for (String child : node.childrenNames()) {
            b.append(dump(node.node(child)));
        }
        return b.toString();
    }
}
