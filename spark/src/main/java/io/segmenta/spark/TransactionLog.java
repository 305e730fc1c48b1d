package io.segmenta.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.DateColumn;
import io.segmenta.core.data.MissingValues;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.rfm.RfmRoles;
import io.segmenta.core.rfm.RfmRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * A transaction log read by Spark with its roles resolved (given, or for the customer, date and amount
 * guessed by the core's {@link RfmRoles#guess} from the column names and types) and every role cell
 * read as the desktop reads it: the missing markers of {@link MissingValues} are missing, an id or code
 * in a number column is the text the desktop shows ({@link NumericColumn#formatNumber}), the amount is
 * the amount column or quantity x unit price, and a return is what {@link RfmRules#isReturn} says.
 * {@link #rows()} has one row per log row: {@code row} (the row's place in the log as Spark reads it),
 * {@code customer}, {@code ts}, {@code day} (epoch day of the calendar day), {@code amount},
 * {@code invoice}, {@code product}, {@code category}, {@code returned}, {@code seconds} (the row's moment,
 * with a time column, as local date-time seconds).
 */
final class TransactionLog {
    static final String ROW = "row";
    static final String CUSTOMER = "customer";
    static final String TS = "ts";
    static final String DAY = "day";
    static final String AMOUNT = "amount";
    static final String INVOICE = "invoice";
    static final String PRODUCT = "product";
    static final String CATEGORY = "category";
    static final String RETURNED = "returned";
    static final String MOMENT = "moment";
    private static final long SECONDS_PER_DAY = 86_400L;

    private final SparkTable table;
    private final RfmRoles roles;
    private final org.apache.spark.sql.Dataset<Row> rows;
    private final List<String> warnings;

    private TransactionLog(SparkTable table, RfmRoles roles, org.apache.spark.sql.Dataset<Row> rows,
                           List<String> warnings) {
        this.table = table;
        this.roles = roles;
        this.rows = rows;
        this.warnings = warnings;
    }

    /** What the window would warn of when reading these columns (dates that read day-first or month-first). */
    List<String> warnings() {
        return warnings;
    }

    SparkTable table() {
        return table;
    }

    /** The roles as resolved: the table's own column names. */
    RfmRoles roles() {
        return roles;
    }

    org.apache.spark.sql.Dataset<Row> rows() {
        return rows;
    }

    /**
     * The log of {@code table} with the given roles ({@code given}: null where not given; the customer,
     * date and amount, or quantity and price, are guessed when not given).
     *
     * @throws SegmentaException naming the role, the column and the table when a role is missing or its
     *                           column does not hold what the role needs
     */
    static TransactionLog of(SparkTable table, RfmRoles given) {
        RfmRoles guessed = RfmRoles.guess(schemaOnly(table, given.date() == null));
        String customer = given.customer() != null ? given.customer() : guessed.customer();
        String date = given.date() != null ? given.date() : guessed.date();
        String amount = given.amount();
        String quantity = given.quantity();
        String price = given.price();
        if (amount == null && quantity == null && price == null) {
            amount = guessed.amount();
            quantity = guessed.quantity();
            price = guessed.price();
        }
        if (customer == null) {
            throw new SegmentaException("No customer column is given for " + table.name() + ", and none is named like "
                    + "one (CustomerID, Customer, Client...). Give the column that names the customer of each row "
                    + "(--customer COL). Columns: " + String.join(", ", table.columnNames()) + ".");
        }
        if (date == null) {
            throw new SegmentaException("No date column is given for " + table.name() + ", and none holds "
                    + "dates. Give the column with the purchase date (--date COL). Columns: "
                    + String.join(", ", table.columnNames()) + ".");
        }
        if (amount == null && (quantity == null || price == null)) {
            throw new SegmentaException("No amount is given for " + table.name() + ": give an amount column (--amount "
                    + "COL), or a quantity and a unit price column (--quantity COL --price COL). Columns: "
                    + String.join(", ", table.columnNames()) + ".");
        }
        RfmRoles roles = new RfmRoles(column(table, customer, "--customer"), column(table, date, "--date"),
                given.time() == null ? null : column(table, given.time(), "--time"),
                given.invoice() == null ? null : column(table, given.invoice(), "--invoice"),
                amount == null ? null : column(table, amount, "--amount"),
                amount != null ? null : column(table, quantity, "--quantity"),
                amount != null ? null : column(table, price, "--price"),
                given.product() == null ? null : column(table, given.product(), "--product"),
                given.category() == null ? null : column(table, given.category(), "--category"));
        TextDates.Read dates = timestamp(table, roles.date());
        return new TransactionLog(table, roles, normalise(table, roles, dates.timestamp()),
                dates.warning() == null ? List.of() : List.of(dates.warning()));
    }

    private static String column(SparkTable table, String name, String option) {
        return table.column(name, option);
    }

    private static org.apache.spark.sql.Dataset<Row> normalise(SparkTable table, RfmRoles r,
                                                               org.apache.spark.sql.Column ts) {
        org.apache.spark.sql.Dataset<Row> in = table.rows();
        org.apache.spark.sql.Column amount = r.amount() != null ? number(table, r.amount(), "--amount")
                : number(table, r.quantity(), "--quantity").multiply(number(table, r.price(), "--price"));
        List<org.apache.spark.sql.Column> out = new ArrayList<>();
        out.add(col(SparkTable.ROW).as(ROW));
        out.add(label(table, r.customer()).as(CUSTOMER));
        out.add(ts.as(TS));
        out.add(functions.unix_date(functions.to_date(ts)).as(DAY));
        out.add(amount.as(AMOUNT));
        org.apache.spark.sql.Column ofDay = r.time() != null ? timeOfDay(table, r.time(), r.date(), ts)
                : functions.hour(ts).multiply(3600).plus(functions.minute(ts).multiply(60)).plus(functions.second(ts));
        out.add(functions.unix_date(functions.to_date(ts)).cast(DataTypes.LongType).multiply(SECONDS_PER_DAY)
                .plus(ofDay).as(MOMENT));
        out.add((r.invoice() == null ? lit(null).cast(DataTypes.StringType) : label(table, r.invoice())).as(INVOICE));
        out.add((r.product() == null ? lit(null).cast(DataTypes.StringType) : label(table, r.product())).as(PRODUCT));
        out.add((r.category() == null ? lit(null).cast(DataTypes.StringType) : label(table, r.category())).as(CATEGORY));
        org.apache.spark.sql.Dataset<Row> rows = in.select(out.toArray(org.apache.spark.sql.Column[]::new));
        UserDefinedFunction isReturn = functions.udf((UDF2<String, Double, Boolean>) (invoice, a) ->
                a != null && RfmRules.isReturn(invoice, a), DataTypes.BooleanType);
        rows = rows.withColumn(RETURNED, isReturn.apply(col(INVOICE), col(AMOUNT)));
        return rows;
    }

    /** A role cell as the desktop's text of it: missing markers are missing; numbers as the desktop writes them. */
    static org.apache.spark.sql.Column label(SparkTable table, String name) {
        DataType type = table.type(name);
        org.apache.spark.sql.Column c = SparkTable.col(name);
        if (type.equals(DataTypes.StringType)) {
            return missingToNull(c);
        }
        if (type.equals(DataTypes.IntegerType) || type.equals(DataTypes.LongType) || type.equals(DataTypes.ShortType)
                || type.equals(DataTypes.ByteType)) {
            return c.cast(DataTypes.StringType);
        }
        if (type instanceof NumericType) {
            UserDefinedFunction format = functions.udf((UDF1<Double, String>) v -> v == null || v.isNaN() ? null
                    : NumericColumn.formatNumber(v), DataTypes.StringType);
            return format.apply(c.cast(DataTypes.DoubleType));
        }
        return missingToNull(c.cast(DataTypes.StringType));
    }

    /** A text cell, trimmed; null when it is empty or a missing marker (any case). */
    static org.apache.spark.sql.Column missingToNull(org.apache.spark.sql.Column text) {
        org.apache.spark.sql.Column t = functions.trim(text);
        Object[] markers = MissingValues.MARKERS.stream().map(m -> m.toLowerCase(Locale.ROOT)).toArray();
        return when(t.isNull().or(functions.lower(t).isin(markers)), lit(null).cast(DataTypes.StringType))
                .otherwise(t);
    }

    /** A number role: a number column (NaN missing), or a text column whose cells are numbers or missing markers. */
    private static org.apache.spark.sql.Column number(SparkTable table, String name, String role) {
        DataType type = table.type(name);
        org.apache.spark.sql.Column c = SparkTable.col(name);
        if (type instanceof NumericType) {
            org.apache.spark.sql.Column d = c.cast(DataTypes.DoubleType);
            return when(functions.isnan(d), lit(null).cast(DataTypes.DoubleType)).otherwise(d);
        }
        if (type.equals(DataTypes.StringType)) {
            org.apache.spark.sql.Column text = missingToNull(c);
            org.apache.spark.sql.Column d = text.try_cast(DataTypes.DoubleType);
            String bad = firstNot(table, text, d.isNull());
            if (bad != null) {
                throw new SegmentaException("The " + role + " column \"" + name + "\" of " + table.name()
                        + " does not hold numbers: it has \"" + bad + "\". Choose a column of numbers for the " + role
                        + ".");
            }
            return d;
        }
        throw new SegmentaException("The " + role + " column \"" + name + "\" of " + table.name() + " does not hold "
                + "numbers: Spark reads it as " + type.simpleString() + ". Choose a column of numbers for the " + role
                + ".");
    }

    /**
     * The purchase date: a date or timestamp column, or a text column read by the window's rules
     * ({@link TextDates}); with the window's warning when such dates could be day-first or month-first.
     */
    private static TextDates.Read timestamp(SparkTable table, String name) {
        DataType type = table.type(name);
        org.apache.spark.sql.Column c = SparkTable.col(name);
        if (type instanceof TimestampType || type instanceof TimestampNTZType) {
            return new TextDates.Read(c, null);
        }
        if (type instanceof DateType) {
            return new TextDates.Read(c.cast(DataTypes.TimestampType), null);
        }
        if (type.equals(DataTypes.StringType)) {
            return TextDates.of(table, name, missingToNull(c));
        }
        throw new SegmentaException("The date column \"" + name + "\" of " + table.name() + " does not hold dates: Spark "
                + "reads it as " + type.simpleString() + ". Choose the column with the purchase dates.");
    }

    /**
     * Seconds into the day from a time column beside a date column of days, by the core's rules: a text
     * cell H:MM or HH:MM:SS ({@link RfmRules#secondsOfDay}), a number a whole hour 0-23
     * ({@link RfmRules#secondsOfHour}); an empty cell is the start of the day. A column Spark read as
     * timestamps (its CSV reader types 14:30 so) gives each timestamp's time of day.
     */
    private static org.apache.spark.sql.Column timeOfDay(SparkTable table, String time, String date,
                                                         org.apache.spark.sql.Column ts) {
        if (time.equals(date)) {
            throw new SegmentaException("The time column \"" + time + "\" is also the date column. Choose a separate "
                    + "column with the time of day (e.g. InvoiceTime), or no time column.");
        }
        List<Row> timed = table.rows().select(SparkTable.col(date)).where(ts.isNotNull().and(functions.date_format(ts,
                "HH:mm:ss").notEqual("00:00:00"))).limit(1).collectAsList();
        if (!timed.isEmpty()) {
            throw new SegmentaException("The date column \"" + date + "\" of " + table.name() + " already holds the time "
                    + "of day (" + timed.get(0).get(0) + "), so a time column \"" + time + "\" is not needed. Leave the "
                    + "time column out, or choose a date column of days.");
        }
        org.apache.spark.sql.Column cell = label(table, time);
        org.apache.spark.sql.Column s;
        DataType type = table.type(time);
        if (type instanceof TimestampType || type instanceof TimestampNTZType) {
            // Spark's CSV reader types clock times such as 14:30 as timestamps (on the day it runs): their time
            org.apache.spark.sql.Column t = SparkTable.col(time);
            s = functions.coalesce(functions.hour(t).multiply(3600).plus(functions.minute(t).multiply(60))
                    .plus(functions.second(t)), lit(0));
        } else if (table.isNumeric(time)) {
            org.apache.spark.sql.Column hour = SparkTable.col(time).cast(DataTypes.DoubleType);
            s = functions.udf((UDF1<Double, Integer>) h -> h == null || h.isNaN() ? 0 : RfmRules.secondsOfHour(h),
                    DataTypes.IntegerType).apply(hour);
        } else {
            s = functions.udf((UDF1<String, Integer>) text -> text == null ? 0 : RfmRules.secondsOfDay(text),
                    DataTypes.IntegerType).apply(cell);
        }
        String bad = firstNot(table, cell, s.lt(0));
        if (bad != null) {
            throw new SegmentaException("The time column \"" + time + "\" of " + table.name() + " has \"" + bad
                    + "\", which is not a time of day. Times are written like 14:30 or 14:30:05 (24-hour clock), or as "
                    + "a whole hour 0-23; an empty cell counts as the start of the day.");
        }
        return s;
    }

    /** The first present text that fails {@code failed}, or null when none does. */
    private static String firstNot(SparkTable table, org.apache.spark.sql.Column text,
                                   org.apache.spark.sql.Column failed) {
        List<Row> bad = table.rows().select(text).where(text.isNotNull().and(failed)).limit(1).collectAsList();
        return bad.isEmpty() ? null : bad.get(0).getString(0);
    }

    /** Rows of the log's head that decide whether a text column counts as dates when the date is guessed. */
    private static final int GUESS_ROWS = 1_000;

    /**
     * A core table with the log's column names and types and no rows, for {@link RfmRoles#guess}; when
     * {@code guessDate}, a text column counts as dates when the window would read the log's first
     * {@value #GUESS_ROWS} cells as dates (a Spark job; not run when the date column is given).
     */
    private static Dataset schemaOnly(SparkTable table, boolean guessDate) {
        List<Column> columns = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (StructField f : table.rows().schema().fields()) {
            if (guessDate && f.dataType().equals(DataTypes.StringType)) {
                texts.add(f.name());
            }
        }
        List<Row> head = texts.isEmpty() ? List.of() : table.rows()
                .select(texts.stream().map(t -> missingToNull(SparkTable.col(t))).toArray(org.apache.spark.sql.Column[]::new))
                .limit(GUESS_ROWS).collectAsList();
        for (StructField f : table.rows().schema().fields()) {
            if (f.name().equals(SparkTable.ROW)) {
                continue;
            }
            DataType t = f.dataType();
            int text = texts.indexOf(f.name());
            if (t instanceof TimestampType || t instanceof TimestampNTZType || t instanceof DateType
                    || (text >= 0 && TextDates.looksLikeDates(head.stream().map(r -> r.getString(text)).toList()))) {
                columns.add(new DateColumn(f.name(), new long[0], "yyyy-MM-dd HH:mm:ss", !(t instanceof DateType)));
            } else if (t instanceof NumericType) {
                columns.add(new NumericColumn(f.name(), new double[0]));
            } else {
                columns.add(new CategoricalColumn(f.name(), new int[0], List.of()));
            }
        }
        return new Dataset(table.name(), columns, null);
    }
}
