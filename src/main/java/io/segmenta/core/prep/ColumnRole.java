package io.segmenta.core.prep;

import io.segmenta.core.data.Column;
import io.segmenta.core.data.ColumnType;
import java.util.Locale;

/** What the analyst wants a column to be used for. */
public enum ColumnRole {
    /** Offered as a clustering feature (numeric and categorical columns). */
    FEATURE,
    /** Names the customer; shown and exported, never clustered. */
    IDENTIFIER,
    /** Left out of features (still exported unchanged). */
    IGNORE;

    /** The role Segmenta proposes for a freshly imported column. */
    public static ColumnRole defaultFor(Column c) {
        return switch (c.type()) {
            case NUMERIC, CATEGORICAL -> FEATURE;
            case IDENTIFIER -> IDENTIFIER;
            case DATE, TEXT -> IGNORE;
        };
    }

    /** True when a column of this type can be a feature in this version (numeric or categorical). */
    public static boolean canBeFeature(ColumnType type) {
        return type == ColumnType.NUMERIC || type == ColumnType.CATEGORICAL;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
