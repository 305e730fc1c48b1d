package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is one huge line, or a header of a million columns, is refused within two seconds. */
@Tag("timing")
class CsvGuardsTimingTest {
    @TempDir
    Path dir;

    private static void refusedQuickly(Path p, String words) {
        long start = System.nanoTime();
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvImporter.read(p));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(e.getMessage().contains(words), e::getMessage);
        assertTrue(seconds < 2, "refused after " + seconds + " s");
    }

    @Test
    void aLineOf200MegabytesIsRefusedWithinTwoSeconds() throws IOException {
        Path p = dir.resolve("huge-line.csv");
        char[] chunk = new char[1 << 20];
        java.util.Arrays.fill(chunk, '7');
        try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.US_ASCII)) {
            w.write("id,value\n1,");
            for (int i = 0; i < 200; i++) {
                w.write(chunk);
            }
            w.write('\n');
        }
        refusedQuickly(p, "line 2: this line is longer than 16 MB");
    }

    @Test
    void aHeaderOfAMillionColumnsIsRefusedWithinTwoSeconds() throws IOException {
        Path p = dir.resolve("wide.csv");
        try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.US_ASCII)) {
            for (int i = 0; i < 1_000_000; i++) {
                w.write(i == 0 ? "c" : ",c");
                w.write(Integer.toString(i));
            }
            w.write("\n1,2\n");
        }
        refusedQuickly(p, "line 1: this row has 1,000,000 fields");
    }
}
