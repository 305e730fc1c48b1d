package io.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.AppDirs;
import io.segmenta.core.data.JdbcDrivers;
import io.segmenta.core.data.TableWriters;
import io.segmenta.testing.MariaDbServer;
import io.segmenta.testing.SharedData;
import io.segmenta.testing.TestDrivers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MariaDB from the command line: its driver (not shipped) given with {@code --driver JAR} or found in the
 * drivers folder of the configuration folder, as an installed Segmenta finds it; without it, the message
 * says which driver, where to get it and where to put it.
 */
class CliDriversTest {
    @TempDir
    Path dir;

    private String mallInMariaDb() throws Exception {
        MariaDbServer server = MariaDbServer.get();
        JdbcDrivers drivers = JdbcDrivers.load(dir.resolve("no-folder"), List.of(TestDrivers.mariadb()));
        try (Connection c = drivers.connect(server.url() + "?sessionVariables=sql_mode=ANSI_QUOTES",
                new Properties())) {
            TableWriters.sql(TableWriters.readMall(SharedData.dataset(SharedData.MALL)), c);
        }
        return server.url();
    }

    private static void assertMallSegments(CliTest.Run r) throws Exception {
        assertEquals(0, r.code(), r.err());
        List<Integer> sizes = new ArrayList<>();
        r.json().path("segments").forEach(s -> sizes.add(s.path("size").asInt()));
        assertEquals(List.of(81, 39, 35, 23, 22), sizes);
    }

    @Test
    void clusterAMariaDbQueryWithTheDriverGivenForTheRun() throws Exception {
        String url = mallInMariaDb();
        assertMallSegments(CliTest.cli("cluster", "--db", url, "--query", "SELECT * FROM customers ORDER BY CustomerID",
                "--driver", TestDrivers.mariadb().toString(), "--features", CliImportFormatsTest.FEATURES, "--k", "5",
                "--json"));
    }

    /** A child JVM with its own configuration folder, as an installed Segmenta runs: the jar in drivers/ is used. */
    @Test
    void theDriversFolderIsReadByEveryRun() throws Exception {
        String url = mallInMariaDb();
        Path config = dir.resolve("config");
        TestDrivers.folderWithMariaDb(config);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-D" + AppDirs.PROPERTY + "=" + config,
                "io.segmenta.Launcher", "cluster", "--db", url, "--query",
                "SELECT * FROM customers ORDER BY CustomerID", "--features", CliImportFormatsTest.FEATURES, "--k", "5",
                "--json").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertMallSegments(new CliTest.Run(p.exitValue(), out, err));
        assertEquals("", err.strip(), "nothing on stderr (no logging noise from the driver)");
    }

    @Test
    void aMissingDriverSaysWhichAndWhere() {
        CliTest.Run r = CliTest.cli("inspect", "--db", "jdbc:mariadb://127.0.0.1:1/shop", "--query", "SELECT 1");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("No JDBC driver for MariaDB (jdbc:mariadb: URLs) is installed."), r.err());
        assertTrue(r.err().contains("org.mariadb.jdbc:mariadb-java-client"), r.err());
        assertTrue(r.err().contains("put it in the drivers folder, " + JdbcDrivers.defaultFolder()), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        r = CliTest.cli("inspect", "--db", "jdbc:mysql://127.0.0.1:1/shop", "--query", "SELECT 1");
        assertTrue(r.err().contains("com.mysql:mysql-connector-j"), r.err());
    }

    @Test
    void wrongDriverOptionsAreNamed() {
        CliTest.Run r = CliTest.cli("inspect", "@sample", "--driver", "x.jar");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--driver needs --db JDBC_URL"), r.err());
        Path missing = dir.resolve("mariadb.jar");
        r = CliTest.cli("inspect", "--db", "jdbc:mariadb://127.0.0.1:1/shop", "--query", "SELECT 1", "--driver",
                missing.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("The driver jar " + missing + " does not exist."), r.err());
    }
}
