package io.segmenta.core.model;

import io.segmenta.core.cluster.Algorithm;
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
 * <p>The core customers are indexed by a small k-d tree, so a query costs about log(core customers).
 */
public final class CoreAssignment implements Assignment {
    private static final int LEAF = 16;

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
    // the k-d tree: points in tree order with their original positions
    private final double[] treePoints;
    private final int[] treeIndex;
    private final int[] nodeStart;
    private final int[] nodeEnd;
    private final int[] left;
    private final int[] right;
    private final double[] lo;
    private final double[] hi;
    private int nodes;

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
        treeIndex = new int[n];
        for (int i = 0; i < n; i++) {
            treeIndex[i] = i;
        }
        int maxNodes = Math.max(1, 2 * (n / (LEAF / 2) + 1));
        nodeStart = new int[maxNodes];
        nodeEnd = new int[maxNodes];
        left = new int[maxNodes];
        right = new int[maxNodes];
        lo = new double[maxNodes * d];
        hi = new double[maxNodes * d];
        build(0, n);
        treePoints = new double[n * d];
        for (int p = 0; p < n; p++) {
            System.arraycopy(this.points, treeIndex[p] * d, treePoints, p * d, d);
        }
    }

    private int build(int from, int to) {
        int node = nodes++;
        nodeStart[node] = from;
        nodeEnd[node] = to;
        left[node] = -1;
        right[node] = -1;
        int widest = 0;
        double width = -1;
        for (int j = 0; j < d; j++) {
            double mn = Double.POSITIVE_INFINITY;
            double mx = Double.NEGATIVE_INFINITY;
            for (int p = from; p < to; p++) {
                double a = points[treeIndex[p] * d + j];
                mn = Math.min(mn, a);
                mx = Math.max(mx, a);
            }
            lo[node * d + j] = mn;
            hi[node * d + j] = mx;
            if (mx - mn > width) {
                width = mx - mn;
                widest = j;
            }
        }
        if (to - from > LEAF && width > 0) {
            int mid = (from + to) >>> 1;
            select(from, to - 1, mid, widest);
            left[node] = build(from, mid);
            right[node] = build(mid, to);
        }
        return node;
    }

    /** Quickselect on treeIndex[from..to] so that position {@code nth} holds its order statistic in feature j. */
    private void select(int from, int to, int nth, int j) {
        while (to > from) {
            double pivot = points[treeIndex[(from + to) >>> 1] * d + j];
            int a = from;
            int b = to;
            while (a <= b) {
                while (points[treeIndex[a] * d + j] < pivot) {
                    a++;
                }
                while (points[treeIndex[b] * d + j] > pivot) {
                    b--;
                }
                if (a <= b) {
                    int t = treeIndex[a];
                    treeIndex[a] = treeIndex[b];
                    treeIndex[b] = t;
                    a++;
                    b--;
                }
            }
            if (nth <= b) {
                to = b;
            } else if (nth >= a) {
                from = a;
            } else {
                return;
            }
        }
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
        return "segment of a core customer within eps " + Words.number(eps) + ", else noise (DBSCAN)";
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
        int best = search(0, x, offset, eps * eps, Integer.MAX_VALUE);
        return best == Integer.MAX_VALUE ? NOISE : segments[best];
    }

    /**
     * The lowest scan rank among the core customers of {@code node} within {@code r2} (squared),
     * or {@code best} when none is lower.
     */
    private int search(int node, double[] x, int offset, double r2, int best) {
        if (boxDistance(node, x, offset) > r2) {
            return best;
        }
        if (left[node] >= 0) {
            return search(right[node], x, offset, r2, search(left[node], x, offset, r2, best));
        }
        for (int p = nodeStart[node]; p < nodeEnd[node]; p++) {
            double s = 0;
            int o = p * d;
            for (int j = 0; j < d; j++) {
                double t = x[offset + j] - treePoints[o + j];
                s += t * t;
            }
            if (s <= r2) {
                int r = rank[segments[treeIndex[p]]];
                if (r < best) {
                    best = r;
                }
            }
        }
        return best;
    }

    /** Squared distance from the point to the node's bounding box (0 inside). */
    private double boxDistance(int node, double[] x, int offset) {
        double s = 0;
        int o = node * d;
        for (int j = 0; j < d; j++) {
            double v = x[offset + j];
            double t = v < lo[o + j] ? lo[o + j] - v : v > hi[o + j] ? v - hi[o + j] : 0;
            s += t * t;
        }
        return s;
    }
}
