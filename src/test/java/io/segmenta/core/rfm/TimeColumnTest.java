package io.segmenta.core.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A time column beside a date column of days: guessed from its name, it gives each row's moment (the
 * summary's latest) and changes no figure, because every figure counts calendar days; cells that are
 * not times of day, and a time column beside a date column that already holds times, are refused.
 */
public class TimeColumnTest {
    /** Semicolons, German dates of days, times in their own column; A's last purchase is late on 03.02. */
    public static final String LOG = """
            Kunde;Datum;Uhrzeit;Beleg;Betrag
            A;01.02.2024;09:15;B1;10,5
            B;01.02.2024;17:40;B2;20
            A;03.02.2024;23:59;B3;5
            B;03.02.2024;08:05:30;B4;7,25
            A;02.02.2024;;B5;1
            C;03.02.2024;12:00;C6;-3
            C;02.02.2024;11:00;B7;4
            """;

    @TempDir
    Path dir;

    private Dataset read(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return CsvImporter.read(f);
    }

    @Test
    void theTimeIsGuessedAndChangesNoFigureOnlyTheLatestMoment() throws Exception {
        Dataset log = read("kasse.csv", LOG);
        RfmRoles roles = RfmRoles.guess(log);
        assertEquals("Uhrzeit", roles.time());
        CustomerTable with = CustomerTables.make(log, roles, RfmOptions.DEFAULT);
        RfmRoles without = new RfmRoles("Kunde", "Datum", "Beleg", "Betrag", null, null, null, null);
        CustomerTable plain = CustomerTables.make(log, without, RfmOptions.DEFAULT);
        assertEquals(plain.table().columnNames(), with.table().columnNames());
        for (String c : plain.table().columnNames()) {
            for (int i = 0; i < plain.table().rowCount(); i++) {
                assertEquals(plain.table().column(c).format(i), with.table().column(c).format(i), c + " row " + i);
            }
        }
        // the latest moment among the rows kept: A's 23:59 on 03.02 (the return at 12:00 is kept too, earlier)
        assertEquals(LocalDateTime.of(2024, 2, 3, 23, 59), with.summary().latest());
        assertEquals(LocalDateTime.of(2024, 2, 3, 0, 0), plain.summary().latest());
        assertEquals(plain.summary().referenceDay(), with.summary().referenceDay());
        assertEquals(3, with.summary().customers());
    }

    @Test
    void aWholeHourColumnNamedHour() throws Exception {
        Dataset log = read("h.csv", "Customer,Date,Hour,Amount\nA,2024-01-01,9,5\nB,2024-01-02,23,7\nA,2024-01-02,0,2\n");
        RfmRoles roles = RfmRoles.guess(log);
        assertEquals("Hour", roles.time());
        assertEquals(LocalDateTime.of(2024, 1, 2, 23, 0), CustomerTables.make(log, roles, RfmOptions.DEFAULT).summary()
                .latest());
    }

    @Test
    void aCellThatIsNotATimeOfDayIsRefusedWithItsRow() throws Exception {
        Dataset log = read("b.csv", "Customer,Date,Time,Amount\nA,2024-01-01,09:15,5\nB,2024-01-02,25:10,7\n"
                + "A,2024-01-03,10:00,2\n");
        SegmentaException e = assertThrows(SegmentaException.class,
                () -> CustomerTables.make(log, RfmRoles.guess(log), RfmOptions.DEFAULT));
        assertEquals("The time column \"Time\" of b.csv has \"25:10\" in row 2, which is not a time of day. Times are "
                + "written like 14:30 or 14:30:05 (24-hour clock), or as a whole hour 0-23; an empty cell counts as the "
                + "start of the day.", e.getMessage());
        Dataset hours = read("n.csv", "Customer,Date,Hour,Amount\nA,2024-01-01,9,5\nB,2024-01-02,24,7\nA,2024-01-02,1,2\n");
        e = assertThrows(SegmentaException.class,
                () -> CustomerTables.make(hours, RfmRoles.guess(hours), RfmOptions.DEFAULT));
        assertTrue(e.getMessage().contains("has \"24\" in row 2, which is not a time of day"), e.getMessage());
    }

    @Test
    void aDateColumnWithTimesTakesNoTimeColumn() throws Exception {
        Dataset log = read("t.csv", "Customer,InvoiceDate,Time,Amount\nA,2024-01-01 09:15,09:15,5\n"
                + "B,2024-01-02 10:00,10:00,7\nA,2024-01-03 11:00,11:00,2\n");
        assertNull(RfmRoles.guess(log).time(), "nothing to guess beside a date-time column");
        RfmRoles roles = new RfmRoles("Customer", "InvoiceDate", "Time", null, "Amount", null, null, null, null);
        SegmentaException e = assertThrows(SegmentaException.class,
                () -> CustomerTables.make(log, roles, RfmOptions.DEFAULT));
        assertTrue(e.getMessage().startsWith("The date column \"InvoiceDate\" of t.csv already holds the time of day "
                + "(row 1: 2024-01-01 09:15:00)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Leave the time column out, or choose a date column of days."),
                e.getMessage());
    }

    @Test
    void clockTexts() {
        assertEquals(9 * 3600 + 5 * 60, LogTimes.clock("9:05"));
        assertEquals(23 * 3600 + 59 * 60 + 59, LogTimes.clock("23:59:59"));
        assertEquals(-1, LogTimes.clock("24:00"));
        assertEquals(-1, LogTimes.clock("12:60"));
        assertEquals(-1, LogTimes.clock("12:5"));
        assertEquals(-1, LogTimes.clock("noon"));
        assertEquals(-1, LogTimes.clock("12"));
    }
}
