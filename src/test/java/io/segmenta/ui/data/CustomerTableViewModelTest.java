package io.segmenta.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.Dataset;
import io.segmenta.core.rfm.DialectLogFixture;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.Notice;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.segment.SegmentViewModel;
import io.segmenta.ui.task.SyncTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Make a customer table" without the FX toolkit: offered for logs only, guessed roles, preview, accept. */
class CustomerTableViewModelTest {
    private final SyncTaskRunner runner = new SyncTaskRunner();
    private final UiFixture fixture = new UiFixture(runner);
    private final MainViewModel main = fixture.vm();
    private final DataViewModel data = main.data();
    private final CustomerTableViewModel make = data.customerTable();

    @TempDir
    Path tmp;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void offeredForALogNotForACustomerTable() {
        main.start(List.of());
        assertFalse(make.offeredProperty().get(), "the sample is a customer table");
        data.open(SharedData.dataset(SharedData.RETAIL));
        assertTrue(make.offeredProperty().get());
    }

    @Test
    void guessesPreviewsAndMakesTheWorkingTable() throws Exception {
        Path log = tmp.resolve("kassenbuch.csv");
        Files.writeString(log, DialectLogFixture.LOG, StandardCharsets.UTF_8);
        data.open(log);
        assertTrue(make.offeredProperty().get());
        make.start();
        assertEquals("Kunde", make.customerProperty().get());
        assertEquals("Betrag", make.amountProperty().get());
        assertNull(make.quantityProperty().get());
        assertNotNull(make.previewProperty().get());
        assertEquals("27 rows · 2 without a customer · 4 returns → 9 customers (1 with returns only left out) · "
                + "reference day 2024-02-10 · largest RFM segment: Hibernating (3)", make.statusProperty().get());

        make.dateProperty().set("Artikel"); // not dates: the preview goes, the reason shows
        assertNull(make.previewProperty().get());
        assertTrue(make.statusProperty().get().startsWith("The date column \"Artikel\" of kassenbuch.csv does not hold "
                + "dates"), make.statusProperty().get());
        make.dateProperty().set("Datum");
        assertNotNull(make.previewProperty().get());

        make.accept();
        Dataset t = data.dataset();
        assertEquals("kassenbuch_customers.csv", t.name());
        assertEquals(9, t.rowCount());
        assertNull(data.fileProperty().get(), "held in memory, not written");
        assertEquals("Customer table made from kassenbuch.csv (not saved: export it to keep it)",
                data.originProperty().get());
        assertFalse(make.offeredProperty().get());
        assertEquals(DialectLogFixture.LOG, Files.readString(log), "the log is unchanged");
    }

    @Test
    void aTimeColumnIsGuessedAndTheDefinitionsAreWordedAsEverywhere() throws Exception {
        Path log = tmp.resolve("kasse.csv");
        Files.writeString(log, io.segmenta.core.rfm.TimeColumnTest.LOG, StandardCharsets.UTF_8);
        data.open(log);
        assertTrue(make.offeredProperty().get());
        make.start();
        assertEquals("Uhrzeit", make.timeProperty().get());
        assertEquals("Uhrzeit", make.roles().time());
        assertEquals(java.time.LocalDateTime.of(2024, 2, 3, 23, 59), make.previewProperty().get().summary().latest());
        make.timeProperty().set("Beleg"); // not times of day: the reason shows
        assertNull(make.previewProperty().get());
        assertTrue(make.statusProperty().get().startsWith("The time column \"Beleg\" of kasse.csv has \"B1\" in row 1, "
                + "which is not a time of day."), make.statusProperty().get());
        make.timeProperty().set(null);
        assertNotNull(make.previewProperty().get());
        String shown = CustomerTableViewModel.definitions();
        for (String d : io.segmenta.core.rfm.RfmColumns.DEFINITIONS) {
            assertTrue(shown.contains("• " + d + "\n"), d);
        }
    }

    @Test
    void theWindowsExportsNeverOverwriteTheLogTheTableWasMadeFrom() throws Exception {
        Path log = tmp.resolve("kassenbuch.csv");
        Files.writeString(log, DialectLogFixture.LOG, StandardCharsets.UTF_8);
        data.open(log);
        make.start();
        make.accept();
        SegmentViewModel segment = main.segmentStep();
        segment.kProperty().set(2);
        segment.segment();
        assertNotNull(segment.result(), () -> "not segmented: " + main.notices().current());
        String expected = "Segmenta never overwrites the file it read: " + log + " is the file "
                + "kassenbuch_customers.csv was made from. Choose another file name for the export.";
        segment.export(log);
        assertEquals(Notice.Level.ERROR, main.notices().current().level());
        assertEquals(expected, main.notices().current().text());
        segment.exportReport(log);
        assertEquals(expected, main.notices().current().text());
        assertEquals(DialectLogFixture.LOG, Files.readString(log), "the log is unchanged");
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "nothing written beside it");
        }
        Path out = tmp.resolve("customers-segmented.csv");
        segment.export(out);
        assertEquals(Notice.Level.SUCCESS, main.notices().current().level(), () -> main.notices().current().text());
    }
}
