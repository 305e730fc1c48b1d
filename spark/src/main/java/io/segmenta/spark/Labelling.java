package io.segmenta.spark;

import io.segmenta.core.model.Assignment;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Gives every prepared row its segment by the core's assignment rule ({@link SegmentRule}), with
 * its distance to the segment's centre and, for a mixture, its probability. Appends
 * {@value #SEGMENT} (0-based; null for a row without a prepared vector), {@value #PROBABILITY}
 * and {@value #DISTANCE}.
 */
final class Labelling {
    static final String SEGMENT = "segmenta_segment";
    static final String PROBABILITY = "segmenta_probability";
    static final String DISTANCE = "segmenta_distance";

    private Labelling() {
    }

    /**
     * @param centroids per segment the centre distances are measured from (k x d), or null for none
     */
    static Dataset<Row> label(SparkSession spark, Dataset<Row> rows, SegmentRule rule, double[] centroids) {
        StructType schema = rows.schema();
        int features = schema.fieldIndex(RowPreparation.FEATURES);
        StructType out = schema.add(SEGMENT, DataTypes.IntegerType, true).add(PROBABILITY, DataTypes.DoubleType, true)
                .add(DISTANCE, DataTypes.DoubleType, true);
        return spark.createDataFrame(rows.javaRDD().mapPartitions(new Partition(rule, centroids, features)), out);
    }

    /**
     * The order that numbers segments as the core does: by size, largest first; ties by centre (the
     * lexicographic order of its coordinates), then by the fitted index.
     *
     * @return {@code order[s]} = the fitted segment that becomes segment s
     */
    static int[] bySize(long[] sizes, SegmentRule rule) {
        int k = sizes.length;
        int d = rule.cols();
        double[] c = rule.centers();
        Integer[] order = new Integer[k];
        for (int s = 0; s < k; s++) {
            order[s] = s;
        }
        Arrays.sort(order, (a, b) -> {
            if (sizes[a] != sizes[b]) {
                return Long.compare(sizes[b], sizes[a]);
            }
            int byCentre = Arrays.compare(c, a * d, a * d + d, c, b * d, b * d + d);
            return byCentre != 0 ? byCentre : Integer.compare(a, b);
        });
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private record Partition(SegmentRule rule, double[] centroids, int features)
            implements FlatMapFunction<Iterator<Row>, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> it) {
            Assignment a = rule.assignment();
            int k = rule.k();
            int d = rule.cols();
            double[] probabilities = rule.mixture() ? new double[k] : null;
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Row next() {
                    Row r = it.next();
                    Object[] values = new Object[r.length() + 3];
                    for (int j = 0; j < r.length(); j++) {
                        values[j] = r.get(j);
                    }
                    if (!r.isNullAt(features)) {
                        double[] x = ((Vector) r.get(features)).toArray();
                        int s = a.assign(x, 0, probabilities);
                        values[r.length()] = s;
                        values[r.length() + 1] = probabilities == null ? null : probabilities[s];
                        if (centroids != null) {
                            double sum = 0;
                            for (int j = 0; j < d; j++) {
                                double t = x[j] - centroids[s * d + j];
                                sum += t * t;
                            }
                            values[r.length() + 2] = Math.sqrt(sum);
                        }
                    }
                    return RowFactory.create(values);
                }
            };
        }
    }
}
