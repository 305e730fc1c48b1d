package io.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmenta.core.data.TableWriters;
import io.segmenta.testing.PostgresServer;
import io.segmenta.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands read .xlsx, Parquet and databases (--db --query) as they read CSV. */
class CliImportFormatsTest {
    static final String FEATURES = "Annual Income (k$),Spending Score (1-100)";

    @TempDir
    static Path dir;
    static List<TableWriters.Customer> mall;

    @BeforeAll
    static void mall() throws Exception {
        mall = TableWriters.readMall(SharedData.dataset(SharedData.MALL));
    }

    private static void assertMallSegments(CliTest.Run r) throws Exception {
        assertEquals(0, r.code(), r.err());
        JsonNode segments = r.json().path("segments");
        List<Integer> sizes = new ArrayList<>();
        segments.forEach(s -> sizes.add(s.path("size").asInt()));
        assertEquals(List.of(81, 39, 35, 23, 22), sizes);
    }

    @Test
    void clusterAnXlsxAndAParquetFile() throws Exception {
        Path xlsx = dir.resolve("mall.xlsx");
        TableWriters.xlsx(mall, xlsx);
        assertMallSegments(CliTest.cli("cluster", xlsx.toString(), "--features", FEATURES, "--k", "5", "--json"));
        assertMallSegments(CliTest.cli("cluster", xlsx.toString(), "--sheet", "Customers", "--features", FEATURES,
                "--k", "5", "--json"));
        Path parquet = dir.resolve("mall.parquet");
        TableWriters.parquet(mall, parquet);
        assertMallSegments(CliTest.cli("cluster", parquet.toString(), "--features", FEATURES, "--k", "5", "--json"));
        CliTest.Run r = CliTest.cli("inspect", parquet.toString());
        assertTrue(r.out().startsWith("mall.parquet: 200 rows, 5 columns"), r.out());
    }

    @Test
    void clusterASqliteQuery() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("mall.db");
        TableWriters.sql(mall, url, null, null);
        assertMallSegments(CliTest.cli("cluster", "--db", url, "--query", "SELECT * FROM customers",
                "--features", FEATURES, "--k", "5", "--json"));
        CliTest.Run r = CliTest.cli("sweep", "--db", url, "--query", "SELECT * FROM customers", "--features",
                FEATURES);
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void reportAndRfmReadAQueryToo() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("shop.db");
        TableWriters.sql(mall, url, null, null);
        Path html = dir.resolve("mall report.html");
        CliTest.Run r = CliTest.cli("report", "--db", url, "--query", "SELECT * FROM customers", "--features",
                FEATURES, "--k", "5", "--out", html.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(java.nio.file.Files.readString(html).contains("200 customers"));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE sales (\"Customer\" TEXT, \"Day\" TEXT, \"Invoice\" TEXT, \"Amount\" REAL)");
            st.execute("INSERT INTO sales VALUES ('A', '2024-03-01', 'I1', 10.5), ('A', '2024-03-05', 'I2', 4.5),"
                    + " ('B', '2024-03-02', 'I3', 20), ('B', '2024-03-03', 'C9', -5), (NULL, '2024-03-04', 'I4', 7)");
        }
        r = CliTest.cli("rfm", "--db", url, "--query", "SELECT * FROM sales", "--customer", "Customer", "--date", "Day",
                "--invoice", "Invoice", "--amount", "Amount", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(5, j.path("rows").asInt());
        assertEquals(1, j.path("rows_without_customer").asInt());
        assertEquals(1, j.path("return_rows").asInt());
        assertEquals(2, j.path("customers").asInt());
        assertEquals("2024-03-06", j.path("reference_day").asText());
    }

    /** The Segment column of a CSV that predict wrote. */
    private static List<String> segments(Path csv) throws Exception {
        List<String> out = new ArrayList<>();
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        int at = List.of(lines.get(0).split(",")).indexOf("Segment");
        for (String line : lines.subList(1, lines.size())) {
            out.add(line.split(",")[at]);
        }
        return out;
    }

