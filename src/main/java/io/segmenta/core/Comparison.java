package io.segmenta.core;

import io.segmenta.core.cluster.AdjustedRand;
import io.segmenta.core.cluster.Validity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several segmentations of the same table side by side (the window keeps a list of runs), and how
 * much two of them agree.
 */
public final class Comparison {
    private Comparison() {
    }

    /** One row per run, labelled "Run 1", "Run 2", ... in the order given. */
    public static List<ComparisonRow> table(List<SegmentationResult> runs) {
        List<ComparisonRow> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            rows.add(row("Run " + (i + 1), runs.get(i)));
        }
        return rows;
    }

    /** The comparison row of one run. */
    public static ComparisonRow row(String label, SegmentationResult r) {
        Validity v = r.validity();
        return new ComparisonRow(label, r.algorithm(), r.spec().algorithm().describe(),
                String.join(", ", r.features().featureNames()), r.k(), r.features().rows(), r.noise(), v.wcss(),
                v.silhouette().value(), v.silhouette().sampled(), v.calinskiHarabasz(), v.daviesBouldin(),
                r.clustering().bic(), r.clustering().aic());
    }

    /**
     * Adjusted Rand index between two runs on the same table ({@link AdjustedRand}), over the
     * customers both runs clustered (rows left out by either preparation are skipped); DBSCAN noise
     * counts as a group of its own.
     *
     * @throws SegmentaException when the runs are of tables of different sizes or share no customer
     */
    public static double adjustedRand(SegmentationResult a, SegmentationResult b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        int[] sa = a.segmentOfRow();
        int[] sb = b.segmentOfRow();
        if (sa.length != sb.length) {
            throw new SegmentaException("These runs segment different tables (" + sa.length + " and " + sb.length
                    + " rows); the adjusted Rand index compares two segmentations of the same customers.");
        }
        int common = 0;
        for (int i = 0; i < sa.length; i++) {
            if (sa[i] != SegmentationResult.NOT_SEGMENTED && sb[i] != SegmentationResult.NOT_SEGMENTED) {
                common++;
            }
        }
        if (common == 0) {
            throw new SegmentaException("The two runs have no customer in common, so they cannot be compared.");
        }
        int[] la = new int[common];
        int[] lb = new int[common];
        for (int i = 0, r = 0; i < sa.length; i++) {
            if (sa[i] != SegmentationResult.NOT_SEGMENTED && sb[i] != SegmentationResult.NOT_SEGMENTED) {
                la[r] = sa[i];
                lb[r] = sb[i];
                r++;
            }
        }
        return AdjustedRand.index(la, lb);
    }

    /** Adjusted Rand index of every pair of runs; 1 on the diagonal. */
    public static double[][] adjustedRandMatrix(List<SegmentationResult> runs) {
        int m = runs.size();
        double[][] out = new double[m][m];
        for (int i = 0; i < m; i++) {
            out[i][i] = 1;
            for (int j = 0; j < i; j++) {
                out[i][j] = adjustedRand(runs.get(i), runs.get(j));
                out[j][i] = out[i][j];
            }
        }
        return out;
    }
}
