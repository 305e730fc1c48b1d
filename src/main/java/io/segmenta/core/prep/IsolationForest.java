package io.segmenta.core.prep;

import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.Parallel;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Segmenta's Isolation Forest (Liu, Ting and Zhou 2008), as scikit-learn's
 * {@code IsolationForest}: 100 trees, each grown on a subsample of min(256, n) customers drawn
 * without replacement, to a height limit of ceil(log2 subsample); each split picks one feature at
 * random among those not constant at the node and a threshold uniformly between its minimum and
 * maximum there (customers below it go left). A customer's path length in a tree is the depth of
 * its leaf plus c(leaf size), the average path length of an unsuccessful search in a binary search
 * tree of that many customers; its anomaly score is {@code 2^(-mean path / c(subsample))}: near 1 for
 * anomalies, at most about 0.5 for ordinary customers.
 *
 * <p>Why not Smile's: Smile 3.1.1 grows its trees in a parallel stream from thread-local random
 * generators and a shared Gaussian generator, so the same seed does not give the same forest, and
 * it keeps the trees private, so a model file could not hold them. Here each tree draws from its
 * own generator split from the seed in tree order, so trees grow on all cores and the same seed
 * always gives the same forest; and the trees are plain arrays that a model file stores.
 *
 * <p>A tree is kept in pre-order: node 0 is the root; an inner node has {@code feature >= 0}, its
 * left child follows it and its right child follows the left subtree; a leaf has
 * {@code feature = -1} and {@code value} = the number of subsample customers that reached it.
 */
public final class IsolationForest {
    public static final int TREES = 100;
    public static final int MAX_SUBSAMPLE = 256;
    private static final double EULER = 0.5772156649015329;
    private static final int BLOCK = 4096;

    private final int subsample;
    private final int dims;
    private final List<Tree> trees;
    private final double norm;

    /**
     * @param subsample the number of customers each tree was grown on (at least 2)
     * @param dims      the number of features a customer has
     * @param trees     the trees
     * @throws IllegalArgumentException when a tree is not a well-formed pre-order tree over
     *                                  {@code dims} features
     */
    public IsolationForest(int subsample, int dims, List<Tree> trees) {
        if (subsample < 2) {
            throw new IllegalArgumentException("the subsample size must be at least 2, but it is " + subsample);
        }
        if (dims < 1) {
            throw new IllegalArgumentException("there must be at least 1 feature, but there are " + dims);
        }
        if (trees.isEmpty()) {
            throw new IllegalArgumentException("a forest needs at least 1 tree");
        }
        this.subsample = subsample;
        this.dims = dims;
        this.trees = List.copyOf(trees);
        for (int t = 0; t < this.trees.size(); t++) {
            int max = this.trees.get(t).maxFeature();
            if (max >= dims) {
                throw new IllegalArgumentException("tree " + (t + 1) + " splits on feature " + max
                        + ", but features run from 0 to " + (dims - 1));
            }
        }
        this.norm = averagePathLength(subsample);
    }

