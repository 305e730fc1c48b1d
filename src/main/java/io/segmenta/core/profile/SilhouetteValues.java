package io.segmenta.core.profile;

import io.segmenta.core.cluster.DataMatrix;
import io.segmenta.core.cluster.Silhouette;
import io.segmenta.core.prep.PreparedFeatures;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Every segmented customer's silhouette coefficient, for the silhouette plot: exact
 * ({@link Silhouette#samples}) up to {@value #EXACT_LIMIT} customers; above, for a seeded random
 * sample of that many (the work grows with the square of the rows), computed among the sample.
 *
 * @param rows     the dataset row of each value, ascending
 * @param segments the 0-based segment of each value
 * @param values   silhouette coefficients, -1..1
 * @param total    customers in a segment in all (more than {@code values.length} when sampled; DBSCAN's
 *                 noise is in no segment and not counted)
 * @param mean     the mean of {@code values}
 */
public record SilhouetteValues(int[] rows, int[] segments, double[] values, int total, double mean) {
    /** Largest number of customers computed exactly; more are sampled to this size. */
    public static final int EXACT_LIMIT = 20_000;

    /** True when the values are those of a sample. */
    public boolean sampled() {
        return values.length < total;
    }

    /**
     * @param features     the prepared features the segmentation ran on
     * @param segmentOfRow per dataset row its 0-based segment, -1 when not segmented
     * @param k            number of segments
     * @param seed         seed of the sample (used only above {@link #EXACT_LIMIT})
     */
    public static SilhouetteValues of(PreparedFeatures features, int[] segmentOfRow, int k, long seed) {
        return of(features, segmentOfRow, k, seed, ProgressListener.NONE, CancellationToken.NONE);
    }

    /**
     * As {@link #of(PreparedFeatures, int[], int, long)}, reporting the share of customers done to
     * {@code progress} (ending at 1) and polling {@code cancel} between small blocks of customers
     * (see {@link Silhouette#samples(DataMatrix, int[], int, ProgressListener, CancellationToken)}).
     * Both may be called from worker threads.
     *
     * @throws io.segmenta.core.work.CancelledException when {@code cancel} fires
     */
    public static SilhouetteValues of(PreparedFeatures features, int[] segmentOfRow, int k, long seed,
                                      ProgressListener progress, CancellationToken cancel) {
        DataMatrix x = features.matrix();
        int[] datasetRows = features.datasetRows();
        // the prepared rows in a segment (DBSCAN's noise is in none and left out, as scikit-learn's users do)
        int[] inSegment = IntStream.range(0, x.rows())
                .filter(i -> segmentOfRow[datasetRows[i]] >= 0).toArray();
        int n = inSegment.length;
        int[] chosen = n <= EXACT_LIMIT ? inSegment : pick(inSegment, sample(n, EXACT_LIMIT, seed));
        cancel.throwIfCancelled();
        int m = chosen.length;
        int d = x.cols();
        double[] v = new double[m * d];
        int[] rows = new int[m];
        int[] labels = new int[m];
        for (int i = 0; i < m; i++) {
            int r = chosen[i];
            System.arraycopy(x.values(), r * d, v, i * d, d);
            rows[i] = datasetRows[r];
            labels[i] = segmentOfRow[rows[i]];
        }
        double[] s = Silhouette.samples(new DataMatrix(m, d, v), labels, k, progress, cancel);
        double sum = 0;
        for (double value : s) {
            sum += value;
        }
        return new SilhouetteValues(rows, labels, s, n, m == 0 ? Double.NaN : sum / m);
    }

    private static int[] pick(int[] from, int[] positions) {
        int[] out = new int[positions.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = from[positions[i]];
        }
        return out;
    }

    /** {@code m} of {@code 0..n-1} drawn with {@code seed}, ascending. */
    static int[] sample(int n, int m, long seed) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < m; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] out = Arrays.copyOf(perm, m);
        Arrays.sort(out);
        return out;
    }
}
