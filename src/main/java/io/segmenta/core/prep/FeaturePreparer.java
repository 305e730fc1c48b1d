package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.cluster.DataMatrix;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Turns chosen dataset columns into the clustering matrix: numeric columns as they are, a
 * two-level category as one 0/1 indicator of its second level (e.g. "Gender=Male"), a category
 * with more levels as one indicator per level; rows with a missing chosen value left out; constant
 * features dropped with a note (never a divide by zero); then scaled.
 */
public final class FeaturePreparer {
    private FeaturePreparer() {
    }

    public static PreparedFeatures prepare(Dataset data, PrepSpec spec) {
        List<String> chosen = new ArrayList<>(new LinkedHashSet<>(spec.features()));
        if (chosen.isEmpty()) {
            throw new SegmentaException("No features are selected. Choose at least one numeric or categorical column.");
        }
        List<Column> columns = new ArrayList<>();
        for (String name : chosen) {
            Column c = data.column(name);
            if (!ColumnRole.canBeFeature(c.type())) {
                throw new SegmentaException("Column \"" + name + "\" is " + article(c.type().label()) + " column and cannot be a "
                        + "feature. Choose numeric or categorical columns.");
            }
            columns.add(c);
        }

        int n = data.rowCount();
        boolean[] usable = new boolean[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            boolean ok = true;
            for (Column c : columns) {
                if (c.isMissing(i)) {
                    ok = false;
                    break;
                }
            }
            usable[i] = ok;
            if (ok) {
                kept++;
            }
        }
        List<String> notes = new ArrayList<>();
        int dropped = n - kept;
        if (kept == 0) {
            throw new SegmentaException("Every row of " + data.name() + " has a missing value in "
                    + String.join(", ", chosen) + ", so there is nothing to segment. Choose other features.");
        }
        if (dropped > 0) {
            notes.add(dropped + (dropped == 1 ? " row has" : " rows have") + " a missing value in "
                    + String.join(", ", missingColumns(columns)) + " and " + (dropped == 1 ? "is" : "are")
                    + " left out of the segmentation (no segment in the export).");
        }
        int[] rows = new int[kept];
        for (int i = 0, r = 0; i < n; i++) {
            if (usable[i]) {
                rows[r++] = i;
            }
        }

        List<EncodedFeature> features = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (Column c : columns) {
            if (c instanceof NumericColumn num) {
                double[] v = new double[kept];
                for (int r = 0; r < kept; r++) {
                    v[r] = num.get(rows[r]);
                }
                addUnlessConstant(features, values, notes, new EncodedFeature(c.name(), c.name(), null), v);
            } else if (c instanceof CategoricalColumn cat) {
                List<String> levels = presentLevels(cat, rows);
                if (levels.size() < 2) {
                    notes.add("Column \"" + c.name() + "\" has a single level (" + (levels.isEmpty() ? "none" : levels.get(0))
                            + ") in the segmented rows and is left out: it cannot tell customers apart.");
                    continue;
                }
                List<String> encoded = levels.size() == 2 ? levels.subList(1, 2) : levels;
                for (String level : encoded) {
                    int code = cat.levels().indexOf(level);
                    double[] v = new double[kept];
                    for (int r = 0; r < kept; r++) {
                        v[r] = cat.code(rows[r]) == code ? 1.0 : 0.0;
                    }
                    features.add(new EncodedFeature(c.name() + "=" + level, c.name(), level));
                    values.add(v);
                }
            }
        }
        if (features.isEmpty()) {
            throw new SegmentaException("None of the chosen features varies across the customers ("
                    + String.join(", ", chosen) + "), so they cannot be segmented. Choose other features.");
        }

        int d = features.size();
        double[] center = new double[d];
        double[] scale = new double[d];
        double[] matrix = new double[kept * d];
        for (int j = 0; j < d; j++) {
            double[] v = values.get(j);
            if (spec.scaling() == Scaling.STANDARD) {
                double mean = mean(v);
                center[j] = mean;
                scale[j] = Math.sqrt(variance(v, mean));
            } else {
                center[j] = 0;
                scale[j] = 1;
            }
            double c0 = center[j];
            double s = scale[j];
            for (int r = 0; r < kept; r++) {
                matrix[r * d + j] = (v[r] - c0) / s;
            }
        }
        return new PreparedFeatures(new DataMatrix(kept, d, matrix), features, rows, center, scale, dropped, notes);
    }

    private static void addUnlessConstant(List<EncodedFeature> features, List<double[]> values, List<String> notes,
                                          EncodedFeature f, double[] v) {
        double mean = mean(v);
        if (variance(v, mean) == 0.0) {
            notes.add("Column \"" + f.name() + "\" has the same value (" + NumericColumn.formatNumber(v[0])
                    + ") for every segmented customer and is left out: it cannot tell customers apart.");
            return;
        }
        features.add(f);
        values.add(v);
    }

    private static List<String> presentLevels(CategoricalColumn cat, int[] rows) {
        boolean[] seen = new boolean[cat.levels().size()];
        for (int r : rows) {
            seen[cat.code(r)] = true;
        }
        List<String> out = new ArrayList<>();
        for (int c = 0; c < seen.length; c++) {
            if (seen[c]) {
                out.add(cat.levels().get(c));
            }
        }
        return out;
    }

    private static List<String> missingColumns(List<Column> columns) {
        return columns.stream().filter(c -> c.missingCount() > 0).map(Column::name).toList();
    }

    /** Mean with compensated summation, so a million values keep their digits. */
    static double mean(double[] v) {
        double sum = 0;
        double comp = 0;
        for (double x : v) {
            double y = x - comp;
            double t = sum + y;
            comp = (t - sum) - y;
            sum = t;
        }
        return sum / v.length;
    }

    /** Population variance (divides by n), two-pass. */
    static double variance(double[] v, double mean) {
        double ss = 0;
        double s = 0;
        for (double x : v) {
            double dx = x - mean;
            ss += dx * dx;
            s += dx;
        }
        double var = (ss - s * s / v.length) / v.length;
        return var <= 1e-24 * Math.max(1, mean * mean) ? 0.0 : var;
    }

    private static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }
}
