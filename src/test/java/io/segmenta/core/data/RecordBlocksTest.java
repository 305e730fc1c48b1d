package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.work.CancelledException;
import io.segmenta.core.work.ProgressListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files above {@link CsvImporter#READ_AHEAD_BYTES} are split on a second thread ({@link RecordBlocks}):
 * they read exactly as on one thread, a problem late in the file names its line, and a cancelled or
 * failed read leaves no thread behind.
 */
class RecordBlocksTest {
    @TempDir
    Path dir;

    /** About 9 MB: ids, decimals with thousands commas in quotes, a date, a category, blanks and short rows. */
    private long badLine = -1;

    private Path write(String name, int rows, int badRow) throws IOException {
        Path f = dir.resolve(name);
        long line = 2;
        SplittableRandom r = new SplittableRandom(5);
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("CustomerID,Income,Joined,Region,Note\n");
            for (int i = 0; i < rows; i++) {
                if (i == badRow) {
                    badLine = line;
                    w.write("X1,1,2020-01-01,North,too,many\n");
                    line++;
                    continue;
                }
                line += i % 97 == 0 ? 1 : 2;
                w.write("C" + i + ",\"" + (1 + r.nextInt(90)) + "," + String.format(Locale.ROOT, "%03d", r.nextInt(1000))
                        + "." + r.nextInt(100) + "\"," + (2000 + r.nextInt(20)) + "-0" + (1 + r.nextInt(9)) + "-1"
                        + r.nextInt(10) + "," + (r.nextBoolean() ? "North" : "South")
                        + (i % 97 == 0 ? "\n" : ",\"a note, with \"\"quotes\"\"\nover two lines\"\n"));
            }
        }
        assertTrue(Files.size(f) > CsvImporter.READ_AHEAD_BYTES, "the file must be large enough to be read ahead");
        return f;
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("segmenta-csv-read"));
    }

    @Test
    void readAheadReadsAsOneThread() throws IOException {
        Path f = write("same.csv", 120_000, -1);
        Dataset ahead = CsvImporter.read(f);
        Dataset single = CsvImporter.read(ahead.source().orElseThrow()); // a re-read has no size: one thread
        assertEquals(120_000, ahead.rowCount());
        assertEquals(single.warnings(), ahead.warnings());
        assertEquals(ahead.shortRows().count(), single.shortRows().count());
        assertTrue(ahead.shortRows().count() > 1000);
        for (int j = 0; j < ahead.columnCount(); j++) {
            Column a = ahead.columns().get(j);
            Column s = single.columns().get(j);
            assertEquals(s.type(), a.type(), a.name());
            for (int i = 0; i < ahead.rowCount(); i++) {
                assertEquals(s.format(i), a.format(i), a.name() + " row " + i);
            }
        }
        assertEquals(ColumnType.NUMERIC, ahead.column("Income").type());
        assertEquals(ColumnType.DATE, ahead.column("Joined").type());
    }

    @Test
    void aProblemLateInTheFileNamesItsLineAndStopsTheThread() throws IOException {
        Path f = write("bad.csv", 120_000, 115_000);
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvImporter.read(f));
        assertTrue(badLine > 200_000);
        assertEquals(badLine, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("6 fields"), e.getMessage());
        assertTrue(!readerAlive());
    }

    @Test
    void aCancelledReadStopsTheThread() throws IOException {
        Path f = write("cancel.csv", 120_000, -1);
        int[] polls = {0};
        assertThrows(CancelledException.class, () -> CsvImporter.read(f, ProgressListener.NONE, () -> ++polls[0] > 3));
        assertTrue(!readerAlive());
        assertArrayEquals(new int[] {4}, polls);
    }
}
