package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read as a table: each message names the file and line and says what to do. */
class CsvImporterErrorsTest {
    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads {@code p}, expects a format error at {@code line}, and checks that the file is unchanged. */
    private CsvFormatException failsAt(Path p, long line, String... words) throws IOException {
        byte[] before = Files.readAllBytes(p);
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvImporter.read(p));
        String m = e.getMessage();
        assertTrue(m.contains(p.getFileName().toString()), () -> "names the file: " + m);
        assertTrue(m.contains("line " + line), () -> "names line " + line + ": " + m);
        assertEquals(line, e.line());
        assertEquals(p.toAbsolutePath().toString(), e.file());
        for (String w : words) {
            assertTrue(m.contains(w), () -> "says \"" + w + "\": " + m);
        }
        assertArrayEquals(before, Files.readAllBytes(p), "the input file is never modified");
        return e;
    }

    @Test
    void emptyFile() throws IOException {
        failsAt(file("empty.csv", new byte[0]), 1, "empty");
    }

    @Test
    void onlyBlankLines() throws IOException {
        failsAt(file("blank.csv", "\n  \r\n\n"), 1, "blank lines");
    }

    @Test
    void headerWithoutRows() throws IOException {
        failsAt(file("header.csv", "CustomerID,Gender,Age\n"), 1, "no data rows (0 rows)", "3 columns");
    }

    @Test
    void headerAfterBlankLinesWithoutRows() throws IOException {
        failsAt(file("header2.csv", "\n\nCustomerID,Gender,Age\n\n"), 3, "0 rows");
    }

    @Test
    void rowWithTooManyFields() throws IOException {
        CsvFormatException e = failsAt(file("ragged.csv", "a,b,c\n1,2,3\n4,5,6,7\n8,9,10\n"), 3,
                "4 fields", "header has 3", "comma");
        assertEquals(4, e.column(), "the first extra field");
    }

    @Test
    void rowWithTooFewFieldsFarDownIsReadWithMissingCellsAndSaid() throws IOException {
        StringBuilder text = new StringBuilder("a;b;c\n");
        for (int i = 0; i < 5000; i++) {
            text.append(i).append(";x;").append(i * 2).append('\n');
        }
        text.append("5000;x\n");
        Dataset d = CsvImporter.read(file("short.csv", text.toString()));
        assertEquals(5001, d.rowCount());
        assertTrue(d.column("c").isMissing(5000));
        assertEquals(new ShortRows(1, java.util.List.of(5002L)), d.shortRows());
        assertTrue(d.warnings().contains("short.csv: 1 row has fewer fields than the header (line 5002); its missing "
                + "cells were read as missing values."), d.warnings().toString());
    }

    @Test
    void unterminatedQuote() throws IOException {
        failsAt(file("quote.csv", "name,score\nAnn,1\n\"Bob,2\nCid,3\n"), 3, "closing quote");
    }

    @Test
    void quoteClosedManyLinesLaterMakesARaggedRowThatSaysSo() throws IOException {
        failsAt(file("quote2.csv", "name,score\nAnn,1\n\"Bob,2\nCid,3\nDan\",4,5\nEve,6\n"), 3,
                "runs on to line 5", "double quote");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] bytes = new byte[600];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 37 % 256 == '\n' ? 1 : i * 37); // no line breaks in the binary part
        }
        System.arraycopy("abc,def\n12,34\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 14);
        failsAt(file("image.csv", bytes), 3, "binary");
    }

    @Test
    void excelWorkbookRenamedToCsv() throws IOException {
        byte[] zip = CsvImporterGuardsTest.zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml");
        failsAt(file("book.csv", zip), 1, "an Excel workbook (.xlsx)", "CSV UTF-8");
    }

    @Test
    void missingFile() {
        Path p = dir.resolve("nowhere.csv");
        SegmentaException e = assertThrows(SegmentaException.class, () -> CsvImporter.read(p));
        assertTrue(e.getMessage().contains(p.toString()) && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void folderInsteadOfFile() {
        SegmentaException e = assertThrows(SegmentaException.class, () -> CsvImporter.read(dir));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    void sourceThatBecameRaggedIsReportedWhenStreamedAgain() throws IOException {
        Path p = file("later.csv", "a,b\n1,2\n3,4\n");
        Dataset d = CsvImporter.read(p);
        Files.writeString(p, "a,b\n1,2\n3,4,5\n");
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> CsvImporter.forEachRecord(d.source().orElseThrow(), (row, cells, line) -> { }));
        assertEquals(3, e.line());
    }

    @Test
    void missingResource() {
        SegmentaException e = assertThrows(SegmentaException.class,
                () -> CsvImporter.readResource("io/segmenta/nothing/here.csv", "here.csv"));
        assertTrue(e.getMessage().contains("here.csv"), e.getMessage());
    }

    /** A table with an "Income" column of numbers, where the rows in {@code bad} hold the given texts. */
    private Path incomes(String name, int rows, java.util.Map<Integer, String> bad) throws IOException {
        StringBuilder b = new StringBuilder("Customer,Income,Score\r\n");
        for (int i = 0; i < rows; i++) {
            b.append('C').append(i).append(',').append(bad.getOrDefault(i, Integer.toString(20 + i % 50)))
                    .append(',').append(i % 7).append("\r\n");
        }
        return file(name, b.toString());
    }

    @Test
    void aFewTextCellsInANumberColumnAreNamedWithTheirLines() throws IOException {
        Path p = incomes("typo.csv", 200, java.util.Map.of(41, "abc"));
        byte[] before = Files.readAllBytes(p);
        Dataset d = CsvImporter.read(p);
        assertEquals(ColumnType.TEXT, d.column("Income").type(), "read as text: nothing is silently dropped");
        assertEquals(java.util.List.of("Column \"Income\" is read as text, not as numbers: 1 of its 200 values is not "
                + "a number (line 43: \"abc\"). If it holds numbers, correct that cell or leave it empty (a missing "
                + "value), then open the file again."), d.warnings());
        assertEquals("1 of its 200 values is not a number (line 43: \"abc\")", d.notNumeric("Income").orElseThrow());
        assertTrue(d.notNumeric("Score").isEmpty());
        assertArrayEquals(before, Files.readAllBytes(p), "the input file is never modified");

        // several, the first three named; a category-like column says it became categories
        Path q = incomes("typos.csv", 1000, java.util.Map.of(500, "n/a?", 10, "twenty", 700, "--", 999, "x"));
        Dataset e = CsvImporter.read(q);
        assertEquals("4 of its 1,000 values are not numbers (line 12: \"twenty\", line 502: \"n/a?\", line 702: "
                + "\"--\" and 1 more)", e.notNumeric("Income").orElseThrow());
        assertTrue(e.warnings().get(0).contains("correct those cells or leave them empty"), e.warnings().get(0));
    }

    @Test
    void textColumnsAndIdentifiersThatStartWithNumbersAreNotCalledNumbers() throws IOException {
        // mostly text after a numeric start: a text column, no warning
        StringBuilder b = new StringBuilder("Street,InvoiceNo\n");
        for (int i = 0; i < 100; i++) {
            b.append(i < 5 ? Integer.toString(i) : "Street " + i).append(',')
                    .append(i % 10 == 3 ? "C" + (5000 + i) : Integer.toString(5000 + i)).append('\n');
        }
        Dataset d = CsvImporter.read(file("mixed.csv", b.toString()));
        assertEquals(java.util.List.of(), d.warnings());
        assertTrue(d.notNumeric("Street").isEmpty());
        assertEquals(ColumnType.IDENTIFIER, d.column("InvoiceNo").type(), "cancellations C5003 … are invoice codes");
    }
}
