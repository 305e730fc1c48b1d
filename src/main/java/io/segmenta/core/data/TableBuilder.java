package io.segmenta.core.data;

import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a {@link Dataset} from rows of cells read by an importer other than CSV (Excel, Parquet, a
 * database), through the same {@link ColumnBuilder} and so the same type rules as a CSV file: each
 * cell is handed over as the text a CSV export of it would hold. Stored values are written in one
 * canonical form the CSV rules read back exactly ({@link #number(double)}, {@link #date}), so a
 * stored number stays that number, a stored date that date, and a text cell is judged like a CSV
 * cell (identifiers, categories, numbers written as text).
 *
 * <p>A column that turns from numbers to text late needs the texts of its earlier rows again
 * ({@link ColumnBuilder#recoverBelow()}): they come from a second read of the source
 * ({@link Reread}), or, for a source that cannot be read twice (a query), from the texts kept for the
 * columns marked with {@link #keepTexts(int)}.
 */
final class TableBuilder {
    /** Reads rows {@code 0..until-1} of the source again, in the same order, into {@code sink}. */
    @FunctionalInterface
    interface Reread {
        void rows(int until, RowSink sink) throws IOException;
    }

    /** Receives re-read rows. */
    @FunctionalInterface
    interface RowSink {
        void row(int row, String[] cells);
    }

    private static final int PROGRESS_EVERY = 1 << 14;

    private final String displayName;
    private final String[] names;
    private final ColumnBuilder[] builders;
    private final List<String> warnings;
    private final WrittenNumber numbers = new WrittenNumber();
    private final DateParser dates = new DateParser();
    private final String[][] kept;
    private int rows;

    /**
     * @param displayName what the user calls the table
     * @param header      the column names as stored (cleaned and made distinct here, with warnings)
     * @param estimate    expected number of rows
     * @param warnings    where the import's warnings go (the list is kept and extended)
     */
    TableBuilder(String displayName, String[] header, int estimate, List<String> warnings) {
        this.displayName = displayName;
        this.warnings = warnings;
        this.names = ColumnNames.clean(header, warnings);
        this.builders = new ColumnBuilder[names.length];
        for (int j = 0; j < names.length; j++) {
            builders[j] = new ColumnBuilder(names[j], estimate);
        }
        this.kept = new String[names.length][];
    }

    int columnCount() {
        return names.length;
    }

    int rows() {
        return rows;
    }

    /** Keeps the raw texts of column {@code j} in memory, for a source that cannot be read again. */
    void keepTexts(int j) {
        kept[j] = new String[16];
    }

    /**
     * Adds one row; {@code cells} may be shorter than the header (the rest are missing) and hold
     * nulls (missing).
     *
     * @param line where the row is in the source (a sheet row, a record number), for warnings
     */
    void add(String[] cells, long line) {
        int r = rows++;
        for (int j = 0; j < builders.length; j++) {
            String c = j < cells.length && cells[j] != null ? cells[j] : "";
            builders[j].add(c, numbers, dates, line);
            if (kept[j] != null) {
                if (r >= kept[j].length) {
                    kept[j] = Arrays.copyOf(kept[j], kept[j].length * 2);
                }
                kept[j][r] = c;
            }
        }
    }

    /** Polls for cancellation and reports progress every few thousand rows. */
    void tick(ProgressListener progress, CancellationToken cancel, double fraction) {
        if (rows % PROGRESS_EVERY == 0) {
            cancel.throwIfCancelled();
            progress.progress(fraction, String.format(Locale.ROOT, "Reading %s: %,d rows", displayName, rows));
        }
    }

    /**
     * Settles the types, recovers the texts of columns that turned to text late and builds the
     * dataset (which has no {@link CsvSource}: exports write the cells from the columns).
     */
    Dataset build(Reread reread, ProgressListener progress, CancellationToken cancel) throws IOException {
        // stored numbers reach the builders with decimal points, so a column of texts that read two
        // ways ("1,234") is read with the point unless the table's texts say otherwise
        CsvImporter.settle(builders, DecimalMark.POINT, "as the table stores its numbers with decimal points",
                warnings);
        int until = 0;
        for (int j = 0; j < builders.length; j++) {
            int below = builders[j].recoverBelow();
            if (below > 0 && kept[j] != null) {
                for (int r = 0; r < below; r++) {
                    builders[j].recover(r, kept[j][r]);
                }
            } else {
                until = Math.max(until, below);
            }
            kept[j] = null;
        }
        if (until > 0) {
            cancel.throwIfCancelled();
            reread.rows(until, (row, cells) -> {
                for (int j = 0; j < builders.length; j++) {
                    if (row < builders[j].recoverBelow()) {
                        builders[j].recover(row, j < cells.length && cells[j] != null ? cells[j] : "");
                    }
                }
            });
        }
        List<Column> columns = new ArrayList<>(builders.length);
        Map<String, String> notNumeric = new LinkedHashMap<>();
        Map<String, String> numberRules = new LinkedHashMap<>();
        for (int j = 0; j < builders.length; j++) {
            columns.add(builders[j].build(warnings));
            if (builders[j].notNumeric() != null) {
                notNumeric.put(names[j], builders[j].notNumeric());
            }
            if (builders[j].numberRule() != null) {
                numberRules.put(names[j], builders[j].numberRule());
            }
        }
        progress.progress(1, String.format(Locale.ROOT, "Read %s: %,d rows, %d columns", displayName, rows,
                columns.size()));
        return new Dataset(displayName, columns, null, warnings, notNumeric, numberRules, ShortRows.NONE);
    }

    /** A stored number as the CSV rules read it back exactly; "" (missing) for NaN and infinities. */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** A stored decimal, written out in full. */
    static String number(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    /** A stored date as {@code yyyy-MM-dd}. */
    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** A stored date-time as {@code yyyy-MM-dd HH:mm:ss}, or the date alone at midnight when {@code dateOnly}. */
    static String date(LocalDateTime t, boolean dateOnly) {
        if (t == null) {
            return "";
        }
        if (dateOnly && t.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return t.toLocalDate().toString();
        }
        return String.format(Locale.ROOT, "%s %02d:%02d:%02d", t.toLocalDate(), t.getHour(), t.getMinute(),
                t.getSecond());
    }
}
