package io.segmenta.core.cluster;

/**
 * Cluster validity indices as scikit-learn computes them ({@code calinski_harabasz_score},
 * {@code davies_bouldin_score}), over the non-empty segments. Both need 2 to rows - 1 non-empty
 * segments and throw {@link io.segmenta.core.SegmentaException} otherwise. Passes over the rows
 * run in fixed chunks on all cores with partial sums combined in chunk order.
 */
public final class ClusterIndices {
    private static final int CHUNK = BlockedData.CHUNK_ROWS;

    private ClusterIndices() {
    }

    /**
     * Calinski-Harabasz index: between-segment dispersion over within-segment dispersion, scaled by
     * (rows - segments) / (segments - 1); higher is better. 1.0 when every segment is a single point
     * (scikit-learn's convention for zero within-segment dispersion).
     */
    public static double calinskiHarabasz(DataMatrix x, int[] labels, int k) {
        int[] counts = Labels.counts(x, labels, k);
        int segments = Labels.nonEmpty(counts);
        int n = x.rows();
        int d = x.cols();
        Labels.requireDefined("Calinski-Harabasz index", segments, n);
        double[] means = means(x, labels, k, counts);
        double[] overall = new double[d];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                overall[j] += means[c * d + j] * counts[c];
            }
        }
        for (int j = 0; j < d; j++) {
            overall[j] /= n;
        }
        double extra = 0;
        for (int c = 0; c < k; c++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                double t = means[c * d + j] - overall[j];
                s += t * t;
            }
            extra += counts[c] * s;
        }
        double intra = withinSums(x, labels, k, means, false)[k];
        return intra == 0 ? 1.0 : extra * (n - segments) / (intra * (segments - 1.0));
    }

    /**
     * Davies-Bouldin index: the mean over segments of the worst ratio (spread_i + spread_j) /
     * distance between centroids i and j, where spread is the mean distance of a segment's rows to
     * its centroid; lower is better. 0.0 when all spreads or all centroid distances are zero
     * (scikit-learn's convention).
     */
    public static double daviesBouldin(DataMatrix x, int[] labels, int k) {
        int[] counts = Labels.counts(x, labels, k);
        int segments = Labels.nonEmpty(counts);
        int d = x.cols();
        Labels.requireDefined("Davies-Bouldin index", segments, x.rows());
        double[] means = means(x, labels, k, counts);
        double[] spread = withinSums(x, labels, k, means, true);
        boolean allSpreadZero = true;
        for (int c = 0; c < k; c++) {
            if (counts[c] > 0) {
                spread[c] /= counts[c];
                allSpreadZero &= Math.abs(spread[c]) <= 1e-8;
            }
        }
        double[][] between = new double[k][k];
        boolean allBetweenZero = true;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (counts[a] == 0 || counts[b] == 0) {
                    continue;
                }
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double t = means[a * d + j] - means[b * d + j];
                    s += t * t;
                }
                between[a][b] = Math.sqrt(s);
                allBetweenZero &= between[a][b] <= 1e-8;
            }
        }
        if (allSpreadZero || allBetweenZero) {
            return 0.0;
        }
        double total = 0;
        for (int a = 0; a < k; a++) {
            if (counts[a] == 0) {
                continue;
            }
            double worst = 0;
            for (int b = 0; b < k; b++) {
                if (b == a || counts[b] == 0 || between[a][b] == 0) {
                    continue;
                }
                worst = Math.max(worst, (spread[a] + spread[b]) / between[a][b]);
            }
            total += worst;
        }
        return total / segments;
    }

    /** Segment means, k x d row-major (zeros for empty segments). */
    static double[] means(DataMatrix x, int[] labels, int k, int[] counts) {
        final int n = x.rows();
        final int d = x.cols();
        final double[] v = x.values();
        final int chunks = Chunks.count(n, CHUNK);
        final double[] partial = new double[chunks * k * d];
        Chunks.forEach(chunks, ch -> {
            int off = ch * k * d;
            for (int i = ch * CHUNK, to = Math.min(n, i + CHUNK); i < to; i++) {
                int o = off + labels[i] * d;
                for (int j = 0; j < d; j++) {
                    partial[o + j] += v[i * d + j];
                }
            }
        });
        double[] means = new double[k * d];
        for (int ch = 0; ch < chunks; ch++) {
            for (int q = 0; q < k * d; q++) {
                means[q] += partial[ch * k * d + q];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                means[c * d + j] = counts[c] > 0 ? means[c * d + j] / counts[c] : 0;
            }
        }
        return means;
    }

    /**
     * Per segment, the sum over its rows of the squared distance to the segment mean (or the
     * distance itself when {@code euclidean}); element k holds the total.
     */
    private static double[] withinSums(DataMatrix x, int[] labels, int k, double[] means, boolean euclidean) {
        final int n = x.rows();
        final int d = x.cols();
        final double[] v = x.values();
        final int chunks = Chunks.count(n, CHUNK);
        final double[] partial = new double[chunks * k];
        Chunks.forEach(chunks, ch -> {
            for (int i = ch * CHUNK, to = Math.min(n, i + CHUNK); i < to; i++) {
                int c = labels[i];
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double t = v[i * d + j] - means[c * d + j];
                    s += t * t;
                }
                partial[ch * k + c] += euclidean ? Math.sqrt(s) : s;
            }
        });
        double[] sums = new double[k + 1];
        for (int ch = 0; ch < chunks; ch++) {
            for (int c = 0; c < k; c++) {
                sums[c] += partial[ch * k + c];
            }
        }
        for (int c = 0; c < k; c++) {
            sums[k] += sums[c];
        }
        return sums;
    }
}
