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
    void customersBelowMinusOneLeftOutByChoiceAndNewOnesRefusedWithThatReason() throws Exception {
        Path customers = dir.resolve("customers.csv");
        cli("rfm", SharedData.dataset(SharedData.RETAIL).toString(), "--customer", "CustomerID", "--date",
                "InvoiceDate", "--invoice", "InvoiceNo", "--quantity", "Quantity", "--price", "UnitPrice", "--out",
                customers.toString());
        Path model = dir.resolve("rfm-model.json");
        Path segmented = dir.resolve("segmented.csv");
        CliTest.Run r = cli("cluster", customers.toString(), "--features", "Recency,Frequency,Monetary", "--log",
                "Recency,Frequency,Monetary", "--log-leave-out", "--k", "5", "--model", model.toString(), "--out",
                segmented.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"rows_left_out_log\" : 18"), r.out());
        assertTrue(r.out().contains("18 customers are left out of the segmentation because log(1 + x) is not defined "
                + "below -1"), r.out());
        String file = Files.readString(model);
        assertTrue(file.contains("\"log_below_minus_one\" : \"leave out\""), file);
        Dataset out = CsvImporter.read(segmented);
        int noSegment = 0;
        for (int i = 0; i < out.rowCount(); i++) {
            noSegment += out.column("Segment").isMissing(i) ? 1 : 0;
        }
        assertEquals(18, noSegment, "the customers left out have no segment in the export");
        CliTest.Run p = cli("predict", "--model", model.toString(), "--value", "Recency=10", "--value", "Frequency=2",
                "--value", "Monetary=-40");
        assertEquals(1, p.code());
        assertTrue(p.err().contains("below -1") && p.err().contains("Training left customers below -1 in a "
                + "log-transformed feature out of the segmentation, so this customer has no segment."), p.err());
        r = cli("cluster", customers.toString(), "--features", "Recency", "--log-leave-out", "--k", "3");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("segmenta: --log-leave-out leaves out customers below -1 in the --log columns, "
                + "but no --log column is given."), r.err());
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
