package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV import's type rules for cells another reader has as text. */
class ColumnInferenceTest {
    @Test
    void columnsOfTextCellsGetTheCsvRules() {
        List<String> warnings = new ArrayList<>();
        List<ColumnInference.Inferred> cols = ColumnInference.inferAll(
                List.of("Spend", "Share", "CustomerID", "Since", "Region"),
                List.of(List.of("$1,234.50", "$980.00", "($12.00)"), Arrays.asList("12%", null, "3.5%"),
                        List.of("0001", "0002", "0003"), List.of("2024-01-05", "2024-02-06", "2024-03-07"),
                        List.of("North", "North", "South")),
                null, DecimalMark.POINT, warnings);
        NumericColumn spend = (NumericColumn) cols.get(0).column();
        assertEquals(1234.5, spend.get(0));
        assertEquals(-12, spend.get(2));
        assertEquals("numbers with $, thousands commas and negatives in brackets", cols.get(0).numberRule());
        assertEquals("percentages (12% is read as 12)", cols.get(1).numberRule());
        assertEquals(1, cols.get(1).column().missingCount());
        assertEquals(ColumnType.IDENTIFIER, cols.get(2).column().type());
        assertEquals(ColumnType.DATE, cols.get(3).column().type());
        assertEquals(ColumnType.CATEGORICAL, cols.get(4).column().type());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aColumnThatStopsRememberingItsAllDifferentTextsIsTypedAsBefore() {
        // TextCells stops remembering texts after ALL_DIFFERENT different ones in a row; uniqueness is then
        // checked on the whole column, and repeats after that point still make it text, not an identifier
        int n = TextCells.ALL_DIFFERENT + 1_000;
        List<String> unique = new ArrayList<>();
        List<String> repeating = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            unique.add("R" + i);
            repeating.add(i < TextCells.ALL_DIFFERENT + 10 ? "R" + i : "R" + (i % 7));
            levels.add(i % 3 == 0 ? "North" : "South");
        }
        List<String> warnings = new ArrayList<>();
        Column u = ColumnInference.infer("Ref", unique, null, DecimalMark.POINT, warnings).column();
        Column r = ColumnInference.infer("Ref", repeating, null, DecimalMark.POINT, warnings).column();
        Column l = ColumnInference.infer("Region", levels, null, DecimalMark.POINT, warnings).column();
        assertEquals(ColumnType.IDENTIFIER, u.type(), "unique codes with digits");
        assertEquals(ColumnType.TEXT, r.type(), "codes that repeat after the first " + TextCells.ALL_DIFFERENT);
        assertEquals(ColumnType.CATEGORICAL, l.type());
        for (int i = 0; i < n; i++) {
            assertEquals(unique.get(i), u.format(i));
            assertEquals(repeating.get(i), r.format(i));
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void ambiguousColumnTakesTheOtherColumnsMarkOrTheFallbackAndSaysSo() {
        List<String> warnings = new ArrayList<>();
        ColumnInference.Inferred one = ColumnInference.infer("Spend", List.of("1,234", "2,000"), null,
                DecimalMark.COMMA, warnings);
        assertEquals(1.234, ((NumericColumn) one.column()).get(0));
        assertEquals(List.of("Column \"Spend\": 1,234 could be 1234 or 1.234 and no cell of the column decides; read "
                + "with a decimal comma (1,234 is 1.234), as the table's decimal mark is taken to be a decimal comma."),
                warnings);
        warnings.clear();
        List<ColumnInference.Inferred> two = ColumnInference.inferAll(List.of("Spend", "Weight"),
                List.of(List.of("1,234", "2,000"), List.of("1.5", "2.25")), null, DecimalMark.COMMA, warnings);
        assertEquals(1234, ((NumericColumn) two.get(0).column()).get(0));
        assertEquals("numbers with thousands commas", two.get(0).numberRule());
        assertNull(two.get(1).numberRule());
    }

    @Test
    void aFewTextCellsInNumbersAreNamedByTheirLines() {
        List<String> warnings = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            cells.add("$" + (i + 1) + ".00");
        }
        cells.set(7, "unknown");
        long[] lines = new long[20];
        for (int i = 0; i < 20; i++) {
            lines[i] = 5 + i;
        }
        ColumnInference.Inferred c = ColumnInference.infer("Spend", cells, lines, DecimalMark.POINT, warnings);
        assertEquals(ColumnType.TEXT, c.column().type());
        assertEquals("$1.00", c.column().format(0), "the texts before the odd cell come back as written");
        assertEquals("1 of its 20 values is not a number (line 12: \"unknown\")", c.notNumeric());
        assertEquals(1, warnings.size());
    }
}
