package io.segmenta.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.MissingValues;
import io.segmenta.core.prep.FittedCategorical;
import io.segmenta.core.prep.FittedInput;
import io.segmenta.core.prep.FittedNumeric;
import io.segmenta.core.prep.ImputeMethod;
import io.segmenta.core.prep.Imputation;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.prep.RareLevels;
import io.segmenta.core.text.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Fits each input of the preparation with distributed aggregations, as the core's
 * {@code MissingValues} and {@code CategoryEncoding} stages fit them on one machine: rows missing a
 * feature whose choice is "drop" are left out; fills (mean, median, most frequent, constant) are
 * fitted on the remaining rows; category levels (sorted as the core sorts them) are counted there,
 * rare ones merged into "Other", one-hot indicators chosen; a single-level category and a numeric
 * feature without values are left out with a note. Medians are Spark's approximate quantiles with
 * relative error {@value #QUANTILE_ERROR} (a rank within 0.01% of the rows; exact on small tables up
 * to that rank), where the core interpolates between the two middle values.
 */
final class InputFitter {
    /** Relative rank error of every quantile the job fits (medians, quartiles). */
    static final double QUANTILE_ERROR = 1e-4;
    /** A text feature with more distinct values than this is an identifier or free text, not a category. */
    static final int MAX_LEVELS = 1000;

    /** The fitted inputs, the kept-row filter, the table's row count and the rows dropped. */
    record Fit(List<FittedInput> inputs, Column kept, long tableRows, long dropped, List<String> notes) {
    }

    private InputFitter() {
    }

    /** A Spark condition: the cell of {@code column} is missing as Segmenta reads cells. */
    static Column missing(SparkTable table, String column) {
        Column c = SparkTable.col(column);
        if (table.isNumeric(column)) {
            return c.isNull().or(c.cast(DataTypes.DoubleType).isNaN());
        }
        return functions.udf((String s) -> MissingValues.isMissing(s), DataTypes.BooleanType)
                .apply(c.cast(DataTypes.StringType));
    }

