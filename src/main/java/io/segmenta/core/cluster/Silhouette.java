package io.segmenta.core.cluster;

import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Silhouette coefficients with Euclidean distances, as scikit-learn's {@code silhouette_samples}
 * and {@code silhouette_score}: for row i with mean distance a to the other rows of its segment
 * and lowest mean distance b to the rows of another segment, s = (b - a) / max(a, b); 0 for a row
 * alone in its segment. Empty segments are ignored.
 *
 * <p>The exact computation needs every pairwise distance (rows^2 x cols work): rows are sorted by
 * segment and stored by column, and for each row one vectorised pass computes its distances to
 * all rows, after which the per-segment sums are contiguous ranges. Rows are processed in fixed
 * chunks on all cores; each row's sums are computed in a fixed order, so results are
 * reproducible. Above {@link #EXACT_LIMIT} rows, {@link #score} uses a seeded random sample.
 *
 * <p>Cancellation is polled and progress reported once per chunk of {@value #CHUNK} rows (a few
 * milliseconds of work on 20,000 rows), so a cancelled computation stops almost at once.
 */
public final class Silhouette {
    /** Largest table scored exactly by {@link #score}; larger tables are sampled to this size. */
    public static final int EXACT_LIMIT = 10_000;
    private static final int CHUNK = 64;

    private Silhouette() {
    }

    /**
     * Silhouette of every row (scikit-learn's {@code silhouette_samples}), exact: rows^2 work, so
     * meant for tables up to a few tens of thousands of rows.
     *
     * @throws io.segmenta.core.SegmentaException when fewer than 2 segments are non-empty or
     *                                            every row is its own segment
     */
    public static double[] samples(DataMatrix x, int[] labels, int k) {
        return samples(x, labels, k, ProgressListener.NONE, CancellationToken.NONE);
    }

    /** The mean of {@link #samples} (scikit-learn's {@code silhouette_score} without sampling). */
    public static double mean(DataMatrix x, int[] labels, int k) {
        return mean(samples(x, labels, k));
    }

    /**
     * Mean silhouette: exact up to {@link #EXACT_LIMIT} rows; above, computed on a random sample of
     * {@link #EXACT_LIMIT} rows drawn with {@code seed} (the same rows for the same seed and table
     * size, so scores of different labellings are comparable).
     */
    public static SilhouetteScore score(DataMatrix x, int[] labels, int k, long seed) {
        return score(x, labels, k, seed, CancellationToken.NONE);
    }

    static SilhouetteScore score(DataMatrix x, int[] labels, int k, long seed, CancellationToken cancel) {
        if (x.rows() <= EXACT_LIMIT) {
            return new SilhouetteScore(mean(samples(x, labels, k, cancel)), false, x.rows());
        }
        Labels.counts(x, labels, k);
        int[] rows = sampleRows(x.rows(), seed);
        double value = mean(samples(subset(x, rows), subset(labels, rows), k, cancel));
        return new SilhouetteScore(value, true, rows.length);
    }

    /** The rows {@link #score} uses above {@link #EXACT_LIMIT}: a seeded sample, ascending. */
    static int[] sampleRows(int rows, long seed) {
        int m = Math.min(rows, EXACT_LIMIT);
        int[] perm = new int[rows];
        for (int i = 0; i < rows; i++) {
            perm[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < m; i++) {
            int j = i + rng.nextInt(rows - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] chosen = Arrays.copyOf(perm, m);
        Arrays.sort(chosen);
        return chosen;
    }

    static DataMatrix subset(DataMatrix x, int[] rows) {
        int d = x.cols();
        double[] v = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(x.values(), rows[i] * d, v, i * d, d);
        }
        return new DataMatrix(rows.length, d, v);
    }

    static int[] subset(int[] labels, int[] rows) {
        int[] l = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            l[i] = labels[rows[i]];
        }
        return l;
    }

    static double mean(double[] s) {
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        return sum / s.length;
    }

    static double[] samples(DataMatrix x, int[] labels, int k, CancellationToken cancel) {
        return samples(x, labels, k, ProgressListener.NONE, cancel);
    }

    /**
     * {@link #samples(DataMatrix, int[], int)} with progress and cancellation: {@code cancel} is
     * polled before each chunk of rows and {@code progress} gets the share of rows done after each
     * chunk, ending at 1. Both are called from worker threads; the fractions arrive in increasing
     * order.
     *
     * @throws io.segmenta.core.work.CancelledException when {@code cancel} fires
     */
    public static double[] samples(DataMatrix x, int[] labels, int k, ProgressListener progress,
                                   CancellationToken cancel) {
        final int[] counts = Labels.counts(x, labels, k);
        final int n = x.rows();
        final int d = x.cols();
        Labels.requireDefined("silhouette", Labels.nonEmpty(counts), n);
        // sort rows by segment: segment c occupies positions start[c] .. start[c+1]-1
        final int[] start = new int[k + 1];
        for (int c = 0; c < k; c++) {
            start[c + 1] = start[c] + counts[c];
        }
        final int[] fill = Arrays.copyOf(start, k);
        final int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[fill[labels[i]]++] = i;
        }
        final double[][] cols = new double[d][n];
        final double[] v = x.values();
        for (int p = 0; p < n; p++) {
            int r = order[p] * d;
            for (int j = 0; j < d; j++) {
                cols[j][p] = v[r + j];
            }
        }
        final double[] result = new double[n];
        final int chunks = Chunks.count(n, CHUNK);
        final boolean reporting = progress != ProgressListener.NONE;
        final int[] finished = {0}; // chunks done; guarded by itself so the fractions are reported in order
        if (reporting) {
            progress.progress(0, String.format(Locale.ROOT, "0 of %,d customers", n));
        }
        Chunks.forEach(chunks, ch -> {
            cancel.throwIfCancelled();
            double[] dist = new double[n];
            double[] point = new double[d];
            int to = Math.min(n, (ch + 1) * CHUNK);
            for (int p = ch * CHUNK; p < to; p++) {
                for (int j = 0; j < d; j++) {
                    point[j] = cols[j][p];
                }
                distances(cols, point, dist);
                int own = labels[order[p]];
                double a = 0;
                double b = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    if (counts[c] == 0) {
                        continue;
                    }
                    double sum = Kernels.sum(dist, start[c], start[c + 1]);
                    if (c == own) {
                        a = counts[c] > 1 ? sum / (counts[c] - 1) : Double.NaN;
                    } else {
                        b = Math.min(b, sum / counts[c]);
                    }
                }
                double s = (b - a) / Math.max(a, b);
                result[order[p]] = Double.isNaN(s) ? 0 : s; // numpy.nan_to_num: singletons and 0/0
            }
            if (reporting) {
                synchronized (finished) {
                    int done = ++finished[0];
                    progress.progress((double) done / chunks, String.format(Locale.ROOT, "%,d of %,d customers",
                            Math.min(n, (long) done * CHUNK), n));
                }
            }
        });
        return result;
    }

    /** dist[q] = Euclidean distance between {@code point} and column-stored row q (vectorised). */
    private static void distances(double[][] cols, double[] point, double[] dist) {
        final int n = dist.length;
        final int d = point.length;
        final double[] c0 = cols[0];
        final double p0 = point[0];
        for (int q = 0; q < n; q++) {
            double t = c0[q] - p0;
            dist[q] = t * t;
        }
        for (int j = 1; j < d; j++) {
            final double[] cj = cols[j];
            final double pj = point[j];
            for (int q = 0; q < n; q++) {
                double t = cj[q] - pj;
                dist[q] += t * t;
            }
        }
        for (int q = 0; q < n; q++) {
            dist[q] = Math.sqrt(dist[q]);
        }
    }
}
