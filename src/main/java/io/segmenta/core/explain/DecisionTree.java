package io.segmenta.core.explain;

import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.Parallel;
import java.util.Arrays;
import java.util.Objects;

/**
 * A small classification tree (CART with Gini impurity), grown the way scikit-learn's
 * {@code DecisionTreeClassifier(max_depth=...)} grows one with its defaults: at every node, with
 * each feature's values in order (sorted once at the root, each split keeping the order on both
 * sides), every threshold halfway between two neighbouring distinct values is tried;
 * the split with the largest decrease of weighted Gini impurity wins (the first one found on a tie,
 * features in column order, thresholds ascending); a node stops at the maximum depth, when it is
 * pure, or when it holds fewer than two customers. A customer goes left when its value is at most
 * the threshold. {@code DecisionTreeTest} checks the splits against scikit-learn on the Mall data.
 *
 * <p>Segmenta writes its own because no maintained tree library fits: Smile is not a dependency
 * (see docs/ARCHITECTURE.md) and the tree here is a few dozen lines that must explain, not predict.
 */
public final class DecisionTree {
    /** scikit-learn's FEATURE_THRESHOLD: values closer than this are one value. */
    private static final double SAME_VALUE = 1e-7;
    /** From this many customers at a node, its features are searched (and split) a feature per core. */
    static final int PARALLEL_ROWS = 20_000;

    /**
     * One node: a split ({@code feature} at least 0) or a leaf ({@code feature} -1).
     *
     * @param counts customers per class that reach the node
     */
    public record Node(int feature, double threshold, Node left, Node right, int[] counts) {
        public boolean isLeaf() {
            return feature < 0;
        }

        /** Customers that reach the node. */
        public int size() {
            return Arrays.stream(counts).sum();
        }

        /** The class most customers here belong to (the lowest one on a tie, as scikit-learn). */
        public int majority() {
            int best = 0;
            for (int c = 1; c < counts.length; c++) {
                if (counts[c] > counts[best]) {
                    best = c;
                }
            }
            return best;
        }
    }

    private final double[][] x;
    private final int[] y;
    private final int classes;
    private final int maxDepth;
    private final CancellationToken cancel;

    private DecisionTree(double[][] x, int[] y, int classes, int maxDepth, CancellationToken cancel) {
        this.x = x;
        this.y = y;
        this.classes = classes;
        this.maxDepth = maxDepth;
        this.cancel = cancel;
    }

