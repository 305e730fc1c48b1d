package io.segmenta.cli;

import static io.segmenta.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --log}: the customer table of the retail log segmented on log-transformed Recency and
 * Frequency; the model file carries the transform, and {@code predict} gives every training customer
 * its segment back; a model without it is written as before.
 */
class LogCliTest {
    @TempDir
    Path dir;

    @Test
    void aSavedModelLogTransformsNewCustomers() throws Exception {
        Path customers = dir.resolve("customers.csv");
        CliTest.Run made = cli("rfm", SharedData.dataset(SharedData.RETAIL).toString(), "--customer", "CustomerID",
                "--date", "InvoiceDate", "--invoice", "InvoiceNo", "--quantity", "Quantity", "--price", "UnitPrice",
                "--out", customers.toString());
        assertEquals(0, made.code(), made.err());
        Path model = dir.resolve("model.json");
        Path segmented = dir.resolve("segmented.csv");
        CliTest.Run r = cli("cluster", customers.toString(), "--features", "Recency,Frequency,Average order value",
                "--log", "recency,Frequency", "--k", "4", "--model", model.toString(), "--out", segmented.toString(),
                "--json");
        assertEquals(0, r.code(), r.err());
        String file = Files.readString(model);
        assertTrue(file.contains("\"log\" : [ \"Recency\", \"Frequency\" ]"), file);
        assertEquals(2, file.split("\"log1p\" : true", -1).length - 1);
        Path predicted = dir.resolve("predicted.csv");
        CliTest.Run p = cli("predict", "--model", model.toString(), "--in", customers.toString(), "--out",
                predicted.toString());
        assertEquals(0, p.code(), p.err());
        Dataset want = CsvImporter.read(segmented);
        Dataset got = CsvImporter.read(predicted);
        assertEquals(want.rowCount(), got.rowCount());
        for (int i = 0; i < want.rowCount(); i++) {
            assertEquals(want.column("Segment").format(i), got.column("Segment").format(i), "customer " + i);
        }
    }

    @Test
    void refusedBelowMinusOneAndAbsentWhenNotAsked() throws Exception {
        Path customers = dir.resolve("customers.csv");
        cli("rfm", SharedData.dataset(SharedData.RETAIL).toString(), "--customer", "CustomerID", "--date",
                "InvoiceDate", "--invoice", "InvoiceNo", "--quantity", "Quantity", "--price", "UnitPrice", "--out",
                customers.toString());
        CliTest.Run r = cli("cluster", customers.toString(), "--features", "Recency,Monetary", "--log", "Monetary",
                "--k", "3");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("segmenta: Column \"Monetary\" has 18 values below -1"), r.err());
        r = cli("cluster", customers.toString(), "--features", "Recency", "--log", "Nope", "--k", "3");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("segmenta: --log \"Nope\": there is no column \"Nope\""), r.err());
        Path model = dir.resolve("plain.json");
        r = cli("cluster", customers.toString(), "--features", "Recency,Frequency", "--k", "3", "--model",
                model.toString());
        assertEquals(0, r.code(), r.err());
        // (its explanation may advise the log transform in words, as a warning)
        String text = Files.readString(model);
        assertFalse(text.contains("\"log1p\"") || text.contains("\"log\" :"), "a model without --log is written as before");
    }
}
