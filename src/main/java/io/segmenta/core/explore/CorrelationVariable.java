package io.segmenta.core.explore;

import java.util.Arrays;
import java.util.Objects;

/**
 * A variable that takes part in correlations: a numeric column, or a two-level categorical column
 * as a 0/1 indicator of its second level (for Mall: {@code Genre = Male} is 1 for Male, 0 for
 * Female, as the scikit-learn reference does).
 *
 * @param name   what the variable is called in the matrix: the column name, or {@code "Genre = Male"}
 * @param column the column it comes from
 * @param level  the level that counts as 1, or null for a numeric column
 * @param values one value per row, NaN where missing: kept as given, not copied (the caller hands it over and
 *               does not change it afterwards; a column of 10,000,000 rows is 80 MB), a copy is returned
 */
public record CorrelationVariable(String name, String column, String level, double[] values) {
    public CorrelationVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(values, "values");
    }

    /** The values themselves, for this package's computations, which only read them. */
    double[] shared() {
        return values;
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** True for a 0/1 indicator of a category level. */
    public boolean isIndicator() {
        return level != null;
    }

    /** The value at {@code row} without copying. */
    public double value(int row) {
        return values[row];
    }

    /** Number of rows. */
    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CorrelationVariable v && name.equals(v.name) && column.equals(v.column)
                && Objects.equals(level, v.level) && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, column, level) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "CorrelationVariable[" + name + ", " + values.length + " rows]";
    }
}
