package io.segmenta.ui.predict;

import io.segmenta.core.model.InputCheck;
import io.segmenta.core.model.InputKind;
import io.segmenta.core.model.ModelInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of the prediction form: the text the user typed (or the level chosen) for one model
 * input, checked as it changes ({@link ModelInput#check}): an error keeps Predict disabled, a
 * warning (out of the training range, an unseen level, a value that will be filled in) does not.
 */
public final class InputField {
    /** The choice that stands for "no value" in an optional category's choice box. */
    public static final String MISSING_CHOICE = "";

    private final ModelInput input;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<InputCheck> check = new ReadOnlyObjectWrapper<>(this, "check");
    private final BooleanProperty touched = new SimpleBooleanProperty(this, "touched", false);

    public InputField(ModelInput input) {
        this.input = Objects.requireNonNull(input, "input");
        text.subscribe(t -> {
            check.set(input.check(t));
            if (!t.isEmpty()) {
                touched.set(true);
            }
        });
    }

    /**
     * True once the user typed in the field or asked for a prediction: only then is an empty
     * required field shown as an error (a fresh form is not covered in red).
     */
    public BooleanProperty touchedProperty() {
        return touched;
    }

    public ModelInput input() {
        return input;
    }

    /** The column name, as the label. */
    public String label() {
        return input.column();
    }

    /** The training range or the levels, as the field's prompt. */
    public String hint() {
        return input.hint();
    }

    /** Whether the field is a choice of levels (a category) rather than typed text. */
    public boolean isChoice() {
        return input.kind() == InputKind.CATEGORY;
    }

    /** A date input: typed as yyyy-MM-dd (or as the training table wrote dates). */
    public boolean isDate() {
        return input.kind() == InputKind.DATE;
    }

    /** The levels to choose from, plus {@link #MISSING_CHOICE} first when a missing value is allowed. */
    public List<String> choices() {
        List<String> out = new ArrayList<>();
        if (!input.required()) {
            out.add(MISSING_CHOICE);
        }
        out.addAll(input.levels());
        return out;
    }

    /** The value as typed or chosen; empty means missing. */
    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value == null ? "" : value);
    }

    /** What the model thinks of the value, updated as it changes. */
    public ReadOnlyObjectProperty<InputCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    public InputCheck check() {
        return check.get();
    }
}
