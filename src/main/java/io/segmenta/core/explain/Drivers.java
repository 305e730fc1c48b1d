package io.segmenta.core.explain;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.explain.TreeInputs.TreeFeature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which features drive a segmentation: for each numeric feature eta squared, the share of its
 * variance that lies between the segments; for each categorical column (all its one-hot columns
 * together) Cramér's V of the segments x levels table. Computed on the segmented customers (DBSCAN
 * noise left out) with the values the segmentation saw (a missing cell as preparation filled it),
 * ranked from the strongest driver.
 */
public final class Drivers {
    private Drivers() {
    }

    /** The drivers of {@code result}, strongest first. */
    public static List<Driver> of(Dataset data, SegmentationResult result) {
        return of(TreeInputs.of(data, result), result.k());
    }

    static List<Driver> of(TreeInputs in, int k) {
        List<Driver> out = new ArrayList<>();
        Map<String, List<Integer>> categorical = new LinkedHashMap<>();
        List<TreeFeature> features = in.features();
        for (int f = 0; f < features.size(); f++) {
            TreeFeature tf = features.get(f);
            if (tf.level() == null) {
                out.add(new Driver(tf.column(), Driver.Kind.ETA_SQUARED, etaSquared(in.columns()[f], in.classes(), k)));
            } else {
                categorical.computeIfAbsent(tf.column(), c -> new ArrayList<>()).add(f);
            }
        }
        categorical.forEach((column, indicators) -> out.add(new Driver(column, Driver.Kind.CRAMERS_V,
                cramersV(levels(in, indicators), indicators.size() + 1, in.classes(), k))));
        out.sort(Comparator.comparingDouble(Driver::value).reversed());
        return List.copyOf(out);
    }

    /** Between-group sum of squares / total sum of squares; 0 for a constant feature. */
    public static double etaSquared(double[] values, int[] groups, int k) {
        double[] sum = new double[k];
        int[] count = new int[k];
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            sum[groups[i]] += values[i];
            count[groups[i]]++;
            total += values[i];
        }
        double mean = total / values.length;
        double ssTotal = 0;
        for (double v : values) {
            ssTotal += (v - mean) * (v - mean);
        }
        double ssBetween = 0;
        for (int g = 0; g < k; g++) {
            if (count[g] > 0) {
                double d = sum[g] / count[g] - mean;
                ssBetween += count[g] * d * d;
            }
        }
        return ssTotal <= 0 ? 0 : Math.min(1, ssBetween / ssTotal);
    }

    /**
     * Cramér's V of two labellings, as {@code scipy.stats.contingency.association(..., method="cramer")}
     * (no bias correction); 0 when either has a single value.
     */
    public static double cramersV(int[] a, int aLevels, int[] b, int bLevels) {
        long[][] table = new long[aLevels][bLevels];
        long[] rows = new long[aLevels];
        long[] cols = new long[bLevels];
        for (int i = 0; i < a.length; i++) {
            table[a[i]][b[i]]++;
            rows[a[i]]++;
            cols[b[i]]++;
        }
        int r = 0;
        for (long v : rows) {
            r += v > 0 ? 1 : 0;
        }
        int c = 0;
        for (long v : cols) {
            c += v > 0 ? 1 : 0;
        }
        if (r < 2 || c < 2) {
            return 0;
        }
        double n = a.length;
        double chi2 = 0;
        for (int i = 0; i < aLevels; i++) {
            for (int j = 0; j < bLevels; j++) {
                if (rows[i] > 0 && cols[j] > 0) {
                    double expected = rows[i] * (double) cols[j] / n;
                    double d = table[i][j] - expected;
                    chi2 += d * d / expected;
                }
            }
        }
        return Math.min(1, Math.sqrt(chi2 / (n * (Math.min(r, c) - 1))));
    }

    /** Per customer, the index of its level among {@code indicators}, or the last index when none is set (missing). */
    static int[] levels(TreeInputs in, List<Integer> indicators) {
        int n = in.classes().length;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = indicators.size();
            for (int l = 0; l < indicators.size(); l++) {
                if (in.columns()[indicators.get(l)][i] >= 0.5) {
                    out[i] = l;
                    break;
                }
            }
        }
        return out;
    }
}
