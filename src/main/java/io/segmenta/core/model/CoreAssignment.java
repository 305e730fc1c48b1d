package io.segmenta.core.model;

import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.DataMatrix;
import io.segmenta.core.cluster.KdTree;
import io.segmenta.core.text.Texts;
import java.util.Arrays;

/**
 * DBSCAN's rule for a customer that was not in the training table, as scikit-learn's DBSCAN would
 * label it had it been a border customer: the segment of a core customer within eps (squared
 * distance, summed feature by feature, at most eps x eps), else noise. When core customers of
 * several segments are within eps, the segment the training scan reached first wins: the one whose
 * first core customer comes first in the training table (the core customers are kept in table
 * order). A training core customer is within eps of itself and of no core customer of another
 * segment, so it gets its own segment back.
 *
 * <p>The core customers are indexed by DBSCAN's k-d tree, so a query costs about log(core customers).
 */
public final class CoreAssignment implements Assignment {
    private final double eps;
    private final int minSamples;
    private final int k;
    private final int d;
    private final int n;
    /** Core customers in training-table order, n x d row-major. */
    private final double[] points;
    /** Segment of each core customer. */
    private final int[] segments;
    /** Per segment, the position of its first core customer: the scan order. */
    private final int[] rank;
    /** The core customers' k-d tree (DBSCAN's own), with one query object per thread. */
    private final KdTree tree;
    private final ThreadLocal<KdTree.Query> queries;

    /**
     * @param eps        the neighbourhood radius of training, prepared units
     * @param minSamples min samples of training (kept for the record; a new customer is never a core customer)
     * @param k          number of segments
     * @param d          number of prepared features
     * @param points     core customers in training-table order, row-major
     * @param segments   segment (0..k-1) of each core customer; every segment has at least one
     * @throws IllegalArgumentException when the sizes do not fit or a segment has no core customer
     */
    public CoreAssignment(double eps, int minSamples, int k, int d, double[] points, int[] segments) {
        if (!(eps > 0) || !Double.isFinite(eps)) {
            throw new IllegalArgumentException("eps must be a positive number, not " + eps);
        }
        if (k < 1 || d < 1 || points.length != segments.length * d) {
            throw new IllegalArgumentException(points.length + " core point values for " + segments.length
                    + " core customers of " + d + " features");
        }
        this.eps = eps;
        this.minSamples = minSamples;
        this.k = k;
        this.d = d;
        this.n = segments.length;
        this.points = points.clone();
        this.segments = segments.clone();
        rank = new int[k];
        Arrays.fill(rank, -1);
        for (int i = 0; i < n; i++) {
            int s = segments[i];
            if (s < 0 || s >= k) {
                throw new IllegalArgumentException("core customer " + (i + 1) + " is in segment " + (s + 1)
                        + ", outside 1.." + k);
            }
            if (rank[s] < 0) {
                rank[s] = i;
            }
        }
        for (int s = 0; s < k; s++) {
            if (rank[s] < 0) {
                throw new IllegalArgumentException("segment " + (s + 1) + " has no core customer");
            }
        }
        for (double v : this.points) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a core point holds " + v);
            }
        }
        tree = new KdTree(new DataMatrix(n, d, this.points));
        queries = ThreadLocal.withInitial(tree::newQuery);
    }

    @Override
    public Algorithm algorithm() {
        return Algorithm.DBSCAN;
    }

    @Override
    public int k() {
        return k;
    }

    @Override
    public int cols() {
        return d;
    }

    @Override
    public String rule() {
        return "segment of a core customer within eps " + Texts.number(eps) + ", else noise (DBSCAN)";
    }

    public double eps() {
        return eps;
    }

    public int minSamples() {
        return minSamples;
    }

    /** Number of core customers. */
    public int coreCount() {
        return n;
    }

    /** A copy of the core customers, row-major, in training-table order. */
    public double[] points() {
        return points.clone();
    }

    /** A copy of the core customers' segments. */
    public int[] segments() {
        return segments.clone();
    }

    @Override
    public int assign(double[] x, int offset, double[] probabilities) {
        KdTree.Query q = queries.get().at(x, offset);
        q.radius(eps * eps);
        int best = Integer.MAX_VALUE;
        for (int t = 0; t < q.count(); t++) {
            best = Math.min(best, rank[segments[q.found(t)]]);
        }
        return best == Integer.MAX_VALUE ? NOISE : segments[best];
    }
}
