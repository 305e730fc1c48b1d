package io.segmenta.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The CSV writer of every file Segmenta exports and of the server's CSV answers, set up in one place:
 * UTF-8, RFC 4180 quoting (a cell holding the delimiter, a double quote, CR or LF is quoted and its
 * quotes doubled; other cells are written as they are), {@code \n} line ends, and every cell
 * neutralised against formula injection ({@link CsvCells#neutralise}). A null cell is written empty.
 *
 * <p>It writes UTF-8 bytes into its own buffer and hands the buffer to the stream when full. This is
 * the text OpenCSV's {@code CSVWriter} wrote with the same settings (which this class used before;
 * {@code SafeCsvWriterTest} holds the two to the same bytes), at about four times the speed: the
 * CSV answer of a 100,000-customer batch spent most of its time in OpenCSV's per-character
 * {@code StringBuilder} and the {@code Writer} chain. A write error (a full disk, a closed
 * connection) is kept and thrown by {@link #checkError} or {@link #finish}; later rows are dropped.
 * A row is either a whole {@code String[]} ({@link #writeRow}) or given cell by cell ({@link #field},
 * then {@link #endRow}), which lets the segmented export copy the cells of its input from the
 * characters the import kept, without a {@code String} per cell.
 */
public final class SafeCsvWriter {
    private static final int BUFFER = 1 << 16;

    private final OutputStream stream;
    private final char delimiter;
    private final byte[] buffer = new byte[BUFFER];
    private int used;
    private IOException error;
    private char[] scratch = new char[256];
    /*
     * The bytes of the last long cells written, by identity: an appended column repeats the same few
     * String objects (segment names, the model's warnings) on every row, so they are encoded once.
     */
    private static final int MEMO_SLOTS = 16;
    private static final int MEMO_LENGTH = 12;
    private static final int MEMO_MOST = 4096;
    private final String[] memoCells = new String[MEMO_SLOTS];
    private final byte[][] memoBytes = new byte[MEMO_SLOTS][];
    /** Where the last cell's bytes start in the buffer; -1 when they were drained while writing it. */
    private int cellStart;
    /** A cell of the current row has been written (the next one needs a delimiter first). */
    private boolean started;

    /** A writer onto {@code stream} (not closed here) with {@code delimiter} between cells. */
    public SafeCsvWriter(OutputStream stream, char delimiter) {
        this.stream = stream;
        this.delimiter = delimiter;
    }

    /** Writes one row, each cell neutralised ({@code cells} itself is left as it is). */
    public void writeRow(String[] cells) {
        for (String cell : cells) {
            field(cell);
        }
        endRow();
    }

    /** Adds a cell to the row being written (a null cell is written empty). */
    public void field(String cell) {
        if (cell == null) {
            field(scratch, 0, 0);
            return;
        }
        int n = cell.length();
        int slot = -1;
        if (n >= MEMO_LENGTH && n <= MEMO_MOST && error == null) {
            slot = System.identityHashCode(cell) & (MEMO_SLOTS - 1);
            byte[] known = memoBytes[slot];
            if (memoCells[slot] == cell) {
                if (started) {
                    put(delimiter);
                }
                started = true;
                if (used + known.length > BUFFER) {
                    drain();
                }
                System.arraycopy(known, 0, buffer, used, known.length);
                used += known.length;
                return;
            }
        }
        if (scratch.length < n) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        cell.getChars(0, n, scratch, 0);
        field(scratch, 0, n);
        if (slot >= 0 && error == null && cellStart >= 0) {
            memoCells[slot] = cell;
            memoBytes[slot] = Arrays.copyOfRange(buffer, cellStart, used);
        }
    }

    /**
     * Adds the cell held in {@code chars[from, to)} to the row being written, neutralised and quoted as
     * {@link #field(String)} would write the same text; no {@code String} is made for it.
     */
    public void field(char[] chars, int from, int to) {
        if (error != null) {
            return;
        }
        if (started) {
            put(delimiter);
        }
        started = true;
        if (from < to && formulaStart(chars[from])
                && !CsvCells.isPlainNumber(new String(chars, from, to - from))) {
            cell(chars, from, to, true);
        } else {
            cell(chars, from, to, false);
        }
    }

    /** Ends the row being written. */
    public void endRow() {
        if (error != null) {
            return;
        }
        started = false;
        put('\n');
    }

    private static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Writes the rows in order. */
    public void writeRows(List<String[]> rows) {
        rows.forEach(this::writeRow);
    }

    /** Throws the first write error so far (a full disk), if any. */
    public void checkError() throws IOException {
        if (error != null) {
            throw error;
        }
    }

    /** Flushes everything to the stream; throws the first write error, if any. */
    public void finish() throws IOException {
        drain();
        if (error == null) {
            try {
                stream.flush();
            } catch (IOException e) {
                error = e;
            }
        }
        checkError();
    }

    /** Writes {@code chars[from, to)}, with an apostrophe in front when {@code neutralised}. */
    private void cell(char[] chars, int from, int to, boolean neutralised) {
        boolean quote = false;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        // UTF-8 takes at most 3 bytes a char (4 for a pair); a doubled quote 2; quotes and apostrophe 3
        long most = 3L * (to - from) + 3;
        if (most > BUFFER) {
            slowCell(chars, from, to, quote, neutralised);
            return;
        }
        if (used + most > BUFFER) {
            drain();
        }
        byte[] b = buffer;
        int at = used;
        cellStart = at;
        if (quote) {
            b[at++] = '"';
        }
        if (neutralised) {
            b[at++] = '\'';
        }
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                if (c == '"' && quote) {
                    b[at++] = '"';
                }
                b[at++] = (byte) c;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                b[at++] = (byte) (0xF0 | cp >> 18);
                b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                b[at++] = '?';
            } else {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        if (quote) {
            b[at++] = '"';
        }
        used = at;
    }

    /** A cell longer than the buffer could hold: byte by byte, the buffer drained as it fills. */
    private void slowCell(char[] chars, int from, int to, boolean quote, boolean neutralised) {
        cellStart = -1;
        if (quote) {
            put('"');
        }
        if (neutralised) {
            put('\'');
        }
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                if (c == '"' && quote) {
                    put('"');
                }
                put(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                utf8(Character.toCodePoint(c, chars[++i]));
            } else if (Character.isSurrogate(c)) {
                put('?');
            } else {
                utf8(c);
            }
        }
        if (quote) {
            put('"');
        }
    }

    private void utf8(int cp) {
        if (cp < 0x800) {
            put(0xC0 | cp >> 6);
        } else if (cp < 0x10000) {
            put(0xE0 | cp >> 12);
            put(0x80 | cp >> 6 & 0x3F);
        } else {
            put(0xF0 | cp >> 18);
            put(0x80 | cp >> 12 & 0x3F);
            put(0x80 | cp >> 6 & 0x3F);
        }
        put(0x80 | cp & 0x3F);
    }

    private void put(int b) {
        if (used == BUFFER) {
            drain();
        }
        buffer[used++] = (byte) b;
    }

    private void drain() {
        if (used > 0 && error == null) {
            try {
                stream.write(buffer, 0, used);
            } catch (IOException e) {
                error = e;
            }
        }
        used = 0;
    }
}
