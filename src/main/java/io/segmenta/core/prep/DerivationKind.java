package io.segmenta.core.prep;

/** The features Segmenta derives from a column. */
public enum DerivationKind {
    /** Days from a date column (e.g. the customer's first purchase) to a reference date. */
    TENURE_DAYS("tenure"),
    /** Reference year minus a birth-year column. */
    AGE_FROM_BIRTH_YEAR("age");

    private final String label;

    DerivationKind(String label) {
        this.label = label;
    }

    /** The word used in the CLI and JSON ("tenure", "age"). */
    public String label() {
        return label;
    }

    /** The derived feature's name: "Dt_Customer tenure (days)", "Age from Year_Birth". */
    public String featureName(String column) {
        return this == TENURE_DAYS ? column + " tenure (days)" : "Age from " + column;
    }
}
