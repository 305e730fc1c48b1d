package io.segmenta.core.model;

/** What a model input asks for, which decides the form field and how a cell is read. */
public enum InputKind {
    /** A number (a numeric column as is, or a birth year that becomes an age). */
    NUMBER("number"),
    /** A date that becomes a tenure in days. */
    DATE("date"),
    /** One of the category levels seen in training. */
    CATEGORY("category");

    private final String label;

    InputKind(String label) {
        this.label = label;
    }

    /** The word used in the model file: number, date, category. */
    public String label() {
        return label;
    }

    /** Parses a label; null when it is none of them. */
    static InputKind byLabel(String text) {
        for (InputKind k : values()) {
            if (k.label.equals(text)) {
                return k;
            }
        }
        return null;
    }
}
