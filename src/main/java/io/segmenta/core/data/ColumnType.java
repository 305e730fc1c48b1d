package io.segmenta.core.data;

import java.util.Locale;

/** What a column holds, as inferred on import (the user may override the role, not the type). */
public enum ColumnType {
    /** Numbers (integers or decimals); missing cells are NaN. */
    NUMERIC,
    /** A small set of repeated text levels (e.g. Gender, Education). */
    CATEGORICAL,
    /** A key that names the row (unique per row, or an id-named integer column); never a feature. */
    IDENTIFIER,
    /** Dates or date-times. */
    DATE,
    /** Free text with many distinct values (e.g. a product description). */
    TEXT;

    /** Lower-case word used in the UI, the CLI and JSON ("numeric", "categorical", ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
