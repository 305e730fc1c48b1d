package io.segmenta.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The CSV import's column type rules for any reader that has a column's cells as text (an Excel
 * sheet's text cells, a database's character columns): the same numbers written for people
 * ({@code $1,234.50}, {@code 12%}, {@code 1.234,56}, {@code (12.50)}), dates, categories, identifiers
 * and missing markers as {@link CsvImporter}, decided per column from all its cells, with the same
 * warnings.
 *
 * <pre>{@code
 * List<String> warnings = new ArrayList<>();
 * List<ColumnInference.Inferred> cols = ColumnInference.inferAll(
 *         List.of("Spend", "Region"), List.of(spendCells, regionCells), null, DecimalMark.POINT, warnings);
 * // cols.get(0).column() is a NumericColumn, cols.get(0).numberRule() "numbers with $ and thousands commas"
 * Dataset d = new Dataset(name, columns, null, warnings, notNumeric, numberRules, ShortRows.NONE);
 * }</pre>
 */
public final class ColumnInference {
    private ColumnInference() {
    }

    /**
     * One inferred column.
     *
     * @param column     the column (numeric, date, categorical, identifier or text)
     * @param numberRule how its numbers are written when they are not plain ("numbers with $ and
     *                   thousands commas"), for {@link Dataset#numberRule}; null otherwise
     * @param notNumeric why a column of numbers was read as text because of a few cells ("1 of its 200
     *                   values is not a number (line 43: "abc")"), for {@link Dataset#notNumeric}; null otherwise
     */
    public record Inferred(Column column, String numberRule, String notNumeric) {
    }

    /**
     * Infers one column; see {@link #inferAll}.
     *
     * @param cells the cells in row order; null, blank and the {@link MissingValues#MARKERS} are missing
     */
    public static Inferred infer(String name, List<String> cells, long[] lines, DecimalMark fallback,
                                 List<String> warnings) {
        return inferAll(List.of(name), List.of(cells), lines, fallback, warnings).get(0);
    }

    /**
     * Infers the columns of one table. Columns whose cells read two ways ({@code 1,234}: 1234 or
     * 1.234) take the decimal mark the table's other columns of decimals agree on, else
     * {@code fallback}, with a warning.
     *
     * @param names    the column names (used by the identifier rules and in warnings)
     * @param columns  each column's cells as text, all of the same length
     * @param lines    where each row is, named in warnings ("line 43"): the row's line or row number in
     *                 its file or sheet; null for 1, 2, 3 ...
     * @param fallback the decimal mark when no column decides
     * @param warnings where the warnings are added (in the words of the CSV import)
     */
    public static List<Inferred> inferAll(List<String> names, List<List<String>> columns, long[] lines,
                                          DecimalMark fallback, List<String> warnings) {
        Objects.requireNonNull(fallback, "fallback");
        if (names.size() != columns.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + columns.size() + " columns");
        }
        WrittenNumber numbers = new WrittenNumber();
        DateParser dates = new DateParser();
        ColumnBuilder[] builders = new ColumnBuilder[names.size()];
        int rows = columns.isEmpty() ? 0 : columns.get(0).size();
        for (int j = 0; j < builders.length; j++) {
            List<String> cells = columns.get(j);
            if (cells.size() != rows) {
                throw new IllegalArgumentException("column " + names.get(j) + " has " + cells.size() + " cells, not "
                        + rows);
            }
            ColumnBuilder b = new ColumnBuilder(names.get(j), rows);
            for (int i = 0; i < rows; i++) {
                String cell = cells.get(i);
                b.add(cell == null ? "" : cell, numbers, dates, lines == null ? i + 1 : lines[i]);
            }
            builders[j] = b;
        }
        CsvImporter.settle(builders, fallback, "as the table's decimal mark is taken to be a " + fallback.words(),
                warnings);
        List<Inferred> out = new ArrayList<>(builders.length);
        for (int j = 0; j < builders.length; j++) {
            ColumnBuilder b = builders[j];
            List<String> cells = columns.get(j);
            for (int i = 0; i < b.recoverBelow(); i++) {
                String cell = cells.get(i);
                b.recover(i, cell == null ? "" : cell);
            }
            String rule = b.numberRule();
            Column c = b.build(warnings);
            out.add(new Inferred(c, rule, b.notNumeric()));
        }
        return out;
    }
}
