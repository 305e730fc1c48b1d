package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd but valid files: delimiters, line ends, encodings, quotes, markers, ids, dates, header detection. */
class CsvImporterFormatsTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private static double num(Dataset d, String column, int row) {
        return ((NumericColumn) d.column(column)).get(row);
    }

    @Test
    void semicolonWithDecimalComma() throws IOException {
        Dataset d = CsvImporter.read(file("semi.csv", "Name;Income;Score\nAnna;52,5;61\nBen;1,25;40\nCarl;38;77\n"));
        assertEquals(';', d.source().orElseThrow().delimiter());
        assertEquals(3, d.rowCount());
        assertEquals(ColumnType.NUMERIC, d.column("Income").type());
        assertEquals(52.5, num(d, "Income", 0));
        assertEquals(1.25, num(d, "Income", 1));
        assertEquals(38, num(d, "Income", 2));
    }

    @Test
    void commaFileTakesDecimalCommasWhenNoOtherReadingFits() throws IOException {
        Dataset d = CsvImporter.read(file("c.csv", "a,b\n\"1,5\",2\n\"2,5\",3\n\"2,5\",4\n"));
        assertEquals(ColumnType.NUMERIC, d.column("a").type(), "1,5 cannot have a thousands comma");
        assertEquals(1.5, num(d, "a", 0));
        assertEquals("numbers with decimal commas", d.numberRule("a").orElseThrow());
        assertEquals(ColumnType.NUMERIC, d.column("b").type());
        assertTrue(d.numberRule("b").isEmpty(), "plain numbers have no rule");
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void tabFileReadsAmbiguousCommasAsThousandsAndSaysSo() throws IOException {
        Dataset d = CsvImporter.read(file("tab.tsv", "Name\tSpend\nAnn\t1,234\nBob\t2,500\nCid\t1,234\n"));
        assertEquals('\t', d.source().orElseThrow().delimiter());
        assertEquals(ColumnType.NUMERIC, d.column("Spend").type());
        assertEquals(1234, num(d, "Spend", 0));
        assertEquals(2500, num(d, "Spend", 1));
        assertEquals("numbers with thousands commas", d.numberRule("Spend").orElseThrow());
        assertEquals(List.of("Column \"Spend\": 1,234 could be 1234 or 1.234 and no cell of the column decides; "
                + "read with a decimal point (1,234 is 1234), as the file is separated by tabs."), d.warnings());
    }

    @ParameterizedTest(name = "delimiter {0}")
    @ValueSource(strings = {"|", "\t", ";", ","})
    void detectsEachDelimiter(String d) throws IOException {
        char delimiter = d.charAt(0);
        String text = String.join(d, "id", "city", "spend") + "\n"
                + String.join(d, "1", "\"Paris, France; |x\"", "10.5") + "\n"
                + String.join(d, "2", "Rome", "11") + "\n"
                + String.join(d, "3", "Oslo", "12") + "\n";
        Dataset ds = CsvImporter.read(file("delimited.csv", text));
        assertEquals(delimiter, ds.source().orElseThrow().delimiter());
        assertEquals(List.of("id", "city", "spend"), ds.columnNames());
        assertEquals(3, ds.rowCount());
        assertEquals("Paris, France; |x", ds.column("city").format(0));
        assertEquals(10.5, num(ds, "spend", 0));
    }

    @Test
    void crlfAndLfAndMissingFinalLineEndGiveTheSameTable() throws IOException {
        Dataset lf = CsvImporter.read(file("lf.csv", "a,b\n1,x\n2,y\n3,x\n"));
        Dataset crlf = CsvImporter.read(file("crlf.csv", "a,b\r\n1,x\r\n2,y\r\n3,x"));
        assertEquals(3, crlf.rowCount());
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 2; c++) {
                assertEquals(lf.column(c).format(r), crlf.column(c).format(r));
            }
        }
        assertEquals("x", crlf.column("b").format(2), "no carriage return left in the last cell");
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheFirstName() throws IOException {
        byte[] body = "CustomerID,Gender\n0001,Female\n0002,Male\n0003,Female\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Dataset d = CsvImporter.read(file("bom.csv", withBom));
        assertEquals(List.of("CustomerID", "Gender"), d.columnNames());
        assertEquals(ColumnType.IDENTIFIER, d.column("CustomerID").type());
        assertEquals(StandardCharsets.UTF_8, d.source().orElseThrow().charset());
        assertArrayEquals(new String[] {"CustomerID", "Gender"}, CsvImporter.header(d.source().orElseThrow()));
    }

    @Test
    void utf16WithByteOrderMarkAsExcelUnicodeText() throws IOException {
        String text = "Name\tAge\nZoë\t30\nJosé\t41\nLéa\t35\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Dataset d = CsvImporter.read(file("unicode.txt", bytes));
        assertEquals(List.of("Name", "Age"), d.columnNames());
        assertEquals("Zoë", d.column("Name").format(0));
        assertEquals(41, num(d, "Age", 1));
    }

    @Test
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws IOException {
        String text = "id,comment,score\n"
                + "1,\"likes red, blue\",10\n"
                + "2,\"said \"\"hi\"\"\",20\n"
                + "3,\"two\nlines\",30\n"
                + "4,plain,40\n";
        Dataset d = CsvImporter.read(file("quoted.csv", text));
        assertEquals(4, d.rowCount());
        assertEquals("likes red, blue", d.column("comment").format(0));
        assertEquals("said \"hi\"", d.column("comment").format(1));
        assertEquals("two\nlines", d.column("comment").format(2));
        assertEquals(40, num(d, "score", 3));
        long[] lines = new long[4];
        CsvImporter.forEachRecord(d.source().orElseThrow(), (row, cells, line) -> lines[row] = line);
        assertArrayEquals(new long[] {2, 3, 4, 6}, lines, "the multi-line record starts on line 4");
    }

    @Test
    void missingMarkersAreMissingWhateverTheirCase() throws IOException {
        String text = "x,g\n1,a\n,b\nNA,a\nn/a,b\nNULL,a\nnan,b\n?,a\n  ,b\n2.5,N/A\n";
        Dataset d = CsvImporter.read(file("missing.csv", text));
        NumericColumn x = (NumericColumn) d.column("x");
        assertEquals(ColumnType.NUMERIC, x.type());
        assertEquals(7, x.missingCount());
        assertEquals(1, x.get(0));
        assertEquals(2.5, x.get(8));
        assertEquals(1, d.column("g").missingCount());
        assertEquals(List.of("a", "b"), ((CategoricalColumn) d.column("g")).levels());
    }

    @Test
    void zeroPaddedCodesAreNotNumbers() throws IOException {
        Dataset d = CsvImporter.read(file("ids.csv",
                "Member,Zip,Visits\n0001,01234,3\n0002,01234,5\n0003,02111,5\n0010,02111,3\n"));
        assertEquals(ColumnType.IDENTIFIER, d.column("Member").type(), "unique codes with digits");
        assertEquals("0010", d.column("Member").format(3));
        assertEquals(ColumnType.CATEGORICAL, d.column("Zip").type(), "zero-padded and repeated: levels");
        assertEquals("01234", d.column("Zip").format(0));
        assertEquals(ColumnType.NUMERIC, d.column("Visits").type());
    }

    @Test
    void idNamedIntegerColumnsAreIdentifiersEvenWhenRepeated() throws IOException {
        Dataset d = CsvImporter.read(file("orders.csv", "OrderNo,customer_id,Kidhome,Amount\n"
                + "1,17,0,10\n2,17,1,12\n3,18,0,9\n4,NA,2,11\n5,18,1,10\n"));
        assertEquals(ColumnType.IDENTIFIER, d.column("customer_id").type());
        assertEquals("17", d.column("customer_id").format(1));
        assertEquals(1, d.column("customer_id").missingCount());
        assertEquals(ColumnType.IDENTIFIER, d.column("OrderNo").type());
        assertEquals(ColumnType.NUMERIC, d.column("Kidhome").type(), "Kidhome is one word, not 'Kid' + 'home id'");
        assertEquals(ColumnType.NUMERIC, d.column("Amount").type());
    }

    @Test
    void runOfRowNumbersIsAnIdentifier() throws IOException {
        StringBuilder text = new StringBuilder("Unnamed: 0,value\n");
        for (int i = 0; i < 30; i++) {
            text.append(i).append(',').append(i % 7).append('\n');
        }
        Dataset d = CsvImporter.read(file("index.csv", text.toString()));
        assertEquals(ColumnType.IDENTIFIER, d.column("Unnamed: 0").type());
        assertEquals(ColumnType.NUMERIC, d.column("value").type());
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "2021-03-04|2021-03-15|yyyy-MM-dd|2021-03-04T00:00",
        "04-03-2021|15-03-2021|dd-MM-yyyy|2021-03-04T00:00",
        "03/04/2021|03/15/2021|MM/dd/yyyy|2021-03-04T00:00",
        "04/03/2021|15/03/2021|dd/MM/yyyy|2021-03-04T00:00",
        "2021/03/04|2021/03/15|yyyy/MM/dd|2021-03-04T00:00",
        "04.03.2021|15.03.2021|dd.MM.yyyy|2021-03-04T00:00",
        "2021-03-04 09:30|2021-03-15 17:05|yyyy-MM-dd HH:mm|2021-03-04T09:30",
        "04/03/2021 09:30:15|15/03/2021 17:05:00|dd/MM/yyyy HH:mm:ss|2021-03-04T09:30:15",
        "3/4/2021 9:30|3/15/2021 17:05|MM/dd/yyyy HH:mm|2021-03-04T09:30",
        "2021-03-04T09:30:15|2021-03-15T17:05:00|yyyy-MM-dd'T'HH:mm:ss|2021-03-04T09:30:15",
    })
    void dateFormatsBothWays(String first, String second, String pattern, String firstIso) throws IOException {
        Dataset d = CsvImporter.read(file("dates.csv", "when,n\n" + first + ",1\n" + second + ",2\n,3\n"));
        DateColumn c = (DateColumn) d.column("when");
        assertEquals(pattern, c.pattern());
        assertEquals(LocalDateTime.parse(firstIso), c.get(0));
        assertEquals(15, c.get(1).getDayOfMonth());
        assertEquals(3, c.get(1).getMonthValue());
        assertTrue(c.isMissing(2));
        assertEquals(pattern.contains("HH"), c.hasTime());
    }

    @Test
    void ambiguousDatesAreReadWithAWarning() throws IOException {
        Dataset d = CsvImporter.read(file("amb.csv", "when,n\n03/04/2021,1\n05/06/2021,2\n"));
        DateColumn c = (DateColumn) d.column("when");
        assertEquals("MM/dd/yyyy", c.pattern());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("\"when\"") && w.contains("MM/dd/yyyy")),
                d.warnings()::toString);
    }

    @Test
    void impossibleDatesAreText() throws IOException {
        Dataset d = CsvImporter.read(file("bad-dates.csv", "when,n\n2021-02-30,1\n2021-03-01,2\n2021-03-01,3\n"));
        assertEquals(ColumnType.CATEGORICAL, d.column("when").type(), "30 February is no date: the cells are levels");
        assertEquals("2021-02-30", d.column("when").format(0));
    }

    @Test
    void textInANumericColumnMakesItLevelsOrTextWithoutFailing() throws IOException {
        StringBuilder text = new StringBuilder("Age,Income\n");
        for (int i = 0; i < 100; i++) {
            text.append(20 + i % 15).append(',').append(1000 + i * 17.25).append('\n');
        }
        text.append("unknown,n.a.\n");
        Dataset d = CsvImporter.read(file("dirty.csv", text.toString()));
        assertEquals(101, d.rowCount());
        CategoricalColumn age = (CategoricalColumn) d.column("Age");
        assertEquals(16, age.levels().size());
        assertEquals("20", age.level(0), "earlier cells are recovered as written");
        assertEquals("unknown", age.level(100));
        TextColumn income = (TextColumn) d.column("Income");
        assertEquals(ColumnType.TEXT, income.type());
        assertEquals("1000.0", income.get(0), "the original spelling, not a re-formatted number");
        assertEquals("1017.25", income.get(1));
        assertEquals("n.a.", income.get(100));
    }

    @Test
    void constantColumnsStayNumericOrCategorical() throws IOException {
        Dataset d = CsvImporter.read(file("const.csv", "k,label,v\n3,same,1\n3,same,2\n3,same,3\n3,same,4\n"));
        assertEquals(ColumnType.NUMERIC, d.column("k").type());
        CategoricalColumn label = (CategoricalColumn) d.column("label");
        assertEquals(List.of("same"), label.levels());
        assertEquals(4, label.count(0));
    }

    @Test
    void emptyColumnIsKeptAndReported() throws IOException {
        Dataset d = CsvImporter.read(file("empty-col.csv", "a,notes,b\n1,,x\n2,,y\n3,NA,x\n"));
        assertEquals(3, d.column("notes").missingCount());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("\"notes\" is empty")), d.warnings()::toString);
    }

    @Test
    void latin1FileFallsBackWithAWarning() throws IOException {
        byte[] bytes = "Name;Stadt;Alter\nJürgen;München;34\nZoé;Köln;41\nAnn;Köln;29\n"
                .getBytes(Charset.forName("ISO-8859-1"));
        Dataset d = CsvImporter.read(file("latin1.csv", bytes));
        assertEquals("Jürgen", d.column("Name").format(0));
        assertEquals("München", d.column("Stadt").format(0));
        assertEquals(List.of("Köln", "München"), ((CategoricalColumn) d.column("Stadt")).levels());
        assertEquals("windows-1252", d.source().orElseThrow().charset().name());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("not valid UTF-8") && w.contains("line 2")),
                d.warnings()::toString);
    }

    @Test
    void invalidUtf8FarIntoTheFileFallsBackAndNamesTheLine() throws IOException {
        StringBuilder text = new StringBuilder("city,n\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("Paris,").append(i).append('\n');
        }
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = "Düsseldorf,1\n".getBytes(Charset.forName("windows-1252"));
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        assertTrue(all.length > CsvImporter.HEAD_BYTES, "the bad byte is beyond the sniffed head");
        Dataset d = CsvImporter.read(file("late.csv", all));
        assertEquals(20_001, d.rowCount());
        assertEquals("Düsseldorf", d.column("city").format(20_000));
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("line 20002")), d.warnings()::toString);
    }

    @Test
    void germanExcelExport() {
        Dataset d = CsvImporter.readResource("io/segmenta/core/data/customers_de_excel.csv", "customers_de_excel.csv");
        CsvSource s = d.source().orElseThrow();
        assertEquals(';', s.delimiter());
        assertEquals("windows-1252", s.charset().name());
        assertEquals(6, d.rowCount());
        assertEquals(ColumnType.IDENTIFIER, d.column("Kundennummer").type());
        assertEquals(ColumnType.CATEGORICAL, d.column("Geschlecht").type());
        assertEquals(1, d.column("Alter").missingCount());
        assertEquals(71.25, num(d, "Jahreseinkommen (Tsd. €)", 1));
        assertEquals(1, d.column("Jahreseinkommen (Tsd. €)").missingCount());
        assertEquals(List.of("Düsseldorf", "Köln", "München", "Nürnberg"),
                ((CategoricalColumn) d.column("Stadt")).levels());
        DateColumn since = (DateColumn) d.column("Kunde seit");
        assertEquals("dd.MM.yyyy", since.pattern());
        assertEquals(LocalDateTime.of(2020, 11, 17, 0, 0), since.get(1));
    }

    @Test
    void duplicateAndEmptyColumnNamesAreRenamedWithAWarning() throws IOException {
        Dataset d = CsvImporter.read(file("names.csv", "Age,,Age, Income ,Column 2\n1,2,3,4,5\n6,7,8,9,10\n"));
        assertEquals(List.of("Age", "Column 2 (2)", "Age (2)", "Income", "Column 2"), d.columnNames());
        assertEquals(2, d.warnings().size(), d.warnings()::toString);
        assertEquals(8, num(d, "Age (2)", 1));
        assertEquals(7, num(d, "Column 2 (2)", 1));
    }

    @Test
    void fileWithoutHeaderGetsColumnNames() throws IOException {
        Dataset d = CsvImporter.read(file("noheader.csv", "1,Female,19,15\n2,Male,21,15\n3,Female,20,16\n"));
        assertFalse(d.source().orElseThrow().header());
        assertEquals(List.of("Column 1", "Column 2", "Column 3", "Column 4"), d.columnNames());
        assertEquals(3, d.rowCount());
        assertEquals(19, num(d, "Column 3", 0));
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("No header row")));
        assertArrayEquals(new String[] {"Column 1", "Column 2", "Column 3", "Column 4"},
                CsvImporter.header(d.source().orElseThrow()));
    }

    @Test
    void textOnlyFileWithoutHeaderIsRecognisedByRepeatedValues() throws IOException {
        Dataset d = CsvImporter.read(file("words.csv", "Anna,Female\nBen,Male\nCara,Female\n"));
        assertFalse(d.source().orElseThrow().header());
        assertEquals(3, d.rowCount());
    }

    @Test
    void textOnlyFileWithHeader() throws IOException {
        Dataset d = CsvImporter.read(file("words.csv", "Name,Gender\nAnna,Female\nBen,Male\nCara,Female\n"));
        assertTrue(d.source().orElseThrow().header());
        assertEquals(List.of("Name", "Gender"), d.columnNames());
    }

    @Test
    void readingASourceAgainWithOtherSettings() throws IOException {
        Dataset d = CsvImporter.read(file("h.csv", "Name,Gender\nAnna,Female\nBen,Male\nCara,Female\n"));
        CsvSource s = d.source().orElseThrow();
        CsvSource noHeader = new CsvSource(s.displayName(), s.path(), null, s.charset(), s.delimiter(), false);
        Dataset again = CsvImporter.read(noHeader);
        assertEquals(4, again.rowCount());
        assertEquals("Name", again.column("Column 1").format(0));
    }

    @Test
    void blankLinesAreSkippedInReadAndForEachRecordAlike() throws IOException {
        Dataset d = CsvImporter.read(file("blank.csv", "\n\na,b\n\n1,x\n   \n2,y\r\n\r\n3,z\n\n"));
        assertEquals(3, d.rowCount());
        StringBuilder seen = new StringBuilder();
        CsvImporter.forEachRecord(d.source().orElseThrow(),
                (row, cells, line) -> seen.append(row).append(':').append(line).append(':').append(cells[1]).append(' '));
        assertEquals("0:5:x 1:7:y 2:9:z ", seen.toString());
        assertEquals(1, num(d, "a", 0));
        assertEquals("z", d.column("b").format(2));
    }

    @Test
    void longIntegersStayExactAsText() throws IOException {
        Dataset d = CsvImporter.read(file("cards.csv",
                "card,amount\n4111111111111111,10\n5500000000000004,20\n340000000000009,30\n"));
        assertEquals(ColumnType.IDENTIFIER, d.column("card").type());
        assertEquals("4111111111111111", d.column("card").format(0));
        assertEquals("340000000000009", d.column("card").format(2));
        assertEquals(ColumnType.NUMERIC, d.column("amount").type());
    }
}
