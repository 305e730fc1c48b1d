package io.segmenta.spark;

import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.MissingValues;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.prep.FittedPreparation;
import io.segmenta.core.prep.FlaggedRow;
import io.segmenta.core.prep.TransformedRows;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Prepares every row of a table on the executors with the core: each partition becomes a core
 * {@code Dataset} (numbers as numbers, texts as categories) and {@link FittedPreparation#transform}
 * prepares it, exactly as the window and the command line prepare a table. Adds two columns:
 * {@value #FEATURES} (the prepared vector; null for a row left out for a missing value or as an
 * excluded outlier) and {@value #OUTLIER} (the outlier rule's reason, or null).
 */
final class RowPreparation {
    static final String FEATURES = "segmenta_features";
    static final String OUTLIER = "segmenta_outlier";

    private RowPreparation() {
    }

    /** {@code table} with the prepared vector and outlier reason of every row appended. */
    static Dataset<Row> apply(SparkSession spark, Dataset<Row> table, PrepRecipe recipe) {
        StructType schema = table.schema();
        List<String> needed = recipe.fitted().requiredColumns();
        int[] index = new int[needed.size()];
        boolean[] numeric = new boolean[needed.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = schema.fieldIndex(needed.get(i));
            numeric[i] = schema.fields()[index[i]].dataType() instanceof org.apache.spark.sql.types.NumericType;
        }
        StructType out = schema.add(FEATURES, SQLDataTypes.VectorType(), true).add(OUTLIER, DataTypes.StringType, true);
        Partition f = new Partition(recipe, needed.toArray(String[]::new), index, numeric);
        return spark.createDataFrame(table.javaRDD().mapPartitions(f), out);
    }

    /** The work of one partition. */
    private record Partition(PrepRecipe recipe, String[] names, int[] index, boolean[] numeric)
            implements FlatMapFunction<Iterator<Row>, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> it) {
            List<Row> rows = new ArrayList<>();
            it.forEachRemaining(rows::add);
            if (rows.isEmpty()) {
                return Collections.emptyIterator();
            }
            int n = rows.size();
            List<Column> columns = new ArrayList<>();
            for (int c = 0; c < names.length; c++) {
                columns.add(numeric[c] ? numbers(rows, c) : texts(rows, c));
            }
            FittedPreparation fitted = recipe.fitted();
            TransformedRows t = fitted.transform(new io.segmenta.core.data.Dataset("partition", columns, null));
            int d = t.matrix().cols();
            double[] v = t.matrix().values();
            Vector[] prepared = new Vector[n];
            int[] kept = t.datasetRows();
            for (int i = 0; i < kept.length; i++) {
                double[] x = new double[d];
                System.arraycopy(v, i * d, x, 0, d);
                prepared[kept[i]] = Vectors.dense(x);
            }
            String[] reason = new String[n];
            for (FlaggedRow f : t.outliers()) {
                reason[f.row()] = f.reason();
            }
            List<Row> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Row r = rows.get(i);
                Object[] values = new Object[r.length() + 2];
                for (int j = 0; j < r.length(); j++) {
                    values[j] = r.get(j);
                }
                values[r.length()] = prepared[i];
                values[r.length() + 1] = reason[i];
                out.add(RowFactory.create(values));
            }
            return out.iterator();
        }

        private NumericColumn numbers(List<Row> rows, int c) {
            double[] values = new double[rows.size()];
            for (int i = 0; i < values.length; i++) {
                Object o = rows.get(i).get(index[c]);
                values[i] = o == null ? Double.NaN : ((Number) o).doubleValue();
            }
            return new NumericColumn(names[c], values);
        }

        private CategoricalColumn texts(List<Row> rows, int c) {
            int[] codes = new int[rows.size()];
            Map<String, Integer> ids = new HashMap<>();
            List<String> levels = new ArrayList<>();
            for (int i = 0; i < codes.length; i++) {
                Object o = rows.get(i).get(index[c]);
                String cell = o == null ? null : o.toString().strip();
                if (MissingValues.isMissing(cell)) {
                    codes[i] = -1;
                    continue;
                }
                codes[i] = ids.computeIfAbsent(cell, level -> {
                    levels.add(level);
                    return levels.size() - 1;
                });
            }
            return new CategoricalColumn(names[c], codes, levels);
        }
    }
}
