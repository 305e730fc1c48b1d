package io.segmenta.core.cluster;

import java.util.Arrays;

/**
 * A static k-d tree over the rows of a {@link DataMatrix} for exact Euclidean neighbour queries
 * (DBSCAN's radius queries, the k-distance chart). Flat arrays only: the points are copied in tree
 * order for locality, each node keeps its bounding box, and a node is split at the median of its
 * widest feature until it holds at most {@link #LEAF} points. Queries allocate nothing; each query
 * thread uses its own {@link Query}.
 *
 * <p>A point is within radius r of q when the squared distance, summed feature by feature in column
 * order, is at most r x r (scikit-learn's KD-tree compares the same reduced distance).
 */
public final class KdTree {
    static final int LEAF = 32;

    final int n;
    final int d;
    /** Points in tree order, row-major. */
    final double[] pts;
    /** Tree position -> original row. */
    final int[] index;
    private final int[] start;
    private final int[] end;
    private final int[] leftChild;
    private final int[] rightChild;
    /** Node bounding boxes, nodes x d. */
    private final double[] lo;
    private final double[] hi;
    private int nodes;

    public KdTree(DataMatrix x) {
        n = x.rows();
        d = x.cols();
        index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        int maxNodes = Math.max(1, 2 * (n / (LEAF / 2) + 1));
        start = new int[maxNodes];
        end = new int[maxNodes];
        leftChild = new int[maxNodes];
        rightChild = new int[maxNodes];
        lo = new double[maxNodes * d];
        hi = new double[maxNodes * d];
        double[] v = x.values();
        build(v, 0, n);
        pts = new double[n * d];
        for (int p = 0; p < n; p++) {
            System.arraycopy(v, index[p] * d, pts, p * d, d);
        }
    }