    /** Fits the inputs on {@code df}, the table's feature columns (cached by the caller). */
    static Fit fit(SparkTable table, Dataset<Row> df, PrepSpec spec) {
        List<String> columns = new ArrayList<>();
        List<Imputation> choices = new ArrayList<>();
        for (String f : spec.features()) {
            String c = table.column(f, "--features");
            if (!table.isNumeric(c) && !table.isText(c)) {
                throw new SegmentaException("Column \"" + c + "\" of " + table.name() + " holds " + table.type(c)
                        .simpleString() + " values; Segmenta on Spark segments on numbers and categories (text). Cast "
                        + "it, or derive a number from it (tenure, age) before the job.");
            }
            Imputation asked = spec.missing().choiceFor(c, c);
            columns.add(c);
            choices.add(table.isText(c) && asked.method().numericOnly() ? Imputation.MOST_FREQUENT : asked);
        }
        Column kept = lit(true);
        for (int i = 0; i < columns.size(); i++) {
            if (choices.get(i).method() == ImputeMethod.DROP_ROWS) {
                kept = kept.and(not(missing(table, columns.get(i))));
            }
        }
        Row counts = df.agg(count(lit(1)), sum(when(kept, 1).otherwise(0))).first();
        long rows = counts.getLong(0);
        long keptRows = counts.isNullAt(1) ? 0 : counts.getLong(1);
        if (keptRows == 0) {
            throw new SegmentaException("Every row of " + table.name() + " has a missing value in a feature whose "
                    + "missing values drop the row, so there is nothing to segment. Fill missing values (--impute "
                    + "mean, median, most-frequent or constant:VALUE) instead of dropping rows.");
        }
        Dataset<Row> keptDf = df.where(kept);
        List<FittedInput> inputs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            FittedInput in = table.isNumeric(c)
                    ? numeric(table, keptDf, c, choices.get(i), spec.isLogged(c), notes)
                    : categorical(table, keptDf, c, choices.get(i), spec, (int) Math.min(keptRows, Integer.MAX_VALUE),
                    notes);
            if (in != null) {
                inputs.add(in);
            }
        }
        if (inputs.isEmpty()) {
            throw new SegmentaException("None of the features " + String.join(", ", columns) + " can tell customers "
                    + "apart. " + String.join(" ", notes));
        }
        return new Fit(inputs, kept, rows, rows - keptRows, notes);
    }

    private static FittedInput numeric(SparkTable table, Dataset<Row> kept, String c, Imputation choice, boolean log,
                                       List<String> notes) {
        ImputeMethod method = choice.method();
        Column value = SparkTable.col(c).cast(DataTypes.DoubleType);
        Dataset<Row> present = kept.where(not(missing(table, c)));
        Row stats = present.agg(count(lit(1)), avg(value), functions.min(value)).first();
        if (stats.getLong(0) == 0) {
            notes.add("Column \"" + c + "\" has no values in the rows kept for segmentation, so there is nothing to "
                    + "fill it with; it is left out.");
            return null;
        }
        double fill = switch (method) {
            case DROP_ROWS -> Double.NaN;
            case MEAN -> stats.getDouble(1);
            case MEDIAN -> present.select(value.as("v")).stat().approxQuantile("v", new double[] {0.5},
                    QUANTILE_ERROR)[0];
            case MOST_FREQUENT -> {
                // most rows; among equals the smallest value, as the core's Stats.mostFrequent
                Row top = present.groupBy(value.as("v")).count()
                        .orderBy(functions.col("count").desc(), functions.col("v").asc()).first();
                yield top.getDouble(0);
            }
            case CONSTANT -> {
                double v = parseConstant(choice.constant(), c);
                yield v;
            }
        };
        if (log) {
            double min = Math.min(stats.getDouble(2), Double.isNaN(fill) ? Double.POSITIVE_INFINITY : fill);
            if (min < -1) {
                throw new SegmentaException("--log " + c + ": " + c + " has values below -1 (the smallest is "
                        + Texts.number(min) + "), where log(1 + x) is not defined. Leave " + c + " out of --log.");
            }
        }
        return new FittedNumeric(c, c, null, null, 0, null, method, fill, log);
    }

    private static double parseConstant(String text, String column) {
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new SegmentaException("The fill value \"" + text + "\" for " + column + " is not a number. Give a "
                    + "number, e.g. constant:0.");
        }
    }

    private static FittedInput categorical(SparkTable table, Dataset<Row> kept, String c, Imputation choice,
                                           PrepSpec spec, int keptRows, List<String> notes) {
        Column text = functions.trim(SparkTable.col(c));
        Column isMissing = missing(table, c);
        List<Row> byLevel = kept.groupBy(when(isMissing, lit(null)).otherwise(text).as("level")).count()
                .limit(MAX_LEVELS + 2).collectAsList();
        Map<String, Long> counts = new LinkedHashMap<>();
        long missingCells = 0;
        for (Row r : byLevel) {
            if (r.isNullAt(0)) {
                missingCells += r.getLong(1);
            } else {
                counts.put(r.getString(0), r.getLong(1));
            }
        }
        if (counts.size() > MAX_LEVELS) {
            throw new SegmentaException("Column \"" + c + "\" of " + table.name() + " has more than " + MAX_LEVELS
                    + " distinct texts: an identifier or free text, not a category. Leave it out of --features.");
        }
        List<String> levels = new ArrayList<>(counts.keySet());
        levels.sort(Comparator.comparing((String s) -> s, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Comparator.naturalOrder()));
        ImputeMethod method = choice.method();
        String fillLevel = null;
        if (method == ImputeMethod.CONSTANT) {
            fillLevel = choice.constant();
        } else if (method != ImputeMethod.DROP_ROWS) {
            // the most frequent level; among equals the first in level order, as the core
            long best = -1;
            for (String l : levels) {
                if (counts.get(l) > best) {
                    best = counts.get(l);
                    fillLevel = l;
                }
            }
        }
        if (fillLevel != null && !levels.contains(fillLevel)) {
            levels.add(fillLevel);
        }
        if (fillLevel != null) {
            counts.merge(fillLevel, missingCells, Long::sum);
        }
        RareLevels rare = spec.categorical().rare();
        Map<String, String> mapping = new LinkedHashMap<>();
        List<String> encoded = new ArrayList<>();
        List<String> merged = new ArrayList<>();
        for (String l : levels) {
            long n = counts.getOrDefault(l, 0L);
            if (n == 0) {
                continue;
            }
            if (!rare.isOff() && rare.isRare((int) Math.min(n, Integer.MAX_VALUE), keptRows)) {
                merged.add(l);
            } else {
                mapping.put(l, l);
                encoded.add(l);
            }
        }
        if (!merged.isEmpty()) {
            merged.forEach(l -> mapping.put(l, RareLevels.OTHER));
            if (!encoded.contains(RareLevels.OTHER)) {
                encoded.add(RareLevels.OTHER);
            }
            notes.add(c + ": " + Texts.count(merged.size(), "rare level", "rare levels") + " (" + String.join(", ", merged)
                    + "; " + rare.describe() + ") merged into \"" + RareLevels.OTHER + "\".");
        }
        if (encoded.size() < 2) {
            notes.add("Column \"" + c + "\" has a single level (" + (encoded.isEmpty() ? "none" : encoded.get(0))
                    + ") in the segmented rows and is left out: it cannot tell customers apart.");
            return null;
        }
        List<String> indicators = encoded.size() == 2 ? encoded.subList(1, 2)
                : spec.categorical().dropFirst() ? encoded.subList(1, encoded.size()) : encoded;
        return new FittedCategorical(c, mapping, indicators, method,
                method == ImputeMethod.DROP_ROWS ? null : fillLevel);
    }
}
