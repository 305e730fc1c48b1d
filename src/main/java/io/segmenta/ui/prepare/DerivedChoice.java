package io.segmenta.ui.prepare;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.prep.Derivation;
import io.segmenta.core.prep.DerivationKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A feature the table can give: tenure in days from a date column, or age from a birth-year
 * column. The analyst ticks it to derive it (it then becomes a feature in the Segment step) and can
 * change the reference it is counted to; the reference starts at the one the table suggests (the
 * latest date in the column, or the year of the table's latest date) and stays tied to the data
 * while it is not changed.
 */
public final class DerivedChoice {
    private final Derivation suggestion;
    private final String defaultReference;
    private final String defaultNote;
    private final BooleanProperty derive = new SimpleBooleanProperty(this, "derive", false);
    private final StringProperty reference = new SimpleStringProperty(this, "reference");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    /**
     * @param suggestion       the derivation with the table's own reference (null: taken from the data)
     * @param defaultReference the reference it resolves to, as text ("2014-06-29", "2014")
     * @param defaultNote      where it comes from ("the latest date in Dt_Customer")
     */
    public DerivedChoice(Derivation suggestion, String defaultReference, String defaultNote) {
        this.suggestion = Objects.requireNonNull(suggestion, "suggestion");
        this.defaultReference = Objects.requireNonNull(defaultReference, "defaultReference");
        this.defaultNote = Objects.requireNonNull(defaultNote, "defaultNote");
        reference.set(defaultReference);
    }

    public Derivation suggestion() {
        return suggestion;
    }

    /** The derived feature's name, e.g. "Dt_Customer tenure (days)". */
    public String featureName() {
        return suggestion.featureName();
    }

    public DerivationKind kind() {
        return suggestion.kind();
    }

    public String column() {
        return suggestion.column();
    }

    /** Whether the feature is derived (and offered in the Segment step). */
    public BooleanProperty deriveProperty() {
        return derive;
    }

    public boolean derive() {
        return derive.get();
    }

    /** The reference as typed: a date (yyyy-MM-dd) for tenure, a year for age. */
    public StringProperty referenceProperty() {
        return reference;
    }

    /** The reference the table suggests, as text. */
    public String defaultReference() {
        return defaultReference;
    }

    /** Where the suggested reference comes from, e.g. "the latest date in Dt_Customer". */
    public String defaultNote() {
        return defaultNote;
    }

    /** "days to" / "age in" */
    public String referenceLabel() {
        return kind() == DerivationKind.TENURE_DAYS ? "days to" : "age in";
    }

    /** Why the reference cannot be read, or null. Set by the view-model. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void setError(String text) {
        error.set(text);
    }

    /**
     * The derivation with the reference as typed: the suggestion while the text is the suggested
     * reference (so the report says it comes from the data), else the given date or year.
     *
     * @throws SegmentaException when the text is not a date (tenure) or a year (age)
     */
    public Derivation derivation() {
        String t = reference.get() == null ? "" : reference.get().trim();
        if (t.isEmpty() || t.equals(defaultReference)) {
            return suggestion;
        }
        if (kind() == DerivationKind.TENURE_DAYS) {
            try {
                return Derivation.tenure(column(), LocalDate.parse(t));
            } catch (DateTimeParseException e) {
                throw new SegmentaException("The reference date \"" + t + "\" of " + featureName() + " is not a date. "
                        + "Write it as yyyy-MM-dd, e.g. " + defaultReference.substring(0, Math.min(10,
                        defaultReference.length())) + ".");
            }
        }
        try {
            int year = Integer.parseInt(t);
            if (year < 1000 || year > 9999) {
                throw new NumberFormatException();
            }
            return Derivation.age(column(), year);
        } catch (NumberFormatException e) {
            throw new SegmentaException("The reference year \"" + t + "\" of " + featureName() + " is not a year. "
                    + "Write a year such as " + defaultReference + ".");
        }
    }
}
