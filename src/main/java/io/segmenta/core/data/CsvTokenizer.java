package io.segmenta.core.data;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits characters into CSV records without building a {@code String} per line or per field: each
 * record's fields are copied, unquoted, into one reused {@code char[]}, and a field is handed out as a
 * reused {@link CharSlice} over it ({@link #cell}), which the number and date parsers read in place.
 * Only the callers that keep a text make a {@code String} of it.
 *
 * <p>The rules are those of RFC 4180 as OpenCSV's {@code RFC4180Parser} (which Segmenta used before)
 * applies them, so files read as before: a field that starts with a double quote runs to the quote
 * that closes it and may hold the delimiter, doubled quotes ({@code ""}, read as one) and line breaks
 * (any of CR LF, LF or CR, read as LF); a quote inside it that is not doubled and not followed by
 * the delimiter or the end of the line is kept ({@code "a"b"c"} is {@code a"b"c}); a field that does
 * not start with a quote runs to the next delimiter and keeps its quotes, except that a doubled quote
 * is read as one. A line break ends a record (CR LF,
 * LF or CR, each counted as one line, as {@link java.io.BufferedReader#readLine} counts them).
 *
 * <p>Problems are {@link Unterminated} (the input ends inside a quoted field) and {@link TooManyLines}
 * (a record runs over more than the given number of lines: a quote that was never closed).
 */
final class CsvTokenizer {
    private final Reader in;
    private final char delimiter;
    private final int lineLimit;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;

    private char[] rec = new char[1024];
    private int len;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;
    private long lines;
    private final CharSlice slice = new CharSlice();

    /** The input ends inside a quoted field. */
    static final class Unterminated extends IOException {
        private static final long serialVersionUID = 1L;

        Unterminated() {
            super("the input ends inside a quoted field");
        }
    }

    /** A record runs over more lines than allowed. */
    static final class TooManyLines extends IOException {
        private static final long serialVersionUID = 1L;

        TooManyLines() {
            super("a record runs over too many lines");
        }
    }

    /**
     * @param in        the characters (not closed here)
     * @param delimiter the field separator
     * @param lineLimit most lines one record may span
     */
    CsvTokenizer(Reader in, char delimiter, int lineLimit) {
        this.in = in;
        this.delimiter = delimiter;
        this.lineLimit = lineLimit;
    }

    /** Lines read so far (the lines of every record returned, counted as {@code BufferedReader} counts them). */
    long linesRead() {
        return lines;
    }

    /** Fields of the current record. */
    int count() {
        return count;
    }

    /**
     * Field {@code j} of the current record as a slice that is reused by the next call (copy it with
     * {@code toString()} to keep it).
     */
    CharSlice cell(int j) {
        slice.set(rec, starts[j], ends[j]);
        return slice;
    }

    /** Field {@code j} of the current record as a new string. */
    String text(int j) {
        return new String(rec, starts[j], ends[j] - starts[j]);
    }

    /** The current record as strings. */
    String[] texts() {
        String[] out = new String[count];
        for (int j = 0; j < count; j++) {
            out[j] = text(j);
        }
        return out;
    }

    /** True when the current record is one field of nothing but whitespace (a blank line). */
    boolean blank() {
        if (count != 1) {
            return false;
        }
        for (int i = starts[0]; i < ends[0]; i++) {
            if (!Character.isWhitespace(rec[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the input
     */
    boolean next() throws IOException {
        count = 0;
        len = 0;
        int c = read();
        if (c < 0) {
            return false;
        }
        int recordLines = 1;
        int fieldStart = 0;
        while (true) {
            if (c == '"') {
                while (true) {
                    c = read();
                    if (c < 0) {
                        throw new Unterminated();
                    }
                    if (c == '"') {
                        c = read();
                        if (c == '"') {
                            put('"');
                            continue;
                        }
                        if (c < 0 || c == delimiter || c == '\n' || c == '\r') {
                            break; // the closing quote
                        }
                        put('"'); // a quote inside the value ("a"b"c" is a"b"c): not the closing one
                        put((char) c);
                        continue;
                    }
                    if (c == '\r' || c == '\n') {
                        if (c == '\r' && peek() == '\n') {
                            pos++;
                        }
                        lines++;
                        if (++recordLines > lineLimit) {
                            throw new TooManyLines();
                        }
                        put('\n');
                        continue;
                    }
                    put((char) c);
                }
            }
            c = unquoted(c);
            endField(fieldStart);
            if (c == delimiter) {
                fieldStart = len;
                c = read();
                continue;
            }
            if (c == '\r' && peek() == '\n') {
                pos++;
            }
            lines++;
            return true;
        }
    }

    /** Copies an unquoted run from {@code c} to the next delimiter, line break or end; returns where it stopped. */
    private int unquoted(int c) throws IOException {
        char d = delimiter;
        while (c >= 0 && c != d && c != '\n' && c != '\r') {
            if (c == '"') {
                if (peek() == '"') {
                    pos++;
                }
                put('"');
                c = read();
                continue;
            }
            put((char) c);
            // copy the plain run that follows straight from the buffer
            int p = pos;
            int end = lim;
            char[] b = buf;
            while (p < end) {
                char ch = b[p];
                if (ch == d || ch == '\n' || ch == '\r' || ch == '"') {
                    break;
                }
                p++;
            }
            int n = p - pos;
            if (n > 0) {
                if (len + n > rec.length) {
                    rec = Arrays.copyOf(rec, Math.max(rec.length * 2, len + n));
                }
                System.arraycopy(b, pos, rec, len, n);
                len += n;
                pos = p;
            }
            c = read();
        }
        return c;
    }

    private void endField(int start) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = len;
        count++;
    }

    private void put(char c) {
        if (len == rec.length) {
            rec = Arrays.copyOf(rec, len * 2);
        }
        rec[len++] = c;
    }

    private int read() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }
}
