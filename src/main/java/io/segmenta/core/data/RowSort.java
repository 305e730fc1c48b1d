package io.segmenta.core.data;

import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.Parallel;
import io.segmenta.core.work.ProgressListener;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Orders a table's rows for display without changing the table: the result is a permutation of the
 * row indices 0..n-1 (row i is the file's i-th data row), so a view can show any order and still
 * name each customer's row in the file.
 *
 * <p>How cells compare:
 * <ul>
 * <li>numeric: by value (-0 and 0 are equal);</li>
 * <li>date: by date and time;</li>
 * <li>categorical, identifier and text: by {@link #compareText} (case-insensitive, numbers inside the
 *     text by value, the same on every computer);</li>
 * <li>missing cells come last, ascending and descending;</li>
 * <li>equal cells keep their current order (the sort is stable), so ties stay in file order and a
 *     sort by several keys is a sort by the last key, then the one before, and so on.</li>
 * </ul>
 *
 * <p>No object is made per row: numeric, date and categorical columns (and the row number) are
 * sorted by an LSD radix sort of 64-bit keys carrying the row index (O(n), passes whose byte is the
 * same in every key are skipped), text columns by a merge sort of row indices comparing the
 * column's own strings. Cancellation is polled between passes and within long passes; progress is
 * reported per pass.
 */
public final class RowSort {
    /** {@link Key#column()} of the row number: the file's order. */
    public static final int ROW_NUMBER = -1;

    /** Merge sort: runs of this length are insertion-sorted first. */
    private static final int RUN = 32;
    /** Long loops poll the cancellation token every this many rows. */
    private static final int POLL = 1 << 16;
    /** Below this many rows a text sort stays on one core (threads would cost more than they save). */
    private static final int PARALLEL_SORT_MIN = 1 << 15;

    private RowSort() {
    }

    /**
     * One sort key.
     *
     * @param column     index of the column in the table, or {@link #ROW_NUMBER}
     * @param descending largest (latest, Z) first instead of smallest first
     */
    public record Key(int column, boolean descending) {
        public Key {
            if (column < ROW_NUMBER) {
                throw new IllegalArgumentException("column " + column);
            }
        }

        /** The row number (file order, or its reverse). */
        public static Key rowNumber(boolean descending) {
            return new Key(ROW_NUMBER, descending);
        }

        public boolean isRowNumber() {
            return column == ROW_NUMBER;
        }
    }

    /** The rows in file order: 0, 1, ..., n-1. */
    public static int[] fileOrder(int rows) {
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        return order;
    }

    /**
     * The rows of {@code data} ordered by {@code keys} (the first key decides, the next breaks its
     * ties, ...; rows equal in every key stay in file order). No keys give the file order.
     *
     * @throws IllegalArgumentException when a key names no column of {@code data}
     * @throws io.segmenta.core.work.CancelledException when {@code cancel} fires
     */
    public static int[] sort(Dataset data, List<Key> keys, ProgressListener progress, CancellationToken cancel) {
        Objects.requireNonNull(data, "data");
        for (Key k : keys) {
            if (k.column() >= data.columnCount()) {
                throw new IllegalArgumentException("column " + k.column() + " of " + data.columnCount());
            }
        }
        int[] rows = fileOrder(data.rowCount());
        int count = keys.size();
        for (int i = count - 1; i >= 0; i--) {
            cancel.throwIfCancelled();
            Key k = keys.get(i);
            double done = count - 1 - i;
            ProgressListener part = progress.range(done / count, (done + 1) / count);
            rows = k.isRowNumber() ? byRowNumber(rows, k.descending(), part, cancel)
                    : sort(data.column(k.column()), k.descending(), rows, part, cancel);
        }
        progress.progress(1, null);
        return rows;
    }

    /**
     * {@code rows} stably sorted by one column (missing cells last); {@code rows} is not changed.
     *
     * @param rows row indices of {@code column}, in their current order
     */
    public static int[] sort(Column column, boolean descending, int[] rows, ProgressListener progress,
                             CancellationToken cancel) {
        Objects.requireNonNull(column, "column");
        if (column instanceof NumericColumn c) {
            return byKeys(rows, c::isMissing, r -> numericKey(c.get(r)), descending, progress, cancel);
        }
        if (column instanceof DateColumn c) {
            return byKeys(rows, c::isMissing, r -> c.epochSecond(r) ^ Long.MIN_VALUE, descending, progress, cancel);
        }
        if (column instanceof CategoricalColumn c) {
            int[] rank = levelRanks(c.levels());
            return byKeys(rows, c::isMissing, r -> rank[c.code(r)], descending, progress, cancel);
        }
        return byText((TextColumn) column, rows, descending, progress, cancel);
    }

    /**
     * The order of text cells: letters compare case-insensitively, a run of digits compares by its
     * number ("C9" before "C10", "0042" after "7"), other characters by their code; text that is
     * equal this way is ordered by {@link String#compareTo} (so "Anna" before "anna", "07" before
     * "7"). A total order, the same whatever the computer's language settings; accents are not
     * folded ("Émile" comes after "Zoe").
     */
    public static int compareText(String a, String b) {
        return compareText((CharSequence) a, b);
    }

    /** {@link #compareText(String, String)} of any two texts (a packed cell's too, read in place). */
    static int compareText(CharSequence a, CharSequence b) {
        int c = compareNatural(a, b);
        return c != 0 ? c : CharSequence.compare(a, b);
    }

    // ---- radix sort of 64-bit keys -------------------------------------------------------------

    @FunctionalInterface
    private interface RowTest {
        boolean test(int row);
    }

    @FunctionalInterface
    private interface RowKey {
        long key(int row);
    }

    /** Key whose unsigned order is the order of the numbers (NaN never reaches here). */
    static long numericKey(double v) {
        long bits = Double.doubleToRawLongBits(v == 0 ? 0.0 : v);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    private static int[] byRowNumber(int[] rows, boolean descending, ProgressListener progress,
                                     CancellationToken cancel) {
        return byKeys(rows, r -> false, r -> r, descending, progress, cancel);
    }

    /** Present rows by unsigned key (complemented when descending), then the missing rows, both stable. */
    private static int[] byKeys(int[] rows, RowTest missing, RowKey key, boolean descending, ProgressListener progress,
                                CancellationToken cancel) {
        int n = rows.length;
        int absent = 0;
        for (int r : rows) {
            if (missing.test(r)) {
                absent++;
            }
        }
        int present = n - absent;
        long[] keys = new long[present];
        int[] order = new int[present];
        int[] out = new int[n];
        int p = 0;
        int m = present;
        long flip = descending ? -1L : 0L;
        for (int i = 0; i < n; i++) {
            int r = rows[i];
            if (missing.test(r)) {
                out[m++] = r;
            } else {
                keys[p] = key.key(r) ^ flip;
                order[p++] = r;
            }
            if ((i & (POLL - 1)) == POLL - 1) {
                cancel.throwIfCancelled();
            }
        }
        int[] sorted = radixSort(keys, order, progress, cancel);
        System.arraycopy(sorted, 0, out, 0, present);
        return out;
    }

    /**
     * Stable LSD radix sort by unsigned key, one byte per pass; returns the row indices in key order
     * (either {@code rows} or a new array). Passes on a byte that all keys share are skipped.
     */
    static int[] radixSort(long[] keys, int[] rows, ProgressListener progress, CancellationToken cancel) {
        int n = keys.length;
        if (n < 2) {
            progress.progress(1, null);
            return rows;
        }
        int[][] counts = new int[8][256];
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            for (int b = 0; b < 8; b++) {
                counts[b][(int) (k >>> (b << 3)) & 0xFF]++;
            }
            if ((i & (POLL - 1)) == POLL - 1) {
                cancel.throwIfCancelled();
            }
        }
        int passes = 0;
        boolean[] needed = new boolean[8];
        for (int b = 0; b < 8; b++) {
            needed[b] = counts[b][(int) (keys[0] >>> (b << 3)) & 0xFF] != n;
            passes += needed[b] ? 1 : 0;
        }
        long[] srcKeys = keys;
        int[] srcRows = rows;
        long[] dstKeys = new long[passes > 0 ? n : 0];
        int[] dstRows = new int[passes > 0 ? n : 0];
        int done = 0;
        int[] next = new int[256];
        for (int b = 0; b < 8; b++) {
            if (!needed[b]) {
                continue;
            }
            cancel.throwIfCancelled();
            int[] c = counts[b];
            int at = 0;
            for (int v = 0; v < 256; v++) {
                next[v] = at;
                at += c[v];
            }
            int shift = b << 3;
            for (int i = 0; i < n; i++) {
                long k = srcKeys[i];
                int to = next[(int) (k >>> shift) & 0xFF]++;
                dstKeys[to] = k;
                dstRows[to] = srcRows[i];
            }
            long[] tk = srcKeys;
            srcKeys = dstKeys;
            dstKeys = tk;
            int[] tr = srcRows;
            srcRows = dstRows;
            dstRows = tr;
            done++;
            progress.progress((double) done / passes, null);
        }
        if (passes == 0) {
            progress.progress(1, null);
        }
        return srcRows;
    }

    /** rank[code] = position of the level in {@link #compareText} order. */
    private static int[] levelRanks(List<String> levels) {
        Integer[] byText = new Integer[levels.size()];
        for (int i = 0; i < byText.length; i++) {
            byText[i] = i;
        }
        Arrays.sort(byText, (a, b) -> compareText(levels.get(a), levels.get(b)));
        int[] rank = new int[byText.length];
        for (int i = 0; i < byText.length; i++) {
            rank[byText[i]] = i;
        }
        return rank;
    }

    // ---- merge sort of text --------------------------------------------------------------------

    /** An order of rows (or positions) by their numbers: negative, zero or positive as a comparator. */
    @FunctionalInterface
    public interface RowOrder {
        int compare(int a, int b);
    }

    /**
     * The positions 0..n-1 in the order of {@code cmp}; positions it finds equal keep their order.
     * The merge sort of text columns, on all cores from {@value #PARALLEL_SORT_MIN} positions, for a
     * comparison too costly to repeat on boxed positions (the Outliers tab's reasons).
     */
    public static int[] order(int n, RowOrder cmp, ProgressListener progress, CancellationToken cancel) {
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            positions[i] = i;
        }
        return mergeSort(positions, cmp, progress, cancel);
    }

    private static int[] byText(TextColumn c, int[] rows, boolean descending, ProgressListener progress,
                                CancellationToken cancel) {
        int n = rows.length;
        int absent = 0;
        for (int r : rows) {
            if (c.isMissing(r)) {
                absent++;
            }
        }
        int present = n - absent;
        int[] order = new int[present];
        int[] out = new int[n];
        int p = 0;
        int m = present;
        for (int r : rows) {
            if (c.isMissing(r)) {
                out[m++] = r;
            } else {
                order[p++] = r;
            }
        }
        RowOrder cmp = descending ? (a, b) -> c.compare(b, a) : c::compare;
        int[] sorted = mergeSort(order, cmp, progress, cancel);
        System.arraycopy(sorted, 0, out, 0, present);
        return out;
    }

    /**
     * Stable bottom-up merge sort; returns {@code a} or a new array holding the sorted rows. The runs
     * and the merges of one pass touch separate parts of the arrays, so on a large table they run on
     * all cores ({@link Parallel}); the result is the same as on one core.
     */
    private static int[] mergeSort(int[] a, RowOrder cmp, ProgressListener progress, CancellationToken cancel) {
        int n = a.length;
        boolean parallel = n >= PARALLEL_SORT_MIN;
        int merges = 0;
        for (int width = RUN; width < n; width <<= 1) {
            merges++;
        }
        int steps = merges + 1;
        int runs = (n + RUN - 1) / RUN;
        int runsPerTask = 256;
        Parallel.forEach((runs + runsPerTask - 1) / runsPerTask, parallel, t -> {
            cancel.throwIfCancelled();
            for (int run = t * runsPerTask, end = Math.min(runs, run + runsPerTask); run < end; run++) {
                int lo = run * RUN;
                insertionSort(a, lo, Math.min(n, lo + RUN), cmp);
            }
        });
        progress.progress(1.0 / steps, null);
        int[] src = a;
        int[] dst = new int[merges > 0 ? n : 0];
        int step = 1;
        for (int width = RUN; width < n; width <<= 1) {
            cancel.throwIfCancelled();
            final int w = width;
            final int[] from = src;
            final int[] to = dst;
            Parallel.forEach((n + (w << 1) - 1) / (w << 1), parallel, b -> {
                int lo = b * (w << 1);
                merge(from, to, lo, Math.min(n, lo + w), Math.min(n, lo + (w << 1)), cmp, cancel);
            });
            src = to;
            dst = from;
            step++;
            progress.progress((double) step / steps, null);
        }
        return src;
    }

    private static void insertionSort(int[] a, int from, int to, RowOrder cmp) {
        for (int i = from + 1; i < to; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= from && cmp.compare(a[j], v) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    /** Merges src[lo, mid) and src[mid, hi) into dst[lo, hi); left wins ties (stable). */
    private static void merge(int[] src, int[] dst, int lo, int mid, int hi, RowOrder cmp, CancellationToken cancel) {
        if (mid >= hi || cmp.compare(src[mid - 1], src[mid]) <= 0) {
            System.arraycopy(src, lo, dst, lo, hi - lo); // already in order (common for ids in file order)
            return;
        }
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || cmp.compare(src[i], src[j]) <= 0)) {
                dst[k] = src[i++];
            } else {
                dst[k] = src[j++];
            }
            if ((k & (POLL - 1)) == POLL - 1) {
                cancel.throwIfCancelled();
            }
        }
    }

    // ---- text order ----------------------------------------------------------------------------

    private static int compareNatural(CharSequence a, CharSequence b) {
        int na = a.length();
        int nb = b.length();
        int i = 0;
        int j = 0;
        while (i < na && j < nb) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int si = i;
                int sj = j;
                while (si < na && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < nb && b.charAt(sj) == '0') {
                    sj++;
                }
                int ei = si;
                int ej = sj;
                while (ei < na && isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < nb && isDigit(b.charAt(ej))) {
                    ej++;
                }
                int la = ei - si;
                int lb = ej - sj;
                if (la != lb) {
                    return la < lb ? -1 : 1;
                }
                for (int k = 0; k < la; k++) {
                    int d = a.charAt(si + k) - b.charAt(sj + k);
                    if (d != 0) {
                        return d;
                    }
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    char fa = fold(ca);
                    char fb = fold(cb);
                    if (fa != fb) {
                        return fa < fb ? -1 : 1;
                    }
                }
                i++;
                j++;
            }
        }
        return Integer.compare(na - i, nb - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Case folding as {@link String#CASE_INSENSITIVE_ORDER} does it. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
