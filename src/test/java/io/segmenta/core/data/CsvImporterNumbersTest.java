package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.export.AppendedColumn;
import io.segmenta.core.export.SegmentedCsvWriter;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers written for people, in files made here: each style, the ambiguous cases, what stays text. */
class CsvImporterNumbersTest {
    @TempDir
    Path dir;

    private Dataset read(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return CsvImporter.read(p);
    }

    private static double[] values(Dataset d, String column) {
        Column c = d.column(column);
        assertEquals(ColumnType.NUMERIC, c.type(), column + " is numeric");
        return ((NumericColumn) c).toArray();
    }

    private static void assertValues(Dataset d, String column, double... expected) {
        double[] v = values(d, column);
        assertEquals(expected.length, v.length);
        for (int i = 0; i < v.length; i++) {
            assertEquals(expected[i], v[i], 1e-9, column + " row " + i);
        }
    }

    @Test
    void theIssuesThreeColumnsAreNumbersWithTheirRules() throws IOException {
        Dataset d = read("crm.csv", "Customer,Spend,Discount,Balance\n"
                + "Ann,\"$1,234.50\",12%,\"1.234,56\"\n"
                + "Bob,$980.00,7.5%,\"12,50\"\n"
                + "Cid,\"$12,000.00\",0%,\"-3.000,00\"\n");
        assertValues(d, "Spend", 1234.5, 980, 12000);
        assertValues(d, "Discount", 12, 7.5, 0);
        assertValues(d, "Balance", 1234.56, 12.5, -3000);
        assertEquals("numbers with $ and thousands commas", d.numberRule("Spend").orElseThrow());
        assertEquals("percentages (12% is read as 12)", d.numberRule("Discount").orElseThrow());
        assertEquals("numbers with thousands points and decimal commas", d.numberRule("Balance").orElseThrow());
        assertTrue(d.numberRule("Customer").isEmpty());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void semicolonFileWithEuroAfterAndDecimalCommas() throws IOException {
        Dataset d = read("de.csv", "Kunde;Umsatz;Anteil\nA;1.234,56 €;12,5 %\nB;99,90 €;-3 %\nC;12.000 €;100 %\n");
        assertValues(d, "Umsatz", 1234.56, 99.9, 12000);
        assertValues(d, "Anteil", 12.5, -3, 100);
        assertEquals("numbers with € after the number, thousands points and decimal commas",
                d.numberRule("Umsatz").orElseThrow());
        assertEquals("percentages with decimal commas (12% is read as 12)", d.numberRule("Anteil").orElseThrow());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void thousandsSpacesOfEveryKind() throws IOException {
        Dataset d = read("fr.csv", "client;montant\nA;1 234,56\nB;1\u00A0234,5\nC;12\u202F345\nD;7,25\n");
        assertValues(d, "montant", 1234.56, 1234.5, 12345, 7.25);
        assertEquals("numbers with thousands spaces and decimal commas", d.numberRule("montant").orElseThrow());
    }

    @Test
    void swissApostrophesAndCurrencyCodes() throws IOException {
        Dataset d = read("ch.csv", "client,amount,fee\nA,CHF 1'234.50,1’000.25 USD\nB,CHF 980.00,12 USD\n"
                + "C,CHF 12'000,\"2,500.75 USD\"\n");
        assertValues(d, "amount", 1234.5, 980, 12000);
        assertEquals("numbers with CHF and thousands apostrophes", d.numberRule("amount").orElseThrow());
        assertEquals("1 of its 3 values is not a number written like the others (line 4: \"2,500.75 USD\")",
                d.notNumeric("fee").orElseThrow(), "apostrophes and commas in one column: not one style");
    }

    @Test
    void accountingNegativesAndTrailingMinus() throws IOException {
        Dataset d = read("ledger.csv", "id,net,change\nA,(12.50),12.50-\nB,\"$1,000.00\",3.25\nC,\"($2,000.00)\",0.75-\n"
                + "D,-$5.00,-1\n");
        assertValues(d, "net", -12.5, 1000, -2000, -5);
        assertValues(d, "change", -12.5, 3.25, -0.75, -1);
        assertEquals("numbers with $, thousands commas and negatives in brackets", d.numberRule("net").orElseThrow());
        assertEquals("numbers with a trailing minus for negatives", d.numberRule("change").orElseThrow());
    }

    @Test
    void ambiguousColumnDecidedByItsOtherCells() throws IOException {
        Dataset d = read("a.csv", "id,x,y\n1,\"1,234\",\"1,234\"\n2,\"5,678.5\",\"2,5\"\n3,\"9,000\",\"3,000\"\n");
        assertValues(d, "x", 1234, 5678.5, 9000);
        assertValues(d, "y", 1.234, 2.5, 3);
        assertEquals("numbers with thousands commas", d.numberRule("x").orElseThrow());
        assertEquals("numbers with decimal commas", d.numberRule("y").orElseThrow());
        assertEquals(List.of(), d.warnings(), "the cells decide: nothing to warn about");
    }

    @Test
    void ambiguousColumnDecidedByTheFilesOtherNumbersAndSaid() throws IOException {
        Dataset d = read("b.tsv", "id\tprice\tweight\n1\t1,234\t2,5\n2\t2,000\t3,75\n");
        assertValues(d, "price", 1.234, 2);
        assertEquals(List.of("Column \"price\": 1,234 could be 1234 or 1.234 and no cell of the column decides; read "
                + "with a decimal comma (1,234 is 1.234), as the file's other numbers use decimal commas."), d.warnings());
        Dataset e = read("c.csv", "id;price;weight\n1;1.234;2.5\n2;2.000;3.75\n");
        assertValues(e, "price", 1.234, 2);
        assertEquals(List.of("Column \"price\": 1.234 could be 1.234 or 1234 and no cell of the column decides; read "
                + "with a decimal point (1.234 is 1.234), as the file's other numbers use decimal points."), e.warnings());
    }

    @Test
    void ambiguousColumnInASemicolonFileWithNothingElseTakesTheDecimalComma() throws IOException {
        Dataset d = read("d.csv", "id;price\n1;1.234\n2;2.500\n");
        assertValues(d, "price", 1234, 2500);
        assertEquals("numbers with thousands points", d.numberRule("price").orElseThrow());
        assertEquals(List.of("Column \"price\": 1.234 could be 1.234 or 1234 and no cell of the column decides; read "
                + "with a decimal comma (1.234 is 1234), as the file is separated by semicolons (the convention where "
                + "numbers have decimal commas)."), d.warnings());
    }

    @Test
    void undecidableColumnsStayTextWithTheLine() throws IOException {
        StringBuilder text = new StringBuilder("id,amount,mixed\n");
        for (int i = 0; i < 30; i++) {
            text.append(i).append(",\"$").append(i + 1).append(",000.00\",\"").append(i).append(".5\"\n");
        }
        text.append("30,€12.00,\"4,5\"\n");
        Dataset d = read("mix.csv", text.toString());
        assertEquals(ColumnType.TEXT, d.column("amount").type());
        assertEquals("1 of its 31 values is not a number written like the others (line 32: \"€12.00\")",
                d.notNumeric("amount").orElseThrow());
        assertEquals("1 of its 31 values is not a number written like the others (line 32: \"4,5\")",
                d.notNumeric("mixed").orElseThrow());
        assertTrue(d.numberRule("amount").isEmpty());
        assertEquals(2, d.warnings().size(), d.warnings()::toString);
    }

    @Test
    void codesDatesAndTextAreLeftAlone() throws IOException {
        Dataset d = read("keep.csv", "CustomerID,Zip,Since,Note,Phone\n0001,01234,12.03.2024,EUR,020 7946 0958\n"
                + "0002,75001,13.03.2024,USD 5 off,020 7946 0959\n0003,10115,14.03.2024,-,020 7946 0960\n");
        assertEquals(ColumnType.IDENTIFIER, d.column("CustomerID").type());
        assertEquals("0001", d.column("CustomerID").format(0));
        assertEquals(ColumnType.DATE, d.column("Since").type());
        assertTrue(d.column("Note").type() != ColumnType.NUMERIC);
        assertTrue(d.column("Phone").type() != ColumnType.NUMERIC);
        assertTrue(d.column("Zip").type() != ColumnType.NUMERIC, "a zero-padded zip code is a code");
    }

    @Test
    void segmentedExportKeepsTheCellsAsWritten() throws IOException {
        Path p = dir.resolve("crm.csv");
        Files.writeString(p, "Customer,Spend,Discount\nAnn,\"$1,234.50\",12%\nBob,(980.00),7.5%\n");
        Dataset d = CsvImporter.read(p);
        Path out = dir.resolve("out.csv");
        SegmentedCsvWriter.write(d, List.of(new AppendedColumn("segment", r -> "S" + r)), out, ProgressListener.NONE,
                CancellationToken.NONE);
        assertEquals(List.of("Customer,Spend,Discount,segment", "Ann,\"$1,234.50\",12%,S0", "Bob,(980.00),7.5%,S1"),
                Files.readAllLines(out));
    }

    @Test
    void shortRowsAreExportedWithTheirMissingCellsEmpty() throws IOException {
        Path p = dir.resolve("short.csv");
        Files.writeString(p, "Customer,Spend,Region\nAnn,\"$1,234.50\",North\nBob,$5.00\nCid\n");
        Dataset d = CsvImporter.read(p);
        assertEquals(new ShortRows(2, List.of(3L, 4L)), d.shortRows());
        assertEquals("short.csv: 2 rows have fewer fields than the header (lines 3 and 4); their missing cells were "
                + "read as missing values.", d.warnings().get(0));
        Path out = dir.resolve("out.csv");
        SegmentedCsvWriter.write(d, List.of(new AppendedColumn("segment", r -> "S" + r)), out, ProgressListener.NONE,
                CancellationToken.NONE);
        assertEquals(List.of("Customer,Spend,Region,segment", "Ann,\"$1,234.50\",North,S0", "Bob,$5.00,,S1",
                "Cid,,,S2"), Files.readAllLines(out));
    }

    @Test
    void aHeaderOverFormattedNumbersIsStillAHeader() throws IOException {
        Dataset d = read("h.csv", "Spend,Share\n\"$1,234.50\",12%\n$5.00,3%\n");
        assertEquals(List.of("Spend", "Share"), d.columnNames());
        assertEquals(2, d.rowCount());
    }
}
