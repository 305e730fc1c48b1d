package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.CancelledException;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.MariaDbServer;
import io.segmenta.testing.TestDrivers;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drivers folder: MariaDB's driver (LGPL, not shipped) put in it reaches a real MariaDB server
 * read-only with Cancel; a URL without a driver names the driver, its Maven coordinates and the folder;
 * jars in the folder that are not drivers are named, never thrown.
 */
class JdbcDriversTest {
    @TempDir
    Path dir;

    private static Dataset query(JdbcDrivers drivers, String url, String sql, CancellationToken cancel) {
        return DatabaseImporter.read(new DatabaseQuery(url, "segmenta", sql), new char[0], drivers, 0,
                ProgressListener.NONE, cancel);
    }

    @Test
    void theDriverComesFromTheFolderNotTheClassPath() throws Exception {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.mariadb.jdbc.Driver"),
                "MariaDB's driver must not be on the test class path, or this test proves nothing");
        JdbcDrivers drivers = JdbcDrivers.load(TestDrivers.folderWithMariaDb(dir), List.of());
        List<String> listed = drivers.drivers().stream().map(JdbcDrivers.Available::toString).toList();
        assertEquals("MariaDB 3.5.8 (mariadb-java-client-3.5.8.jar)", listed.get(0));
        for (String shipped : List.of("PostgreSQL ", "SQLite ")) {
            assertTrue(listed.stream().anyMatch(s -> s.startsWith(shipped) && s.endsWith("(included)")),
                    listed.toString());
        }
        assertEquals(List.of(), drivers.problems());
    }

    @Test
    void theConnectionIsReadOnly() throws Exception {
        MariaDbServer server = MariaDbServer.get();
        JdbcDrivers drivers = JdbcDrivers.load(TestDrivers.folderWithMariaDb(dir), List.of());
        try (Connection c = drivers.connect(server.url(), new Properties()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS visits (n INTEGER)");
            st.execute("DELETE FROM visits");
            st.execute("INSERT INTO visits VALUES (1), (2)");
        }
        for (String sql : List.of("DELETE FROM visits", "CREATE TABLE written_by_segmenta (a INTEGER)")) {
            SegmentaException e = assertThrows(SegmentaException.class,
                    () -> query(drivers, server.url(), sql, CancellationToken.NONE));
            assertTrue(e.getMessage().contains("READ ONLY transaction"), e.getMessage());
        }
        assertEquals("0", query(drivers, server.url(), "SELECT COUNT(*) AS n FROM information_schema.tables WHERE "
                + "table_name = 'written_by_segmenta'", CancellationToken.NONE).column("n").format(0));
        assertEquals("2", query(drivers, server.url(), "SELECT COUNT(*) AS n FROM visits", CancellationToken.NONE)
                .column("n").format(0));
    }

    @Test
    void cancelStopsTheQueryOnTheServer() throws Exception {
        MariaDbServer server = MariaDbServer.get();
        JdbcDrivers drivers = JdbcDrivers.load(TestDrivers.folderWithMariaDb(dir), List.of());
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
            cancelled.set(true);
        });
        canceller.start();
        long start = System.nanoTime();
        assertThrows(CancelledException.class, () -> query(drivers, server.url(), "SELECT SLEEP(60) AS slept",
                cancelled::get));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 20, "stopped after " + seconds + " s, not the query's 60 s");
    }

    @Test
    void aMissingDriverNamesItsCoordinatesAndTheFolder() {
        Path folder = dir.resolve("drivers");
        JdbcDrivers none = JdbcDrivers.load(folder, List.of());
        SegmentaException maria = assertThrows(SegmentaException.class,
                () -> query(none, "jdbc:mariadb://127.0.0.1:1/shop", "SELECT 1", CancellationToken.NONE));
        assertEquals("No JDBC driver for MariaDB (jdbc:mariadb: URLs) is installed. Segmenta does not ship it: "
                + "download the driver jar of org.mariadb.jdbc:mariadb-java-client from Maven Central ("
                + "https://central.sonatype.com/artifact/org.mariadb.jdbc/mariadb-java-client) and put it in the "
                + "drivers folder, " + folder
                + " (or, on the command line, give it with --driver JAR), then run the query again.",
                maria.getMessage());
        SegmentaException mysql = assertThrows(SegmentaException.class,
                () -> query(none, "jdbc:mysql://127.0.0.1:1/shop", "SELECT 1", CancellationToken.NONE));
        assertTrue(mysql.getMessage().contains("MySQL (jdbc:mysql: URLs)") && mysql.getMessage().contains(
                "com.mysql:mysql-connector-j") && mysql.getMessage().contains(folder.toString()), mysql.getMessage());
        SegmentaException other = assertThrows(SegmentaException.class,
                () -> query(none, "jdbc:nosuchdb://localhost/shop", "SELECT 1", CancellationToken.NONE));
        assertTrue(other.getMessage().startsWith("No JDBC driver accepts jdbc:nosuchdb: URLs. Segmenta ships drivers "
                + "for PostgreSQL"), other.getMessage());
        assertTrue(other.getMessage().contains(folder.toString()), other.getMessage());
    }

    @Test
    void jarsThatAreNotDriversAreNamedNotThrown() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("drivers"));
        Files.writeString(folder.resolve("notes.jar"), "not a zip file");
        jar(folder.resolve("library.jar"), "README.txt", "no driver here");
        jar(folder.resolve("broken-driver.jar"), "META-INF/services/java.sql.Driver", "com.example.NoSuchDriver\n");
        Files.writeString(folder.resolve("readme.txt"), "only .jar files are read");
        jar(folder.resolve("postgresql-old.jar"), "META-INF/services/java.sql.Driver", "org.postgresql.Driver\n");
        JdbcDrivers drivers = JdbcDrivers.load(folder, List.of());
        List<String> problems = drivers.problems();
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("library.jar holds no JDBC driver"), problems.toString());
        assertTrue(problems.get(1).startsWith("notes.jar cannot be read as a jar file ("), problems.toString());
        assertTrue(problems.get(2).startsWith("A driver in the drivers folder could not be loaded (")
                && problems.get(2).contains("com.example.NoSuchDriver"), problems.toString());
        assertEquals("broken-driver.jar lists a JDBC driver that could not be loaded.", problems.get(3));
        assertEquals("postgresql-old.jar holds a driver Segmenta includes (org.postgresql.Driver); the included one "
                + "is used.", problems.get(4));
        assertFalse(problems.toString().contains("\tat "), "no stack trace");
        SegmentaException e = assertThrows(SegmentaException.class,
                () -> query(drivers, "jdbc:mariadb://127.0.0.1:1/shop", "SELECT 1", CancellationToken.NONE));
        assertTrue(e.getMessage().contains("In the drivers folder: library.jar holds no JDBC driver"), e.getMessage());
    }

    @Test
    void aDriverJarGivenForOneRunMustExist() {
        Path missing = dir.resolve("mariadb.jar");
        SegmentaException e = assertThrows(SegmentaException.class,
                () -> JdbcDrivers.load(dir.resolve("drivers"), List.of(missing)));
        assertEquals("The driver jar " + missing + " does not exist. Give the path of a JDBC driver's .jar file with "
                + "--driver.", e.getMessage());
    }

    @Test
    void theDefaultFolderIsInTheConfigurationFolder() {
        assertEquals(io.segmenta.core.AppDirs.config().resolve("drivers"), JdbcDrivers.defaultFolder());
        assertEquals(JdbcDrivers.defaultFolder(), JdbcDrivers.installed().folder());
    }

    private static void jar(Path file, String entry, String text) throws Exception {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry(entry));
            jar.write(text.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }
}
