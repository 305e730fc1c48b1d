package io.segmenta.core.export;

import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A column added to the rows of an export (the segment, its name, a distance...).
 *
 * @param name       header of the column
 * @param valueOfRow the cell of each row, by 0-based dataset row; null gives an empty cell
 */
public record AppendedColumn(String name, IntFunction<String> valueOfRow) {
    public AppendedColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(valueOfRow, "valueOfRow");
    }
}
