package io.segmenta.core.rfm;

import io.segmenta.core.data.Column;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.DateColumn;
import java.util.Locale;
import java.util.Optional;

/**
 * Which column of a transaction log plays which part. Customer and date are required; then either
 * an amount or a quantity and a unit price; invoice, product and category are optional (null).
 *
 * @param customer the customer's id
 * @param date     the purchase date or date-time (the time of day does not change any figure)
 * @param time     a separate time-of-day column beside a date column of days (InvoiceTime, Time,
 *                 Hour), or null; it makes each row's moment and changes no figure ({@link LogTimes})
 * @param invoice  the invoice or order number (a return's starts with {@code C}), or null
 * @param amount   what the row is worth, or null when {@code quantity} x {@code price} gives it
 * @param quantity items in the row, or null when {@code amount} is given
 * @param price    price of one item, or null when {@code amount} is given
 * @param product  the product (for the number of distinct products), or null
 * @param category a categorical column whose most frequent value per customer is kept (e.g.
 *                 Country, channel, store), or null
 */
public record RfmRoles(String customer, String date, String time, String invoice, String amount, String quantity,
                       String price, String product, String category) {

    /** Roles without a time column. */
    public RfmRoles(String customer, String date, String invoice, String amount, String quantity, String price,
                    String product, String category) {
        this(customer, date, null, invoice, amount, quantity, price, product, category);
    }

    /** The roles guessed from the column names (and types) of {@code log}; null where nothing fits. */
    public static RfmRoles guess(Dataset log) {
        String customer = pick(log, null, "customerid", "customer", "custid", "clientid", "client", "kundennr",
                "kunde", "memberid", "member", "userid", "accountid");
        String date = date(log);
        String invoice = pick(log, null, "invoiceno", "invoice", "orderid", "order", "receipt", "transactionid",
                "transaction", "billno", "bill", "belegnr", "beleg", "rechnung");
        String amount = pick(log, ColumnType.NUMERIC, "amount", "revenue", "sales", "totalprice", "total", "spend",
                "betrag", "umsatz", "value");
        String quantity = pick(log, ColumnType.NUMERIC, "quantity", "qty", "units", "menge", "anzahl");
        String price = pick(log, ColumnType.NUMERIC, "unitprice", "price", "preis");
        if (amount != null && (amount.equals(price) || amount.equals(quantity))) {
            amount = null;
        }
        if (amount != null) {
            quantity = null;
            price = null;
        }
        String product = pick(log, null, "stockcode", "productid", "product", "sku", "itemid", "item", "article",
                "artikel");
        String category = pick(log, ColumnType.CATEGORICAL, "country", "channel", "store", "region", "shop", "land",
                "kanal", "market");
        String time = time(log, date);
        return new RfmRoles(customer, date, time, invoice, amount, quantity, price, product, category);
    }

    /**
     * Whether {@code log} looks like a transaction log: a guessed customer column whose values repeat,
     * a date column, and an amount or a quantity and a price.
     */
    public static boolean looksLikeLog(Dataset log) {
        RfmRoles r = guess(log);
        if (r.customer == null || r.date == null || (r.amount == null && (r.quantity == null || r.price == null))) {
            return false;
        }
        // a repeat among the first rows is enough (cheap on a log of millions of rows)
        Column c = log.column(r.customer);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0, n = Math.min(c.size(), LOOK_AT_ROWS); i < n; i++) {
            if (!c.isMissing(i) && !seen.add(c.format(i))) {
                return true;
            }
        }
        return false;
    }

    /** Rows {@link #looksLikeLog} looks at for a repeated customer. */
    static final int LOOK_AT_ROWS = 200_000;

    private static String date(Dataset log) {
        Optional<Column> named = log.columns().stream()
                .filter(c -> c.type() == ColumnType.DATE && (key(c.name()).contains("date") || key(c.name()).contains("time")
                        || key(c.name()).contains("datum")))
                .findFirst();
        return named.or(() -> log.columns().stream().filter(c -> c.type() == ColumnType.DATE).findFirst())
                .map(Column::name).orElse(null);
    }

    /**
     * A time column named like one (InvoiceTime, Time, Hour, Uhrzeit) that is not a date column, beside
     * a date column of days; null otherwise.
     */
    private static String time(Dataset log, String date) {
        if (date == null || ((DateColumn) log.column(date)).hasTime()) {
            return null;
        }
        for (boolean exact : new boolean[] {true, false}) {
            for (String w : new String[] {"invoicetime", "ordertime", "time", "hour", "uhrzeit", "zeit"}) {
                for (Column c : log.columns()) {
                    String k = key(c.name());
                    if (c.type() != ColumnType.DATE && (exact ? k.equals(w) : k.endsWith(w))) {
                        return c.name();
                    }
                }
            }
        }
        return null;
    }

    /** The first column (in {@code words} order: exact name, then name containing the word) fitting {@code type}. */
    private static String pick(Dataset log, ColumnType type, String... words) {
        for (boolean exact : new boolean[] {true, false}) {
            for (String w : words) {
                for (Column c : log.columns()) {
                    String k = key(c.name());
                    boolean hit = exact ? k.equals(w) : k.contains(w) && !k.contains("date");
                    if (hit && fits(c, type)) {
                        return c.name();
                    }
                }
            }
        }
        return null;
    }

    private static boolean fits(Column c, ColumnType type) {
        if (type == null) {
            return c.type() != ColumnType.DATE;
        }
        if (type == ColumnType.CATEGORICAL) {
            return c.type() == ColumnType.CATEGORICAL || c.type() == ColumnType.TEXT;
        }
        return c.type() == type;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
