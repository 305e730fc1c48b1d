package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.CancelledException;
import io.segmenta.core.work.ProgressListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million customers with six numeric features (about 40 MB) are read in one pass into primitive
 * columns, and columns that turn out not to be numeric late are recovered exactly.
 */
class LargeFileTest {
    @TempDir
    Path dir;

    /** Writes {@code rows} rows of six numbers (integers and 3-decimal values); returns the column sums. */
    private static double[] writeNumeric(Path file, int rows) throws IOException {
        Random r = new Random(42);
        double[] sums = new double[6];
        StringBuilder line = new StringBuilder(64);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("age,income,score,visits,basket,tenure\n");
            for (int i = 0; i < rows; i++) {
                line.setLength(0);
                for (int j = 0; j < 6; j++) {
                    if (j > 0) {
                        line.append(',');
                    }
                    if (j % 2 == 0) {
                        int v = 18 + r.nextInt(80);
                        line.append(v);
                        sums[j] += v;
                    } else {
                        long milli = r.nextInt(20_000_000) - 1_000_000;   // -1000.000 .. 18999.999
                        line.append(milli / 1000).append('.');
                        long frac = Math.abs(milli % 1000);
                        if (milli < 0 && milli > -1000) {
                            line.insert(line.length() - 2, '-');
                        }
                        line.append((char) ('0' + frac / 100)).append((char) ('0' + frac / 10 % 10))
                                .append((char) ('0' + frac % 10));
                        sums[j] += milli / 1000.0;
                    }
                }
                line.append('\n');
                w.append(line);
            }
        }
        return sums;
    }

    @Tag("timing")
    @Test
    void millionRowsBySixNumbers() throws IOException {
        Path f = dir.resolve("million.csv");
        double[] sums = writeNumeric(f, 1_000_000);
        long t0 = System.nanoTime();
        Dataset d = CsvImporter.read(f);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("LargeFileTest: read %,d x %d (%,d bytes) in %.2f s%n", d.rowCount(), d.columnCount(),
                Files.size(f), seconds);
        assertEquals(1_000_000, d.rowCount());
        for (int j = 0; j < 6; j++) {
            NumericColumn c = (NumericColumn) d.column(j);
            double s = 0;
            for (int i = 0; i < c.size(); i++) {
                s += c.get(i);
            }
            assertEquals(sums[j], s, Math.abs(sums[j]) * 1e-12, c.name());
            assertEquals(0, c.missingCount());
        }
        // a guard against accidental quadratic behaviour, far above the ~0.5 s it takes on 2 cores
        assertTrue(seconds < 20, "reading took " + seconds + " s");
    }

    @Test
    void lateTextInNumericColumnsIsRecoveredExactly() throws IOException {
        Path f = dir.resolve("late.csv");
        StringBuilder text = new StringBuilder("id,level,amount\n");
        for (int i = 0; i < 60_000; i++) {
            text.append(i + 1).append(',').append(i % 5).append(',').append(i % 7).append(".50\n");
        }
        text.append("60001,high,n/a\n");
        text.append("60002,3,1e2\n");
        Files.writeString(f, text);
        Dataset d = CsvImporter.read(f);
        assertEquals(60_002, d.rowCount());
        CategoricalColumn level = (CategoricalColumn) d.column("level");
        assertEquals(java.util.List.of("0", "1", "2", "3", "4", "high"), level.levels());
        assertEquals("4", level.level(59_999));
        assertEquals("high", level.level(60_000));
        NumericColumn amount = (NumericColumn) d.column("amount");
        assertEquals(1, amount.missingCount(), "n/a is a missing marker, not text");
        assertEquals(100, amount.get(60_001));
        assertEquals(ColumnType.IDENTIFIER, d.column("id").type());
        assertEquals("60002", d.column("id").format(60_001));
    }

    @Test
    void columnWhoseFirstValueIsInItsLastRowOutgrowsTheEstimate() throws IOException {
        Path f = dir.resolve("sparse.csv");
        StringBuilder text = new StringBuilder("OrderID,note,x\n");
        for (int i = 0; i < 3000; i++) {
            text.append(",,").append(i % 3).append('\n');
        }
        text.append("17,late,1\n");
        Files.writeString(f, text);
        CsvSource source = CsvImporter.read(f).source().orElseThrow();
        Dataset d = CsvImporter.read(source); // re-reading starts from a small size estimate
        assertEquals(3001, d.rowCount());
        assertEquals(ColumnType.IDENTIFIER, d.column("OrderID").type());
        assertEquals("17", d.column("OrderID").format(3000));
        assertEquals(3000, d.column("OrderID").missingCount());
        assertEquals("late", d.column("note").format(3000));
    }

    @Test
    void idNamedColumnWrittenWithDecimalsIsRecoveredAsWritten() throws IOException {
        Path f = dir.resolve("ids.csv");
        Files.writeString(f, "CustomerID,x\n1.0,5\n2.0,6\n2.0,7\n");
        Dataset d = CsvImporter.read(f);
        assertEquals(ColumnType.IDENTIFIER, d.column("CustomerID").type());
        assertEquals("1.0", d.column("CustomerID").format(0));
    }

    @Test
    void reportsProgressAndCanBeCancelled() throws IOException {
        Path f = dir.resolve("p.csv");
        writeNumeric(f, 200_000);
        AtomicInteger calls = new AtomicInteger();
        double[] last = {0};
        Dataset d = CsvImporter.read(f, (fraction, message) -> {
            calls.incrementAndGet();
            assertTrue(fraction >= last[0] && fraction <= 1, "progress goes forward within 0..1");
            last[0] = fraction;
        }, CancellationToken.NONE);
        assertEquals(200_000, d.rowCount());
        assertTrue(calls.get() > 5);
        assertEquals(1.0, last[0]);
        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancelledException.class,
                () -> CsvImporter.read(f, ProgressListener.NONE, () -> polls.incrementAndGet() > 2));
    }
}
