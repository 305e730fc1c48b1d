package io.segmenta.core.data;

import io.segmenta.core.SegmentaException;

/**
 * A CSV file that cannot be read as a table: empty, no data rows, a row with the wrong number of
 * fields, a quote that is never closed, binary content. The message names the file and the line
 * (and the field, where there is one) and says what to do; the fields let callers point at it.
 */
public final class CsvFormatException extends SegmentaException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final int column;

    /**
     * @param message the complete user-facing message
     * @param file    the file as shown to the user (path, or the built-in sample)
     * @param line    1-based line of the problem in the file
     * @param column  1-based field number, or 0 when the problem is not in one field
     */
    public CsvFormatException(String message, String file, long line, int column) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The file as shown to the user. */
    public String file() {
        return file;
    }

    /** 1-based line number of the problem. */
    public long line() {
        return line;
    }

    /** 1-based field number, or 0 when the problem concerns the whole line or file. */
    public int column() {
        return column;
    }
}
