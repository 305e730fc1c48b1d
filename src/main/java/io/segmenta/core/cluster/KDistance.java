package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.Arrays;
import java.util.Objects;

/**
 * The sorted k-distance chart that helps choose DBSCAN's eps.
 *
 * <p>The k-distance of a customer is its distance to its {@code minSamples}-th nearest customer,
 * counting itself as the first (at distance 0), exactly as scikit-learn's
 * {@code NearestNeighbors(n_neighbors=min_samples).fit(X).kneighbors(X)[0][:, -1]}. It is the
 * smallest eps that makes the customer a core customer of {@code DBSCAN(eps, min_samples)}. Sorted
 * ascending, the curve is flat through dense regions and rises steeply at the sparse customers; the
 * suggested eps is its knee ({@link Knee}: the point farthest below the chord from the first to the
 * last value), so that customers left of it are core customers and the steep tail becomes noise.
 *
 * @param minSamples     DBSCAN's min samples (the customer itself included)
 * @param sorted         every customer's k-distance, ascending
 * @param kneeIndex      index of the knee in {@code sorted}, or -1 when the curve has none (fewer
 *                       than three customers or a flat curve)
 * @param suggestedEps   {@code sorted[kneeIndex]}; the median k-distance when there is no knee
 */
public record KDistance(int minSamples, double[] sorted, int kneeIndex, double suggestedEps) {
    private static final int BLOCK = 2048;

    /** Share of customers that would be core customers at {@code eps} (k-distance at most eps). */
    public double coreShare(double eps) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= eps) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return sorted.length == 0 ? 0 : (double) lo / sorted.length;
    }

    /** Computes the chart; parallel over blocks of customers, cancellation polled per block. */
    public static KDistance of(DataMatrix x, int minSamples, ProgressListener progress, CancellationToken cancel) {
        Objects.requireNonNull(x, "x");
        Checks.requireClusterable(x, "The k-distance chart");
        int n = x.rows();
        if (minSamples < 1) {
            throw new SegmentaException("min samples must be at least 1 (got " + minSamples + ").");
        }
        if (minSamples > n) {
            throw new SegmentaException("min samples = " + minSamples + " is larger than the " + n + " customers: choose"
                    + " at most " + n + ".");
        }
        progress.progress(0, "Building the neighbour index");
        KdTree tree = new KdTree(x);
        double[] dist = new double[n];
        int blocks = Chunks.count(n, BLOCK);
        Dbscan.Progress step = new Dbscan.Progress(progress.range(0.05, 0.95), blocks, "Nearest neighbours");
        Chunks.forEach(blocks, b -> {
            cancel.throwIfCancelled();
            KdTree.Query q = tree.new Query();
            for (int i = b * BLOCK, to = Math.min(n, i + BLOCK); i < to; i++) {
                dist[i] = Math.sqrt(q.at(x, i).kNearest(minSamples));
            }
            step.done();
        });
        Arrays.sort(dist);
        double[] idx = new double[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        int knee = Knee.index(idx, dist);
        double eps = knee >= 0 ? dist[knee] : dist[n / 2];
        progress.progress(1, "k-distance chart done");
        return new KDistance(minSamples, dist, knee, eps);
    }
}
