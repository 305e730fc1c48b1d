package io.segmenta.core.explain;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.cluster.Clustering;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.prep.EncodedFeature;
import io.segmenta.core.prep.PreparedFeatures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The decision tree's input: the segmented customers (DBSCAN noise left out) described by the
 * original columns behind the features. A numeric column gives its own values (a missing cell takes
 * the value preparation filled in); a categorical column gives one yes/no column per level, so a rule
 * reads "Gender = Male"; a derived feature (tenure, age) gives its value in its own units.
 *
 * @param columns  per tree feature, one value per customer; read, never changed (a numeric column without missing
 *                 cells, with every row segmented, is the column's own array)
 * @param features what each tree feature is
 * @param classes  per customer, its segment
 * @param rows     per customer, the dataset row
 */
record TreeInputs(double[][] columns, List<TreeFeature> features, int[] classes, int[] rows) {
    /**
     * One tree feature.
     *
     * @param column the column (or derived feature) name
     * @param level  for a level of a categorical column, the level; null for a number
     */
    record TreeFeature(String column, String level) {
    }

    static TreeInputs of(Dataset data, SegmentationResult result) {
        PreparedFeatures pf = result.features();
        int[] labels = result.clustering().labels();
        int n = 0;
        for (int label : labels) {
            if (label != Clustering.NOISE) {
                n++;
            }
        }
        int[] prepared = new int[n];
        int[] rows = new int[n];
        int[] classes = new int[n];
        for (int r = 0, i = 0; r < labels.length; r++) {
            if (labels[r] != Clustering.NOISE) {
                prepared[i] = r;
                rows[i] = pf.datasetRows()[r];
                classes[i] = labels[r];
                i++;
            }
        }
        boolean everyRow = n == data.rowCount(); // the prepared rows ascend, so n of them are 0..n-1
        List<double[]> columns = new ArrayList<>();
        List<TreeFeature> features = new ArrayList<>();
        Set<String> doneCategorical = new HashSet<>();
        List<EncodedFeature> encoded = pf.features();
        for (int j = 0; j < encoded.size(); j++) {
            EncodedFeature f = encoded.get(j);
            Column source = data.hasColumn(f.sourceColumn()) ? data.column(f.sourceColumn()) : null;
            if (f.isIndicator()) {
                if (source instanceof CategoricalColumn cat) {
                    if (doneCategorical.add(cat.name())) {
                        for (int level = 0; level < cat.levels().size(); level++) {
                            double[] v = new double[n];
                            for (int i = 0; i < n; i++) {
                                v[i] = cat.code(rows[i]) == level ? 1 : 0;
                            }
                            columns.add(v);
                            features.add(new TreeFeature(cat.name(), cat.levels().get(level)));
                        }
                    }
                } else {
                    columns.add(original(pf, prepared, j));
                    features.add(new TreeFeature(f.sourceColumn(), f.level()));
                }
            } else if (!f.isDerived() && source instanceof NumericColumn num) {
                if (num.missingCount() == 0 && everyRow) {
                    columns.add(num.sharedValues()); // no copy: 80 MB on 10,000,000 rows
                    features.add(new TreeFeature(f.name(), null));
                    continue;
                }
                double[] filled = new double[n];
                for (int i = 0; i < n; i++) {
                    double v = num.get(rows[i]);
                    filled[i] = Double.isNaN(v) ? original(pf, prepared[i], j) : v;
                }
                columns.add(filled);
                features.add(new TreeFeature(f.name(), null));
            } else {
                columns.add(original(pf, prepared, j));
                features.add(new TreeFeature(f.name(), null));
            }
        }
        return new TreeInputs(columns.toArray(double[][]::new), features, classes, rows);
    }

    /** Prepared column {@code j} back in original units, for the given prepared rows. */
    private static double[] original(PreparedFeatures pf, int[] prepared, int j) {
        double[] out = new double[prepared.length];
        for (int i = 0; i < prepared.length; i++) {
            out[i] = original(pf, prepared[i], j);
        }
        return out;
    }

    /** Prepared row {@code row}'s value of column {@code j} back in original units. */
    private static double original(PreparedFeatures pf, int row, int j) {
        return pf.matrix().get(row, j) * pf.scale()[j] + pf.center()[j];
    }
}
