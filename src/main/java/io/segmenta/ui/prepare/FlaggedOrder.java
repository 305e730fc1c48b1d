package io.segmenta.ui.prepare;

import io.segmenta.core.data.RowSort;
import io.segmenta.core.prep.FlaggedRow;
import io.segmenta.core.prep.FlaggedRows;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.Parallel;
import io.segmenta.core.work.ProgressListener;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The order of the flagged customers by the Outliers table's columns, worked out away from the
 * window: a text column in the Data step's order ({@link RowSort#compareText}: case-insensitive,
 * numbers inside the text by value), the row and the score by number (a customer without a score
 * last), each key's values taken once per customer (a reason is written once, not at every
 * comparison); customers equal in every key keep the report's order.
 */
final class FlaggedOrder {
    /** The columns a flagged customer can be sorted by. */
    enum By { CUSTOMER, ROW, STATUS, SCORE, REASON }

    /** One sort key: a column, ascending or descending. */
    record Key(By by, boolean descending) {
        Key {
            Objects.requireNonNull(by, "by");
        }
    }

    private FlaggedOrder() {
    }

    /**
     * {@code rows} ordered by {@code keys} (the first decides, the next breaks ties); a new list.
     *
     * @param status a customer's status as the table shows it; called from worker threads
     */
    static List<FlaggedRow> sort(List<FlaggedRow> rows, List<Key> keys, Function<FlaggedRow, String> status,
                                 ProgressListener progress, CancellationToken cancel) {
        if (keys.isEmpty()) {
            return rows instanceof FlaggedRows ? rows : List.copyOf(rows);
        }
        RowSort.RowOrder[] orders = new RowSort.RowOrder[keys.size()];
        for (int i = 0; i < orders.length; i++) {
            Key k = keys.get(i);
            RowSort.RowOrder c = switch (k.by()) {
                case CUSTOMER -> text(texts(rows, FlaggedRow::label, cancel));
                case STATUS -> text(texts(rows, status, cancel));
                case REASON -> text(texts(rows, FlaggedRow::reason, cancel));
                case ROW -> {
                    int[] row = rows.stream().mapToInt(FlaggedRow::row).toArray();
                    yield (a, b) -> Integer.compare(row[a], row[b]);
                }
                case SCORE -> score(rows.stream().mapToDouble(FlaggedRow::score).toArray(), k.descending());
            };
            orders[i] = k.descending() && k.by() != By.SCORE ? (a, b) -> c.compare(b, a) : c;
        }
        RowSort.RowOrder by = orders.length == 1 ? orders[0] : (a, b) -> {
            for (RowSort.RowOrder o : orders) {
                int c = o.compare(a, b);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        int[] order = RowSort.order(rows.size(), by, progress, cancel); // stable: ties keep the report's order
        if (rows instanceof FlaggedRows columns) { // the same columns in the new order: no customer made to stay
            return columns.reordered(order);
        }
        FlaggedRow[] sorted = new FlaggedRow[order.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = rows.get(order[i]);
        }
        return List.of(sorted);
    }

    /** Each customer's text, taken once (a customer of a {@link FlaggedRows} is made for it and let go). */
    private static String[] texts(List<FlaggedRow> rows, Function<FlaggedRow, String> text, CancellationToken cancel) {
        String[] out = new String[rows.size()];
        int blocks = out.length < 10_000 ? 1 : 64;
        Parallel.forEachBlock(out.length, blocks, blocks > 1, (b, from, to) -> {
            cancel.throwIfCancelled();
            for (int i = from; i < to; i++) {
                String t = text.apply(rows.get(i));
                out[i] = t == null ? "" : t;
            }
        });
        return out;
    }

    private static RowSort.RowOrder text(String[] values) {
        return (a, b) -> RowSort.compareText(values[a], values[b]);
    }

    /** By score, a customer without one (NaN) after every score whichever the direction. */
    private static RowSort.RowOrder score(double[] scores, boolean descending) {
        return (a, b) -> {
            double x = scores[a];
            double y = scores[b];
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Boolean.compare(Double.isNaN(x), Double.isNaN(y));
            }
            return descending ? Double.compare(y, x) : Double.compare(x, y);
        };
    }
}
