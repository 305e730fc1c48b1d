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
        return indices(x, labels, k, "Calinski-Harabasz index")[0];
    }

    /**
     * Davies-Bouldin index: the mean over segments of the worst ratio (spread_i + spread_j) /
     * distance between centroids i and j, where spread is the mean distance of a segment's rows to
     * its centroid; lower is better. 0.0 when all spreads or all centroid distances are zero
     * (scikit-learn's convention).
     */
    public static double daviesBouldin(DataMatrix x, int[] labels, int k) {
        return indices(x, labels, k, "Davies-Bouldin index")[1];
    }

    /**
     * {Calinski-Harabasz, Davies-Bouldin} from one count of the segments, one pass for their means and one for
     * the rows' distances to them (each index's sums as when computed alone).
     */
    static double[] both(DataMatrix x, int[] labels, int k) {
        return indices(x, labels, k, "Calinski-Harabasz index"); // the index asked first when they were apart
    }

    /** {@link #both}, refused in the words of {@code index} when the segments do not define them. */
    private static double[] indices(DataMatrix x, int[] labels, int k, String index) {
        int[] counts = Labels.counts(x, labels, k);
        int segments = Labels.nonEmpty(counts);
        Labels.requireDefined(index, segments, x.rows());
        double[] means = means(x, labels, k, counts);
        double[][] within = withinSums(x, labels, k, means);
        return new double[] {calinskiHarabasz(x, counts, segments, means, within[0][k]),
                daviesBouldin(x.cols(), k, counts, segments, means, within[1])};
    }

    private static double calinskiHarabasz(DataMatrix x, int[] counts, int segments, double[] means, double intra) {
        int k = counts.length;
        int n = x.rows();
        int d = x.cols();
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
        return intra == 0 ? 1.0 : extra * (n - segments) / (intra * (segments - 1.0));
    }

    /** @param spread per segment, the summed distance of its rows to its mean (divided here by its size) */
    private static double daviesBouldin(int d, int k, int[] counts, int segments, double[] means, double[] spread) {
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
     * Per segment, the sum over its rows of the squared distance to the segment mean ({@code [0]}, element k
     * holding the total) and of the distance itself ({@code [1]}), in one pass.
     */
    private static double[][] withinSums(DataMatrix x, int[] labels, int k, double[] means) {
        final int n = x.rows();
        final int d = x.cols();
        final double[] v = x.values();
        final int chunks = Chunks.count(n, CHUNK);
        final double[] squares = new double[chunks * k];
        final double[] distances = new double[chunks * k];
        Chunks.forEach(chunks, ch -> {
            for (int i = ch * CHUNK, to = Math.min(n, i + CHUNK); i < to; i++) {
                int c = labels[i];
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double t = v[i * d + j] - means[c * d + j];
                    s += t * t;
                }
                squares[ch * k + c] += s;
                distances[ch * k + c] += Math.sqrt(s);
            }
        });
        double[] sq = new double[k + 1];
        double[] dist = new double[k];
        for (int ch = 0; ch < chunks; ch++) {
            for (int c = 0; c < k; c++) {
                sq[c] += squares[ch * k + c];
                dist[c] += distances[ch * k + c];
            }
        }
        for (int c = 0; c < k; c++) {
            sq[k] += sq[c];
        }
        return new double[][] {sq, dist};
    }
}
