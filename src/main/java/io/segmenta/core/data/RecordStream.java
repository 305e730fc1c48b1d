package io.segmenta.core.data;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import com.opencsv.exceptions.CsvValidationException;
import io.segmenta.core.SegmentaException;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;

/**
 * The non-blank records of a CSV source, in order, with the line each starts on. Both the import
 * and every re-read ({@link CsvImporter#forEachRecord}) go through this one class, so they agree on
 * which record is which row: a line holding nothing but whitespace is skipped, and every other
 * record must have as many fields as the first one (the header), otherwise reading stops with a
 * {@link CsvFormatException} naming the line. Parsing is OpenCSV's RFC 4180 parser.
 */
final class RecordStream implements Closeable {
    /** A record spanning more lines than this is a quote that was never closed. */
    static final int MULTILINE_LIMIT = 10_000;

    private final CsvSource source;
    private final CSVReader reader;
    private final CountingStream counter;
    private int width = -1;
    private String[] fields;
    private long line;

    /** The bytes of a source were not valid in its (strictly decoded) character set. */
    static final class DecodingFailure extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;

        DecodingFailure(long line, CharacterCodingException cause) {
            super("invalid bytes near line " + line, cause);
            this.line = line;
        }
    }

    private RecordStream(CsvSource source, CSVReader reader, CountingStream counter) {
        this.source = source;
        this.reader = reader;
        this.counter = counter;
    }

    /**
     * Opens a source.
     *
     * @param strict report bytes that are invalid in the source's character set (as a
     *               {@link DecodingFailure} from {@link #next()}) instead of replacing them
     */
    static RecordStream open(CsvSource source, boolean strict) throws IOException {
        InputStream raw = openBytes(source);
        CountingStream counter = new CountingStream(raw);
        BufferedInputStream in = new BufferedInputStream(counter, 1 << 16);
        try {
            in.mark(4);
            byte[] start = in.readNBytes(3);
            in.reset();
            in.skipNBytes(Encodings.bomLength(start, source.charset()));
            CodingErrorAction onError = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
            CharsetDecoder decoder = source.charset().newDecoder()
                    .onMalformedInput(onError)
                    .onUnmappableCharacter(onError);
            CSVReader reader = new CSVReaderBuilder(new InputStreamReader(in, decoder))
                    .withCSVParser(new RFC4180ParserBuilder().withSeparator(source.delimiter()).build())
                    .withMultilineLimit(MULTILINE_LIMIT)
                    .withVerifyReader(false)
                    .build();
            return new RecordStream(source, reader, counter);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The raw bytes of a source (a file, or a classpath resource for the built-in sample). */
    static InputStream openBytes(CsvSource source) throws IOException {
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
            long before = reader.getLinesRead();
            String[] rec;
            try {
                rec = reader.readNext();
            } catch (CsvMalformedLineException | CsvMultilineLimitBrokenException e) {
                throw unterminatedQuote(before + 1);
            } catch (CharacterCodingException e) {
                throw new DecodingFailure(Math.max(1, reader.getLinesRead()), e);
            } catch (CsvValidationException e) {
                throw new CsvFormatException(source.describe() + ", line " + (before + 1) + ": " + e.getMessage(),
                        source.describe(), before + 1, 0);
            }
            if (rec == null) {
                return false;
            }
            if (rec.length == 1 && rec[0].isBlank()) {
                continue;
            }
            long start = before + 1;
            if (width < 0) {
                width = rec.length;
            } else if (rec.length != width) {
                throw wrongFieldCount(rec.length, start, reader.getLinesRead());
            }
            fields = rec;
            line = start;
            return true;
        }
    }

    /** The fields of the current record. */
    String[] fields() {
        return fields;
    }

    /** The 1-based line where the current record starts. */
    long line() {
        return line;
    }

    /** Bytes read from the source so far (for progress). */
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
        m.append(count > width ? "A value probably contains the separator without being in double quotes, "
                        + "or there is an extra separator. "
                        : "A separator is probably missing. ")
                .append("Fix that row, then open the file again; rows are never dropped silently.");
        int column = Math.min(count, width) + 1;
        return new CsvFormatException(m.toString(), f, startLine, column);
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
