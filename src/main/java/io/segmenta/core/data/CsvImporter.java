package io.segmenta.core.data;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CSV file into a {@link Dataset}: detects the character set (UTF-8 with or without
 * byte-order mark, UTF-16 with mark, else windows-1252 with a warning), the delimiter
 * ({@code , ; TAB |}) and the header row, then infers each column's type in one pass (see
 * {@link ColumnBuilder} for the rules) and keeps how it was read in a {@link CsvSource}, so the
 * same records can be streamed again ({@link #forEachRecord}). The file is only ever opened for
 * reading.
 *
 * <p>Records are parsed by {@link CsvTokenizer} (RFC 4180, as OpenCSV reads it), which reads numbers
 * and dates in place, without a {@code String} per cell: fields in double quotes may hold the
 * delimiter, quotes ({@code ""}) and line breaks (a CRLF inside a quoted value is read as LF);
 * lines holding only whitespace are skipped; a record with fewer fields than the header is read
 * with the missing cells empty ({@link Dataset#shortRows()}, and a warning); one with more fields
 * is an error. Gzip-compressed files ({@code .csv.gz}) are decompressed. Cells equal to a
 * {@link MissingValues missing marker} are missing. Numbers may be written for people
 * ({@code $1,234.50}, {@code 1.234,56 €}, {@code 12%}, {@code (12.50)}): each column is read one way,
 * decided from all its cells, with the file's decimal mark deciding what they leave open
 * ({@link ColumnBuilder}, {@link NumberStyle}); how is kept in {@link Dataset#numberRule}.
 *
 * <p>Problems the user must fix (empty file, header without rows, a row with too many fields, a
 * quote never closed, binary content, a line over 16 MB, a header of over 100,000 columns) raise a
 * {@link CsvFormatException} naming the file and line; a missing or unreadable file raises a
 * {@link SegmentaException}. Things fixed on the way (renamed columns, the character-set fallback,
 * a guessed date order or decimal mark, short rows) are listed in {@link Dataset#warnings()}.
 */
public final class CsvImporter {
    /** Bytes looked at to detect the character set, delimiter and header. */
    static final int HEAD_BYTES = 1 << 16;
    private static final int PROGRESS_EVERY = 1 << 14;
    /** Files larger than this are split on a second thread while the caller's thread types the cells. */
    static final long READ_AHEAD_BYTES = 4L << 20;

    private CsvImporter() {
    }

    /** Reads a CSV file (see the class comment). */
    public static Dataset read(Path file) {
        return read(file, ProgressListener.NONE, CancellationToken.NONE);
    }

    /**
     * Reads a CSV file, reporting progress by bytes read and stopping with a
     * {@link io.segmenta.core.work.CancelledException} when {@code cancel} says so.
     */
    public static Dataset read(Path file, ProgressListener progress, CancellationToken cancel) {
        return read(file, progress, cancel, null);
    }

    /**
     * A table read with its records kept: the dataset, and the fields of every data record exactly as
     * read (null when they would take more than a quarter of the heap).
     */
    public record WithRecords(Dataset data, CsvRecords records) {
    }

    /**
     * Reads a CSV file as {@link #read(Path, ProgressListener, CancellationToken)} does and keeps its
     * records, so that a caller that writes the rows out again (a batch prediction) does not read the
     * file a second time.
     */
    public static WithRecords readKeepingRecords(Path file, ProgressListener progress, CancellationToken cancel) {
        CsvRecords.Keeper keeper = CsvRecords.Keeper.ofHeap();
        Dataset data = read(file, progress, cancel, keeper);
        return new WithRecords(data, keeper.result(data.columnCount()));
    }

    private static Dataset read(Path file, ProgressListener progress, CancellationToken cancel,
                                CsvRecords.Keeper keeper) {
        Path path = file.toAbsolutePath().normalize();
        String shown = path.toString();
        if (Files.isDirectory(path)) {
            throw new SegmentaException(shown + " is a folder, not a CSV file. Choose a .csv file inside it.");
        }
        long size;
        byte[] head;
        boolean complete;
        try {
            size = Files.size(path);
            try (InputStream in = RecordStream.decompressed(Files.newInputStream(path))) {
                head = in.readNBytes(HEAD_BYTES);
                complete = in.read() < 0;
            }
        } catch (NoSuchFileException e) {
            throw new SegmentaException("The file " + shown + " does not exist. Check the folder and the file name, "
                    + "then open it again.", e);
        } catch (AccessDeniedException e) {
            throw new SegmentaException("The file " + shown + " cannot be read: permission denied. Ask for read "
                    + "access or copy the file to a folder of yours, then open it again.", e);
        } catch (IOException e) {
            throw cannotRead(shown, e);
        }
        String name = path.getFileName() == null ? shown : path.getFileName().toString();
        return readNew(name, path, null, head, complete, size, progress, cancel, keeper);
    }

    /**
     * Reads a CSV classpath resource (the built-in sample).
     *
     * @param resource    resource name, e.g. {@code io/segmenta/sample/customers_sample.csv}
     * @param displayName what the user sees, e.g. {@code customers_sample.csv}
     */
    public static Dataset readResource(String resource, String displayName) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        CsvSource probe = new CsvSource(displayName, null, name, StandardCharsets.UTF_8, ',', true);
        byte[] head;
        boolean complete;
        try (InputStream in = RecordStream.openBytes(probe)) {
            head = in.readNBytes(HEAD_BYTES);
            complete = in.read() < 0;
        } catch (IOException e) {
            throw cannotRead(probe.describe(), e);
        }
        return readNew(displayName, null, name, head, complete, -1, ProgressListener.NONE, CancellationToken.NONE,
                null);
    }

    /**
     * Reads a source again with its recorded character set, delimiter and header setting (e.g. after
     * the user said the first row is data, not a header). Types are inferred afresh.
     */
    public static Dataset read(CsvSource source) {
        try {
            return load(source, false, new ArrayList<>(), 1024, -1, ProgressListener.NONE, CancellationToken.NONE,
                    null);
        } catch (IOException e) {
            throw cannotRead(source.describe(), e);
        }
    }

    /**
     * Streams the raw records (header excluded) of a source exactly as read, with the same record to
     * row mapping as {@link #read}: row {@code i} of the consumer is row {@code i} of the dataset.
     *
     * @throws CsvFormatException   when the file no longer parses (it changed since it was read)
     * @throws UncheckedIOException wrapping an {@link IOException} thrown by the consumer
     */
    public static void forEachRecord(CsvSource source, RecordConsumer consumer) {
        try (RecordStream records = RecordStream.open(source, false)) {
            if (source.header() && !records.next()) {
                return;
            }
            int row = 0;
            while (records.next()) {
                try {
                    consumer.accept(row, records.fields(), records.line());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                row++;
            }
        } catch (IOException e) {
            throw cannotRead(source.describe(), e);
        }
    }

    /**
     * The header fields exactly as in the file, or {@code Column 1 ... Column n} for a source without
     * a header row; an empty array for a file without records.
     */
    public static String[] header(CsvSource source) {
        try (RecordStream records = RecordStream.open(source, false)) {
            if (!records.next()) {
                return new String[0];
            }
            return source.header() ? records.fields() : ColumnNames.generated(records.fields().length);
        } catch (IOException e) {
            throw cannotRead(source.describe(), e);
        }
    }

    private static Dataset readNew(String name, Path path, String resource, byte[] head, boolean complete,
                                   long size, ProgressListener progress, CancellationToken cancel,
                                   CsvRecords.Keeper keeper) {
        String shown = path != null ? path.toString() : "the built-in sample (" + name + ")";
        if (head.length == 0) {
            throw new CsvFormatException(shown + ", line 1: the file is empty (0 bytes). Choose a CSV file with a "
                    + "header row and at least one row of data.", shown, 1, 0);
        }
        Encodings.Probe probe = Encodings.probe(head, complete, shown);
        List<String> warnings = new ArrayList<>();
        CsvSniffer.Result sniffed = CsvSniffer.sniff(Encodings.decode(head, probe), complete);
        CsvSource source = new CsvSource(name, path, resource, probe.charset(), sniffed.delimiter(), sniffed.header());
        int estimate = estimateRows(head, complete, size);
        try {
            if (!probe.utf8() && probe.charset().equals(Encodings.WINDOWS_1252)) {
                warnings.add(latinWarning(name, firstInvalidLine(source)));
            }
            try {
                return load(source, probe.utf8(), warnings, estimate, size, progress, cancel, keeper);
            } catch (RecordStream.DecodingFailure e) {
                // valid UTF-8 at the start, not further on: read it all again as windows-1252
                CsvSource latin = new CsvSource(name, path, resource, Encodings.WINDOWS_1252, source.delimiter(),
                        source.header());
                List<String> again = new ArrayList<>();
                again.add(latinWarning(name, firstInvalidLine(source)));
                if (keeper != null) {
                    keeper.clear();
                }
                return load(latin, false, again, estimate, size, progress, cancel, keeper);
            }
        } catch (IOException e) {
            throw cannotRead(shown, e);
        }
    }

    private static long firstInvalidLine(CsvSource source) throws IOException {
        try (InputStream in = RecordStream.openBytes(source)) {
            return Encodings.firstInvalidUtf8Line(in);
        }
    }

    private static String latinWarning(String name, long line) {
        return name + " is not valid UTF-8" + (line > 0 ? " (from line " + line + ")" : "")
                + ", so it was read as windows-1252 (Western European). If accented letters look wrong, "
                + "save the file as CSV UTF-8 and open it again.";
    }

    /** Expected rows from the head's bytes per line, so the column arrays rarely need to grow. */
    private static int estimateRows(byte[] head, boolean complete, long size) {
        int lines = 0;
        for (byte b : head) {
            if (b == '\n') {
                lines++;
            }
        }
        if (complete || size <= 0 || lines == 0) {
            return Math.max(16, lines + 1);
        }
        double perLine = (double) head.length / lines;
        return (int) Math.min(Integer.MAX_VALUE - 64L, (long) (size / perLine * 1.02) + 16);
    }

    /** The one-pass read, then the recovery pass for columns that turned to text late. */
    private static Dataset load(CsvSource source, boolean strict, List<String> warnings, int estimate, long size,
                                ProgressListener progress, CancellationToken cancel, CsvRecords.Keeper keeper)
            throws IOException {
        String shown = source.describe();
        ColumnBuilder[] builders = null;
        String[] names = null;
        long headerLine = 0;
        int rows = 0;
        WrittenNumber numbers = new WrittenNumber();
        DateParser dates = new DateParser();
        ShortRows shortRows;
        try (RecordStream records = RecordStream.open(source, strict)) {
            if (source.header()) {
                if (!records.next()) {
                    throw noRecords(shown);
                }
                names = ColumnNames.clean(records.fields(), warnings);
                headerLine = records.line();
            }
            boolean ahead = size > READ_AHEAD_BYTES && Runtime.getRuntime().availableProcessors() > 1;
            try (RecordBlocks blocks = new RecordBlocks(records, ahead)) {
                for (RecordBlocks.Block b = blocks.next(); b != null; b = blocks.next()) {
                    if (builders == null) {
                        if (names == null) {
                            names = ColumnNames.generated(b.width());
                            warnings.add("No header row was recognised (the first row holds data), so the columns "
                                    + "are named Column 1 to Column " + b.width() + ".");
                        }
                        builders = new ColumnBuilder[names.length];
                        for (int j = 0; j < names.length; j++) {
                            builders[j] = new ColumnBuilder(names[j], estimate);
                        }
                    }
                    for (int r = 0; r < b.rows(); r++) {
                        long line = b.line(r);
                        for (int j = 0; j < builders.length; j++) {
                            builders[j].add(b.cell(r, j), numbers, dates, line);
                        }
                    }
                    if (keeper != null) {
                        keeper.keep(b);
                    }
                    int before = rows;
                    rows += b.rows();
                    cancel.throwIfCancelled();
                    if (rows / PROGRESS_EVERY != before / PROGRESS_EVERY) {
                        progress.progress(size > 0 ? 0.95 * b.bytesRead() / size : -1,
                                String.format(Locale.ROOT, "Reading %s: %,d rows", source.displayName(), rows));
                    }
                }
            }
            shortRows = records.shortRows();
        }
        if (builders == null) {
            if (names == null) {
                throw noRecords(shown);
            }
            throw new CsvFormatException(shown + ", line " + headerLine + ": the file has a header row ("
                    + names.length + (names.length == 1 ? " column" : " columns") + ") but no data rows (0 rows). "
                    + "Add customer rows below the header, or choose another file.", shown, headerLine, 0);
        }
        if (shortRows.count() > 0) {
            warnings.add(source.displayName() + ": " + shortRows.sentence());
        }
        settle(builders, source.delimiter(), warnings);
        recover(source, builders, cancel, keeper == null ? null : keeper.result(builders.length));
        List<Column> columns = new ArrayList<>(builders.length);
        Map<String, String> notNumeric = new LinkedHashMap<>();
        Map<String, String> numberRules = new LinkedHashMap<>();
        for (int j = 0; j < builders.length; j++) {
            if (builders[j].numberRule() != null) {
                numberRules.put(names[j], builders[j].numberRule());
            }
            columns.add(builders[j].build(warnings));
            if (builders[j].notNumeric() != null) {
                notNumeric.put(names[j], builders[j].notNumeric());
            }
            builders[j] = null;
        }
        progress.progress(1, String.format(Locale.ROOT, "Read %s: %,d rows, %d columns", source.displayName(), rows,
                columns.size()));
        return new Dataset(source.displayName(), columns, source, warnings, notNumeric, numberRules, shortRows);
    }

    /**
     * Settles every column ({@link ColumnBuilder#settle}) with the file's decimal mark: the one its
     * columns of decimals agree on, else a decimal comma for semicolon files and a decimal point
     * for the others.
     */
    private static void settle(ColumnBuilder[] builders, char delimiter, List<String> warnings) {
        DecimalMark mark = decimalComma(delimiter) ? DecimalMark.COMMA : DecimalMark.POINT;
        settle(builders, mark, "as the file is separated by " + RecordStream.delimiterPlural(delimiter)
                + (mark == DecimalMark.COMMA ? " (the convention where numbers have decimal commas)" : ""), warnings);
    }

    /**
     * Settles every column with the decimal mark the table's columns of decimals agree on, else
     * {@code fallback} (said with {@code fallbackReason}, e.g. "as the file is separated by tabs").
     */
    static void settle(ColumnBuilder[] builders, DecimalMark fallback, String fallbackReason, List<String> warnings) {
        boolean points = false;
        boolean commas = false;
        for (ColumnBuilder b : builders) {
            int e = b.decimalEvidence();
            points |= e == NumberStyle.POINT;
            commas |= e == NumberStyle.COMMA;
        }
        DecimalMark mark = fallback;
        String reason = fallbackReason;
        if (points != commas) {
            mark = points ? DecimalMark.POINT : DecimalMark.COMMA;
            reason = "as the file's other numbers use " + (points ? "decimal points" : "decimal commas");
        }
        for (ColumnBuilder b : builders) {
            b.settle(warnings, mark, reason);
        }
    }

    /**
     * True when a file with this delimiter has decimal commas unless its numbers say otherwise: only
     * semicolon files, the convention of spreadsheets in comma-decimal locales. It decides columns
     * whose cells read two ways ({@code 1,234}: 1234 or 1.234), with a warning.
     */
    static boolean decimalComma(char delimiter) {
        return delimiter == ';';
    }

    private static CsvFormatException noRecords(String shown) {
        return new CsvFormatException(shown + ", line 1: the file holds only blank lines, no header and no data. "
                + "Choose a CSV file with a header row and at least one row of data.", shown, 1, 0);
    }

    /**
     * Reads the texts that columns which turned to text late did not keep (see {@link ColumnBuilder}):
     * from the records kept by this import when there are any, else from the file again.
     */
    private static void recover(CsvSource source, ColumnBuilder[] builders, CancellationToken cancel,
                                CsvRecords kept) throws IOException {
        int until = 0;
        for (ColumnBuilder b : builders) {
            until = Math.max(until, b.recoverBelow());
        }
        if (until == 0) {
            return;
        }
        if (kept != null) {
            int row = 0;
            for (CsvRecords.Chunk c : kept.chunks()) {
                for (int r = 0; r < c.rows() && row < until; r++, row++) {
                    for (int j = 0; j < builders.length; j++) {
                        if (row < builders[j].recoverBelow()) {
                            builders[j].recover(row, c.text(r, j));
                        }
                    }
                }
                cancel.throwIfCancelled();
            }
            return;
        }
        try (RecordStream records = RecordStream.open(source, false)) {
            if (source.header()) {
                records.next();
            }
            for (int row = 0; row < until && records.next(); row++) {
                String[] cells = records.fields();
                for (int j = 0; j < builders.length; j++) {
                    if (row < builders[j].recoverBelow()) {
                        builders[j].recover(row, cells[j]);
                    }
                }
                if (row % PROGRESS_EVERY == 0) {
                    cancel.throwIfCancelled();
                }
            }
        }
    }

    private static SegmentaException cannotRead(String shown, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new SegmentaException("Could not read " + shown + ": " + reason + ". Check that the file still exists "
                + "and is not locked by another program, then open it again.", e);
    }
}
