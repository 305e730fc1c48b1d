package io.segmenta.spark;

import static io.segmenta.spark.TransactionLog.AMOUNT;
import static io.segmenta.spark.TransactionLog.CATEGORY;
import static io.segmenta.spark.TransactionLog.CUSTOMER;
import static io.segmenta.spark.TransactionLog.DAY;
import static io.segmenta.spark.TransactionLog.INVOICE;
import static io.segmenta.spark.TransactionLog.MOMENT;
import static io.segmenta.spark.TransactionLog.PRODUCT;
import static io.segmenta.spark.TransactionLog.RETURNED;
import static io.segmenta.spark.TransactionLog.ROW;
import static io.segmenta.spark.TransactionLog.TS;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.rfm.RfmRules;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * What a transaction log adds up to, with Spark aggregations, by the core's definitions
 * ({@link io.segmenta.core.rfm.RfmColumns}): the log's counts (rows without a customer, incomplete rows,
 * returns, the latest day and moment) in one pass, and per customer (a groupBy) the rows, returns, first
 * and last purchase day, distinct invoices (or days) and products among the purchases, the most frequent
 * category, and Monetary: the customer's amounts in the log's row order added by the core's
 * {@link RfmRules#sum} (Kahan), so it has the desktop's bits.
 */
final class CustomerFigures {
    static final String ROWS = "__rows";
    static final String RETURNS = "__returns";
    static final String PURCHASES = "__purchases";
    static final String FIRST_DAY = "__first_day";
    static final String LAST_DAY = "__last_day";
    static final String FREQUENCY = "__frequency";
    static final String PRODUCTS = "__products";
    static final String MONETARY = "__monetary";
    static final String TOP_CATEGORY = "__top_category";

    private CustomerFigures() {
    }

    /** The log's counts; {@code maxDay}, {@code maxPurchaseDay} and {@code latest} are null when no row is kept. */
    record LogCounts(long rows, long withoutCustomer, long incomplete, long returnRows, long kept, Integer maxDay,
                     Integer maxPurchaseDay, LocalDateTime latest) {
        /** The reference day: the one given, else the calendar day after the latest day among the rows kept. */
        LocalDate referenceDay(LocalDate given, String logName) {
            if (given == null) {
                return LocalDate.ofEpochDay(maxDay + 1L);
            }
            if (maxPurchaseDay != null && given.toEpochDay() < maxPurchaseDay) {
                throw RfmRules.referenceDayTooEarly(logName, given, LocalDate.ofEpochDay(maxPurchaseDay));
            }
            return given;
        }
    }

    /** Whether a log row is kept: it has a customer, a date, an amount and (with an invoice column) an invoice. */
    static Column complete(boolean invoice) {
        Column c = col(TS).isNotNull().and(col(AMOUNT).isNotNull());
        return invoice ? c.and(col(INVOICE).isNotNull()) : c;
    }

    /**
     * The counts of {@code log}.
     *
     * @throws SegmentaException when no row can be used
     */
    static LogCounts counts(TransactionLog log) {
        boolean invoice = log.roles().invoice() != null;
        Column hasCustomer = col(CUSTOMER).isNotNull();
        Column kept = hasCustomer.and(complete(invoice));
        Row r = log.rows().agg(functions.count(lit(1)),
                functions.sum(when(not(hasCustomer), 1).otherwise(0)),
                functions.sum(when(hasCustomer.and(not(complete(invoice))), 1).otherwise(0)),
                functions.sum(when(kept.and(col(RETURNED)), 1).otherwise(0)),
                functions.sum(when(kept, 1).otherwise(0)),
                functions.max(when(kept, col(DAY))),
                functions.max(when(kept.and(not(col(RETURNED))), col(DAY))),
                functions.max(when(kept, col(MOMENT)))).first();
        LogCounts c = new LogCounts(r.getLong(0), r.isNullAt(1) ? 0 : r.getLong(1), r.isNullAt(2) ? 0 : r.getLong(2),
                r.isNullAt(3) ? 0 : r.getLong(3), r.isNullAt(4) ? 0 : r.getLong(4),
                r.isNullAt(5) ? null : r.getInt(5), r.isNullAt(6) ? null : r.getInt(6),
                r.isNullAt(7) ? null : LocalDateTime.ofEpochSecond(r.getLong(7), 0, ZoneOffset.UTC));
        if (c.kept() == 0) {
            throw new SegmentaException("No row of " + log.table().name() + " can be used: " + c.withoutCustomer() + " of "
                    + c.rows() + " rows have no customer in \"" + log.roles().customer() + "\" and " + c.incomplete()
                    + " have an empty date, amount" + (invoice ? " or invoice" : "") + ". Check the column roles.");
        }
        return c;
    }

    /**
     * Per customer with a row kept: {@link #ROWS}, {@link #RETURNS}, {@link #PURCHASES}, {@link #FIRST_DAY}
     * and {@link #LAST_DAY} of the purchases, {@link #FREQUENCY}, {@link #PRODUCTS} (with a product column),
     * {@link #MONETARY} (unrounded) and {@link #TOP_CATEGORY} (with a category column).
     */
    static Dataset<Row> perCustomer(TransactionLog log) {
        boolean invoice = log.roles().invoice() != null;
        Dataset<Row> kept = log.rows().where(col(CUSTOMER).isNotNull().and(complete(invoice)));
        Column purchase = not(col(RETURNED));
        UserDefinedFunction monetary = functions.udf((UDF1<scala.collection.Seq<Row>, Double>) CustomerFigures::sum,
                DataTypes.DoubleType);
        Column occasion = invoice ? col(INVOICE) : col(DAY);
        Dataset<Row> out = kept.groupBy(col(CUSTOMER)).agg(functions.count(lit(1)).as(ROWS),
                functions.sum(when(col(RETURNED), 1).otherwise(0)).as(RETURNS),
                functions.sum(when(purchase, 1).otherwise(0)).as(PURCHASES),
                functions.min(when(purchase, col(DAY))).as(FIRST_DAY),
                functions.max(when(purchase, col(DAY))).as(LAST_DAY),
                functions.count_distinct(when(purchase, occasion)).as(FREQUENCY),
                functions.count_distinct(when(purchase, col(PRODUCT))).as(PRODUCTS),
                monetary.apply(functions.collect_list(functions.struct(col(ROW), col(AMOUNT)))).as(MONETARY));
        if (log.roles().product() == null) {
            out = out.drop(PRODUCTS);
        }
        if (log.roles().category() != null) {
            out = out.join(topCategory(kept), CUSTOMER, "left");
        }
        return out;
    }

    /**
     * Per customer, the category in most of their rows kept (purchases and returns), the first in text
     * order on a tie; customers whose category cells are all empty have none.
     */
    private static Dataset<Row> topCategory(Dataset<Row> kept) {
        Dataset<Row> counts = kept.where(col(CATEGORY).isNotNull()).groupBy(col(CUSTOMER), col(CATEGORY))
                .agg(functions.count(lit(1)).as("n"));
        return counts.groupBy(col(CUSTOMER)).agg(functions.min(functions.struct(functions.negate(col("n")).as("m"),
                col(CATEGORY).as("c"))).getField("c").as(TOP_CATEGORY));
    }

    /** A customer's (row, amount) pairs put in row order and added by the core's rule. */
    private static Double sum(scala.collection.Seq<Row> pairs) {
        int n = pairs.length();
        Row[] ordered = new Row[n];
        for (int i = 0; i < n; i++) {
            ordered[i] = pairs.apply(i);
        }
        Arrays.sort(ordered, Comparator.comparingLong(p -> p.getLong(0)));
        double[] amounts = new double[n];
        for (int i = 0; i < n; i++) {
            amounts[i] = ordered[i].getDouble(1);
        }
        return RfmRules.sum(amounts);
    }
}
