package io.segmenta.core.explore;

import io.segmenta.core.data.ColumnType;

/**
 * What {@link Describe} says about one column: how many cells are present and missing, plus what
 * fits the column's type. One row of the Summary table.
 */
public sealed interface ColumnSummary permits NumericSummary, LevelSummary, TextSummary, DateSummary {
    /** Column name. */
    String name();

    /** Column type. */
    ColumnType type();

    /** Number of present (non-missing) cells. */
    int count();

    /** Number of missing cells. */
    int missing();
}
