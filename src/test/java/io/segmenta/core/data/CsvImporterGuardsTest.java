package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.export.AppendedColumn;
import io.segmenta.core.export.SegmentedCsvWriter;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files that are not tables are named as what they are; gzip CSV is read; huge lines and headers are refused. */
class CsvImporterGuardsTest {
    @TempDir
    Path dir;

    /** A real zip with the given (empty) entries. */
    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write("<x/>".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(bytes)) {
            z.write(data);
        }
        return bytes.toByteArray();
    }

    private CsvFormatException refused(String name, byte[] content, long line) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvImporter.read(p));
        assertEquals(line, e.line(), e::getMessage);
        assertTrue(e.getMessage().startsWith(p.toAbsolutePath() + ", line " + line + ": "), e::getMessage);
        assertArrayEquals(content, Files.readAllBytes(p), "the file is not changed");
        return e;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", value = {
        "PNG|89504E470D0A1A0A0000000D49484452|a PNG image",
        "JPEG|FFD8FFE000104A464946000101|a JPEG image",
        "GIF|474946383961010001000000|a GIF image",
        "PDF|255044462D312E370A25|a PDF document",
        "Parquet|504152311500150C|a Parquet file",
    })
    void namesFilesThatAreNotTables(String what, String hex, String kind) throws IOException {
        byte[] bytes = new byte[hex.length() / 2 + 200];
        for (int i = 0; i < hex.length() / 2; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        CsvFormatException e = refused("customers.csv", bytes, 1);
        assertTrue(e.getMessage().contains("this is " + kind + ", not a CSV text file"), e::getMessage);
    }

    @Test
    void namesZipFilesByWhatIsInside() throws IOException {
        assertTrue(refused("a.csv", zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"), 1).getMessage()
                .contains("an Excel workbook (.xlsx)"));
        assertTrue(refused("b.csv", zip("[Content_Types].xml", "word/document.xml"), 1).getMessage()
                .contains("a Word document (.docx)"));
        CsvFormatException plain = refused("c.csv", zip("customers.csv", "readme.txt"), 1);
        assertTrue(plain.getMessage().contains("this is a zip archive, not a CSV text file. Unpack it and open the CSV "
                + "file inside."), plain::getMessage);
    }

    @Test
    void gzipCsvIsReadAsCsvAndExportedFromItsCells() throws IOException {
        Path mall = SharedData.dataset(SharedData.MALL);
        Path gz = dir.resolve("Mall_Customers.csv.gz");
        Files.write(gz, gzip(Files.readAllBytes(mall)));
        Dataset plain = CsvImporter.read(mall);
        Dataset packed = CsvImporter.read(gz);
        assertEquals("Mall_Customers.csv.gz", packed.name());
        assertEquals(plain.columnNames(), packed.columnNames());
        assertEquals(plain.rowCount(), packed.rowCount());
        for (int j = 0; j < plain.columnCount(); j++) {
            assertEquals(plain.column(j).type(), packed.column(j).type());
            for (int r = 0; r < plain.rowCount(); r++) {
                assertEquals(plain.column(j).format(r), packed.column(j).format(r));
            }
        }
        assertEquals(plain.warnings(), packed.warnings());
        ForEachRecordTest.assertRecordsMatchRows(packed);
        Path out = dir.resolve("segmented.csv");
        SegmentedCsvWriter.write(packed, List.of(new AppendedColumn("segment", r -> "S" + (r % 3))), out,
                ProgressListener.NONE, CancellationToken.NONE);
        List<String> lines = Files.readAllLines(out);
        assertEquals("0001,Male,19,15,39,S0", lines.get(1), "the original cells, from the compressed file");
    }

    @Test
    void gzipCutShortNamesTheLine() throws IOException {
        StringBuilder text = new StringBuilder("a,b\n");
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200_000; i++) {
            text.append(random.nextInt()).append(',').append(random.nextInt()).append('\n');
        }
        byte[] all = gzip(text.toString().getBytes(StandardCharsets.US_ASCII));
        Path p = dir.resolve("cut.csv.gz");
        Files.write(p, Arrays.copyOf(all, all.length / 2));
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvImporter.read(p));
        assertTrue(e.line() > 1000 && e.line() < 200_000, () -> e.line() + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith(p.toAbsolutePath() + ", line " + e.line() + ": the file is gzip-compressed "
                + "and its compressed data is damaged or cut short here."), e::getMessage);
    }

    @Test
    void lineLongerThan16MegabytesIsRefusedWithItsLine() throws IOException {
        StringBuilder text = new StringBuilder("name,score\nAnn,1\nBob,2\n");
        char[] big = new char[(16 << 20) + 10];
        Arrays.fill(big, 'x');
        text.append("Cid,").append(big).append('\n').append("Dan,4\n");
        CsvFormatException e = refused("long.csv", text.toString().getBytes(StandardCharsets.US_ASCII), 4);
        assertTrue(e.getMessage().contains("longer than 16 MB"), e::getMessage);
    }

    @Test
    void headerOfMoreThan100000ColumnsIsRefused() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100_001; i++) {
            text.append(i == 0 ? "" : ",").append('c').append(i);
        }
        text.append('\n');
        for (int i = 0; i < 100_001; i++) {
            text.append(i == 0 ? "" : ",").append(i % 10);
        }
        text.append('\n');
        CsvFormatException e = refused("wide.csv", text.toString().getBytes(StandardCharsets.US_ASCII), 1);
        assertTrue(e.getMessage().contains("100,001 fields") && e.getMessage().contains("at most 100,000 columns"),
                e::getMessage);
    }
}
