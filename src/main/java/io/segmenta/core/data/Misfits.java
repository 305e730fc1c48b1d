package io.segmenta.core.data;

import java.util.Locale;

/**
 * The cells of a column of numbers that are not numbers (or not numbers written the column's way),
 * counted while the column is read, so that a column of numbers with a few bad cells is read as
 * text with a warning naming their lines ({@link ColumnBuilder#build}).
 */
final class Misfits {
    /** A column whose values are numbers but for at most this share is "numbers with bad cells". */
    static final double MOSTLY_NUMBERS = 0.9;
    /** Cells that are not numbers named in the warning about such a column. */
    static final int LISTED = 3;
    /** After this many cells that are not numbers, a column that is mostly text is no longer checked. */
    static final int CHECKED = 1000;

    private int numberCells;
    private int count;
    /** Misfits that are numbers written another way (another decimal mark, currency or separator). */
    private int styled;
    private final long[] lines = new long[LISTED];
    private final String[] texts = new String[LISTED];

    /** Counts a cell that is a number. */
    void number() {
        numberCells++;
    }

    /**
     * Notes a cell that is not a number, or not one written the column's way.
     *
     * @param styled true when it is a number written another way
     */
    void misfit(String text, long line, boolean styled) {
        if (count < LISTED) {
            lines[count] = line;
            texts[count] = text;
        }
        count++;
        this.styled += styled ? 1 : 0;
    }

    /** Misfits so far. */
    int count() {
        return count;
    }

    /** True while at least {@link #MOSTLY_NUMBERS} of the column's values are numbers. */
    boolean mostlyNumbers() {
        return numberCells >= MOSTLY_NUMBERS * (numberCells + count);
    }

    /** True when the column is numbers but for its misfits: mostly numbers, or numbers written two ways. */
    boolean worthSaying() {
        return count > 0 && (mostlyNumbers() || styled == count);
    }

    /** E.g. {@code 1 of its 200 values is not a number (line 43: "abc")}. */
    String inWords() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%,d of its %,d values ", count, numberCells + count))
                .append(count == 1 ? "is not a number" : "are not numbers")
                .append(styled > 0 ? " written like the others (" : " (");
        int listed = Math.min(count, LISTED);
        for (int i = 0; i < listed; i++) {
            String t = texts[i];
            b.append(i == 0 ? "" : ", ").append("line ").append(lines[i]).append(": \"")
                    .append(t.length() > 30 ? t.substring(0, 29) + "…" : t).append('"');
        }
        if (count > listed) {
            b.append(String.format(Locale.ROOT, " and %,d more", count - listed));
        }
        return b.append(')').toString();
    }
}
