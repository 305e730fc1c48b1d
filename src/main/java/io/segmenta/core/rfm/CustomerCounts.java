package io.segmenta.core.rfm;

import io.segmenta.core.work.CancellationToken;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The distinct counts of a customer table without a set per customer or a hash of pairs: the rows'
 * invoice codes (or purchase days), product codes and category levels are scattered into one array
 * each, grouped by customer (a counting sort on the customer code, in row order), and each customer's
 * short run is then sorted and counted, the customers split over the cores.
 */
final class CustomerCounts {
    /** Customers per parallel task. */
    private static final int CUSTOMERS_PER_TASK = 1 << 14;
    private static final long SECONDS_PER_DAY = 86_400L;

    private CustomerCounts() {
    }

    /**
     * Fills {@code t.frequency}, {@code t.products} (with a product column) and {@code t.topCategory}
     * (with a category column) from the rows' customers marked by the first pass.
     */
    static void count(LogColumns cols, int customers, int[] rowCustomer, CustomerTables.Totals t,
                      CancellationToken cancel) {
        int[] purchaseStart = starts(t.purchaseRows);
        int purchases = purchaseStart[customers];
        int[] occasions = new int[purchases];
        int[] products = cols.product == null ? null : new int[purchases];
        int[] rowStart = cols.category == null ? null : starts(t.rows);
        int[] categories = cols.category == null ? null : new int[rowStart[customers]];
        int[] alphabetical = cols.category == null ? null : alphabetical(cols.category);
        int[] nextPurchase = Arrays.copyOf(purchaseStart, customers);
        int[] nextRow = rowStart == null ? null : Arrays.copyOf(rowStart, customers);
        int n = rowCustomer.length;
        for (int row = 0; row < n; row++) {
            if ((row & 0x3FFFF) == 0) {
                cancel.throwIfCancelled();
            }
            int mark = rowCustomer[row];
            if (mark == CustomerTables.LEFT_OUT) {
                continue;
            }
            int c = mark >= 0 ? mark : -1 - mark;
            if (categories != null) {
                int level = cols.category.code(row);
                categories[nextRow[c]++] = level < 0 ? -1 : alphabetical[level];
            }
            if (mark >= 0) {
                int p = nextPurchase[c]++;
                occasions[p] = cols.invoice != null ? cols.invoice.code(row)
                        : (int) Math.floorDiv(cols.date.epochSecond(row), SECONDS_PER_DAY);
                if (products != null) {
                    products[p] = cols.product.code(row);
                }
            }
        }
        t.frequency = new int[customers];
        t.products = products == null ? null : new int[customers];
        t.topCategory = categories == null ? null : new int[customers];
        int[] levelOf = categories == null ? null : levelOf(alphabetical);
        int tasks = (customers + CUSTOMERS_PER_TASK - 1) / CUSTOMERS_PER_TASK;
        IntStream.range(0, tasks).parallel().forEach(task -> {
            cancel.throwIfCancelled();
            int from = task * CUSTOMERS_PER_TASK;
            int to = Math.min(customers, from + CUSTOMERS_PER_TASK);
            for (int c = from; c < to; c++) {
                t.frequency[c] = distinct(occasions, purchaseStart[c], purchaseStart[c + 1], false);
                if (products != null) {
                    t.products[c] = distinct(products, purchaseStart[c], purchaseStart[c + 1], true);
                }
                if (categories != null) {
                    int top = mostFrequent(categories, rowStart[c], rowStart[c + 1]);
                    t.topCategory[c] = top < 0 ? -1 : levelOf[top];
                }
            }
        });
    }

    /** Prefix sums: customer c's run is [start[c], start[c + 1]). */
    private static int[] starts(int[] counts) {
        int[] start = new int[counts.length + 1];
        for (int c = 0; c < counts.length; c++) {
            start[c + 1] = start[c] + counts[c];
        }
        return start;
    }

    /**
     * Distinct values in a[from, to), which it sorts; with {@code skipMissing}, -1 (a missing code)
     * is not counted (days before 1970 are negative and count).
     */
    static int distinct(int[] a, int from, int to, boolean skipMissing) {
        Arrays.sort(a, from, to);
        int count = 0;
        for (int i = from; i < to; i++) {
            if ((!skipMissing || a[i] >= 0) && (i == from || a[i] != a[i - 1])) {
                count++;
            }
        }
        return count;
    }

    /** The value (not -1) in most of a[from, to), the smallest on a tie; -1 when there is none. */
    static int mostFrequent(int[] a, int from, int to) {
        Arrays.sort(a, from, to);
        int best = -1;
        int bestCount = 0;
        int i = from;
        while (i < to) {
            int j = i + 1;
            while (j < to && a[j] == a[i]) {
                j++;
            }
            if (a[i] >= 0 && j - i > bestCount) {
                best = a[i];
                bestCount = j - i;
            }
            i = j;
        }
        return best;
    }

    /** Each level's place in the alphabetical order of the levels' texts. */
    private static int[] alphabetical(ColumnCodes levels) {
        Integer[] sorted = new Integer[levels.distinct()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i;
        }
        Arrays.sort(sorted, Comparator.comparing(levels::label));
        int[] place = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            place[sorted[i]] = i;
        }
        return place;
    }

    private static int[] levelOf(int[] alphabetical) {
        int[] level = new int[alphabetical.length];
        for (int i = 0; i < alphabetical.length; i++) {
            level[alphabetical[i]] = i;
        }
        return level;
    }
}
