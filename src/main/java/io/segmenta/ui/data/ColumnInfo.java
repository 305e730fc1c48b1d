package io.segmenta.ui.data;

import io.segmenta.core.data.Column;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.prep.ColumnRole;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One row of the Data step's column list: a dataset column, its inferred type and missing count,
 * and the role the user gave it (which decides whether the Segment step offers it as a feature).
 */
public final class ColumnInfo {
    private final Column column;
    private final String notNumeric;
    private final String numberRule;
    private final ObjectProperty<ColumnRole> role;

    public ColumnInfo(Column column) {
        this(column, null);
    }

    /**
     * @param notNumeric why a column of numbers was read as text or categories (see
     *                   {@link io.segmenta.core.data.Dataset#notNumeric}), or null
     */
    public ColumnInfo(Column column, String notNumeric) {
        this(column, notNumeric, null);
    }

    /**
     * @param notNumeric why a column of numbers was read as text or categories, or null
     * @param numberRule how the column's numbers are written when they are not plain (see
     *                   {@link io.segmenta.core.data.Dataset#numberRule}), or null
     */
    public ColumnInfo(Column column, String notNumeric, String numberRule) {
        this.column = Objects.requireNonNull(column, "column");
        this.notNumeric = notNumeric;
        this.numberRule = numberRule;
        this.role = new SimpleObjectProperty<>(this, "role", ColumnRole.defaultFor(column));
        this.role.addListener((o, was, now) -> {
            if (now == null || !allowedRoles().contains(now)) {
                role.set(was);
            }
        });
    }

    public Column column() {
        return column;
    }

    public String name() {
        return column.name();
    }

    public ColumnType type() {
        return column.type();
    }

    /** Why this column of numbers was not read as numbers ("1 of its 200 values is not a number …"), or null. */
    public String notNumeric() {
        return notNumeric;
    }

    /** How the numbers are written ("numbers with $ and thousands commas"), or null for plain numbers. */
    public String numberRule() {
        return numberRule;
    }

    /**
     * What the type cell's tooltip says: why a column of numbers was read as text, or how its
     * numbers were read; null when there is nothing to say.
     */
    public String typeNote() {
        if (notNumeric != null) {
            return "Read as " + type().label() + ", not as numbers: " + notNumeric
                    + ". Correct those cells or leave them empty, then open the file again.";
        }
        if (numberRule != null) {
            return "Read as " + numberRule + ". The segmented table keeps the cells as they are written in the file.";
        }
        return null;
    }

    public int missingCount() {
        return column.missingCount();
    }

    /** The role; a role the type does not allow (e.g. feature for a date) is refused and the old one kept. */
    public ObjectProperty<ColumnRole> roleProperty() {
        return role;
    }

    public ColumnRole role() {
        return role.get();
    }

    /** Numeric and categorical columns can be features; other types only identifier or ignore. */
    public List<ColumnRole> allowedRoles() {
        return ColumnRole.canBeFeature(column.type()) ? List.of(ColumnRole.values())
                : List.of(ColumnRole.IDENTIFIER, ColumnRole.IGNORE);
    }

    /** True when the Segment step offers this column as a feature. */
    public boolean isFeature() {
        return role.get() == ColumnRole.FEATURE && ColumnRole.canBeFeature(column.type());
    }
}
