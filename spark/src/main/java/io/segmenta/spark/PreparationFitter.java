package io.segmenta.spark;

import static org.apache.spark.sql.functions.col;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.prep.EncodedFeature;
import io.segmenta.core.prep.FittedInput;
import io.segmenta.core.prep.FittedPreparation;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.OutlierPolicy;
import io.segmenta.core.prep.OutlierRule;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.prep.Scaling;
import io.segmenta.core.text.Texts;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.functions;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.stat.Summarizer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Fits the whole preparation at scale and hands back the core's {@link FittedPreparation}: the
 * inputs ({@link InputFitter}), then, on the raw features the core itself computes for every row,
 * the outlier fences (IQR from approximate quartiles, or z-scores from the mean and population
 * standard deviation) and the scaler: standard (mean, population standard deviation: Spark's
 * sample variance times (n - 1) / n, not Spark ML's StandardScaler, which divides by the sample
 * one), min-max, robust (approximate median and quartiles) or none. Constant features are left out
 * with a note, as the core does.
 */
final class PreparationFitter {
    /** The fitted preparation and what the fit found out. */
    record Prepared(FittedPreparation fitted, long tableRows, long dropped, List<String> notes) {
    }

    private PreparationFitter() {
    }

    static Prepared fit(SparkSession spark, SparkTable table, PrepSpec spec) {
        if (!spec.derived().isEmpty()) {
            throw new SegmentaException("Derived features (tenure, age) are not computed by Segmenta on Spark: add the "
                    + "column to the table first (e.g. DATEDIFF in Spark SQL), then give it in --features.");
        }
        if (spec.outliers().method() == OutlierMethod.ISOLATION_FOREST) {
            throw new SegmentaException("The Isolation Forest outlier rule needs every customer on one machine, so "
                    + "Segmenta on Spark does not run it. Use --outliers iqr or zscore, which fit from distributed "
                    + "quartiles and standard deviations.");
        }
        if (!spec.outlierChoices().isEmpty()) {
            throw new SegmentaException("Choices for single customers (--keep-outlier, --exclude-outlier) name rows of "
                    + "the desktop's table and do not carry over to Spark; the job applies the outlier action to all.");
        }
        List<String> columns = spec.features().stream().map(f -> table.column(f, "--features")).distinct().toList();
        Dataset<Row> features = table.rows().select(columns.stream().map(SparkTable::col).toArray(Column[]::new))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return fit(spark, table, spec, features);
        } finally {
            features.unpersist();
        }
    }

    /** The fit on the table's feature columns, read once and cached (every statistic is a pass over them). */
    private static Prepared fit(SparkSession spark, SparkTable table, PrepSpec spec, Dataset<Row> features) {
        InputFitter.Fit inputs = InputFitter.fit(table, features, spec);
        int r = inputs.inputs().stream().mapToInt(in -> in.features().size()).sum();
        int[] all = new int[r];
        double[] zero = new double[r];
        double[] one = new double[r];
        for (int j = 0; j < r; j++) {
            all[j] = j;
            one[j] = 1;
        }
        FittedPreparation raw = new FittedPreparation(inputs.inputs(), all, Scaling.NONE, zero, one,
                new OutlierRule.None(), OutlierAction.KEEP);
        List<String> notes = new ArrayList<>(inputs.notes());
        OutlierRule rule = new OutlierRule.None();
        Dataset<Row> rawRows = rawFeatures(spark, features, raw);
        if (!spec.outliers().isOff()) {
            rule = fences(rawRows, raw.rawFeatures(), spec.outliers(), notes);
            FittedPreparation flagged = new FittedPreparation(inputs.inputs(), all, Scaling.NONE, zero, one, rule,
                    spec.outliers().action());
            rawRows.unpersist();
            rawRows = rawFeatures(spark, features, flagged);
        }
        try {
            FittedPreparation fitted = scaler(rawRows, inputs.inputs(), raw.rawFeatures(), spec.scaling(), rule,
                    spec.outliers().action(), notes);
            return new Prepared(fitted, inputs.tableRows(), inputs.dropped(), notes);
        } finally {
            rawRows.unpersist();
        }
    }

    /** The raw features (before scaling) of the rows {@code p} keeps, as the core computes them; cached. */
    private static Dataset<Row> rawFeatures(SparkSession spark, Dataset<Row> features, FittedPreparation p) {
        return RowPreparation.apply(spark, features, new PrepRecipe(p)).select(col(RowPreparation.FEATURES))
                .where(col(RowPreparation.FEATURES).isNotNull()).persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** Per raw feature: count, mean, population variance, min, max (one pass). */
    private record Moments(long count, double[] mean, double[] variance, double[] min, double[] max) {
    }

    private static Moments moments(Dataset<Row> rawRows) {
        Row m = rawRows.select(Summarizer.metrics("count", "mean", "variance", "min", "max")
                .summary(col(RowPreparation.FEATURES)).as("s")).select("s.*").first();
        long n = m.getLong(0);
        if (n == 0) {
            throw new SegmentaException("Every customer is flagged as an outlier and excluded, so none is left to "
                    + "segment. Keep the outliers or choose a looser rule.");
        }
        double[] variance = ((Vector) m.get(2)).toArray();
        for (int j = 0; j < variance.length; j++) {
            variance[j] = n < 2 ? 0 : variance[j] * (n - 1) / n;
        }
        return new Moments(n, ((Vector) m.get(1)).toArray(), variance, ((Vector) m.get(3)).toArray(),
                ((Vector) m.get(4)).toArray());
    }

    /** Approximate quantiles {@code probabilities} of each raw feature listed in {@code features}. */
    private static double[][] quantiles(Dataset<Row> rawRows, int[] features, double[] probabilities) {
        if (features.length == 0) {
            return new double[0][];
        }
        Column array = functions.vector_to_array(col(RowPreparation.FEATURES), "float64");
        Column[] cols = new Column[features.length];
        String[] names = new String[features.length];
        for (int i = 0; i < features.length; i++) {
            names[i] = "f" + features[i];
            cols[i] = array.getItem(features[i]).as(names[i]);
        }
        return rawRows.select(cols).stat().approxQuantile(names, probabilities, InputFitter.QUANTILE_ERROR);
    }

    private static OutlierRule fences(Dataset<Row> rawRows, List<EncodedFeature> features, OutlierPolicy policy,
                                      List<String> notes) {
        List<Integer> numeric = new ArrayList<>();
        for (int j = 0; j < features.size(); j++) {
            if (features.get(j).isNumeric()) {
                numeric.add(j);
            }
        }
        int[] idx = numeric.stream().mapToInt(Integer::intValue).toArray();
        double t = policy.parameter();
        boolean z = policy.method() == OutlierMethod.ZSCORE;
        Moments m = z ? moments(rawRows) : null;
        double[][] q = z ? null : quantiles(rawRows, idx, new double[] {0.25, 0.75});
        List<Integer> checked = new ArrayList<>();
        List<Double> lower = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> stds = new ArrayList<>();
        for (int i = 0; i < idx.length; i++) {
            int j = idx[i];
            String name = features.get(j).name();
            if (z) {
                double sd = Math.sqrt(m.variance()[j]);
                if (m.min()[j] == m.max()[j]) {
                    notes.add(name + " is not checked for outliers: it has the same value for every customer.");
                    continue;
                }
                means.add(m.mean()[j]);
                stds.add(sd);
                lower.add(m.mean()[j] - t * sd);
                upper.add(m.mean()[j] + t * sd);
            } else {
                double q1 = q[i][0];
                double q3 = q[i][1];
                if (q3 - q1 == 0) {
                    notes.add(name + " is not checked for outliers: its interquartile range is 0 (at least half the "
                            + "customers have " + Texts.number(q1) + "), so the fences would flag every other value.");
                    continue;
                }
                lower.add(q1 - t * (q3 - q1));
                upper.add(q3 + t * (q3 - q1));
            }
            checked.add(j);
        }
        return new OutlierRule.Fences(policy, checked.stream().mapToInt(Integer::intValue).toArray(),
                checked.stream().map(j -> features.get(j).name()).toList(), toArray(lower), toArray(upper),
                z ? toArray(means) : null, z ? toArray(stds) : null);
    }

    private static FittedPreparation scaler(Dataset<Row> rawRows, List<FittedInput> inputs, List<EncodedFeature> features,
                                            Scaling scaling, OutlierRule rule, OutlierAction action, List<String> notes) {
        Moments m = moments(rawRows);
        int r = features.size();
        double[][] q = null;
        if (scaling == Scaling.ROBUST) {
            int[] all = new int[r];
            for (int j = 0; j < r; j++) {
                all[j] = j;
            }
            q = quantiles(rawRows, all, new double[] {0.25, 0.5, 0.75});
        }
        List<Integer> used = new ArrayList<>();
        List<Double> centers = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        for (int j = 0; j < r; j++) {
            EncodedFeature f = features.get(j);
            if (m.min()[j] == m.max()[j]) {
                notes.add((f.isIndicator() ? "Indicator \"" + f.name() + "\"" : "Column \"" + f.name() + "\"")
                        + " has the same value (" + Texts.number(m.min()[j]) + ") for every segmented customer and is "
                        + "left out: it cannot tell customers apart.");
                continue;
            }
            double c;
            double s;
            switch (scaling) {
                case STANDARD -> {
                    c = m.mean()[j];
                    s = Math.sqrt(m.variance()[j]);
                }
                case MINMAX -> {
                    c = m.min()[j];
                    s = m.max()[j] - m.min()[j];
                }
                case ROBUST -> {
                    c = q[j][1];
                    s = q[j][2] - q[j][0];
                    if (s == 0) {
                        if (f.isNumeric()) {
                            notes.add("Column \"" + f.name() + "\" has an interquartile range of 0, so robust scaling "
                                    + "cannot scale it and it is left out. Choose standard or min-max scaling to keep it.");
                            continue;
                        }
                        s = 1;
                    }
                }
                default -> {
                    c = 0;
                    s = 1;
                }
            }
            used.add(j);
            centers.add(c);
            scales.add(s);
        }
        if (used.isEmpty()) {
            throw new SegmentaException("No feature varies among the customers to segment, so they cannot be told "
                    + "apart. " + String.join(" ", notes));
        }
        return new FittedPreparation(inputs, used.stream().mapToInt(Integer::intValue).toArray(), scaling,
                toArray(centers), toArray(scales), rule, action);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
