package io.segmenta.core.data;

import io.segmenta.core.SegmentaException;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The non-blank records of a CSV source, in order, with the line each starts on. Both the import
 * and every re-read ({@link CsvImporter#forEachRecord}) go through this one class, so they agree on
 * which record is which row: a line holding nothing but whitespace is skipped; a record with fewer
 * fields than the first one (the header) is filled up with empty fields and counted
 * ({@link #shortRows()}); a record with more fields stops reading with a {@link CsvFormatException}
 * naming the line. Parsing is {@link CsvTokenizer} (RFC 4180 as OpenCSV reads it), which makes no
 * {@code String} per cell: the import reads each field in place ({@link #cell}); {@link #fields()}
 * makes strings for the callers that keep them.
 *
 * <p>Guards: gzip-compressed bytes are decompressed ({@code .csv.gz}); a line longer than
 * {@link #MAX_LINE_CHARS} characters or a first record of more than {@link #MAX_COLUMNS} fields
 * stops reading at once with a {@link CsvFormatException} naming the line, instead of reading on.
 */
final class RecordStream implements Closeable {
    /** A record spanning more lines than this is a quote that was never closed. */
    static final int MULTILINE_LIMIT = 10_000;
    /** Longest line read (16 MB of characters): longer is not a table of customers. */
    static final int MAX_LINE_CHARS = 16 << 20;
    /** Most columns a header (or first row) may have. */
    static final int MAX_COLUMNS = 100_000;

    private final CsvSource source;
    private final Reader reader;
    private final CsvTokenizer tokens;
    private final CountingStream counter;
    private int width = -1;
    private String[] fields;
    private int present;
    private long line;
    private int shortCount;
    private final List<Long> shortLines = new ArrayList<>();

    /** The bytes of a source were not valid in its (strictly decoded) character set. */
    static final class DecodingFailure extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;

        DecodingFailure(long line, CharacterCodingException cause) {
            super("invalid bytes near line " + line, cause);
            this.line = line;
        }
    }

    private RecordStream(CsvSource source, Reader reader, CountingStream counter) {
        this.source = source;
        this.reader = reader;
        this.tokens = new CsvTokenizer(reader, source.delimiter(), MULTILINE_LIMIT);
        this.counter = counter;
    }

    /**
     * Opens a source.
     *
     * @param strict report bytes that are invalid in the source's character set (as a
     *               {@link DecodingFailure} from {@link #next()}) instead of replacing them
     */
    static RecordStream open(CsvSource source, boolean strict) throws IOException {
        CountingStream counter = new CountingStream(rawBytes(source));
        BufferedInputStream in;
        try {
            in = new BufferedInputStream(decompressed(counter), 1 << 16);
        } catch (IOException | RuntimeException e) {
            counter.close();
            throw e;
        }
        try {
            in.mark(4);
            byte[] start = in.readNBytes(3);
            in.reset();
            in.skipNBytes(Encodings.bomLength(start, source.charset()));
            CodingErrorAction onError = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
            CharsetDecoder decoder = source.charset().newDecoder()
                    .onMalformedInput(onError)
                    .onUnmappableCharacter(onError);
            return new RecordStream(source, new LineGuard(new InputStreamReader(in, decoder)), counter);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The bytes of a source (a file, or a classpath resource for the built-in sample), decompressed
     * when they are gzip data.
     */
    static InputStream openBytes(CsvSource source) throws IOException {
        InputStream raw = rawBytes(source);
        try {
            return decompressed(raw);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** {@code in}, or a gzip decompressor over it when it starts with the gzip magic bytes. */
    static InputStream decompressed(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        b.mark(2);
        int b0 = b.read();
        int b1 = b.read();
        b.reset();
        return b0 == 0x1F && b1 == 0x8B ? new GZIPInputStream(b, 1 << 16) : b;
    }

    private static InputStream rawBytes(CsvSource source) throws IOException {
        if (source.path() != null) {
            return Files.newInputStream(source.path());
        }
        String name = source.resource().startsWith("/") ? source.resource() : "/" + source.resource();
        InputStream in = RecordStream.class.getResourceAsStream(name);
        if (in == null) {
            throw new SegmentaException(source.describe() + " is missing from the application (resource " + name
                    + "). Reinstall Segmenta or open a CSV file instead.");
        }
        return in;
    }

    /**
     * Moves to the next non-blank record.
     *
     * @return false at the end of the file
     * @throws CsvFormatException for a quote that is never closed or a record with the wrong number of fields
     * @throws DecodingFailure    for invalid bytes when opened strict
     */
    boolean next() throws IOException {
        while (true) {
            long before = tokens.linesRead();
            boolean more;
            try {
                more = tokens.next();
            } catch (CsvTokenizer.Unterminated | CsvTokenizer.TooManyLines e) {
                throw unterminatedQuote(before + 1);
            } catch (CharacterCodingException e) {
                throw new DecodingFailure(Math.max(1, tokens.linesRead()), e);
            } catch (LineTooLong e) {
                throw lineTooLong(before + 1);
            } catch (ZipException | EOFException e) {
                throw damagedGzip(before + 1);
            }
            if (!more) {
                return false;
            }
            if (tokens.blank()) {
                continue;
            }
            int count = tokens.count();
            long start = before + 1;
            if (width < 0) {
                if (count > MAX_COLUMNS) {
                    throw tooManyColumns(count, start);
                }
                width = count;
            } else if (count > width) {
                throw wrongFieldCount(count, start, tokens.linesRead());
            } else if (count < width) {
                if (shortLines.size() < ShortRows.LISTED) {
                    shortLines.add(start);
                }
                shortCount++;
            }
            present = count;
            fields = null;
            line = start;
            return true;
        }
    }

    /** Fields in each record: those of the first one. */
    int width() {
        return width;
    }

    /**
     * Field {@code j} of the current record, read in place (empty for the fields a short record
     * lacks); the slice is reused by the next call, so copy it ({@code toString()}) to keep it.
     */
    CharSequence cell(int j) {
        return j < present ? tokens.cell(j) : "";
    }

    /** The fields of the current record as strings (a short record filled up with empty fields). */
    String[] fields() {
        if (fields == null) {
            String[] f = new String[width];
            for (int j = 0; j < width; j++) {
                f[j] = j < present ? tokens.text(j) : "";
            }
            fields = f;
        }
        return fields;
    }

    /** The 1-based line where the current record starts. */
    long line() {
        return line;
    }

    /** The records so far that had fewer fields than the first one (and were filled up). */
    ShortRows shortRows() {
        return shortCount == 0 ? ShortRows.NONE : new ShortRows(shortCount, shortLines);
    }

    /** Bytes read from the source so far (for progress; compressed bytes for a gzip file). */
    long bytesRead() {
        return counter.count;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private CsvFormatException unterminatedQuote(long startLine) {
        String f = source.describe();
        return new CsvFormatException(f + ", line " + startLine + ": a value in double quotes starts on this line "
                + "and its closing quote (\") is missing, so the rest of the file would be read as one value. "
                + "Add the missing quote or remove the stray one, then open the file again.", f, startLine, 0);
    }

    private CsvFormatException lineTooLong(long at) {
        String f = source.describe();
        return new CsvFormatException(String.format(Locale.ROOT, "%s, line %d: this line is longer than %,d MB "
                + "without a line break, so this is not a table of customers (or its rows are not separated by "
                + "line breaks). Check that you chose the right file, or export the table again as CSV.", f, at,
                MAX_LINE_CHARS >> 20), f, at, 0);
    }

    private CsvFormatException tooManyColumns(int count, long at) {
        String f = source.describe();
        return new CsvFormatException(String.format(Locale.ROOT, "%s, line %d: this row has %,d fields; Segmenta "
                + "reads tables of at most %,d columns. Check that you chose the right file and that its fields "
                + "are separated by %s.", f, at, count, MAX_COLUMNS, delimiterPlural(source.delimiter())),
                f, at, 0);
    }

    private CsvFormatException damagedGzip(long at) {
        String f = source.describe();
        return new CsvFormatException(f + ", line " + at + ": the file is gzip-compressed and its compressed data is "
                + "damaged or cut short here. Copy or download the file again, then open it again.", f, at, 0);
    }

    private CsvFormatException wrongFieldCount(int count, long startLine, long endLine) {
        String f = source.describe();
        StringBuilder m = new StringBuilder();
        m.append(f).append(", line ").append(startLine).append(": this row has ").append(count)
                .append(count == 1 ? " field" : " fields").append(" but ")
                .append(source.header() ? "the header has " : "the first row has ").append(width)
                .append(" (fields are separated by ").append(delimiterName(source.delimiter())).append("). ");
        if (endLine > startLine) {
            m.append("The row runs on to line ").append(endLine)
                    .append(" because of a double quote (\") on line ").append(startLine)
                    .append(" that is not closed where the value ends. ");
        }
        m.append("A value probably contains the separator without being in double quotes, or there is an extra "
                        + "separator. Fix that row, then open the file again; rows are never dropped silently.");
        int column = width + 1;
        return new CsvFormatException(m.toString(), f, startLine, column);
    }

    /** The separator in the plural: "commas", "semicolons", "tabs", "vertical bars (|)". */
    static String delimiterPlural(char d) {
        return d == '|' ? "vertical bars (|)" : d == ',' || d == ';' || d == '\t' ? delimiterName(d) + "s" : "'" + d + "'";
    }

    /** The separator in words: "comma", "semicolon", "tab", "vertical bar". */
    static String delimiterName(char d) {
        switch (d) {
            case ',':
                return "comma";
            case ';':
                return "semicolon";
            case '\t':
                return "tab";
            case '|':
                return "vertical bar (|)";
            default:
                return "'" + d + "'";
        }
    }

    /** A line of more than {@link #MAX_LINE_CHARS} characters is being read. */
    static final class LineTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLong() {
            super("a line is longer than " + MAX_LINE_CHARS + " characters");
        }
    }

    /**
     * Stops a line longer than {@link #MAX_LINE_CHARS} as soon as it passes the limit. It only looks
     * at each chunk up to its first line break and back from its end to its last one, so it costs
     * almost nothing.
     */
    private static final class LineGuard extends FilterReader {
        private long run;

        LineGuard(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == '\n') {
                run = 0;
            } else if (c >= 0 && ++run > MAX_LINE_CHARS) {
                throw new LineTooLong();
            }
            return c;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = super.read(cbuf, off, len);
            if (n <= 0) {
                return n;
            }
            int end = off + n;
            int first = off;
            while (first < end && cbuf[first] != '\n') {
                first++;
            }
            if (run + (first - off) > MAX_LINE_CHARS) {
                throw new LineTooLong(); // the line running into this chunk ends too late, or not in it
            }
            if (first == end) {
                run += n;
                return n;
            }
            int last = end - 1;
            while (cbuf[last] != '\n') {
                last--;
            }
            if (n > MAX_LINE_CHARS) { // a chunk this large could hold a whole long line between its breaks
                for (int i = first + 1, start = first + 1; i <= last; i++) {
                    if (cbuf[i] == '\n') {
                        if (i - start > MAX_LINE_CHARS) {
                            throw new LineTooLong();
                        }
                        start = i + 1;
                    }
                }
            }
            run = end - 1 - last;
            if (run > MAX_LINE_CHARS) {
                throw new LineTooLong();
            }
            return n;
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