    @Test
    void predictPlacesTheRowsOfAnSqliteQueryAsItPlacesTheFile() throws Exception {
        Path model = dir.resolve("predict-model.json");
        Path csv = SharedData.dataset(SharedData.MALL);
        assertEquals(0, CliTest.cli("cluster", csv.toString(), "--features", FEATURES, "--k", "5", "--model",
                model.toString()).code());
        Path fromFile = dir.resolve("from-file.csv");
        CliTest.Run r = CliTest.cli("predict", "--model", model.toString(), "--in", csv.toString(), "--out",
                fromFile.toString());
        assertEquals(0, r.code(), r.err());
        Path db = dir.resolve("predict.db");
        String url = "jdbc:sqlite:" + db;
        TableWriters.sql(mall, url, null, null);
        Path fromQuery = dir.resolve("from-query.csv");
        r = CliTest.cli("predict", "--model", model.toString(), "--db", url, "--query",
                "SELECT * FROM customers ORDER BY \"CustomerID\"", "--out", fromQuery.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("predict.db (query)", j.path("in").asText());
        assertEquals(200, j.path("rows").asInt());
        assertEquals(200, j.path("assigned").asInt());
        List<Integer> sizes = new ArrayList<>();
        j.path("segments").forEach(seg -> sizes.add(seg.path("customers").asInt()));
        assertEquals(List.of(81, 39, 35, 23, 22), sizes);
        assertEquals(segments(fromFile), segments(fromQuery));

        r = CliTest.cli("predict", "--model", model.toString(), "--db", url, "--query", "SELECT * FROM customers");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--db needs --out FILE.csv"), r.err());
        r = CliTest.cli("predict", "--model", model.toString(), "--in", csv.toString(), "--db", url, "--query",
                "SELECT 1", "--out", fromQuery.toString());
        assertTrue(r.err().contains("Give either --in FILE or --db, not both."), r.err());
        byte[] before = java.nio.file.Files.readAllBytes(db);
        r = CliTest.cli("predict", "--model", model.toString(), "--db", url, "--query", "SELECT * FROM customers",
                "--out", db.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("never overwrites the file it read"), r.err());
        assertTrue(java.util.Arrays.equals(before, java.nio.file.Files.readAllBytes(db)), "the database is unchanged");
    }

    /** predict --db against the real PostgreSQL server, the password from the environment (a child JVM). */
    @Test
    void predictPlacesTheRowsOfAPostgresQuery() throws Exception {
        PostgresServer pg = PostgresServer.get();
        TableWriters.sql(mall, pg.url(), PostgresServer.USER, PostgresServer.PASSWORD);
        Path model = dir.resolve("pg-model.json");
        assertEquals(0, CliTest.cli("cluster", SharedData.dataset(SharedData.MALL).toString(), "--features", FEATURES,
                "--k", "5", "--model", model.toString()).code());
        Path out = dir.resolve("from-postgres.csv");
        ProcessBuilder b = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.segmenta.Launcher", "predict", "--model",
                model.toString(), "--db", pg.url(), "--db-user", PostgresServer.USER, "--query",
                "SELECT * FROM customers ORDER BY \"CustomerID\"", "--out", out.toString(), "--json");
        b.environment().put(InputOptions.PASSWORD_ENV, PostgresServer.PASSWORD);
        Process p = b.start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        JsonNode j = new ObjectMapper().readTree(stdout);
        List<Integer> sizes = new ArrayList<>();
        j.path("segments").forEach(seg -> sizes.add(seg.path("customers").asInt()));
        assertEquals(List.of(81, 39, 35, 23, 22), sizes);
        assertEquals(200, segments(out).size());
        assertFalse(stdout.contains(PostgresServer.PASSWORD) || err.contains(PostgresServer.PASSWORD));
    }

    @Test
    void wrongCombinationsAreNamed() {
        CliTest.Run r = CliTest.cli("inspect", "--query", "SELECT 1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--query needs --db JDBC_URL"), r.err());
        r = CliTest.cli("inspect");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Missing FILE: give a CSV, Excel or Parquet file"), r.err());
        r = CliTest.cli("inspect", "@sample", "--db", "jdbc:sqlite:x.db", "--query", "SELECT 1");
        assertTrue(r.err().contains("Give either FILE or --db, not both."), r.err());
        r = CliTest.cli("inspect", "--db", "jdbc:postgresql://h/db?password=x", "--query", "SELECT 1");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("The database URL holds a password."), r.err());
    }

    /**
     * A child JVM, as a user runs it: the password comes from SEGMENTA_DB_PASSWORD, never from the
     * command line, and nothing the command prints holds it.
     */
    @Test
    void clusterAPostgresQueryWithThePasswordFromTheEnvironment() throws Exception {
        PostgresServer pg = PostgresServer.get();
        TableWriters.sql(mall, pg.url(), PostgresServer.USER, PostgresServer.PASSWORD);
        ProcessBuilder b = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.segmenta.Launcher", "cluster", "--db", pg.url(),
                "--db-user", PostgresServer.USER, "--query", "SELECT * FROM customers ORDER BY \"CustomerID\"",
                "--features", FEATURES, "--k", "5", "--json");
        b.environment().put(InputOptions.PASSWORD_ENV, PostgresServer.PASSWORD);
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertMallSegments(new CliTest.Run(p.exitValue(), out, err));
        assertFalse(out.contains(PostgresServer.PASSWORD) || err.contains(PostgresServer.PASSWORD));
        assertEquals("", err.strip(), "nothing on stderr (no logging noise from the drivers)");
        assertEquals(5, new ObjectMapper().readTree(out).path("segments").size());
    }
}
