package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.CancelledException;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries against a real PostgreSQL server and a real SQLite file. */
class DatabaseImporterTest {
    @TempDir
    Path dir;

    private static Dataset pg(String sql) {
        PostgresServer pg = PostgresServer.get();
        return DatabaseImporter.read(new DatabaseQuery(pg.url(), PostgresServer.USER, sql),
                PostgresServer.PASSWORD.toCharArray(), ProgressListener.NONE, CancellationToken.NONE);
    }

    @Test
    void postgresTypesComeFromTheResultSetMetadata() {
        Dataset d = pg("SELECT i AS id_no, i * 10 AS visits, (i * 1.25)::numeric(10,2) AS spend, i / 3.0::float8 AS ratio,"
                + " DATE '2024-01-01' + i AS joined, TIMESTAMP '2024-05-01 08:15:30' + i * INTERVAL '1 minute' AS seen,"
                + " TIMESTAMPTZ '2024-05-01 10:00:00+02' AS seen_tz, (i % 2 = 0) AS member,"
                + " CASE WHEN i % 3 = 0 THEN 'gold' ELSE 'silver' END AS segment,"
                + " CASE WHEN i = 5 THEN NULL ELSE i END AS sometimes"
                + " FROM generate_series(1, 50) AS i ORDER BY i");
        assertEquals(50, d.rowCount());
        for (String n : List.of("visits", "spend", "ratio", "sometimes")) {
            assertEquals(ColumnType.NUMERIC, d.column(n).type(), n);
        }
        assertEquals(2.5, ((NumericColumn) d.column("spend")).get(1));
        assertEquals(ColumnType.DATE, d.column("joined").type());
        assertEquals(LocalDateTime.of(2024, 1, 3, 0, 0), ((DateColumn) d.column("joined")).get(1));
        assertEquals(LocalDateTime.of(2024, 5, 1, 8, 17, 30), ((DateColumn) d.column("seen")).get(1));
        assertEquals(LocalDateTime.of(2024, 5, 1, 8, 0, 0), ((DateColumn) d.column("seen_tz")).get(0), "in UTC");
        assertEquals(ColumnType.CATEGORICAL, d.column("member").type());
        assertEquals(ColumnType.CATEGORICAL, d.column("segment").type());
        assertTrue(d.column("sometimes").isMissing(4));
        assertEquals("jdbc:postgresql://127.0.0.1", PostgresServer.get().url().substring(0, 27));
        assertEquals("postgres (query)", d.name());
    }

    @Test
    void theConnectionIsReadOnly() {
        pg("SELECT 1 AS one");
        SegmentaException e = assertThrows(SegmentaException.class,
                () -> pg("CREATE TABLE written_by_segmenta (a int)"));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        Dataset d = pg("SELECT count(*) AS n FROM pg_tables WHERE tablename = 'written_by_segmenta'");
        assertEquals("0", d.column("n").format(0));
    }

    @Test
    void aWrongPasswordIsNamedWithoutThePassword() {
        PostgresServer pg = PostgresServer.get();
        SegmentaException e = assertThrows(SegmentaException.class, () -> DatabaseImporter.read(
                new DatabaseQuery(pg.url(), PostgresServer.USER, "SELECT 1"), "not-the-password".toCharArray(),
                ProgressListener.NONE, CancellationToken.NONE));
        assertTrue(e.getMessage().startsWith("Could not connect to " + pg.url() + " as segmenta: "), e.getMessage());
        assertFalse(e.getMessage().contains("not-the-password"), e.getMessage());
    }

    @Test
    void cancelStopsTheQueryOnTheServer() {
        AtomicBoolean cancelled = new AtomicBoolean();
        PostgresServer pg = PostgresServer.get();
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
        assertThrows(CancelledException.class, () -> DatabaseImporter.read(
                new DatabaseQuery(pg.url(), PostgresServer.USER, "SELECT pg_sleep(60) AS slept"),
                PostgresServer.PASSWORD.toCharArray(), ProgressListener.NONE, cancelled::get));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 20, "stopped after " + seconds + " s, not the query's 60 s");
    }

    @Test
    void aPreviewReadsTheFirstRows() {
        PostgresServer pg = PostgresServer.get();
        Dataset d = DatabaseImporter.read(new DatabaseQuery(pg.url(), PostgresServer.USER,
                        "SELECT i FROM generate_series(1, 100000) AS i"), PostgresServer.PASSWORD.toCharArray(), 100,
                ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(100, d.rowCount());
    }

    @Test
    void aPasswordInTheUrlIsRefused() {
        for (String url : List.of("jdbc:postgresql://localhost/shop?user=a&password=secret",
                "jdbc:mysql://a:secret@localhost/shop")) {
            SegmentaException e = assertThrows(SegmentaException.class, () -> DatabaseImporter.read(
                    new DatabaseQuery(url, "", "SELECT 1"), new char[0], ProgressListener.NONE, CancellationToken.NONE));
            assertTrue(e.getMessage().startsWith("The database URL holds a password."), e.getMessage());
        }
    }

    @Test
    void aMissingDriverIsNamed() {
        SegmentaException e = assertThrows(SegmentaException.class, () -> DatabaseImporter.read(
                new DatabaseQuery("jdbc:nosuchdb://localhost/shop", "", "SELECT 1"), new char[0],
                ProgressListener.NONE, CancellationToken.NONE));
        assertTrue(e.getMessage().startsWith("No JDBC driver accepts jdbc:nosuchdb: URLs."), e.getMessage());
        assertTrue(e.getMessage().contains(JdbcDrivers.defaultFolder().toString()), e.getMessage());
    }

    @Test
    void sqliteIsOpenedReadOnlyAndMixedColumnsAreText() throws Exception {
        Path db = dir.resolve("shop.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (code, amount REAL, note TEXT)");
            st.execute("INSERT INTO t VALUES (1, 2.5, 'a'), (2, NULL, 'b'), ('x7', 4, NULL)");
        }
        byte[] before = Files.readAllBytes(db);
        String url = "jdbc:sqlite:" + db;
        Dataset d = DatabaseImporter.read(new DatabaseQuery(url, "", "SELECT note, amount FROM t"), new char[0],
                ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(ColumnType.NUMERIC, d.column("amount").type());
        assertTrue(d.column("amount").isMissing(1));
        SegmentaException e = assertThrows(SegmentaException.class, () -> DatabaseImporter.read(
                new DatabaseQuery(url, "", "DELETE FROM t"), new char[0], ProgressListener.NONE,
                CancellationToken.NONE));
        assertTrue(e.getMessage().startsWith("The query on " + url + " failed: "), e.getMessage());
        e = assertThrows(SegmentaException.class, () -> DatabaseImporter.read(
                new DatabaseQuery(url, "", "SELECT code FROM t"), new char[0], ProgressListener.NONE,
                CancellationToken.NONE));
        assertTrue(e.getMessage().contains("CAST(column AS TEXT)"), e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)), "the database file is unchanged");
    }
}
