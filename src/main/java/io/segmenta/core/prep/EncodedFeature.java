package io.segmenta.core.prep;

/**
 * One column of the prepared feature matrix.
 *
 * @param name         the name shown to users: the column name for a numeric feature, "Column=level" for
 *                     a one-hot indicator (e.g. "Gender=Male"), e.g. "Dt_Customer tenure (days)" for a
 *                     derived feature
 * @param sourceColumn the dataset column it comes from
 * @param level        the category level for an indicator, null otherwise
 * @param derivation   how a derived feature is computed from its column, null otherwise
 */
public record EncodedFeature(String name, String sourceColumn, String level, DerivationKind derivation) {
    /** A numeric feature or an indicator (not derived). */
    public EncodedFeature(String name, String sourceColumn, String level) {
        this(name, sourceColumn, level, null);
    }

    public boolean isIndicator() {
        return level != null;
    }

    public boolean isDerived() {
        return derivation != null;
    }

    /** A number of its own (a numeric column or a derived feature), not an indicator. */
    public boolean isNumeric() {
        return level == null;
    }
}
