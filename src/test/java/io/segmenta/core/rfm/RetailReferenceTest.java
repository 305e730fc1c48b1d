package io.segmenta.core.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.data.TextColumn;
import io.segmenta.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The customer table of the Online Retail sample against pandas' figures in {@code online_retail_rfm.json}. */
class RetailReferenceTest {
    private static Path file;
    private static JsonNode ref;
    private static String digestBefore;
    private static CustomerTable made;

    @BeforeAll
    static void make() throws Exception {
        file = SharedData.dataset(SharedData.RETAIL);
        ref = SharedData.referenceJson("online_retail_rfm.json");
        digestBefore = digest(file);
        Dataset log = CsvImporter.read(file);
        made = CustomerTables.make(log, RfmRoles.guess(log), RfmOptions.DEFAULT);
    }

    @Test
    void guessesTheRolesFromTheNames() {
        Dataset log = CsvImporter.read(file);
        assertEquals(new RfmRoles("CustomerID", "InvoiceDate", "InvoiceNo", null, "Quantity", "UnitPrice", "StockCode",
                "Country"), RfmRoles.guess(log));
        assertTrue(RfmRoles.looksLikeLog(log));
    }

    @Test
    void summaryMatchesPandas() {
        RfmSummary s = made.summary();
        assertEquals(ref.get("rows").asLong(), s.rows());
        assertEquals(ref.get("rows_without_customer").asLong(), s.rowsWithoutCustomer());
        assertEquals(ref.get("cancellation_rows").asLong(), s.returnRows());
        assertEquals(LocalDate.parse(ref.get("reference_day").asText()), s.referenceDay());
        assertEquals(ref.get("customers").asInt(), s.customers());
        assertEquals(ref.get("customers_returns_only").asInt(), s.customersReturnsOnly());
        assertEquals(0, s.rowsIncomplete());
        for (RfmSegment seg : RfmSegment.values()) {
            JsonNode count = ref.get("segment_counts").get(seg.label());
            assertEquals(count == null ? 0 : count.asInt(), s.count(seg), seg.label());
        }
    }

    @Test
    void everyCustomerMatchesPandas() {
        Dataset t = made.table();
        JsonNode rows = ref.get("customers_table");
        assertEquals(rows.size(), t.rowCount());
        TextColumn id = (TextColumn) t.column("CustomerID");
        NumericColumn rec = (NumericColumn) t.column(RfmColumns.RECENCY);
        NumericColumn freq = (NumericColumn) t.column(RfmColumns.FREQUENCY);
        NumericColumn mon = (NumericColumn) t.column(RfmColumns.MONETARY);
        NumericColumn r = (NumericColumn) t.column(RfmColumns.R);
        NumericColumn f = (NumericColumn) t.column(RfmColumns.F);
        NumericColumn m = (NumericColumn) t.column(RfmColumns.M);
        CategoricalColumn rfm = (CategoricalColumn) t.column(RfmColumns.RFM);
        CategoricalColumn seg = (CategoricalColumn) t.column(RfmColumns.SEGMENT);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode e = rows.get(i);
            String at = "customer " + e.get("CustomerID").asText();
            assertEquals(e.get("CustomerID").asText(), id.get(i), "row " + i);
            assertEquals(e.get("Recency").asDouble(), rec.get(i), at);
            assertEquals(e.get("Frequency").asDouble(), freq.get(i), at);
            assertEquals(e.get("Monetary").asDouble(), mon.get(i), 1e-6, at);
            assertEquals(e.get("R").asDouble(), r.get(i), at);
            assertEquals(e.get("F").asDouble(), f.get(i), at);
            assertEquals(e.get("M").asDouble(), m.get(i), at);
            assertEquals(e.get("R").asText() + e.get("F").asText() + e.get("M").asText(), rfm.level(i), at);
            assertEquals(e.get("Segment").asText(), seg.level(i), at);
        }
        JsonNode totals = ref.get("totals");
        double monetary = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            monetary += mon.get(i);
        }
        assertEquals(totals.get("Monetary").asDouble(), monetary, 1e-6);
    }

    @Test
    void behaviourFeaturesFollowTheirDefinitions() {
        Dataset t = made.table();
        int i = 0; // customer 12347: 4 invoices, 71.00, Recency 40
        assertEquals("12347", ((TextColumn) t.column("CustomerID")).get(i));
        NumericColumn aov = (NumericColumn) t.column(RfmColumns.ORDER_VALUE);
        assertEquals(71.0 / 4, aov.get(i), 1e-9);
        NumericColumn tenure = (NumericColumn) t.column(RfmColumns.TENURE);
        NumericColumn between = (NumericColumn) t.column(RfmColumns.DAYS_BETWEEN);
        NumericColumn rec = (NumericColumn) t.column(RfmColumns.RECENCY);
        assertEquals((tenure.get(i) - rec.get(i)) / 3, between.get(i), 1e-9);
        NumericColumn freq = (NumericColumn) t.column(RfmColumns.FREQUENCY);
        for (int row = 0; row < t.rowCount(); row++) {
            assertEquals(freq.get(row) == 1, Double.isNaN(between.get(row)), "row " + row);
            assertTrue(tenure.get(row) >= rec.get(row));
        }
        assertEquals("Most frequent Country", t.column(t.columnCount() - 1).name());
        assertEquals(15, t.columnCount());
    }

    @Test
    void theSourceFileIsNotChanged() throws Exception {
        assertEquals(digestBefore, digest(file));
    }

    private static String digest(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
