package io.segmenta.ui.explore;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A numeric column in a checklist, ticked or not. */
public final class ColumnPick {
    private final String name;
    private final BooleanProperty selected;

    public ColumnPick(String name, boolean selected) {
        this.name = Objects.requireNonNull(name, "name");
        this.selected = new SimpleBooleanProperty(this, "selected", selected);
    }

    public String name() {
        return name;
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

    @Override
    public String toString() {
        return name;
    }
}
