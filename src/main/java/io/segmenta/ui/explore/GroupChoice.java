package io.segmenta.ui.explore;

import io.segmenta.core.data.Dataset;
import io.segmenta.core.explore.Grouping;
import java.util.Objects;

/**
 * How rows are grouped for a split, a colouring or a comparison: not at all, by the levels of a
 * categorical column (Gender), or by the segments of the latest segmentation.
 *
 * @param kind   none, a category or the segments
 * @param column the categorical column for {@link Kind#CATEGORY}, otherwise null
 */
public record GroupChoice(Kind kind, String column) {
    /** What the rows are grouped by. */
    public enum Kind { NONE, CATEGORY, SEGMENTS }

    /** No grouping. */
    public static final GroupChoice NONE = new GroupChoice(Kind.NONE, null);
    /** The segments of the latest segmentation. */
    public static final GroupChoice SEGMENTS = new GroupChoice(Kind.SEGMENTS, null);

    public GroupChoice {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.CATEGORY) != (column != null)) {
            throw new IllegalArgumentException("a column goes with a category choice only");
        }
    }

    /** The levels of categorical column {@code column}. */
    public static GroupChoice category(String column) {
        return new GroupChoice(Kind.CATEGORY, Objects.requireNonNull(column, "column"));
    }

    /** Words for a menu: "None", the column name, or "Segment". */
    public String label() {
        return switch (kind) {
            case NONE -> "None";
            case CATEGORY -> column;
            case SEGMENTS -> "Segment";
        };
    }

    /** True unless this is {@link #NONE}. */
    public boolean groups() {
        return kind != Kind.NONE;
    }

    /**
     * The rows of {@code data} grouped this way, or null for {@link #NONE} and for the segments when
     * there are none.
     */
    public Grouping grouping(Dataset data, Grouping segments) {
        return switch (kind) {
            case NONE -> null;
            case CATEGORY -> Grouping.of((io.segmenta.core.data.CategoricalColumn) data.column(column));
            case SEGMENTS -> segments;
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
