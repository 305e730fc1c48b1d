package io.segmenta.spark;

import static org.apache.spark.sql.functions.approx_count_distinct;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.stddev_pop;
import static org.apache.spark.sql.functions.when;

import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.prep.FittedInput;
import io.segmenta.core.profile.BoxStats;
import io.segmenta.core.profile.SegmentNamer;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.profile.SegmentProfiler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The segments' profiles from distributed aggregations, in the core's terms: per segment the mean
 * of every numeric column, its difference from the table mean in population standard deviations
 * (the whole table's, missing cells left out), and the mix of every text column with at most
 * {@value SegmentProfiler#MAX_MIX_LEVELS} levels; then the core's {@link SegmentNamer} names them.
 * Box-plot figures per segment and numeric column ({@link BoxStats}): count, min and max exact; the
 * quartiles Spark's {@code percentile_approx} with accuracy {@value SegmentationJob#PERCENTILE_ACCURACY}
 * (relative rank error 1e-4; a value of the column, where the desktop interpolates between two); the
 * whiskers and the outliers counted exactly against the fences of those quartiles.
 */
final class SegmentProfiles {
    private SegmentProfiles() {
    }

    static List<SegmentProfile> of(SegmentationJob.Outcome o) {
        SparkTable table = o.table();
        org.apache.spark.sql.Dataset<Row> all = o.labelled();
        int k = o.k();
        List<String> numeric = table.numericColumns();
        List<String> texts = table.textColumns();

        // table mean and population sd of each numeric column; distinct levels of each text column
        List<org.apache.spark.sql.Column> aggs = new ArrayList<>();
        for (String c : numeric) {
            aggs.add(avg(present(c)));
            aggs.add(stddev_pop(present(c)));
        }
        for (String c : texts) {
            aggs.add(approx_count_distinct(level(c)));
        }
        Row whole = aggs.isEmpty() ? null
                : all.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(org.apache.spark.sql.Column[]::new)).first();
        List<String> mixed = new ArrayList<>();
        for (int t = 0; t < texts.size(); t++) {
            // approximate distinct counts can be off by a few percent: count exactly when near the limit
            if (whole.getLong(2 * numeric.size() + t) <= 2L * SegmentProfiler.MAX_MIX_LEVELS) {
                mixed.add(texts.get(t));
            }
        }

        // per segment means
        org.apache.spark.sql.Dataset<Row> members = all.where(col(Labelling.SEGMENT).isNotNull());
        List<Map<String, Double>> means = new ArrayList<>();
        List<Map<String, Double>> diffs = new ArrayList<>();
        List<Map<String, Map<String, Double>>> mixes = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            means.add(new LinkedHashMap<>());
            diffs.add(new LinkedHashMap<>());
            mixes.add(new LinkedHashMap<>());
        }
        if (!numeric.isEmpty()) {
            List<org.apache.spark.sql.Column> segAggs = numeric.stream().map(c -> avg(present(c))).toList();
            Map<Integer, Row> bySegment = new TreeMap<>();
            for (Row r : members.groupBy(Labelling.SEGMENT).agg(segAggs.get(0),
                    segAggs.subList(1, segAggs.size()).toArray(org.apache.spark.sql.Column[]::new)).collectAsList()) {
                bySegment.put(r.getInt(0), r);
            }
            for (int j = 0; j < numeric.size(); j++) {
                String c = numeric.get(j);
                double mean = whole.isNullAt(2 * j) ? Double.NaN : whole.getDouble(2 * j);
                double sd = whole.isNullAt(2 * j + 1) ? Double.NaN : whole.getDouble(2 * j + 1);
                for (int s = 0; s < k; s++) {
                    Row r = bySegment.get(s);
                    double m = r == null || r.isNullAt(j + 1) ? Double.NaN : r.getDouble(j + 1);
                    means.get(s).put(c, m);
                    diffs.get(s).put(c, sd > 0 ? (m - mean) / sd : 0.0);
                }
            }
        }
        Map<String, List<String>> levelsOf = new LinkedHashMap<>();
        for (String c : mixed) {
            Map<Integer, Map<String, Long>> counts = new TreeMap<>();
            java.util.Set<String> levels = new java.util.TreeSet<>(Comparator.comparing((String x) -> x,
                    String.CASE_INSENSITIVE_ORDER).thenComparing(Comparator.naturalOrder()));
            for (Row r : all.where(level(c).isNotNull()).groupBy(col(Labelling.SEGMENT), level(c).as("level")).count()
                    .collectAsList()) {
                levels.add(r.getString(1));
                if (!r.isNullAt(0)) {
                    counts.computeIfAbsent(r.getInt(0), x -> new LinkedHashMap<>()).merge(r.getString(1), r.getLong(2),
                            Long::sum);
                }
            }
            if (levels.size() > SegmentProfiler.MAX_MIX_LEVELS) {
                continue;
            }
            levelsOf.put(c, new ArrayList<>(levels));
            for (int s = 0; s < k; s++) {
                Map<String, Long> n = counts.getOrDefault(s, Map.of());
                long present = n.values().stream().mapToLong(Long::longValue).sum();
                Map<String, Double> mix = new LinkedHashMap<>();
                for (String l : levels) {
                    mix.put(l, present == 0 ? 0.0 : (double) n.getOrDefault(l, 0L) / present);
                }
                mixes.get(s).put(c, Collections.unmodifiableMap(mix));
            }
        }
        List<Map<String, BoxStats>> boxes = boxes(members, numeric, k);
        List<SegmentProfile> profiles = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            profiles.add(new SegmentProfile(s, "", (int) o.sizes()[s], o.segmented() == 0 ? 0
                    : (double) o.sizes()[s] / o.segmented(), Collections.unmodifiableMap(means.get(s)),
                    Collections.unmodifiableMap(mixes.get(s)), Collections.unmodifiableMap(diffs.get(s)),
                    Collections.unmodifiableMap(boxes.get(s)), ""));
        }
        List<String> used = o.prepared().fitted().inputs().stream().map(FittedInput::column).distinct().toList();
        List<String> names = SegmentNamer.names(schema(numeric, levelsOf), profiles, used);
        List<SegmentProfile> named = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            named.add(profiles.get(s).withName(names.get(s)));
        }
        return List.copyOf(named);
    }

    /**
     * Per segment, the box figures of every numeric column with a value in it: one groupBy for the counts,
     * extremes and approximate quartiles, a second for the whiskers and outliers against each segment's
     * fences (q1 - 1.5 IQR, q3 + 1.5 IQR).
     */
    private static List<Map<String, BoxStats>> boxes(org.apache.spark.sql.Dataset<Row> members, List<String> numeric,
                                                     int k) {
        List<Map<String, BoxStats>> out = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            out.add(new LinkedHashMap<>());
        }
        if (numeric.isEmpty()) {
            return out;
        }
        org.apache.spark.sql.Column quartiles = functions.array(lit(0.25), lit(0.5), lit(0.75));
        List<org.apache.spark.sql.Column> first = new ArrayList<>();
        for (String c : numeric) {
            first.add(functions.count(present(c)));
            first.add(functions.min(present(c)));
            first.add(functions.max(present(c)));
            first.add(functions.percentile_approx(present(c), quartiles, lit(SegmentationJob.PERCENTILE_ACCURACY)));
        }
        int m = numeric.size();
        long[][] count = new long[k][m];
        double[][][] figures = new double[k][m][5]; // min, q1, median, q3, max
        for (Row r : members.groupBy(Labelling.SEGMENT).agg(first.get(0), first.subList(1, first.size())
                .toArray(org.apache.spark.sql.Column[]::new)).collectAsList()) {
            int s = r.getInt(0);
            for (int j = 0; j < m; j++) {
                int at = 1 + 4 * j;
                count[s][j] = r.getLong(at);
                if (count[s][j] > 0) {
                    List<Object> q = r.getList(at + 3);
                    figures[s][j] = new double[] {r.getDouble(at + 1), ((Number) q.get(0)).doubleValue(),
                            ((Number) q.get(1)).doubleValue(), ((Number) q.get(2)).doubleValue(), r.getDouble(at + 2)};
                }
            }
        }
        List<org.apache.spark.sql.Column> second = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            org.apache.spark.sql.Column low = null;
            org.apache.spark.sql.Column high = null;
            for (int s = 0; s < k; s++) {
                double iqr = figures[s][j][3] - figures[s][j][1];
                org.apache.spark.sql.Column in = col(Labelling.SEGMENT).equalTo(s);
                low = (low == null ? when(in, figures[s][j][1] - 1.5 * iqr) : low.when(in, figures[s][j][1] - 1.5 * iqr));
                high = (high == null ? when(in, figures[s][j][3] + 1.5 * iqr) : high.when(in, figures[s][j][3] + 1.5 * iqr));
            }
            org.apache.spark.sql.Column v = present(numeric.get(j));
            second.add(functions.min(when(v.geq(low), v)));
            second.add(functions.max(when(v.leq(high), v)));
            second.add(functions.sum(when(v.lt(low).or(v.gt(high)), 1).otherwise(0)));
        }
        for (Row r : members.groupBy(Labelling.SEGMENT).agg(second.get(0), second.subList(1, second.size())
                .toArray(org.apache.spark.sql.Column[]::new)).collectAsList()) {
            int s = r.getInt(0);
            for (int j = 0; j < m; j++) {
                int at = 1 + 3 * j;
                if (count[s][j] == 0) {
                    continue;
                }
                double[] f = figures[s][j];
                out.get(s).put(numeric.get(j), new BoxStats((int) count[s][j], f[0], f[1], f[2], f[3], f[4],
                        r.getDouble(at), r.getDouble(at + 1), (int) r.getLong(at + 2)));
            }
        }
        return out;
    }

    /** A numeric cell, null where missing (NaN included). */
    private static org.apache.spark.sql.Column present(String c) {
        org.apache.spark.sql.Column v = SparkTable.col(c).cast(DataTypes.DoubleType);
        return when(v.isNull().or(functions.isnan(v)), lit(null)).otherwise(v);
    }

    /** A text cell trimmed, null where Segmenta reads it as missing. */
    private static org.apache.spark.sql.Column level(String c) {
        org.apache.spark.sql.Column v = functions.trim(SparkTable.col(c));
        return when(functions.udf((String x) -> io.segmenta.core.data.MissingValues.isMissing(x), DataTypes.BooleanType)
                .apply(v), lit(null)).otherwise(v);
    }

    /** A table without rows that has the columns' kinds and levels: what the namer reads of a table. */
    private static Dataset schema(List<String> numeric, Map<String, List<String>> levels) {
        List<Column> columns = new ArrayList<>();
        numeric.forEach(c -> columns.add(new NumericColumn(c, new double[0])));
        levels.forEach((c, l) -> columns.add(new CategoricalColumn(c, new int[0], l)));
        return new Dataset("profiles", columns, null);
    }
}
