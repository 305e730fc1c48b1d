package io.segmenta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.rfm.CustomerTable;
import io.segmenta.core.rfm.CustomerTables;
import io.segmenta.core.rfm.RfmColumns;
import io.segmenta.core.rfm.RfmOptions;
import io.segmenta.core.rfm.RfmRoles;
import io.segmenta.core.rfm.RfmSegment;
import io.segmenta.core.rfm.RfmSummary;
import io.segmenta.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code segmenta-spark rfm} on the Online Retail sample gives the desktop's customer table: every
 * customer's figures, scores and segment as the core's {@link CustomerTables} makes them on the same
 * file (and as pandas made them, {@code online_retail_rfm.json}), and the same summary.
 */
class RfmJobTest {
    @TempDir
    static Path dir;

    private static Path log;
    private static LocalSpark.Run run;
    private static JsonNode summary;
    private static List<Row> rows;
    private static CustomerTable desktop;

    @BeforeAll
    static void makeBoth() throws Exception {
        log = SharedData.dataset(SharedData.RETAIL);
        Path out = dir.resolve("customers");
        Path json = dir.resolve("summary.json");
        run = LocalSpark.run("rfm", log.toString(), "--customer", "CustomerID", "--date", "InvoiceDate", "--invoice",
                "InvoiceNo", "--quantity", "Quantity", "--price", "UnitPrice", "--product", "StockCode", "--category",
                "Country", "--out", out.toString(), "--summary", json.toString());
        assertEquals(0, run.code(), run.err());
        summary = new ObjectMapper().readTree(json.toFile());
        rows = inIdOrder(LocalSpark.session().read().parquet(out.toString()).collectAsList());
        Dataset d = CsvImporter.read(log);
        desktop = CustomerTables.make(d, new RfmRoles("CustomerID", "InvoiceDate", "InvoiceNo", null, "Quantity",
                "UnitPrice", "StockCode", "Country"), RfmOptions.DEFAULT);
    }

    @Test
    void everyCustomerAndColumnIsTheDesktops() {
        sameTable(desktop.table(), rows);
    }

    @Test
    void everyCustomerMatchesPandas() {
        JsonNode ref = SharedData.referenceJson("online_retail_rfm.json").get("customers_table");
        assertEquals(ref.size(), rows.size());
        for (int i = 0; i < ref.size(); i++) {
            JsonNode e = ref.get(i);
            Row r = rows.get(i);
            String at = "customer " + e.get("CustomerID").asText();
            assertEquals(e.get("CustomerID").asText(), r.getString(0), "row " + i);
            assertEquals(e.get("Recency").asLong(), r.getLong(1), at);
            assertEquals(e.get("Frequency").asLong(), r.getLong(2), at);
            assertEquals(e.get("Monetary").asDouble(), r.getDouble(3), 1e-6, at);
            assertEquals(e.get("R").asInt(), r.getInt(4), at);
            assertEquals(e.get("F").asInt(), r.getInt(5), at);
            assertEquals(e.get("M").asInt(), r.getInt(6), at);
            assertEquals(e.get("Segment").asText(), r.getString(8), at);
        }
    }

    @Test
    void theSummaryIsTheDesktopsAndPandas() {
        sameSummary(desktop.summary(), summary);
        JsonNode ref = SharedData.referenceJson("online_retail_rfm.json");
        assertEquals(ref.get("rows").asLong(), summary.get("rows").asLong());
        assertEquals(ref.get("rows_without_customer").asLong(), summary.get("rows_without_customer").asLong());
        assertEquals(ref.get("cancellation_rows").asLong(), summary.get("return_rows").asLong());
        assertEquals(ref.get("customers").asInt(), summary.get("customers").asInt());
        assertEquals(ref.get("customers_returns_only").asInt(), summary.get("customers_returns_only").asInt());
        for (RfmSegment s : RfmSegment.values()) {
            JsonNode count = ref.get("segment_counts").get(s.label());
            assertEquals(count == null ? 0 : count.asInt(), summary.get("segments").get(s.label()).asInt(), s.label());
        }
        assertTrue(run.out().contains("Roles: customer CustomerID, date InvoiceDate, invoice InvoiceNo, amount Quantity "
                + "x UnitPrice, product StockCode, category Country"), run.out());
        assertTrue(run.out().contains("3,017 customers (32 with returns only left out), reference day 2011-12-10"),
                run.out());
    }

