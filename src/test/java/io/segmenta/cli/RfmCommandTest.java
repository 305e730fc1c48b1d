package io.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.rfm.DialectLogFixture;
import io.segmenta.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code segmenta rfm}: the issue's options, output CSV and JSON object, checked against pandas' figures. */
class RfmCommandTest {
    @TempDir
    Path dir;

    /** Runs the whole command line; returns exit code, stdout and stderr. */
    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SegmentaCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void jsonAndCsvMatchPandasOnTheRetailSample() throws Exception {
        Path log = SharedData.dataset(SharedData.RETAIL);
        JsonNode ref = SharedData.referenceJson("online_retail_rfm.json");
        Path csv = dir.resolve("customers.csv");
        String[] r = run("rfm", log.toString(), "--customer", "CustomerID", "--date", "InvoiceDate", "--invoice",
                "InvoiceNo", "--quantity", "Quantity", "--price", "UnitPrice", "--product", "StockCode", "--category",
                "Country", "--out", csv.toString(), "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode root = new ObjectMapper().readTree(r[1]);
        assertEquals(20000, root.get("rows").asInt());
        assertEquals(ref.get("rows_without_customer").asInt(), root.get("rows_without_customer").asInt());
        assertEquals(ref.get("cancellation_rows").asInt(), root.get("return_rows").asInt());
        assertEquals("2011-12-10", root.get("reference_day").asText());
        assertEquals(3017, root.get("customers").asInt());
        assertEquals(32, root.get("customers_returns_only").asInt());
        JsonNode segments = root.get("segments");
        assertEquals(10, segments.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = ref.get("segment_counts").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            assertEquals(e.getValue().asInt(), segments.get(e.getKey()).asInt(), e.getKey());
        }
        Dataset table = CsvImporter.read(csv);
        assertEquals(List.of("CustomerID", "Recency", "Frequency", "Monetary", "R", "F", "M", "RFM", "RFM segment",
                "Tenure days", "Average order value", "Mean days between purchases", "Products", "Return share",
                "Most frequent Country"), table.columnNames());
        JsonNode rows = ref.get("customers_table");
        assertEquals(rows.size(), table.rowCount());
        NumericColumn monetary = (NumericColumn) table.column("Monetary");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode e = rows.get(i);
            assertEquals(e.get("CustomerID").asText(), table.column("CustomerID").format(i));
            assertEquals(e.get("Monetary").asDouble(), monetary.get(i), 1e-6, e.get("CustomerID").asText());
            assertEquals(e.get("R").asText() + e.get("F").asText() + e.get("M").asText(), table.column("RFM").format(i));
            assertEquals(e.get("Segment").asText(), table.column("RFM segment").format(i));
        }
        assertEquals("19.8", table.column("Monetary").format(2), "customer 12349: 12 x 1.65, no float noise");
    }

    @Test
    void theHandMadeDialectLogThroughTheCommandLine() throws Exception {
        Path log = dir.resolve("kassenbuch.csv");
        Files.writeString(log, DialectLogFixture.LOG, StandardCharsets.UTF_8);
        String[] r = run("rfm", log.toString(), "--customer", "kunde", "--date", "Datum", "--invoice", "Beleg",
                "--amount", "Betrag");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("kassenbuch.csv: 27 rows, 2 without a customer, 0 incomplete (left out), 4 returns\n"
                + "9 customers (1 with returns only left out), reference day 2024-02-10 (latest row 2024-02-09 22:00)\n"),
                r[1]);
        assertTrue(r[1].contains("  Hibernating          R 1-2, F 1-2          3   33.3%\n"), r[1]);
        assertTrue(r[1].endsWith("Add --out customers.csv to write the customer table.\n"), r[1]);
    }

    @Test
    void neverWritesOverTheLog() throws Exception {
        Path log = dir.resolve("kassenbuch.csv");
        Files.writeString(log, DialectLogFixture.LOG, StandardCharsets.UTF_8);
        String[] r = run("rfm", log.toString(), "--customer", "Kunde", "--date", "Datum", "--amount", "Betrag", "--out",
                log.toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].startsWith("segmenta: Segmenta never overwrites the file it read: "), r[2]);
        assertEquals(DialectLogFixture.LOG, Files.readString(log));
    }

    @Test
    void badChoicesGetOneLine() throws Exception {
        Path log = dir.resolve("kassenbuch.csv");
        Files.writeString(log, DialectLogFixture.LOG, StandardCharsets.UTF_8);
        String[] r = run("rfm", log.toString(), "--customer", "Kunde", "--date", "Datum", "--amount", "Betrag",
                "--reference-day", "10.02.2024");
        assertEquals("1", r[0]);
        assertEquals("segmenta: --reference-day \"10.02.2024\" is not a day. Give it as YYYY-MM-DD, e.g. 2011-12-10.\n",
                r[2]);
        r = run("rfm", log.toString(), "--customer", "Kunde", "--date", "Artikel", "--amount", "Betrag");
        assertEquals("1", r[0]);
        assertTrue(r[2].startsWith("segmenta: The date column \"Artikel\" of kassenbuch.csv does not hold dates"), r[2]);
        r = run("rfm", log.toString(), "--customer", "Kunde", "--date", "Datum");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("Missing required argument"), r[2]);
        r = run("rfm", "--help");
        assertEquals("0", r[0]);
        assertTrue(r[1].replaceAll("\\s+", " ").contains("- Monetary = sum of the customer's amounts (net of returns);"));
        assertFalse(r[1].contains("%"));
    }
}
