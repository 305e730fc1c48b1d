package io.segmenta.core.rfm;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.DateColumn;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns a transaction log (any {@link Dataset}, so every file Segmenta can open) into a customer
 * table with Recency, Frequency, Monetary, their scores, the RFM segment and behaviour features, by
 * the definitions in {@link RfmColumns#DEFINITIONS}. The role columns are coded once ({@link ColumnCodes},
 * side by side on the cores), one pass over the rows adds up per customer in primitive arrays,
 * {@link CustomerCounts} counts the distinct invoices, days, products and the top category per customer
 * without sets or pair hashes, and {@link CustomerRows} builds the table.
 */
public final class CustomerTables {
    private static final int BLOCK = 1 << 18;
    private static final long SECONDS_PER_DAY = 86_400L;

    private CustomerTables() {
    }

    /** As {@link #make(Dataset, RfmRoles, RfmOptions, ProgressListener, CancellationToken)} without progress. */
    public static CustomerTable make(Dataset log, RfmRoles roles, RfmOptions options) {
        return make(log, roles, options, ProgressListener.NONE, CancellationToken.NONE);
    }

    /**
     * The customer table of {@code log}.
     *
     * @throws SegmentaException when a role is missing or its column does not fit, when no row has a
     *                           customer, when every customer has returns only, or when a reference
     *                           day set by the user lies before a purchase
     */
    public static CustomerTable make(Dataset log, RfmRoles roles, RfmOptions options, ProgressListener progress,
                                     CancellationToken cancel) {
        progress.progress(0, "Reading the roles of " + log.name());
        LogColumns cols = new LogColumns(log, roles, cancel);
        ColumnCodes customers = cols.customerCodes;
        progress.progress(0.15, "Coded " + customers.distinct() + " customers");
        int[] rowCustomer = new int[log.rowCount()];
        Totals t = pass(log, cols, customers, rowCustomer, progress.range(0.15, 0.6), cancel);
        if (t.kept == 0) {
            throw new SegmentaException("No row of " + log.name() + " can be used: " + t.withoutCustomer + " of "
                    + log.rowCount() + " rows have no customer in \"" + cols.customer.name() + "\" and " + t.incomplete
                    + " have an empty date, amount" + (cols.invoice != null ? " or invoice" : "") + ". Check the column "
                    + "roles.");
        }
        long refDay = options.referenceDay() != null ? options.referenceDay().toEpochDay() : t.maxDay + 1L;
        if (options.referenceDay() != null && refDay < t.maxPurchaseDay) {
            throw RfmRules.referenceDayTooEarly(log.name(), options.referenceDay(),
                    LocalDate.ofEpochDay(t.maxPurchaseDay));
        }
        cancel.throwIfCancelled();
        progress.progress(0.6, "Counting distinct invoices" + (cols.product != null ? " and products" : ""));
        CustomerCounts.count(cols, customers.distinct(), rowCustomer, t, cancel);
        cancel.throwIfCancelled();
        progress.progress(0.85, "Scoring the customers");
        CustomerTable table = CustomerRows.build(log, roles, cols, customers, t, refDay);
        if (table.summary().customers() == 0) {
            throw new SegmentaException("Every row of " + log.name() + " with a customer is a return (an invoice starting "
                    + "with C or a negative amount): " + t.returnRows + " return rows, " + table.summary()
                    .customersReturnsOnly() + " customers with returns only, no purchase. A customer table needs "
                    + "purchases; check the amount" + (cols.invoice != null ? " and invoice" : "") + " columns.");
        }
        progress.progress(1, String.format(Locale.ROOT, "Made %,d customers from %,d rows", table.summary().customers(),
                log.rowCount()));
        return table;
    }

    /** Per customer code: what the passes over the rows add up. */
    static final class Totals {
        long withoutCustomer;
        long incomplete;
        long returnRows;
        long kept;
        long maxDay = Long.MIN_VALUE;
        long maxPurchaseDay = Long.MIN_VALUE;
        long latestSecond = Long.MIN_VALUE;
        double[] monetary;
        double[] compensation;
        int[] rows;
        int[] returns;
        int[] purchaseRows;
        int[] frequency;
        int[] firstDay;
        int[] lastDay;
        int[] products;
        /** Per customer, the category level in most of their rows (first alphabetically on a tie), or -1. */
        int[] topCategory;
    }

    /**
     * The first pass, in row order: sums (Kahan, as pandas' groupby sum, so Monetary has pandas' exact
     * bits), counts, first and last purchase day; it marks each row's customer in {@code rowCustomer}
     * (c for a purchase, -1 - c for a return, {@link #LEFT_OUT} for a row left out).
     */
    private static Totals pass(Dataset log, LogColumns cols, ColumnCodes customers, int[] rowCustomer,
                               ProgressListener progress, CancellationToken cancel) {
        int nc = customers.distinct();
        Totals t = new Totals();
        t.monetary = new double[nc];
        t.compensation = new double[nc];
        t.rows = new int[nc];
        t.returns = new int[nc];
        t.purchaseRows = new int[nc];
        t.firstDay = new int[nc];
        t.lastDay = new int[nc];
        Arrays.fill(t.firstDay, Integer.MAX_VALUE);
        Arrays.fill(t.lastDay, Integer.MIN_VALUE);
        boolean[] returnInvoice = null;
        if (cols.invoice != null) {
            returnInvoice = new boolean[cols.invoice.distinct()];
            for (int i = 0; i < returnInvoice.length; i++) {
                returnInvoice[i] = RfmRules.isReturnInvoice(cols.invoice.label(i));
            }
        }
        int n = log.rowCount();
        DateColumn date = cols.date;
        for (int from = 0; from < n; from += BLOCK) {
            cancel.throwIfCancelled();
            progress.progress((double) from / n, String.format(Locale.ROOT, "Adding up row %,d of %,d", from, n));
            int to = Math.min(n, from + BLOCK);
            for (int row = from; row < to; row++) {
                rowCustomer[row] = LEFT_OUT;
                int c = customers.code(row);
                if (c < 0) {
                    t.withoutCustomer++;
                    continue;
                }
                long seconds = date.epochSecond(row);
                double amount = cols.amount(row);
                int invoice = cols.invoice == null ? 0 : cols.invoice.code(row);
                if (seconds == DateColumn.MISSING || Double.isNaN(amount) || invoice < 0) {
                    t.incomplete++;
                    continue;
                }
                t.kept++;
                int day = (int) Math.floorDiv(seconds, SECONDS_PER_DAY);
                t.maxDay = Math.max(t.maxDay, day);
                t.latestSecond = Math.max(t.latestSecond, seconds + cols.timeOfDay(row));
                t.rows[c]++;
                // Kahan summation, as pandas' groupby sum
                double y = amount - t.compensation[c];
                double sum = t.monetary[c] + y;
                t.compensation[c] = (sum - t.monetary[c]) - y;
                t.monetary[c] = sum;
                if (amount < 0 || (returnInvoice != null && returnInvoice[invoice])) {
                    t.returns[c]++;
                    t.returnRows++;
                    rowCustomer[row] = -1 - c;
                    continue;
                }
                rowCustomer[row] = c;
                t.purchaseRows[c]++;
                t.maxPurchaseDay = Math.max(t.maxPurchaseDay, day);
                if (day < t.firstDay[c]) {
                    t.firstDay[c] = day;
                }
                if (day > t.lastDay[c]) {
                    t.lastDay[c] = day;
                }
            }
        }
        return t;
    }

    /** Marks a row left out (no customer, or an empty date, amount or invoice) in the pass's row customers. */
    static final int LEFT_OUT = Integer.MIN_VALUE;
}
