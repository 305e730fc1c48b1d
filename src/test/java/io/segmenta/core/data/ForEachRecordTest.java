package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Re-streamed records line up with the dataset rows, cell by cell. */
class ForEachRecordTest {
    @TempDir
    Path dir;

    static Stream<String> sharedFiles() {
        return Stream.of(SharedData.MALL, SharedData.MARKETING, SharedData.RETAIL);
    }

    @ParameterizedTest
    @MethodSource("sharedFiles")
    void recordsMatchRowsOfSharedFiles(String name) {
        assertRecordsMatchRows(CsvImporter.read(SharedData.dataset(name)));
    }

    @Test
    void recordsMatchRowsOfTheSample() {
        assertRecordsMatchRows(Datasets.sample());
    }

    @Test
    void recordsMatchRowsWithBlankLinesQuotesAndFallbackCharset() throws IOException {
        Path f = dir.resolve("odd.csv");
        Files.write(f, ("\r\nName;Note;Spend\r\n\r\n\"Müller\";\"a;b\r\nc\";1,5\r\n  \r\nZoë;x;NA\r\nAl;\"\"\"q\"\"\";3\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Dataset d = CsvImporter.read(f);
        assertEquals(3, d.rowCount());
        assertEquals("windows-1252", d.source().orElseThrow().charset().name());
        assertRecordsMatchRows(d);
    }

    @Test
    void consumerFailuresReachTheCaller() {
        Dataset d = Datasets.sample();
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> CsvImporter.forEachRecord(d.source().orElseThrow(), (row, cells, line) -> {
                    throw new IOException("disk full");
                }));
        assertEquals("disk full", e.getCause().getMessage());
    }

    /** Every cell of every re-streamed record means what the column holds for that row. */
    static void assertRecordsMatchRows(Dataset d) {
        CsvSource source = d.source().orElseThrow();
        int[] count = {0};
        WrittenNumber numbers = new WrittenNumber();
        CsvImporter.forEachRecord(source, (row, cells, line) -> {
            assertEquals(count[0], row, "rows arrive in order");
            assertEquals(d.columnCount(), cells.length);
            for (int j = 0; j < cells.length; j++) {
                Column c = d.column(j);
                String cell = cells[j].strip();
                String where = d.name() + " row " + row + " (line " + line + ") column " + c.name();
                if (c.isMissing(row)) {
                    assertTrue(MissingValues.isMissing(cell), where + ": missing in the dataset, '" + cell + "' in the file");
                } else if (c instanceof NumericColumn n) {
                    assertTrue(numbers.parse(cell, 0, cell.length()), where);
                    boolean comma = numbers.point && numbers.comma ? CsvImporter.decimalComma(source.delimiter())
                            : numbers.comma;
                    assertEquals(comma ? numbers.commaValue : numbers.pointValue, n.get(row), where);
                } else if (c instanceof DateColumn) {
                    assertTrue(new DateParser().parse(cell, 0, cell.length()), where);
                } else {
                    assertEquals(cell, c.format(row), where);
                }
            }
            count[0]++;
        });
        assertEquals(d.rowCount(), count[0]);
        assertEquals(d.columnCount(), CsvImporter.header(source).length);
    }
}
