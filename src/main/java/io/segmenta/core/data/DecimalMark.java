package io.segmenta.core.data;

/** The character between the whole part and the fraction of a number: {@code 1.5} or {@code 1,5}. */
public enum DecimalMark {
    /** {@code 1,234.56}. */
    POINT,
    /** {@code 1.234,56}. */
    COMMA;

    /** The mark in words: "decimal point" or "decimal comma". */
    public String words() {
        return this == POINT ? "decimal point" : "decimal comma";
    }
}