    /**
     * Roles guessed from the names (customer, date, quantity x price; no invoice, so Frequency counts days
     * with a purchase), a reference day given, and CSV out: still the desktop's table for the same roles.
     */
    @Test
    void guessedRolesAReferenceDayAndCsv() throws Exception {
        Path out = dir.resolve("guessed");
        LocalSpark.Run guessed = LocalSpark.run("rfm", log.toString(), "--reference-day", "2011-12-31", "--out",
                out.toString(), "--out-format", "csv", "--json");
        assertEquals(0, guessed.code(), guessed.err());
        CustomerTable made = CustomerTables.make(CsvImporter.read(log), new RfmRoles("CustomerID", "InvoiceDate", null,
                null, "Quantity", "UnitPrice", null, null), new RfmOptions(LocalDate.of(2011, 12, 31)));
        sameSummary(made.summary(), new ObjectMapper().readTree(guessed.out()));
        List<Row> csv = LocalSpark.session().read().option("header", "true").schema(LocalSpark.session().read()
                .parquet(dir.resolve("customers").toString()).drop("Products", "Most frequent Country").schema())
                .csv(out.toString()).collectAsList();
        csv = inIdOrder(csv);
        sameTable(made.table(), csv);
    }

    /**
     * The same log as Parquet parts with the customer id as a floating-point number (as pandas writes a
     * column of ids with gaps): the ids are the desktop's texts (12347, not 12347.0), the table the same.
     */
    @Test
    void aParquetLogWithIdsAsNumbers() {
        Path parquet = dir.resolve("log.parquet");
        LocalSpark.session().read().option("header", "true").option("inferSchema", "true").csv(log.toString())
                .withColumn("CustomerID", org.apache.spark.sql.functions.col("CustomerID").try_cast("double"))
                .repartition(3).write().parquet(parquet.toString());
        Path out = dir.resolve("from-parquet");
        LocalSpark.Run r = LocalSpark.run("rfm", parquet.toString(), "--invoice", "InvoiceNo", "--product",
                "StockCode", "--category", "Country", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Roles: customer CustomerID, date InvoiceDate, invoice InvoiceNo, amount Quantity "
                + "x UnitPrice"), r.out());
        CustomerTable made = desktop;
        List<Row> job = inIdOrder(LocalSpark.session().read().parquet(out.toString()).collectAsList());
        sameTable(made.table(), job);
    }

    /** The README's next step: 'segmenta-spark cluster' reads the customer table folder as it is. */
    @Test
    void theCustomerTableGoesStraightOnToCluster() throws Exception {
        Path profiles = dir.resolve("profiles.json");
        LocalSpark.Run c = LocalSpark.run("cluster", dir.resolve("customers").toString(), "--features",
                "Recency,Frequency,Monetary", "--log", "Recency,Frequency", "--k", "4", "--starts", "1", "--profiles",
                profiles.toString());
        assertEquals(0, c.code(), c.err());
        JsonNode p = new ObjectMapper().readTree(profiles.toFile());
        assertEquals(3017, p.get("rows").asInt());
        assertEquals(3017, p.get("segmented").asInt());
        assertEquals(4, p.get("segments").size());
    }

    /**
     * A semicolon log with text ids, a date column of days and a time column (hours and clock times),
     * missing markers in the customer and amount columns and an amount column: the desktop's table and
     * summary, the latest moment included.
     */
    @Test
    void aLogWithATimeColumnAndMissingMarkers() throws Exception {
        Path small = dir.resolve("shop.csv");
        Files.writeString(small, String.join("\n", "Client;Day;Hour;Order;Amount",
                "A1;2024-03-01;09:05;O1;10.5", "A1;2024-03-02;14:30;O2;-2", "B2;2024-03-02;;O3;7",
                "B2;2024-03-05;23:59:59;C4;-7", "NA;2024-03-06;10:00;O5;3", "C3;2024-03-04;08:15;O6;NA",
                "C3;2024-03-04;08:20;O7;4.25", "b2;2024-03-03;11:00;O8;1", "") );
        Path out = dir.resolve("shop-customers");
        LocalSpark.Run r = LocalSpark.run("rfm", small.toString(), "--customer", "Client", "--date", "Day", "--time",
                "Hour", "--invoice", "Order", "--amount", "Amount", "--out", out.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        CustomerTable made = CustomerTables.make(CsvImporter.read(small), new RfmRoles("Client", "Day", "Hour", "Order",
                "Amount", null, null, null, null), RfmOptions.DEFAULT);
        JsonNode job = new ObjectMapper().readTree(r.out());
        sameSummary(made.summary(), job);
        assertEquals("2024-03-05T23:59:59", job.get("latest").asText());
        List<Row> rows = new ArrayList<>(LocalSpark.session().read().parquet(out.toString()).collectAsList());
        rows.sort(Comparator.comparing(x -> x.getString(0)));
        sameTable(made.table(), rows);
    }

    /**
     * The log with its dates written as in the UCI Online Retail file itself ({@code 12/1/2010 8:26}, month
     * first), which Spark's own parser does not read: the date column is still guessed, and the customer
     * table is the desktop's for the same file.
     */
    @Test
    void datesWrittenMonthFirstAsTheWindowReadsThem() throws Exception {
        Path us = dir.resolve("retail_us_dates.csv");
        java.util.regex.Pattern iso = java.util.regex.Pattern.compile("\"(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2}):00\"");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            lines.add(iso.matcher(line).replaceAll(m -> "\"" + Integer.parseInt(m.group(2)) + "/" + Integer.parseInt(m.group(3))
                    + "/" + m.group(1) + " " + Integer.parseInt(m.group(4)) + ":" + m.group(5) + "\""));
        }
        Files.write(us, lines);
        assertTrue(lines.get(1).contains("\"3/10/2011 16:16\""), lines.get(1));
        Path out = dir.resolve("us-customers");
        LocalSpark.Run r = LocalSpark.run("rfm", us.toString(), "--invoice", "InvoiceNo", "--product", "StockCode",
                "--category", "Country", "--out", out.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        Dataset d = CsvImporter.read(us);
        CustomerTable made = CustomerTables.make(d, new RfmRoles("CustomerID", "InvoiceDate", "InvoiceNo", null,
                "Quantity", "UnitPrice", "StockCode", "Country"), RfmOptions.DEFAULT);
        sameSummary(made.summary(), new ObjectMapper().readTree(r.out()));
        sameTable(made.table(), inIdOrder(LocalSpark.session().read().parquet(out.toString()).collectAsList()));
        sameTable(desktop.table(), inIdOrder(LocalSpark.session().read().parquet(out.toString()).collectAsList()));
    }

    /**
     * Text dates the window reads only one way, or not as dates: day-first dates with no day above 12 are
     * read as the window reads them, with its warning; a column that mixes orders, or has a day its month
     * lacks, is refused naming the cells.
     */
    @Test
    void textDatesFollowTheWindowsRules() throws Exception {
        Path ambiguous = dir.resolve("ambiguous.csv");
        Files.writeString(ambiguous, "Client,Day,Amount\nA,01.02.2024,5\nA,03.02.2024,7\nB,02.01.2024,1\n");
        LocalSpark.Run r = LocalSpark.run("rfm", ambiguous.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        Dataset d = CsvImporter.read(ambiguous);
        assertEquals(d.warnings().stream().map(w -> "Warning: " + w).toList(), r.err().lines()
                .filter(l -> l.startsWith("Warning:")).toList());
        assertTrue(r.err().contains("read as dd.MM.yyyy"), r.err());
        JsonNode job = new ObjectMapper().readTree(r.out());
        assertEquals("2024-02-03T00:00", job.get("latest").asText());
        sameSummary(CustomerTables.make(d, new RfmRoles("Client", "Day", null, null, "Amount", null, null, null, null),
                RfmOptions.DEFAULT).summary(), job);

        Path mixed = dir.resolve("mixed.csv");
        Files.writeString(mixed, "Client,Day,Amount\nA,13/02/2024,5\nA,02/14/2024,7\n");
        refused(LocalSpark.run("rfm", mixed.toString(), "--date", "Day"), "The date column \"Day\" of mixed.csv",
                "\"13/02/2024\"", "\"02/14/2024\"", "no order of day and month");
        Path lacking = dir.resolve("lacking.csv");
        Files.writeString(lacking, "Client,Day,Amount\nA,31/04/2024,5\nA,13/02/2024,7\n");
        refused(LocalSpark.run("rfm", lacking.toString(), "--date", "Day"), "\"31/04/2024\", a day its month does not "
                + "have (read day first)");
        Path twoWays = dir.resolve("two_ways.csv");
        Files.writeString(twoWays, "Client,Day,Amount\nA,2024-02-13,5\nA,14.02.2024,7\n");
        refused(LocalSpark.run("rfm", twoWays.toString(), "--date", "Day"), "writes dates in two ways",
                "\"2024-02-13\"", "\"14.02.2024\"");
    }

    @Test
    void aLogWithoutAnAmountIsRefusedNamingTheColumns() throws Exception {
        Path small = dir.resolve("no_amount.csv");
        Files.writeString(small, "CustomerID,InvoiceDate,InvoiceNo\n12346,2011-01-18,541431\n12346,2011-01-19,541432\n");
        LocalSpark.Run r = LocalSpark.run("rfm", small.toString(), "--customer", "CustomerID", "--date", "InvoiceDate");
        refused(r, "No amount is given for no_amount.csv", "--quantity COL --price COL",
                "Columns: CustomerID, InvoiceDate, InvoiceNo.");
        LocalSpark.Run wrong = LocalSpark.run("rfm", log.toString(), "--customer", "Client", "--date", "InvoiceDate");
        refused(wrong, "--customer \"Client\": there is no column \"Client\" in online_retail_sample.csv", "CustomerID");
        LocalSpark.Run early = LocalSpark.run("rfm", log.toString(), "--invoice", "InvoiceNo", "--reference-day",
                "2011-06-01");
        refused(early, "The reference day 2011-06-01 lies before the last purchase in online_retail_sample.csv "
                + "(2011-12-09)");
    }

    /**
     * The rows in customer order: the job writes the parts in that order (part-00000 first), and Spark
     * reads parts back in its own order.
     */
    private static List<Row> inIdOrder(List<Row> read) {
        List<Row> sorted = new ArrayList<>(read);
        sorted.sort(Comparator.comparingLong(r -> Long.parseLong(r.getString(0))));
        return sorted;
    }

    private static void refused(LocalSpark.Run r, String... words) {
        assertEquals(1, r.code(), r.out());
        for (String w : words) {
            assertTrue(r.err().contains(w), r.err());
        }
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    private static void sameSummary(RfmSummary s, JsonNode job) {
        assertEquals(s.rows(), job.get("rows").asLong());
        assertEquals(s.rowsWithoutCustomer(), job.get("rows_without_customer").asLong());
        assertEquals(s.rowsIncomplete(), job.get("rows_incomplete").asLong());
        assertEquals(s.returnRows(), job.get("return_rows").asLong());
        assertEquals(s.referenceDay().toString(), job.get("reference_day").asText());
        assertEquals(s.latest().toString(), job.get("latest").asText());
        assertEquals(s.customers(), job.get("customers").asInt());
        assertEquals(s.customersReturnsOnly(), job.get("customers_returns_only").asInt());
        for (RfmSegment seg : RfmSegment.values()) {
            assertEquals(s.count(seg), job.get("segments").get(seg.label()).asInt(), seg.label());
        }
    }

    /** Same columns in the same order, same customers in the same order, every cell equal (no tolerance). */
    private static void sameTable(Dataset expected, List<Row> job) {
        assertEquals(expected.rowCount(), job.size());
        assertEquals(expected.columnCount(), job.get(0).length());
        assertEquals(expected.columnNames(), List.of(job.get(0).schema().fieldNames()));
        for (int j = 0; j < expected.columnCount(); j++) {
            Column c = expected.column(j);
            for (int i = 0; i < expected.rowCount(); i++) {
                Row r = job.get(i);
                String at = c.name() + " of customer " + r.get(0);
                if (c instanceof NumericColumn n) {
                    double v = n.get(i);
                    if (Double.isNaN(v)) {
                        assertTrue(r.isNullAt(j), at);
                    } else {
                        assertEquals(v, ((Number) r.get(j)).doubleValue(), 0.0, at);
                    }
                } else if (c instanceof CategoricalColumn cat) {
                    assertEquals(cat.isMissing(i) ? null : cat.level(i), r.isNullAt(j) ? null : r.get(j).toString(), at);
                } else {
                    assertEquals(c.format(i), r.getString(j), at);
                }
            }
        }
        assertTrue(expected.columnNames().contains(RfmColumns.SEGMENT));
    }
}
