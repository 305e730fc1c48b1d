package io.segmenta.core.data;

import java.util.Objects;

/** Text cells kept as they are: identifiers (e.g. zero-padded ids such as 0001) and free text. */
public final class TextColumn implements Column {
    private final String name;
    private final ColumnType type;
    private final String[] values;
    private final int missing;

    /** Takes ownership of {@code values}; null cells are missing. */
    public TextColumn(String name, ColumnType type, String[] values) {
        if (type != ColumnType.IDENTIFIER && type != ColumnType.TEXT) {
            throw new IllegalArgumentException("a text column is an identifier or free text, not " + type);
        }
        this.name = Objects.requireNonNull(name, "name");
        this.type = type;
        this.values = Objects.requireNonNull(values, "values");
        int m = 0;
        for (String v : values) {
            if (v == null) {
                m++;
            }
        }
        this.missing = m;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public int size() {
        return values.length;
    }

    /** The text at {@code row}, null when missing. */
    public String get(int row) {
        return values[row];
    }

    @Override
    public boolean isMissing(int row) {
        return values[row] == null;
    }

    @Override
    public int missingCount() {
        return missing;
    }

    @Override
    public String format(int row) {
        String v = values[row];
        return v == null ? "" : v;
    }
}