    /**
     * Grows a tree.
     *
     * @param columns  per feature, one value per customer (no NaN)
     * @param classOf  per customer, its class in 0..classes-1
     * @param maxDepth the deepest split level (3 gives at most 8 leaves)
     */
    public static Node fit(double[][] columns, int[] classOf, int classes, int maxDepth, CancellationToken cancel) {
        Objects.requireNonNull(columns, "columns");
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1, got " + maxDepth);
        }
        for (double[] c : columns) {
            if (c.length != classOf.length) {
                throw new IllegalArgumentException("every column needs " + classOf.length + " values");
            }
        }
        if (columns.length == 0) {
            int[] counts = new int[classes];
            for (int c : classOf) {
                counts[c]++;
            }
            return new Node(-1, Double.NaN, null, null, counts);
        }
        int[][] sorted = new int[columns.length][];
        Parallel.forEach(columns.length, classOf.length >= PARALLEL_ROWS, f -> sorted[f] = ascending(columns[f]));
        return new DecisionTree(columns, classOf, classes, maxDepth, cancel).grow(sorted, 0);
    }

    /**
     * The positions of {@code col} in ascending order of value ({@link Double#compare} order; equal
     * values in any order, which no split depends on: thresholds lie only between distinct values).
     *
     * <p>A primitive sort instead of sorting boxed positions with a comparator (five times faster
     * on 100,000 customers, measured in the end-to-end profile): each key is the value's sortable
     * bit pattern with its lowest bits replaced by the position; values that differ only in those
     * bits land next to each other and are then put in exact order by an insertion pass.
     */
    static int[] ascending(double[] col) {
        int n = col.length;
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        long indexMask = (1L << indexBits) - 1;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (sortable(col[i]) & ~indexMask) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int p = 0; p < n; p++) {
            order[p] = (int) (keys[p] & indexMask);
        }
        for (int p = 1; p < n; p++) { // exact order inside runs of keys that agreed above the position bits
            int moving = order[p];
            double v = col[moving];
            long high = keys[p] & ~indexMask;
            int q = p - 1;
            while (q >= 0 && (keys[q] & ~indexMask) == high && Double.compare(col[order[q]], v) > 0) {
                order[q + 1] = order[q];
                q--;
            }
            order[q + 1] = moving;
        }
        return order;
    }

    /** A long whose signed order is {@link Double#compare}'s order of the (non-NaN) values. */
    private static long sortable(double v) {
        long bits = Double.doubleToLongBits(v);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** The leaf a customer with these feature values reaches. */
    public static Node leaf(Node root, double[] values) {
        Node n = root;
        while (!n.isLeaf()) {
            n = values[n.feature()] <= n.threshold() ? n.left() : n.right();
        }
        return n;
    }

    /** @param sorted per feature, the node's customers in ascending order of that feature */
    private Node grow(int[][] sorted, int depth) {
        cancel.throwIfCancelled();
        int[] rows = sorted[0];
        int[] counts = counts(rows);
        boolean pure = Arrays.stream(counts).filter(c -> c > 0).count() <= 1;
        if (depth >= maxDepth || rows.length < 2 || pure) {
            return new Node(-1, Double.NaN, null, null, counts);
        }
        boolean parallel = rows.length >= PARALLEL_ROWS;
        Split[] found = new Split[x.length];
        Parallel.forEach(x.length, parallel, f -> found[f] = bestSplit(f, sorted[f], counts));
        Split best = null;
        for (Split s : found) { // the first feature in column order on a tie, as one after the other
            if (s != null && (best == null || s.proxy > best.proxy)) {
                best = s;
            }
        }
        if (best == null) {
            return new Node(-1, Double.NaN, null, null, counts);
        }
        double[] col = x[best.feature];
        double t = best.threshold;
        int toLeft = 0;
        for (int r : rows) {
            if (col[r] <= t) {
                toLeft++;
            }
        }
        int leftSize = toLeft;
        int[][] left = new int[x.length][];
        int[][] right = new int[x.length][];
        Parallel.forEach(x.length, parallel, f -> { // each side keeps every feature's order: no sort below the root
            int[] l = new int[leftSize];
            int[] r = new int[rows.length - leftSize];
            int li = 0;
            int ri = 0;
            for (int row : sorted[f]) {
                if (col[row] <= t) {
                    l[li++] = row;
                } else {
                    r[ri++] = row;
                }
            }
            left[f] = l;
            right[f] = r;
        });
        return new Node(best.feature, best.threshold, grow(left, depth + 1), grow(right, depth + 1), counts);
    }

    private record Split(int feature, double threshold, double proxy) {
    }

    /**
     * The best threshold of one feature by scikit-learn's proxy for the Gini decrease,
     * sum(left counts squared) / left size + the same for the right side; null when all values agree.
     */
    private Split bestSplit(int f, int[] order, int[] total) {
        double[] col = x[f];
        int[] left = new int[classes];
        long leftSq = 0;
        long rightSq = 0;
        for (int c : total) {
            rightSq += (long) c * c;
        }
        int[] right = total.clone();
        Split best = null;
        int n = order.length;
        for (int p = 1; p < n; p++) {
            int moved = y[order[p - 1]];
            leftSq += 2L * left[moved] + 1;
            left[moved]++;
            rightSq -= 2L * right[moved] - 1;
            right[moved]--;
            double before = col[order[p - 1]];
            double after = col[order[p]];
            if (after <= before + SAME_VALUE) {
                continue;
            }
            double proxy = (double) leftSq / p + (double) rightSq / (n - p);
            if (best == null || proxy > best.proxy) {
                double threshold = before / 2.0 + after / 2.0;
                if (threshold == after || Double.isInfinite(threshold)) {
                    threshold = before;
                }
                best = new Split(f, threshold, proxy);
            }
        }
        return best;
    }

    private int[] counts(int[] rows) {
        int[] c = new int[classes];
        for (int r : rows) {
            c[y[r]]++;
        }
        return c;
    }
}
