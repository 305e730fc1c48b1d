package io.segmenta.core.data;

/**
 * One immutable, column-oriented column of a {@link Dataset}. Values are held in primitive arrays
 * where the type allows (numeric, categorical codes, dates), so a million rows cost megabytes, not
 * millions of objects.
 */
public sealed interface Column permits NumericColumn, CategoricalColumn, TextColumn, DateColumn {
    String name();

    ColumnType type();

    /** Number of rows. */
    int size();

    boolean isMissing(int row);

    /** Number of missing cells. */
    int missingCount();

    /** The cell as display text; the empty string when missing. */
    String format(int row);
}