    /**
     * Grows a forest on {@code n} customers given column by column.
     *
     * @param columns feature values, {@code columns[j][i]} for feature j of customer i
     */
    public static IsolationForest fit(double[][] columns, int n, long seed, CancellationToken cancel) {
        if (n < 2) {
            throw new IllegalArgumentException("an Isolation Forest needs at least 2 customers");
        }
        int d = columns.length;
        int m = Math.min(MAX_SUBSAMPLE, n);
        int limit = (int) Math.ceil(Math.log(Math.max(m, 2)) / Math.log(2));
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] randoms = new SplittableRandom[TREES];
        for (int t = 0; t < TREES; t++) {
            randoms[t] = root.split();
        }
        Tree[] grown = new Tree[TREES];
        Parallel.forEach(TREES, t -> {
            cancel.throwIfCancelled();
            grown[t] = new Grower(columns, n, m, limit, randoms[t]).grow();
        });
        return new IsolationForest(m, d, Arrays.asList(grown));
    }

    /** The number of customers each tree was grown on. */
    public int subsample() {
        return subsample;
    }

    public List<Tree> trees() {
        return trees;
    }

    /** The anomaly score of one customer. */
    public double score(double[] x) {
        if (x.length != dims) {
            throw new IllegalArgumentException(x.length + " values for " + dims + " features");
        }
        double sum = 0;
        for (Tree tree : trees) {
            sum += tree.pathLength(x);
        }
        return Math.pow(2, -sum / trees.size() / norm);
    }

    /**
     * The anomaly scores of {@code n} customers given column by column, in blocks on all cores
     * (scoring only reads the forest, so the result does not depend on the threads).
     */
    public double[] score(double[][] columns, int n, CancellationToken cancel) {
        double[] scores = new double[n];
        int blocks = (n + BLOCK - 1) / BLOCK;
        Parallel.forEach(blocks, b -> {
            cancel.throwIfCancelled();
            double[] row = new double[dims];
            for (int i = b * BLOCK, end = Math.min(n, i + BLOCK); i < end; i++) {
                for (int j = 0; j < dims; j++) {
                    row[j] = columns[j][i];
                }
                scores[i] = score(row);
            }
        });
        return scores;
    }

    /**
     * c(n): the average path length of an unsuccessful search in a binary search tree of n keys,
     * 2 H(n - 1) - 2 (n - 1) / n with H(i) approximated by ln i + Euler's constant; 0 for n up to 1
     * and 1 for n = 2 (as scikit-learn).
     */
    static double averagePathLength(double n) {
        if (n <= 1) {
            return 0;
        }
        if (n <= 2) {
            return 1;
        }
        return 2 * (Math.log(n - 1) + EULER) - 2 * (n - 1) / n;
    }

    /** One tree in pre-order (see the class comment); immutable. */
    public static final class Tree {
        private final int[] feature;
        private final double[] value;
        /** Per node, the right child of an inner node, or -1 for a leaf. */
        private final int[] right;

        /**
         * @param feature per node, the feature an inner node splits on, or -1 for a leaf
         * @param value   per node, an inner node's threshold (below it goes left), or a leaf's size
         * @throws IllegalArgumentException unless the arrays are of equal length and form exactly one
         *                                  pre-order tree with finite thresholds and leaf sizes of at least 1
         */
        public Tree(int[] feature, double[] value) {
            this.feature = feature.clone();
            this.value = value.clone();
            if (this.feature.length != this.value.length) {
                throw new IllegalArgumentException("it has " + this.feature.length + " features for "
                        + this.value.length + " values");
            }
            int nodes = this.feature.length;
            this.right = new int[nodes];
            // walk the pre-order: each inner node's right child is the node after its left subtree
            int[] open = new int[nodes + 1];
            int top = 0;
            int next = 0;
            int unread = 1; // subtrees still to read
            do {
                if (next >= nodes) {
                    throw new IllegalArgumentException("it ends before every inner node has two children ("
                            + nodes + " nodes)");
                }
                int node = next++;
                if (this.feature[node] < -1) {
                    throw new IllegalArgumentException("node " + node + " splits on feature " + this.feature[node]
                            + " (-1 marks a leaf)");
                }
                boolean leaf = this.feature[node] == -1;
                unread += leaf ? -1 : 1;
                if (!Double.isFinite(this.value[node]) || leaf && this.value[node] < 1) {
                    throw new IllegalArgumentException("node " + node + " has the value " + this.value[node] + ", but "
                            + (leaf ? "a leaf's size must be at least 1" : "a threshold must be finite"));
                }
                if (leaf) {
                    right[node] = -1;
                    // the leaf closes left subtrees: the innermost open node's right child comes next
                    if (top > 0) {
                        right[open[--top]] = next;
                    }
                } else {
                    open[top++] = node;
                }
            } while (unread > 0);
            if (next != nodes) {
                throw new IllegalArgumentException("it has " + (nodes - next) + " nodes after its last leaf");
            }
        }

        /** The number of nodes. */
        public int size() {
            return feature.length;
        }

        /** The feature node {@code i} splits on, or -1 for a leaf. */
        public int feature(int i) {
            return feature[i];
        }

        /** Node {@code i}'s threshold, or a leaf's size. */
        public double value(int i) {
            return value[i];
        }

        /** The largest feature index a node splits on, or -1 for a single leaf. */
        int maxFeature() {
            int max = -1;
            for (int f : feature) {
                max = Math.max(max, f);
            }
            return max;
        }

        double pathLength(double[] x) {
            int node = 0;
            int depth = 0;
            while (feature[node] >= 0) {
                node = x[feature[node]] < value[node] ? node + 1 : right[node];
                depth++;
            }
            return depth + averagePathLength(value[node]);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tree t && Arrays.equals(feature, t.feature) && Arrays.equals(value, t.value);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(feature) + Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Tree[" + feature.length + " nodes]";
        }
    }

    /** Grows one tree on a subsample. */
    private static final class Grower {
        private final int limit;
        private final SplittableRandom random;
        /** The subsample, feature by feature: {@code x[j][s]}. */
        private final double[][] x;
        /** The subsample's positions, partitioned in place as the tree grows. */
        private final int[] rows;
        private final int[] feature;
        private final double[] value;
        private final int[] candidates;
        private int nodes;

        Grower(double[][] columns, int n, int m, int limit, SplittableRandom random) {
            this.limit = limit;
            this.random = random;
            int d = columns.length;
            int[] picked = sample(n, m, random);
            x = new double[d][m];
            for (int j = 0; j < d; j++) {
                for (int s = 0; s < m; s++) {
                    x[j][s] = columns[j][picked[s]];
                }
            }
            rows = new int[m];
            for (int s = 0; s < m; s++) {
                rows[s] = s;
            }
            feature = new int[2 * m];
            value = new double[2 * m];
            candidates = new int[d];
        }

        /**
         * m distinct positions out of n, drawn uniformly: a partial Fisher-Yates shuffle, over an
         * index array when the subsample is a large part of the table, else Floyd's method.
         */
        private static int[] sample(int n, int m, SplittableRandom random) {
            int[] out = new int[m];
            if (m * 4 >= n) {
                int[] index = new int[n];
                for (int i = 0; i < n; i++) {
                    index[i] = i;
                }
                for (int s = 0; s < m; s++) {
                    int r = s + random.nextInt(n - s);
                    int tmp = index[s];
                    index[s] = index[r];
                    index[r] = tmp;
                    out[s] = index[s];
                }
                return out;
            }
            HashSet<Integer> seen = new HashSet<>(2 * m);
            int s = 0;
            for (int j = n - m; j < n; j++) {
                int t = random.nextInt(j + 1);
                out[s++] = seen.add(t) ? t : addSame(seen, j);
            }
            return out;
        }

        private static int addSame(HashSet<Integer> seen, int j) {
            seen.add(j);
            return j;
        }

        Tree grow() {
            grow(0, rows.length, 0);
            return new Tree(Arrays.copyOf(feature, nodes), Arrays.copyOf(value, nodes));
        }

        private void grow(int lo, int hi, int depth) {
            int node = nodes++;
            int size = hi - lo;
            int d = x.length;
            if (depth < limit && size > 1) {
                // the features that still vary among the customers at this node
                int count = 0;
                double[] min = new double[d];
                double[] max = new double[d];
                for (int j = 0; j < d; j++) {
                    double lowest = Double.POSITIVE_INFINITY;
                    double highest = Double.NEGATIVE_INFINITY;
                    double[] xj = x[j];
                    for (int r = lo; r < hi; r++) {
                        double v = xj[rows[r]];
                        lowest = Math.min(lowest, v);
                        highest = Math.max(highest, v);
                    }
                    min[j] = lowest;
                    max[j] = highest;
                    if (highest > lowest) {
                        candidates[count++] = j;
                    }
                }
                if (count > 0) {
                    int j = candidates[random.nextInt(count)];
                    double split;
                    do {
                        split = min[j] + random.nextDouble() * (max[j] - min[j]);
                    } while (!(split > min[j]));
                    double[] xj = x[j];
                    int mid = lo;
                    for (int r = lo; r < hi; r++) {
                        if (xj[rows[r]] < split) {
                            int tmp = rows[mid];
                            rows[mid++] = rows[r];
                            rows[r] = tmp;
                        }
                    }
                    feature[node] = j;
                    value[node] = split;
                    grow(lo, mid, depth + 1);
                    grow(mid, hi, depth + 1);
                    return;
                }
            }
            feature[node] = -1;
            value[node] = size;
        }
    }
}
