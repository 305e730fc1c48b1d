package io.segmenta.core.export;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.CsvRecords;
import io.segmenta.core.data.CsvSource;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the segmented table: every input row and column unchanged, followed by the appended
 * columns (segment, segment name ...). Cells are copied from the source file itself, so numbers keep
 * their original spelling: from the {@link CsvRecords} the import kept when the caller has them (a
 * batch prediction reads its input once), else re-streamed through {@link CsvImporter#forEachRecord}
 * (the window's export of a table read earlier); a dataset built in memory is written from
 * {@link Column#format}.
 *
 * <p>The file is UTF-8 without byte-order mark, {@code \n} line ends, the source's delimiter
 * (comma for in-memory datasets), values quoted only where needed, every cell passed through
 * {@link CsvCells#neutralise}. It is written to a temporary file in the target folder, synced, and
 * then moved over the target in one step, so a failure or a cancel never leaves a partial file; the
 * dataset's own source file, or the file it was made from, is never overwritten ({@link ReadFiles}).
 */
public final class SegmentedCsvWriter {
    private static final int PROGRESS_EVERY = 4096;

    private SegmentedCsvWriter() {
    }

    /**
     * Writes the dataset with the extra columns to {@code out}.
     *
     * @throws SegmentaException for the source file (or the file the table was made from) as target, a
     *                           missing or read-only folder, a full
     *                           disk, or a source file that changed since it was read
     * @throws io.segmenta.core.work.CancelledException when cancelled (nothing is left behind)
     */
    public static void write(Dataset dataset, List<AppendedColumn> extra, Path out, ProgressListener progress,
                             CancellationToken cancel) {
        write(dataset, null, extra, out, progress, cancel);
    }

    /**
     * Writes the dataset with the extra columns to {@code out}, copying the input's cells from
     * {@code records} (kept by the import that read the dataset, {@link CsvImporter#readKeepingRecords})
     * instead of reading its source again; the same bytes as {@link #write(Dataset, List, Path,
     * ProgressListener, CancellationToken)}. With {@code records} null it is that method.
     */
    public static void write(Dataset dataset, CsvRecords records, List<AppendedColumn> extra, Path out,
                             ProgressListener progress, CancellationToken cancel) {
        Path target = out.toAbsolutePath().normalize();
        ReadFiles.refuse(dataset, target);
        AtomicFiles.write(target, stream -> write(dataset, records, extra, stream, progress, cancel));
        progress.progress(1, String.format(Locale.ROOT, "Wrote %,d rows to %s", dataset.rowCount(),
                target.getFileName()));
    }

    /**
     * Writes the same text to a stream (the server's answer to a CSV request), which stays open.
     *
     * @throws IOException when the stream fails
     * @throws SegmentaException when the dataset's source file changed since it was read
     */
    public static void write(Dataset dataset, List<AppendedColumn> extra, OutputStream stream,
                             ProgressListener progress, CancellationToken cancel) throws IOException {
        write(dataset, null, extra, stream, progress, cancel);
    }

    /**
     * Writes the same text to a stream, copying the input's cells from {@code records} when given (see
     * {@link #write(Dataset, CsvRecords, List, Path, ProgressListener, CancellationToken)}).
     */
    public static void write(Dataset dataset, CsvRecords records, List<AppendedColumn> extra, OutputStream stream,
                             ProgressListener progress, CancellationToken cancel) throws IOException {
        Optional<CsvSource> source = dataset.source();
        SafeCsvWriter csv = new SafeCsvWriter(stream, source.map(CsvSource::delimiter).orElse(','));
        csv.writeRow(header(dataset, extra));
        Rows rows = new Rows(dataset, extra, csv, progress, cancel);
        if (records != null) {
            if (records.rows() != dataset.rowCount() || records.width() != dataset.columnCount()) {
                throw new IllegalArgumentException("the records were not read with this dataset");
            }
            int row = 0;
            for (CsvRecords.Chunk c : records.chunks()) {
                char[] chars = c.chars();
                for (int r = 0; r < c.rows(); r++) {
                    for (int j = 0; j < rows.width; j++) {
                        csv.field(chars, c.start(r, j), c.end(r, j));
                    }
                    rows.emitAppended(row++);
                }
            }
        } else if (source.isPresent()) {
            CsvImporter.forEachRecord(source.get(), rows::copy);
        } else {
            for (int r = 0; r < dataset.rowCount(); r++) {
                rows.fromColumns(r);
            }
        }
        rows.finish();
        csv.finish();
    }

    /** Streams rows into the writer, checking the count and polling for cancellation. */
    private static final class Rows {
        private final Dataset dataset;
        private final List<AppendedColumn> extra;
        private final SafeCsvWriter csv;
        private final ProgressListener progress;
        private final CancellationToken cancel;
        private final String[] line;
        private final int width;
        private int written;

        Rows(Dataset dataset, List<AppendedColumn> extra, SafeCsvWriter csv, ProgressListener progress,
             CancellationToken cancel) {
            this.dataset = dataset;
            this.extra = extra;
            this.csv = csv;
            this.progress = progress;
            this.cancel = cancel;
            this.width = dataset.columnCount();
            this.line = new String[width + extra.size()];
        }

        void copy(int row, String[] cells, long fileLine) throws IOException {
            if (row >= dataset.rowCount() || cells.length != width) {
                throw changed(dataset, "line " + fileLine + (cells.length != width
                        ? " has " + cells.length + " fields where the table has " + width + " columns"
                        : " is beyond the " + dataset.rowCount() + " rows that were read"));
            }
            for (int j = 0; j < width; j++) {
                line[j] = cells[j];
            }
            emit(row);
        }

        void fromColumns(int row) throws IOException {
            for (int j = 0; j < width; j++) {
                line[j] = dataset.column(j).format(row);
            }
            emit(row);
        }

        private void emit(int row) throws IOException {
            for (int k = 0; k < extra.size(); k++) {
                String v = extra.get(k).valueOfRow().apply(row);
                line[width + k] = v == null ? "" : v;
            }
            csv.writeRow(line);
            counted();
        }

        /** The appended cells of a row whose input cells were just given to the writer, and the row's end. */
        void emitAppended(int row) throws IOException {
            for (AppendedColumn c : extra) {
                csv.field(c.valueOfRow().apply(row));
            }
            csv.endRow();
            counted();
        }

        private void counted() throws IOException {
            written++;
            if (written % PROGRESS_EVERY == 0) {
                cancel.throwIfCancelled();
                csv.checkError();
                progress.progress((double) written / Math.max(1, dataset.rowCount()),
                        String.format(Locale.ROOT, "Writing row %,d of %,d", written, dataset.rowCount()));
            }
        }

        void finish() throws IOException {
            if (written != dataset.rowCount()) {
                throw changed(dataset, "it now has " + written + " rows where the table has " + dataset.rowCount());
            }
            csv.checkError();
        }
    }

    private static SegmentaException changed(Dataset dataset, String detail) {
        String f = dataset.source().map(CsvSource::describe).orElse(dataset.name());
        return new SegmentaException(f + " changed since it was opened (" + detail + "), so its rows no longer "
                + "match the segments. Open the file again, segment it, then export.");
    }

    /** Column names of the dataset, then the appended names, made distinct with a " (2)" suffix. */
    static String[] header(Dataset dataset, List<AppendedColumn> extra) {
        List<String> names = new ArrayList<>(dataset.columnNames());
        Set<String> used = new HashSet<>(names);
        for (AppendedColumn c : extra) {
            String n = c.name();
            int k = 2;
            while (used.contains(n)) {
                n = c.name() + " (" + k++ + ")";
            }
            used.add(n);
            names.add(n);
        }
        return names.toArray(new String[0]);
    }
}
