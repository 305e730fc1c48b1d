package io.segmenta.ui.undo;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One choice the window keeps for Undo: an id unique in the window ("scaling", "role:Age"), the
 * section that decides the order in which changes are put back (a role before the feature ticks it
 * brings back), whether it is typed (keystrokes in a row make one step), how a change of it is
 * named in the Edit menu, and how it is set. Two choices are the same when their ids are.
 */
public final class Choice {
    /** The order in which a step's changes are put back: each section can bring back the next one's choices. */
    public enum Section {
        /** Column roles: they decide which features exist. */
        ROLES,
        /** Derived features (tenure, age) and their references: they join the feature list. */
        DERIVED,
        /** Feature ticks. */
        FEATURES,
        /** The other preparation choices. */
        PREPARATION,
        /** Segment names and descriptions of the kept runs. */
        NAMES
    }

    /** Whether consecutive changes of the choice are one step. */
    public enum Kind {
        /** A pick (a box, a list, a check box): every change is a step. */
        PICK,
        /** Text typed into a field: changes while the analyst stays in the field are one step. */
        TYPED
    }

    private final String id;
    private final Section section;
    private final Kind kind;
    private final String label;
    private final Function<Object, String> says;
    private final Consumer<Object> restore;

    /**
     * @param label   the choice's name ("Scaling", "IQR factor", "Income")
     * @param says    the Edit menu's words for a change to a value ("Scaling: robust"); null: the label
     * @param restore sets the choice to a value it had
     */
    public Choice(String id, Section section, Kind kind, String label, Function<Object, String> says,
                  Consumer<Object> restore) {
        this.id = Objects.requireNonNull(id, "id");
        this.section = Objects.requireNonNull(section, "section");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.label = Objects.requireNonNull(label, "label");
        this.says = says == null ? v -> label : says;
        this.restore = Objects.requireNonNull(restore, "restore");
    }

    public String id() {
        return id;
    }

    public Section section() {
        return section;
    }

    public Kind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    /** The Edit menu's words for changing the choice to {@code value}. */
    public String says(Object value) {
        return says.apply(value);
    }

    void restore(Object value) {
        restore.accept(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Choice c && c.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
