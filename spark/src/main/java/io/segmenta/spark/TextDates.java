package io.segmenta.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.WrittenDates;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * A text column of dates read on Spark by the window's rules ({@link WrittenDates}), so that
 * {@code 12/1/2010 8:26} or {@code 09.12.2011} give the days the window gives: every cell to its parts (a
 * UDF), one aggregation for the column's shape and largest parts, which fix the order of day and month,
 * then every cell's date-time (a UDF giving a zone-free timestamp). A column the window would read as
 * text (cells that are not dates, two ways of writing them, no order that reads them all, a day its
 * month lacks) is refused with a cell that shows why.
 */
final class TextDates {
    private static final String CELL = "cell";
    private static final String PARTS = "parts";
    private static final String SHAPE = "shape";
    private static final String FIRST = "first";
    private static final String SECOND = "second";

    /** The column's dates and the window's warning when day and month could be either way round (else null). */
    record Read(Column timestamp, String warning) {
    }

    private TextDates() {
    }

    /**
     * Reads the text cells {@code text} (missing cells null) of column {@code name} of {@code table}.
     *
     * @throws SegmentaException naming the column, the table and a cell when the column is not dates
     */
    static Read of(SparkTable table, String name, Column text) {
        UserDefinedFunction partsOf = functions.udf((UDF1<String, Long>) s -> s == null ? null : WrittenDates.parts(s),
                DataTypes.LongType);
        Column parts = partsOf.apply(text);
        Dataset<Row> cells = table.rows().select(text.as(CELL), parts.as(PARTS)).where(col(CELL).isNotNull())
                .select(col(CELL), col(PARTS), intOf((UDF1<Long, Integer>) WrittenDates::shape).as(SHAPE),
                        intOf((UDF1<Long, Integer>) WrittenDates::first).as(FIRST),
                        intOf((UDF1<Long, Integer>) WrittenDates::second).as(SECOND));
        Column date = col(PARTS).notEqual(WrittenDates.NOT_A_DATE);
        Row a = cells.agg(functions.first(when(functions.not(date), col(CELL)), true), functions.min(when(date, col(SHAPE))),
                functions.max(when(date, col(SHAPE))), functions.max(when(date, col(FIRST))),
                functions.max(when(date, col(SECOND))), functions.max(when(date, col(PARTS)))).first();
        String where = "The date column \"" + name + "\" of " + table.name();
        if (!a.isNullAt(0)) {
            throw new SegmentaException(where + " does not hold dates: it has \"" + a.getString(0) + "\". Choose the "
                    + "column with the purchase dates; dates are written like 2011-12-09, 09.12.2011 or 12/9/2011, "
                    + "with or without a time (14:30).");
        }
        if (a.isNullAt(1)) {
            throw new SegmentaException(where + " has no dates: every cell is empty. Choose the column with the "
                    + "purchase dates.");
        }
        if (a.getInt(1) != a.getInt(2)) {
            throw new SegmentaException(where + " writes dates in two ways, \"" + example(cells, col(SHAPE)
                    .equalTo(a.getInt(1))) + "\" and \"" + example(cells, col(SHAPE).equalTo(a.getInt(2))) + "\", so "
                    + "it is not read as dates (as in the window). Write every date the same way.");
        }
        long anyParts = a.getLong(5);
        int maxFirst = a.getInt(3);
        int maxSecond = a.getInt(4);
        Boolean monthFirst = WrittenDates.monthFirst(anyParts, maxFirst, maxSecond);
        if (monthFirst == null) {
            throw new SegmentaException(where + " has dates whose first part goes above 12 (\"" + example(cells,
                    col(FIRST).gt(12)) + "\") and dates whose second part does (\"" + example(cells, col(SECOND).gt(12))
                    + "\"), so no order of day and month reads them all. Write every date the same way.");
        }
        boolean order = monthFirst;
        UserDefinedFunction at = functions.udf((UDF1<Long, LocalDateTime>) p -> p == null ? null
                : WrittenDates.dateTime(p, order), DataTypes.TimestampNTZType);
        Column timestamp = at.apply(parts);
        List<Row> lacking = table.rows().select(text).where(text.isNotNull().and(timestamp.isNull())).limit(1)
                .collectAsList();
        if (!lacking.isEmpty()) {
            throw new SegmentaException(where + " has \"" + lacking.get(0).getString(0) + "\", a day its month does "
                    + "not have (read " + (order ? "month" : "day") + " first), so it is not read as dates. Correct "
                    + "that date.");
        }
        return new Read(timestamp, WrittenDates.ambiguity(name, anyParts, maxFirst, maxSecond));
    }

    /**
     * Whether Spark's text cells {@code cells} (a sample of a column; missing cells null) would be read as
     * dates by the window, for guessing the date column.
     */
    static boolean looksLikeDates(List<String> cells) {
        long shapeOf = -1;
        int maxFirst = 0;
        int maxSecond = 0;
        long any = 0;
        for (String c : cells) {
            if (c == null) {
                continue;
            }
            long p = WrittenDates.parts(c);
            if (p == WrittenDates.NOT_A_DATE || (shapeOf >= 0 && WrittenDates.shape(p) != shapeOf)) {
                return false;
            }
            shapeOf = WrittenDates.shape(p);
            maxFirst = Math.max(maxFirst, WrittenDates.first(p));
            maxSecond = Math.max(maxSecond, WrittenDates.second(p));
            any = p;
        }
        return shapeOf >= 0 && WrittenDates.monthFirst(any, maxFirst, maxSecond) != null;
    }

    /** {@code f} (a serialisable method of the core) of the parts of every date cell; null for others. */
    private static Column intOf(UDF1<Long, Integer> f) {
        Column parts = col(PARTS);
        return when(parts.notEqual(WrittenDates.NOT_A_DATE), functions.udf(f, DataTypes.IntegerType).apply(parts));
    }

    private static String example(Dataset<Row> cells, Column which) {
        return cells.where(col(PARTS).notEqual(WrittenDates.NOT_A_DATE).and(which)).select(CELL).first().getString(0);
    }
}
