package io.segmenta.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.CsvRecords;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch prediction reads its CSV once ({@link CsvImporter#readKeepingRecords}) and writes the answer
 * from the records that read kept: the same bytes as re-reading the source, also once the file is gone
 * (so there is no second read), with the same lines and the same late-text columns.
 */
class KeptRecordsExportTest {
    @TempDir
    Path dir;

    private static final List<AppendedColumn> EXTRA = List.of(
            new AppendedColumn("Segment", row -> Integer.toString(row % 5 + 1)),
            new AppendedColumn("Segment name", row -> row % 3 == 0 ? "Low income, \"low\" spending" : "Héros €"),
            new AppendedColumn("Warning", row -> row % 7 == 0 ? "=not a formula" : null));

    /** The answer written by re-reading the source (how the export worked before). */
    private static byte[] reread(Dataset d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SegmentedCsvWriter.write(d, EXTRA, out, ProgressListener.NONE, CancellationToken.NONE);
        return out.toByteArray();
    }

    /** Reads {@code file} keeping its records, deletes it, and writes the answer from what was kept. */
    private static byte[] keptThenDeleted(Path file) throws IOException {
        CsvImporter.WithRecords read = CsvImporter.readKeepingRecords(file, ProgressListener.NONE,
                CancellationToken.NONE);
        assertNotNull(read.records(), "records kept");
        Files.delete(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SegmentedCsvWriter.write(read.data(), read.records(), EXTRA, out, ProgressListener.NONE,
                CancellationToken.NONE);
        return out.toByteArray();
    }

    private Path copy(Path source, String name) throws IOException {
        Path p = dir.resolve(name);
        Files.copy(source, p);
        return p;
    }

    @Test
    void sharedTablesComeOutByteForByteAsFromASecondReadWithTheFileGone() throws IOException {
        for (String name : List.of(SharedData.MALL, SharedData.MARKETING, SharedData.RETAIL)) {
            Path file = copy(SharedData.dataset(name), name);
            byte[] expected = reread(CsvImporter.read(file));
            byte[] actual = keptThenDeleted(file);
            assertFalse(Files.exists(file));
            assertEquals(new String(expected, StandardCharsets.UTF_8).substring(0, 2000),
                    new String(actual, StandardCharsets.UTF_8).substring(0, 2000), name);
            assertArrayEquals(expected, actual, name);
        }
    }

    @Test
    void awkwardRecordsLinesAndLateTextColumnsMatchTheTwoReadPath() throws IOException {
        StringBuilder text = new StringBuilder("id;amount;comment;code\r\n");
        for (int r = 0; r < 10_000; r++) {
            if (r % 1000 == 17) {
                text.append("   \r\n"); // a blank line: skipped, and the lines after it count on
            }
            String comment = switch (r % 6) {
                case 0 -> "\"two\r\nlines; \"\"quoted\"\"\"";
                case 1 -> "=HYPERLINK(\"x\")";
                case 2 -> "-5";
                case 3 -> "Müller";
                default -> "";
            };
            String code = r == 9000 ? "AB-1" : Integer.toString(r % 97); // a number column that turns to text late
            text.append(r + 1).append(';').append(r % 13 == 0 ? "" : "1,5").append(';').append(comment);
            if (r % 500 != 3) { // a short record: filled up with an empty field
                text.append(';').append(code);
            }
            text.append("\r\n");
        }
        Path file = dir.resolve("awkward.csv");
        Files.writeString(file, text, Charset.forName("windows-1252"));

        Dataset twice = CsvImporter.read(file);
        List<Long> lines = new ArrayList<>();
        CsvImporter.forEachRecord(twice.source().orElseThrow(), (row, cells, line) -> lines.add(line));
        byte[] expected = reread(twice);

        CsvImporter.WithRecords once = CsvImporter.readKeepingRecords(file, ProgressListener.NONE,
                CancellationToken.NONE);
        CsvRecords records = once.records();
        assertEquals(twice.rowCount(), records.rows());
        for (int row = 0; row < lines.size(); row++) {
            assertEquals(lines.get(row), records.line(row), "line of row " + row);
        }
        for (int j = 0; j < twice.columnCount(); j++) {
            assertEquals(twice.column(j).type(), once.data().column(j).type(), twice.columnNames().get(j));
            for (int r = 0; r < twice.rowCount(); r++) {
                assertEquals(twice.column(j).format(r), once.data().column(j).format(r), "column " + j + " row " + r);
            }
        }
        assertEquals(twice.warnings(), once.data().warnings());
        assertArrayEquals(expected, keptThenDeleted(file));
    }
}
