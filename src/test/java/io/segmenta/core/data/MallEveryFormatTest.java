package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.MariaDbServer;
import io.segmenta.testing.PostgresServer;
import io.segmenta.testing.SharedData;
import io.segmenta.testing.TestDrivers;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Mall customers written to .xlsx, Parquet, SQLite, PostgreSQL and MariaDB (its driver from a
 * drivers folder, as a user adds it; each format written with its own library)
 * read back as the same table as the CSV, column by column and cell by cell, and give the same
 * k = 5 segmentation as scikit-learn (sizes 81/39/35/23/22).
 */
class MallEveryFormatTest {
    static final String INCOME = "Annual Income (k$)";
    static final String SPENDING = "Spending Score (1-100)";

    @TempDir
    static Path dir;
    static Dataset csv;
    static List<TableWriters.Customer> rows;

    @BeforeAll
    static void readCsv() throws Exception {
        Path mall = SharedData.dataset(SharedData.MALL);
        csv = CsvImporter.read(mall);
        rows = TableWriters.readMall(mall);
    }

    @Test
    void xlsx() throws Exception {
        Path f = dir.resolve("Mall_Customers.xlsx");
        TableWriters.xlsx(rows, f);
        check(Importers.read(f));
    }

    @Test
    void parquet() throws Exception {
        Path f = dir.resolve("Mall_Customers.parquet");
        TableWriters.parquet(rows, f);
        check(Importers.read(f));
    }

    @Test
    void sqlite() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("mall.db");
        TableWriters.sql(rows, url, null, null);
        check(DatabaseImporter.read(new DatabaseQuery(url, "", "SELECT * FROM customers"), new char[0],
                ProgressListener.NONE, CancellationToken.NONE));
    }

    @Test
    void postgresql() throws Exception {
        PostgresServer pg = PostgresServer.get();
        TableWriters.sql(rows, pg.url(), PostgresServer.USER, PostgresServer.PASSWORD);
        check(DatabaseImporter.read(new DatabaseQuery(pg.url(), PostgresServer.USER,
                        "SELECT * FROM customers ORDER BY \"CustomerID\""), PostgresServer.PASSWORD.toCharArray(),
                ProgressListener.NONE, CancellationToken.NONE));
    }

    @Test
    void mariadbThroughTheDriversFolder() throws Exception {
        MariaDbServer server = MariaDbServer.get();
        JdbcDrivers drivers = JdbcDrivers.load(TestDrivers.folderWithMariaDb(dir), List.of());
        String writing = server.url() + "?sessionVariables=sql_mode=ANSI_QUOTES";
        try (Connection c = drivers.connect(writing, new Properties())) {
            TableWriters.sql(rows, c);
        }
        check(DatabaseImporter.read(new DatabaseQuery(server.url(), "segmenta",
                "SELECT * FROM customers ORDER BY CustomerID"), new char[0], drivers, 0, ProgressListener.NONE,
                CancellationToken.NONE));
    }

    static void check(Dataset d) {
        assertEquals(csv.columnNames(), d.columnNames());
        assertEquals(csv.rowCount(), d.rowCount());
        for (int j = 0; j < csv.columnCount(); j++) {
            Column a = csv.column(j);
            Column b = d.column(j);
            assertEquals(a.type(), b.type(), a.name());
            for (int r = 0; r < csv.rowCount(); r++) {
                assertEquals(a.format(r), b.format(r), a.name() + " row " + r);
            }
        }
        assertEquals(csv.warnings(), d.warnings());
        SegmentationResult r = Segmenter.segment(d, SegmentationSpec.of(List.of(INCOME, SPENDING), 5, 42),
                ProgressListener.NONE, CancellationToken.NONE);
        assertArrayEquals(new int[] {81, 39, 35, 23, 22}, r.clustering().sizes());
    }
}
