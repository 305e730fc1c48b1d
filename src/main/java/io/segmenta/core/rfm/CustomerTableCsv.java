package io.segmenta.core.rfm;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.export.AtomicFiles;
import io.segmenta.core.export.CsvCells;
import io.segmenta.core.export.ReadFiles;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Writes a customer table as CSV (comma-separated, UTF-8, {@code \n}, atomically through
 * {@link AtomicFiles}), never over the log it was made from. The text is the segmented export's
 * (numbers as {@link NumericColumn#formatNumber}, cells quoted only where needed, text cells
 * neutralised by {@link CsvCells#neutralise}), written straight from the columns: blocks of rows are
 * formatted side by side, one per core, and written in order.
 */
public final class CustomerTableCsv {
    private static final int BLOCK = 1 << 14;

    private CustomerTableCsv() {
    }

    /**
     * Writes {@code table} to {@code out}.
     *
     * @param log the file the table was made from, or null; {@code out} may not be that file
     */
    public static void write(CustomerTable table, Path log, Path out, ProgressListener progress,
                             CancellationToken cancel) {
        Path target = out.toAbsolutePath().normalize();
        if (log != null && sameFile(log.toAbsolutePath().normalize(), target)) {
            throw new SegmentaException("Segmenta never overwrites the file it read: " + target + " is the transaction "
                    + "log the customer table was made from. Choose another file name, e.g. "
                    + target.resolveSibling(table.table().name()) + ".");
        }
        Dataset data = table.table();
        ReadFiles.refuse(data, target);
        AtomicFiles.write(target, stream -> write(data, stream, progress, cancel));
        progress.progress(1, String.format(Locale.ROOT, "Wrote %,d customers to %s", data.rowCount(),
                target.getFileName()));
    }

    private static void write(Dataset data, OutputStream stream, ProgressListener progress, CancellationToken cancel)
            throws IOException {
        StringBuilder header = new StringBuilder();
        for (int j = 0; j < data.columnCount(); j++) {
            if (j > 0) {
                header.append(',');
            }
            text(header, data.column(j).name());
        }
        stream.write(header.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        int n = data.rowCount();
        int blocks = (n + BLOCK - 1) / BLOCK;
        int perRound = 2 * Math.max(1, Runtime.getRuntime().availableProcessors());
        for (int first = 0; first < blocks; first += perRound) {
            cancel.throwIfCancelled();
            progress.progress((double) first * BLOCK / Math.max(1, n), String.format(Locale.ROOT,
                    "Writing customer %,d of %,d", Math.min(n, first * BLOCK), n));
            int from = first;
            byte[][] parts = new byte[Math.min(perRound, blocks - first)][];
            IntStream.range(0, parts.length).parallel().forEach(k -> parts[k] = rows(data, (from + k) * BLOCK,
                    Math.min(n, (from + k + 1) * BLOCK)));
            for (byte[] part : parts) {
                stream.write(part);
            }
        }
    }

    /** Rows [from, to) as UTF-8 lines. */
    private static byte[] rows(Dataset data, int from, int to) {
        StringBuilder b = new StringBuilder((to - from) * 128);
        int width = data.columnCount();
        Column[] columns = data.columns().toArray(new Column[0]);
        for (int row = from; row < to; row++) {
            for (int j = 0; j < width; j++) {
                if (j > 0) {
                    b.append(',');
                }
                Column c = columns[j];
                if (c instanceof NumericColumn num) {
                    number(b, num.get(row));
                } else if (c instanceof CategoricalColumn cat) {
                    int code = cat.code(row);
                    if (code >= 0) {
                        text(b, cat.levels().get(code));
                    }
                } else if (!c.isMissing(row)) {
                    text(b, c.format(row));
                }
            }
            b.append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** As {@link NumericColumn#formatNumber}: whole numbers without ".0", empty for NaN. */
    static void number(StringBuilder b, double v) {
        if (Double.isNaN(v)) {
            return;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            b.append((long) v);
        } else {
            b.append(v); // Double.toString: formatNumber's text, its zero-stripping never applies here
        }
    }

    /** A text cell neutralised, quoted (quotes doubled) when it holds a comma, a quote or a line break. */
    private static void text(StringBuilder b, String cell) {
        String v = CsvCells.neutralise(cell);
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char ch = v.charAt(i);
            quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
        }
        if (!quote) {
            b.append(v);
            return;
        }
        b.append('"');
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '"') {
                b.append('"');
            }
            b.append(ch);
        }
        b.append('"');
    }

    private static boolean sameFile(Path a, Path b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
