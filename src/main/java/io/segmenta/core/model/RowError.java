package io.segmenta.core.model;

/**
 * A row of a batch that got no segment.
 *
 * @param row     0-based data row of the table
 * @param line    1-based line of the file where the row starts (0 when the table has no file)
 * @param message why, naming the column and the cell
 */
public record RowError(int row, long line, String message) {
    /** "line 12: ..." or "row 11: ..." when there is no file line. */
    public String describe() {
        return (line > 0 ? "line " + line : "row " + (row + 1)) + ": " + message;
    }
}
