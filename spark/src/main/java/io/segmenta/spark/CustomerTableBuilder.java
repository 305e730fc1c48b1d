package io.segmenta.spark;

import static io.segmenta.spark.CustomerFigures.FIRST_DAY;
import static io.segmenta.spark.CustomerFigures.FREQUENCY;
import static io.segmenta.spark.CustomerFigures.LAST_DAY;
import static io.segmenta.spark.CustomerFigures.MONETARY;
import static io.segmenta.spark.CustomerFigures.PRODUCTS;
import static io.segmenta.spark.CustomerFigures.PURCHASES;
import static io.segmenta.spark.CustomerFigures.RETURNS;
import static io.segmenta.spark.CustomerFigures.ROWS;
import static io.segmenta.spark.CustomerFigures.TOP_CATEGORY;
import static io.segmenta.spark.TransactionLog.CUSTOMER;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.rfm.RfmColumns;
import io.segmenta.core.rfm.RfmRules;
import io.segmenta.core.rfm.RfmSegment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The customer table from the per-customer figures, as the desktop's: customers with a purchase in
 * customer-id order (by value when every id is a number, as {@link RfmRules#isNumberId} says), Recency,
 * Frequency, Monetary, the scores R, F and M, RFM, RFM segment and the behaviour features, under the
 * names of {@link RfmColumns}. The scores are exact: each of Recency, Frequency and Monetary is sorted
 * across the cluster with ties in customer order (pandas' {@code rank(method='first')}), the sorted
 * customers are numbered (Spark's {@code zipWithIndex}, no quantile sketch), and a rank becomes a score by
 * the core's {@link RfmRules#score}, with the bin edges of the number of customers.
 */
final class CustomerTableBuilder {
    /** Columns of a customer id's value, for numeric ids; a decimal holds ids of up to 28 digits exactly. */
    private static final String ID_VALUE = "__id_value";
    private static final String RANK = "__rank";
    private static final String MONETARY_RAW = "__monetary_raw";

    private CustomerTableBuilder() {
    }

    /** The table and its counts per RFM segment. */
    record Built(Dataset<Row> table, int customers, int returnsOnly, Map<RfmSegment, Integer> segments) {
    }

    static Built build(SparkSession spark, TransactionLog log, Dataset<Row> perCustomer, long referenceDay) {
        perCustomer.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long returnsOnly = perCustomer.where(col(PURCHASES).equalTo(0)).count();
            Dataset<Row> buyers = perCustomer.where(col(FREQUENCY).gt(0));
            long n = buyers.count();
            if (n == 0) {
                throw new SegmentaException("Every row of " + log.table().name() + " with a customer is a return (an "
                        + "invoice starting with C or a negative amount): " + returnsOnly + " customers with returns "
                        + "only, no purchase. A customer table needs purchases; check the amount"
                        + (log.roles().invoice() != null ? " and invoice" : "") + " columns.");
            }
            if (n > Integer.MAX_VALUE) {
                throw new SegmentaException(log.table().name() + " has " + n + " customers; a customer table holds at "
                        + "most " + Integer.MAX_VALUE + ".");
            }
            List<Column> order = customerOrder(buyers, log);
            Dataset<Row> figures = figures(buyers, log, referenceDay, order);
            figures.persist(StorageLevel.MEMORY_AND_DISK());
            try {
                double[] edges = RfmRules.edges((int) n);
                Dataset<Row> scored = figures
                        .join(ranks(spark, figures, RfmColumns.RECENCY, order), CUSTOMER)
                        .withColumnRenamed(RANK, RANK + "_r")
                        .join(ranks(spark, figures, RfmColumns.FREQUENCY, order), CUSTOMER)
                        .withColumnRenamed(RANK, RANK + "_f")
                        .join(ranks(spark, figures, MONETARY_RAW, order), CUSTOMER)
                        .withColumnRenamed(RANK, RANK + "_m");
                Dataset<Row> table = scores(scored, edges, log).orderBy(order.toArray(Column[]::new));
                table = table.select(columns(log).toArray(Column[]::new));
                table.persist(StorageLevel.MEMORY_AND_DISK());
                Map<RfmSegment, Integer> counts = new EnumMap<>(RfmSegment.class);
                for (RfmSegment s : RfmSegment.values()) {
                    counts.put(s, 0);
                }
                for (Row r : table.groupBy(col(quoted(RfmColumns.SEGMENT))).count().collectAsList()) {
                    for (RfmSegment s : RfmSegment.values()) {
                        if (s.label().equals(r.getString(0))) {
                            counts.put(s, (int) r.getLong(1));
                        }
                    }
                }
                return new Built(table, (int) n, (int) returnsOnly, counts);
            } finally {
                figures.unpersist();
            }
        } finally {
            perCustomer.unpersist();
        }
    }

    /** The columns that order customers: by value when every id is a number, then (or else) by text. */
    private static List<Column> customerOrder(Dataset<Row> buyers, TransactionLog log) {
        boolean numeric = buyers.where(functions.not(col(CUSTOMER).rlike("^(?:" + RfmRules.NUMBER_ID + ")$")))
                .isEmpty();
        List<Column> order = new ArrayList<>();
        if (numeric) {
            if (!buyers.where(idValue().isNull()).isEmpty()) {
                throw new SegmentaException("The customer ids in \"" + log.roles().customer() + "\" of "
                        + log.table().name() + " are numbers of more than 28 digits (or 10 decimals), which Segmenta on "
                        + "Spark cannot order by value. Make the desktop's customer table, or give ids as text.");
            }
            order.add(col(ID_VALUE));
        }
        order.add(col(CUSTOMER));
        return order;
    }

    private static Column idValue() {
        return functions.regexp_replace(col(CUSTOMER), "^\\+", "").try_cast(DataTypes.createDecimalType(38, 10));
    }

    /** Per buyer: the figures of {@link RfmColumns} before the scores, and the order keys. */
    private static Dataset<Row> figures(Dataset<Row> buyers, TransactionLog log, long referenceDay,
                                        List<Column> order) {
        UserDefinedFunction money = functions.udf((UDF1<Double, Double>) RfmRules::money, DataTypes.DoubleType);
        Dataset<Row> f = buyers
                .withColumn(RfmColumns.RECENCY, lit(referenceDay).minus(col(LAST_DAY)))
                .withColumn(RfmColumns.FREQUENCY, col(FREQUENCY))
                .withColumn(MONETARY_RAW, col(MONETARY))
                .withColumn(RfmColumns.MONETARY, money.apply(col(MONETARY)))
                .withColumn(RfmColumns.TENURE, lit(referenceDay).minus(col(FIRST_DAY)))
                .withColumn(RfmColumns.ORDER_VALUE, money.apply(col(MONETARY).divide(col(FREQUENCY))))
                .withColumn(RfmColumns.DAYS_BETWEEN, when(col(FREQUENCY).gt(1), col(LAST_DAY).minus(col(FIRST_DAY))
                        .cast(DataTypes.DoubleType).divide(col(FREQUENCY).minus(1))))
                .withColumn(RfmColumns.RETURN_SHARE, col(RETURNS).cast(DataTypes.DoubleType).divide(col(ROWS)));
        if (order.size() > 1) {
            f = f.withColumn(ID_VALUE, idValue());
        }
        return f;
    }

    /** Per customer, the 1-based rank of {@code value}, ties broken by customer order: an exact distributed sort. */
    private static Dataset<Row> ranks(SparkSession spark, Dataset<Row> figures, String value, List<Column> order) {
        List<Column> by = new ArrayList<>();
        by.add(col(quoted(value)));
        by.addAll(order);
        List<Column> keep = new ArrayList<>(List.of(col(CUSTOMER), col(quoted(value))));
        if (order.size() > 1) {
            keep.add(col(ID_VALUE));
        }
        JavaRDD<Row> sorted = figures.select(keep.toArray(Column[]::new)).orderBy(by.toArray(Column[]::new))
                .toJavaRDD();
        JavaRDD<Row> ranked = sorted.zipWithIndex().map(t -> RowFactory.create(t._1().getString(0), t._2() + 1));
        StructType schema = new StructType().add(CUSTOMER, DataTypes.StringType, false)
                .add(RANK, DataTypes.LongType, false);
        return spark.createDataFrame(ranked, schema);
    }

    /** R, F, M from the ranks by the core's rule; RFM; the RFM segment by the core's {@link RfmSegment#of}. */
    private static Dataset<Row> scores(Dataset<Row> scored, double[] edges, TransactionLog log) {
        UserDefinedFunction high = functions.udf((UDF1<Long, Integer>) rank -> RfmRules.score(rank, edges, false),
                DataTypes.IntegerType);
        UserDefinedFunction low = functions.udf((UDF1<Long, Integer>) rank -> RfmRules.score(rank, edges, true),
                DataTypes.IntegerType);
        UserDefinedFunction segment = functions.udf((UDF2<Integer, Integer, String>) (r, f) -> RfmSegment.of(r, f)
                .label(), DataTypes.StringType);
        return scored.withColumn(RfmColumns.R, low.apply(col(RANK + "_r")))
                .withColumn(RfmColumns.F, high.apply(col(RANK + "_f")))
                .withColumn(RfmColumns.M, high.apply(col(RANK + "_m")))
                .withColumn(RfmColumns.RFM, functions.concat(col(RfmColumns.R).cast(DataTypes.StringType),
                        col(RfmColumns.F).cast(DataTypes.StringType), col(RfmColumns.M).cast(DataTypes.StringType)))
                .withColumn(RfmColumns.SEGMENT, segment.apply(col(RfmColumns.R), col(RfmColumns.F)));
    }

    /** The table's columns in the desktop's order and names (the customer column under its own name). */
    private static List<Column> columns(TransactionLog log) {
        List<Column> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String customer = log.roles().customer();
        out.add(col(CUSTOMER).as(customer));
        names.add(customer);
        for (String name : List.of(RfmColumns.RECENCY, RfmColumns.FREQUENCY, RfmColumns.MONETARY, RfmColumns.R,
                RfmColumns.F, RfmColumns.M, RfmColumns.RFM, RfmColumns.SEGMENT, RfmColumns.TENURE,
                RfmColumns.ORDER_VALUE, RfmColumns.DAYS_BETWEEN)) {
            out.add(col(quoted(name)));
            names.add(name);
        }
        if (log.roles().product() != null) {
            out.add(col(PRODUCTS).as(RfmColumns.PRODUCTS));
            names.add(RfmColumns.PRODUCTS);
        }
        out.add(col(quoted(RfmColumns.RETURN_SHARE)));
        names.add(RfmColumns.RETURN_SHARE);
        if (log.roles().category() != null) {
            String name = RfmColumns.MOST_FREQUENT + log.roles().category();
            out.add(col(TOP_CATEGORY).as(name));
            names.add(name);
        }
        if (names.stream().distinct().count() < names.size()) {
            throw new SegmentaException("The customer column of " + log.table().name() + " is called \"" + customer
                    + "\", like a column of the customer table. Rename it in the file, then make the table again.");
        }
        return out;
    }

    /** A column name for {@code col()}: back-quoted, as names such as "RFM segment" hold spaces. */
    static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
