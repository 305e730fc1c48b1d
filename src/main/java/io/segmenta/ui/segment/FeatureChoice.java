package io.segmenta.ui.segment;

import io.segmenta.core.data.ColumnType;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One entry of the Segment step's feature checklist: a feature column and whether it is ticked. */
public final class FeatureChoice {
    private final String name;
    private final ColumnType type;
    private final BooleanProperty selected;

    public FeatureChoice(String name, ColumnType type, boolean selected) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.selected = new SimpleBooleanProperty(this, "selected", selected);
    }

    public String name() {
        return name;
    }

    public ColumnType type() {
        return type;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value);
    }

    /** The checklist text, e.g. "Gender (categorical)". */
    @Override
    public String toString() {
        return type == ColumnType.NUMERIC ? name : name + " (" + type.label() + ")";
    }
}
