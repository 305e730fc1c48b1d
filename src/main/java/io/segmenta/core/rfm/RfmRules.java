package io.segmenta.core.rfm;

import io.segmenta.core.SegmentaException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The per-row and per-customer rules of a customer table that {@link CustomerTables} applies, public so
 * that another engine (the Spark job) applies the same ones: what a return is, how a customer's amounts
 * are added up and rounded, which customer ids count as numbers, and how a score follows from a rank
 * ({@link #score}).
 */
public final class RfmRules {
    /** A customer id that is a number ("12346", "-5", "+0.5"): all of them numbers, customers sort by value. */
    public static final String NUMBER_ID = "[-+]?(\\d+\\.?\\d*|\\.\\d+)";
    static final Pattern NUMBER = Pattern.compile(NUMBER_ID);

    private RfmRules() {
    }

    /** Whether an invoice's text marks a return (a cancellation): it starts with C. */
    public static boolean isReturnInvoice(String invoice) {
        return invoice != null && !invoice.isEmpty() && invoice.charAt(0) == 'C';
    }

    /** Whether a row is a return: its invoice starts with C or its amount is negative. */
    public static boolean isReturn(String invoice, double amount) {
        return amount < 0 || isReturnInvoice(invoice);
    }

    /**
     * A customer's Monetary before rounding: the amounts of all their rows (purchases and returns) in the
     * log's row order, added with Kahan compensation as {@link CustomerTables}' pass adds them (pandas'
     * groupby sum), so the sum has the same bits.
     */
    public static double sum(double[] amountsInRowOrder) {
        double sum = 0;
        double compensation = 0;
        for (double amount : amountsInRowOrder) {
            double y = amount - compensation;
            double next = sum + y;
            compensation = (next - sum) - y;
            sum = next;
        }
        return sum;
    }

    /**
     * A sum of money rounded to 8 decimals, so 12 x 1.65 shows as 19.8 and not 19.799999999999997
     * (the change is far below a cent and below the 1e-6 to which the figures match pandas').
     */
    public static double money(double v) {
        return Math.abs(v) < 1e9 ? Math.rint(v * 1e8) / 1e8 : v;
    }

    /** Whether a customer id is a number ({@link #NUMBER_ID}). */
    public static boolean isNumberId(String id) {
        return NUMBER.matcher(id).matches();
    }

    /** The customer table's name: "online_retail_sample.csv" gives "online_retail_sample_customers.csv". */
    public static String tableName(String logName) {
        int dot = logName.lastIndexOf('.');
        String stem = dot > 0 ? logName.substring(0, dot) : logName;
        return stem + "_customers.csv";
    }

    /**
     * The score 1-5 of the customer ranked {@code rank} (1-based, ties broken by customer order) among
     * {@code customers}: the group of pandas' {@code qcut} of the ranks into five; with {@code reversed}
     * 5 for the lowest values (Recency). For many customers, take the edges once ({@link #edges}).
     */
    public static int score(long rank, int customers, boolean reversed) {
        return RfmScores.score(rank, RfmScores.edges(customers), reversed);
    }

    /** The six bin edges over ranks 1..n as NumPy computes them, for {@link #score(long, double[], boolean)}. */
    public static double[] edges(int customers) {
        return RfmScores.edges(customers);
    }

    /** As {@link #score(long, int, boolean)} with the edges of the number of customers. */
    public static int score(long rank, double[] edges, boolean reversed) {
        return RfmScores.score(rank, edges, reversed);
    }

    /** The refusal of a reference day set before the last purchase of {@code logName}. */
    public static SegmentaException referenceDayTooEarly(String logName, LocalDate referenceDay, LocalDate lastPurchase) {
        return new SegmentaException("The reference day " + referenceDay + " lies before the last purchase in " + logName
                + " (" + lastPurchase + "), so some Recency would be negative. Choose a reference day on or after "
                + lastPurchase + ", or leave it empty for the day after the latest date.");
    }

    /**
     * Seconds into the day of a time cell written as a clock time, {@code H:MM} or {@code HH:MM:SS}
     * (24-hour clock), as the core reads a time column of text; -1 when it is not one.
     */
    public static int secondsOfDay(String clock) {
        return LogTimes.clock(clock.strip());
    }

    /** Seconds into the day of a whole hour 0-23, as the core reads a time column of numbers; -1 otherwise. */
    public static int secondsOfHour(double hour) {
        return LogTimes.hour(hour);
    }
}
