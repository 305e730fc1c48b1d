package io.segmenta.core.explain;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.cluster.AdjustedRand;
import io.segmenta.core.cluster.Clusterers;
import io.segmenta.core.cluster.Clustering;
import io.segmenta.core.cluster.DataMatrix;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How stable a segmentation is: the same method with the same parameters is refitted on bootstrap
 * resamples of the segmented customers (drawn with replacement, seeded; the preparation is kept, only
 * the clustering is refitted), and each refit is compared with the full result on the customers it
 * drew: the adjusted Rand index, and per segment the share of its customers that the refit keeps
 * together (in the refit's segment that holds most of them).
 *
 * @param resamples       how many refits
 * @param meanAdjustedRand mean adjusted Rand index of the refits to the full result
 * @param minAdjustedRand  the lowest of them
 * @param together        per segment, the mean share of its customers kept together (NaN for a segment
 *                        no resample drew)
 */
public record Stability(int resamples, double meanAdjustedRand, double minAdjustedRand, double[] together) {
    /** The window's and the command line's default number of refits. */
    public static final int DEFAULT_RESAMPLES = 20;
    /** The most refits asked for at once. */
    public static final int MAX_RESAMPLES = 1000;

    /** Refits {@code result}'s method on {@code resamples} bootstrap resamples, seeded by {@code seed}. */
    public static Stability of(SegmentationResult result, int resamples, long seed, ProgressListener progress,
                               CancellationToken cancel) {
        if (resamples < 1 || resamples > MAX_RESAMPLES) {
            throw new SegmentaException("The number of bootstrap refits must be from 1 to " + MAX_RESAMPLES + " (got "
                    + resamples + ").");
        }
        DataMatrix x = result.features().matrix();
        int[] full = result.clustering().labels();
        int n = x.rows();
        int d = x.cols();
        int k = result.k();
        double ariSum = 0;
        double min = Double.POSITIVE_INFINITY;
        double[] togetherSum = new double[k];
        int[] togetherCount = new int[k];
        SplittableRandom random = new SplittableRandom(seed);
        for (int b = 0; b < resamples; b++) {
            cancel.throwIfCancelled();
            progress.progress((double) b / resamples, String.format(Locale.ROOT, "Refit %d of %d on resampled"
                    + " customers", b + 1, resamples));
            int[] pick = new int[n];
            double[] values = new double[n * d];
            for (int i = 0; i < n; i++) {
                pick[i] = random.nextInt(n);
                System.arraycopy(x.values(), pick[i] * d, values, i * d, d);
            }
            Clustering refit = Clusterers.fit(new DataMatrix(n, d, values), result.spec().algorithm(),
                    seed + b + 1, ProgressListener.NONE, cancel);
            // each drawn customer once, with the refit's label of its first draw
            int[] refitOf = new int[n];
            Arrays.fill(refitOf, Integer.MIN_VALUE);
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                if (refitOf[pick[i]] == Integer.MIN_VALUE) {
                    refitOf[pick[i]] = refit.labels()[i];
                    distinct++;
                }
            }
            int[] a = new int[distinct];
            int[] c = new int[distinct];
            for (int i = 0, j = 0; i < n; i++) {
                if (refitOf[i] != Integer.MIN_VALUE) {
                    a[j] = full[i];
                    c[j] = refitOf[i];
                    j++;
                }
            }
            double ari = AdjustedRand.index(a, c);
            ariSum += ari;
            min = Math.min(min, ari);
            together(a, c, k, refit.k(), togetherSum, togetherCount);
        }
        progress.progress(1, "Done");
        double[] together = new double[k];
        for (int s = 0; s < k; s++) {
            together[s] = togetherCount[s] == 0 ? Double.NaN : togetherSum[s] / togetherCount[s];
        }
        return new Stability(resamples, ariSum / resamples, min, together);
    }

    /** Adds, per full segment present, the largest share of its customers that one refit segment holds. */
    private static void together(int[] full, int[] refit, int k, int refitK, double[] sum, int[] count) {
        int cols = refitK + 1; // the last column is DBSCAN noise
        int[][] table = new int[k][cols];
        int[] size = new int[k];
        for (int i = 0; i < full.length; i++) {
            if (full[i] < 0) {
                continue;
            }
            table[full[i]][refit[i] < 0 ? refitK : refit[i]]++;
            size[full[i]]++;
        }
        for (int s = 0; s < k; s++) {
            if (size[s] > 0) {
                int best = 0;
                for (int j = 0; j < refitK; j++) {
                    best = Math.max(best, table[s][j]);
                }
                sum[s] += (double) best / size[s];
                count[s]++;
            }
        }
    }

    /** The verdict in words, e.g. "Stable: refits on resampled customers give largely the same segments ...". */
    public String verdict() {
        double m = meanAdjustedRand;
        String head;
        if (m >= 0.85) {
            head = "Highly stable: refits on resampled customers give nearly the same segments.";
        } else if (m >= 0.75) {
            head = "Stable: refits on resampled customers give largely the same segments; customers near the borders"
                    + " sometimes move.";
        } else if (m >= 0.6) {
            head = "Moderately stable: the broad pattern holds, but many customers change segment from refit to"
                    + " refit. Treat the borders as rough.";
        } else {
            head = "Unstable: refits on resampled customers give different segments. Do not act on these segments"
                    + " as they are; try other features, another k or another method.";
        }
        return String.format(Locale.ROOT, "%s Mean adjusted Rand index %.2f over %d refits (lowest %.2f).", head, m,
                resamples, minAdjustedRand);
    }

    /** The least stable segment (0-based), or -1 when no segment was drawn. */
    public int weakestSegment() {
        int w = -1;
        for (int s = 0; s < together.length; s++) {
            if (!Double.isNaN(together[s]) && (w < 0 || together[s] < together[w])) {
                w = s;
            }
        }
        return w;
    }
}
