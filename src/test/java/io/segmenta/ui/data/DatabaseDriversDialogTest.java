package io.segmenta.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.JdbcDrivers;
import io.segmenta.core.data.TableWriters;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.MariaDbServer;
import io.segmenta.testing.SharedData;
import io.segmenta.testing.TestDrivers;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.charts.export.ChartExport;
import io.segmenta.ui.task.SyncTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
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
 * File > Open from database with the drivers folder: the dialog lists the drivers (Segmenta's and the
 * folder's), shows the folder, names a jar in it that is not a driver, says under the URL which driver
 * is missing and where to put it, and previews a real MariaDB table through the driver from the folder.
 */
@ExtendWith(ApplicationExtension.class)
class DatabaseDriversDialogTest {
    @TempDir
    Path tmp;

    private final Preferences node = Preferences.userRoot().node("io/segmenta/test/drivers-" + UUID.randomUUID());
    private Stage stage;
    private DataViewModel vm;
    private Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()); // as MainWindow does
        vm = new DataViewModel(new SyncTaskRunner(), new NoticeBoard(), new RecentFiles(node), new DatasetSource() {
            @Override
            public Dataset read(Path file, ProgressListener progress, CancellationToken cancel) {
                throw new UnsupportedOperationException("no files in this test");
            }

            @Override
            public Dataset sample() {
                throw new UnsupportedOperationException("no sample in this test");
            }

            @Override
            public JdbcDrivers drivers() {
                return JdbcDrivers.load(folder, List.of());
            }
        });
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private DatabaseDialog open() {
        DatabaseDialog[] d = new DatabaseDialog[1];
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            d[0] = new DatabaseDialog(stage, vm.database());
            d[0].dialog().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return d[0];
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void withoutTheDriverTheDialogSaysWhichAndWhere(FxRobot robot) throws Exception {
        folder = tmp.resolve("drivers");
        DatabaseDialog dialog = open();
        assertEquals(folder.toString(), robot.lookup("#databaseDriversFolder").queryAs(TextField.class).getText());
        assertTrue(text(robot, "#databaseDrivers").contains("PostgreSQL "), text(robot, "#databaseDrivers"));
        assertFalse(Files.exists(folder), "opening the dialog creates nothing");
        robot.clickOn("#databaseDriversCopy");
        assertTrue(Files.isDirectory(folder), "Copy path makes the folder, so the path can be opened");
        assertEquals(folder.toString(), WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                .get());
        assertFalse(robot.lookup("#databaseDriverNote").query().isVisible(), "no URL yet, no note");
        robot.clickOn("#databaseUrl").write("jdbc:postgresql://127.0.0.1:1/shop");
        assertFalse(robot.lookup("#databaseDriverNote").query().isVisible(), "PostgreSQL's driver ships");
        robot.clickOn("#databaseUrl").eraseText("jdbc:postgresql://127.0.0.1:1/shop".length());
        robot.clickOn("#databaseUrl").write("jdbc:mariadb://127.0.0.1:1/shop");
        String note = text(robot, "#databaseDriverNote");
        assertTrue(robot.lookup("#databaseDriverNote").query().isVisible());
        assertEquals("No driver for MariaDB is installed (Segmenta does not ship it). Download the jar of "
                + "org.mariadb.jdbc:mariadb-java-client from Maven Central (https://central.sonatype.com/artifact/"
                + "org.mariadb.jdbc/mariadb-java-client) and put it in the drivers folder below.", note);
        robot.clickOn("#databaseQuery").write("SELECT 1");
        robot.clickOn("#databasePreview");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DatabaseViewModel.MISSING_DRIVER, vm.database().statusProperty().get(),
                "the preview points to the note, not the same words twice");
        shot(dialog, "database-dialog-missing-driver");
    }

    @Test
    void aDriverInTheFolderIsListedAndPreviewsMariaDb(FxRobot robot) throws Exception {
        MariaDbServer server = MariaDbServer.get();
        folder = TestDrivers.folderWithMariaDb(tmp);
        Files.writeString(folder.resolve("notes.jar"), "not a jar");
        JdbcDrivers drivers = JdbcDrivers.load(folder, List.of());
        try (Connection c = drivers.connect(server.url() + "?sessionVariables=sql_mode=ANSI_QUOTES",
                new Properties())) {
            TableWriters.sql(TableWriters.readMall(SharedData.dataset(SharedData.MALL)), c);
        }
        DatabaseDialog dialog = open();
        assertTrue(text(robot, "#databaseDrivers").startsWith(
                "MariaDB 3.5.8 (mariadb-java-client-3.5.8.jar), PostgreSQL 42.7 (included), "),
                text(robot, "#databaseDrivers"));
        assertTrue(text(robot, "#databaseDriverProblems").startsWith("notes.jar cannot be read as a jar file ("),
                text(robot, "#databaseDriverProblems"));
        robot.clickOn("#databaseUrl").write(server.url());
        assertFalse(robot.lookup("#databaseDriverNote").query().isVisible(), text(robot, "#databaseDriverNote"));
        robot.clickOn("#databaseQuery").write("SELECT * FROM customers ORDER BY CustomerID");
        robot.clickOn("#databasePreview");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> preview = robot.lookup("#databasePreviewTable").queryAs(TableView.class);
        assertEquals(100, preview.getItems().size(), () -> vm.database().statusProperty().get());
        assertEquals(5, preview.getColumns().size());
        shot(dialog, "database-dialog-drivers");
    }

    /** With -Dsegmenta.test.shots=DIR, a PNG of the dialog for a person to look at. */
    private static void shot(DatabaseDialog dialog, String name) {
        String dir = System.getProperty("segmenta.test.shots");
        if (dir == null) {
            return;
        }
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            WritableImage image = dialog.dialog().getDialogPane().getScene().snapshot(null);
            ChartExport.writePng(image, Path.of(dir).resolve(name + ".png"));
        });
    }
}
