package io.segmenta.core.rfm;

import java.util.List;

/**
 * The columns of a customer table and the definitions behind them, worded once for the window,
 * the command line's help and the README.
 */
public final class RfmColumns {
    public static final String RECENCY = "Recency";
    public static final String FREQUENCY = "Frequency";
    public static final String MONETARY = "Monetary";
    public static final String R = "R";
    public static final String F = "F";
    public static final String M = "M";
    public static final String RFM = "RFM";
    public static final String SEGMENT = "RFM segment";
    public static final String TENURE = "Tenure days";
    public static final String ORDER_VALUE = "Average order value";
    public static final String DAYS_BETWEEN = "Mean days between purchases";
    public static final String PRODUCTS = "Products";
    public static final String RETURN_SHARE = "Return share";
    /** Prefix of the most-frequent-category column: "Most frequent Country". */
    public static final String MOST_FREQUENT = "Most frequent ";

    /** Rows without a customer. */
    public static final String DEF_CUSTOMER = "rows without a customer are left out and counted;";
    /** Returns. */
    public static final String DEF_RETURN = "a return is a row whose invoice starts with C or whose amount is negative; "
            + "its negative amount counts in Monetary;";
    /** The amount. */
    public static final String DEF_AMOUNT = "amount = quantity x unit price when no amount column is given;";
    /** Monetary. */
    public static final String DEF_MONETARY = "Monetary = sum of the customer's amounts (net of returns);";
    /** Frequency. */
    public static final String DEF_FREQUENCY = "Frequency = number of distinct invoices that are not returns (without "
            + "an invoice column: distinct calendar days with a purchase);";
    /** Recency and the reference day. */
    public static final String DEF_RECENCY = "Recency = whole days from the calendar day of the customer's last "
            + "purchase (not a return) to the reference day; the reference day is the calendar day after the latest "
            + "date among the rows kept, or one the user sets;";
    /** Customers with returns only. */
    public static final String DEF_RETURNS_ONLY = "customers with returns only are left out of the table and counted;";
    /** The scores. */
    public static final String DEF_SCORES = "R, F, M scores 1-5: customers in customer-id order (numeric where the "
            + "ids are numbers), ranked with ties broken by that order, cut into five equal groups (pandas qcut of "
            + "rank(method='first')); R 5 = most recent, F and M 5 = highest;";
    /** The segments. */
    public static final String DEF_SEGMENT = "RFM segment from the R and F scores, first rule that matches, in this "
            + "order: Hibernating (R 1-2, F 1-2), At risk (R 1-2, F 3-4), Can't lose them (R 1-2, F 5), About to sleep "
            + "(R 3, F 1-2), Need attention (R 3, F 3), Loyal customers (R 3-4, F 4-5), Promising (R 4, F 1), New "
            + "customers (R 5, F 1), Potential loyalists (R 4-5, F 2-3), Champions (R 5, F 4-5).";

    /** Tenure. */
    public static final String FEATURE_TENURE = TENURE + ": whole days from the customer's first purchase (not a "
            + "return) to the reference day;";
    /** Average order value. */
    public static final String FEATURE_ORDER_VALUE = ORDER_VALUE + ": Monetary / Frequency;";
    /** Mean days between purchases. */
    public static final String FEATURE_BETWEEN = DAYS_BETWEEN + ": days from the first to the last purchase / "
            + "(Frequency - 1); missing for one purchase;";
    /** Products. */
    public static final String FEATURE_PRODUCTS = PRODUCTS + ": distinct products among the customer's purchases "
            + "(only with a product column);";
    /** Return share. */
    public static final String FEATURE_RETURN_SHARE = RETURN_SHARE + ": the customer's return rows / all the "
            + "customer's rows;";
    /** Most frequent category. */
    public static final String FEATURE_CATEGORY = MOST_FREQUENT + "<category>: the value in most of the customer's "
            + "rows, the first alphabetically on a tie (only with a category column);";
    /** Incomplete rows. */
    public static final String INCOMPLETE = "rows with a customer but an empty date, amount or invoice cell are left "
            + "out and counted.";

    /** The definitions, one sentence each, exactly as the README states them. */
    public static final List<String> DEFINITIONS = List.of(DEF_CUSTOMER, DEF_RETURN, DEF_AMOUNT, DEF_MONETARY,
            DEF_FREQUENCY, DEF_RECENCY, DEF_RETURNS_ONLY, DEF_SCORES, DEF_SEGMENT);

    /** The behaviour features beside R, F and M, one sentence each, and the rule for incomplete rows. */
    public static final List<String> FEATURES = List.of(FEATURE_TENURE, FEATURE_ORDER_VALUE, FEATURE_BETWEEN,
            FEATURE_PRODUCTS, FEATURE_RETURN_SHARE, FEATURE_CATEGORY, INCOMPLETE);

    private RfmColumns() {
    }
}