    /** Builds the node over index[from..to) and returns its number. */
    private int build(double[] v, int from, int to) {
        int node = nodes++;
        start[node] = from;
        end[node] = to;
        leftChild[node] = -1;
        rightChild[node] = -1;
        int widest = 0;
        double width = -1;
        for (int j = 0; j < d; j++) {
            double mn = Double.POSITIVE_INFINITY;
            double mx = Double.NEGATIVE_INFINITY;
            for (int p = from; p < to; p++) {
                double a = v[index[p] * d + j];
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
            select(v, from, to - 1, mid, widest);
            leftChild[node] = build(v, from, mid);
            rightChild[node] = build(v, mid, to);
        }
        return node;
    }

    /** Quickselect on feature j: index[kth] gets the row of rank kth within index[left..right]. */
    private void select(double[] v, int left, int right, int kth, int j) {
        while (right > left) {
            int m = (left + right) >>> 1;
            double pivot = v[index[m] * d + j];
            int i = left;
            int k = right;
            while (i <= k) {
                while (v[index[i] * d + j] < pivot) {
                    i++;
                }
                while (v[index[k] * d + j] > pivot) {
                    k--;
                }
                if (i <= k) {
                    int t = index[i];
                    index[i] = index[k];
                    index[k] = t;
                    i++;
                    k--;
                }
            }
            if (kth <= k) {
                right = k;
            } else if (kth >= i) {
                left = i;
            } else {
                return;
            }
        }
    }

    /** Squared distance from q to the box of node, 0 inside. */
    private double boxDistance(double[] q, int node) {
        double s = 0;
        int o = node * d;
        for (int j = 0; j < d; j++) {
            double a = q[j];
            double t = a < lo[o + j] ? lo[o + j] - a : a > hi[o + j] ? a - hi[o + j] : 0;
            s += t * t;
        }
        return s;
    }

    private double distance(double[] q, int p) {
        double s = 0;
        int o = p * d;
        for (int j = 0; j < d; j++) {
            double t = pts[o + j] - q[j];
            s += t * t;
        }
        return s;
    }

    /** Per-thread query state: the query point, a node stack and result buffers. */
    /** A query object for one thread. */
    public Query newQuery() {
        return new Query();
    }

    /** A query object for one thread: holds the query point and what a query found. */
    public final class Query {
        final double[] q = new double[d];
        private final int[] stack = new int[128];
        /** Original rows found by {@link #radius}, in {@code found[0..count)}. */
        int[] found = new int[64];
        int count;
        /** Squared distances of the k nearest, ascending after {@link #kNearest}. */
        double[] heap = new double[0];

        /** Loads the point at {@code x[offset..offset + d)} as the query point. */
        public Query at(double[] x, int offset) {
            System.arraycopy(x, offset, q, 0, d);
            return this;
        }

        /** Number of points the last {@link #radius} query found. */
        public int count() {
            return count;
        }

        /** Original row of the {@code i}-th point the last {@link #radius} query found. */
        public int found(int i) {
            return found[i];
        }

        /** Loads row {@code row} of the matrix as the query point. */
        Query at(DataMatrix x, int row) {
            System.arraycopy(x.values(), row * d, q, 0, d);
            return this;
        }

        /**
         * Number of points within squared radius r2 (the query point itself included when it is a
         * point), counting no further than {@code limit}.
         */
        int countWithin(double r2, int limit) {
            int top = 0;
            int total = 0;
            stack[top++] = 0;
            while (top > 0 && total < limit) {
                int node = stack[--top];
                if (boxDistance(q, node) > r2) {
                    continue;
                }
                if (leftChild[node] < 0) {
                    for (int p = start[node], e = end[node]; p < e; p++) {
                        if (distance(q, p) <= r2) {
                            total++;
                        }
                    }
                } else {
                    stack[top++] = rightChild[node];
                    stack[top++] = leftChild[node];
                }
            }
            return total;
        }

        /** Collects the original rows within squared radius r2 (see {@link #count()} and {@link #found(int)}). */
        public void radius(double r2) {
            count = 0;
            int top = 0;
            stack[top++] = 0;
            while (top > 0) {
                int node = stack[--top];
                if (boxDistance(q, node) > r2) {
                    continue;
                }
                if (leftChild[node] < 0) {
                    for (int p = start[node], e = end[node]; p < e; p++) {
                        if (distance(q, p) <= r2) {
                            if (count == found.length) {
                                found = Arrays.copyOf(found, found.length * 2);
                            }
                            found[count++] = index[p];
                        }
                    }
                } else {
                    stack[top++] = rightChild[node];
                    stack[top++] = leftChild[node];
                }
            }
        }

        /**
         * Squared distance to the k-th nearest point (k = 1 is the nearest; a query that is itself a
         * point finds itself first, at 0).
         */
        double kNearest(int k) {
            if (heap.length != k) {
                heap = new double[k];
            }
            int size = 0; // max-heap of the k smallest so far
            int top = 0;
            stack[top++] = 0;
            while (top > 0) {
                int node = stack[--top];
                double bound = size < k ? Double.POSITIVE_INFINITY : heap[0];
                if (boxDistance(q, node) > bound) {
                    continue;
                }
                if (leftChild[node] < 0) {
                    for (int p = start[node], e = end[node]; p < e; p++) {
                        double s = distance(q, p);
                        if (size < k) {
                            heap[size] = s;
                            siftUp(size++);
                        } else if (s < heap[0]) {
                            heap[0] = s;
                            siftDown(k);
                        }
                    }
                } else {
                    int l = leftChild[node];
                    int r = rightChild[node];
                    // visit the nearer child first: push it last
                    if (boxDistance(q, l) <= boxDistance(q, r)) {
                        stack[top++] = r;
                        stack[top++] = l;
                    } else {
                        stack[top++] = l;
                        stack[top++] = r;
                    }
                }
            }
            return heap[0];
        }

        private void siftUp(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (heap[parent] >= heap[i]) {
                    return;
                }
                double t = heap[parent];
                heap[parent] = heap[i];
                heap[i] = t;
                i = parent;
            }
        }

        private void siftDown(int size) {
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                int r = l + 1;
                int m = i;
                if (l < size && heap[l] > heap[m]) {
                    m = l;
                }
                if (r < size && heap[r] > heap[m]) {
                    m = r;
                }
                if (m == i) {
                    return;
                }
                double t = heap[m];
                heap[m] = heap[i];
                heap[i] = t;
                i = m;
            }
        }
    }
}
