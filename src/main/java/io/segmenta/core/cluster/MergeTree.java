package io.segmenta.core.cluster;

import java.util.Arrays;
import java.util.Objects;

/**
 * A hierarchical clustering as SciPy's linkage matrix Z: merge {@code i} joins nodes
 * {@code left[i]} and {@code right[i]} at {@code height[i]} into node {@code leaves + i} holding
 * {@code size[i]} customers. Nodes below {@code leaves} are leaves (customers, or groups of customers
 * in a truncated tree, see {@link #top}). Merges are sorted by height, lowest first (stable, as
 * SciPy), so undoing the last {@code k - 1} merges leaves k segments.
 *
 * <p>Heights are on SciPy's scale, so a cut height means the same as in
 * {@code fcluster(linkage(X, method), t, criterion="distance")}: single, complete and average
 * linkage use the Euclidean distance between groups (smallest, largest, mean); Ward uses the Ward
 * distance {@code sqrt(2 |A||B| / (|A|+|B|)) x ||mean A - mean B||}, that is
 * {@code sqrt(2 x increase of the within-segment sum of squares)} caused by the merge.
 *
 * @param leaves   number of leaves
 * @param leafSize customers in each leaf (all 1 for a full tree)
 * @param left     first child of each merge (the smaller node id)
 * @param right    second child of each merge
 * @param height   height of each merge, ascending
 * @param size     customers under each merge
 */
public record MergeTree(int leaves, int[] leafSize, int[] left, int[] right, double[] height, int[] size) {
    public MergeTree {
        Objects.requireNonNull(leafSize, "leafSize");
        if (leafSize.length != leaves || left.length != leaves - 1 || right.length != leaves - 1
                || height.length != leaves - 1 || size.length != leaves - 1) {
            throw new IllegalArgumentException("a tree of " + leaves + " leaves needs " + (leaves - 1) + " merges");
        }
    }

    /** Number of merges (leaves - 1). */
    public int merges() {
        return leaves - 1;
    }

    /**
     * Segments left when every merge with a height of at most {@code h} is kept (SciPy's
     * {@code fcluster(..., criterion="distance")}).
     */
    public int clustersAt(double h) {
        int lo = 0;
        int hi = height.length;
        while (lo < hi) { // first merge with height > h
            int mid = (lo + hi) >>> 1;
            if (height[mid] <= h) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return leaves - lo;
    }

    /**
     * A height whose cut gives {@code k} segments, for drawing the cut line: midway between the
     * last merge kept and the first merge undone (below the lowest merge for k = leaves, above the
     * root for k = 1).
     */
    public double cutHeight(int k) {
        if (k < 1 || k > leaves) {
            throw new IllegalArgumentException("k = " + k + " for a tree of " + leaves + " leaves");
        }
        int kept = leaves - k;
        if (leaves == 1) {
            return 0;
        }
        if (kept == 0) {
            return height[0] / 2;
        }
        if (kept == merges()) {
            double top = height[merges() - 1];
            return top + Math.max(top * 0.05, 1e-12);
        }
        return (height[kept - 1] + height[kept]) / 2;
    }

    /**
     * Group of every leaf when the tree is cut into {@code k} segments (the first leaves - k merges
     * kept), numbered 0..k-1 in order of their first leaf.
     */
    public int[] cut(int k) {
        if (k < 1 || k > leaves) {
            throw new IllegalArgumentException("k = " + k + " for a tree of " + leaves + " leaves");
        }
        int kept = leaves - k;
        // union-find over leaves and merge nodes
        int[] parent = new int[leaves + kept];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int m = 0; m < kept; m++) {
            parent[find(parent, left[m])] = leaves + m;
            parent[find(parent, right[m])] = leaves + m;
        }
        int[] group = new int[leaves + kept];
        Arrays.fill(group, -1);
        int[] labels = new int[leaves];
        int next = 0;
        for (int i = 0; i < leaves; i++) {
            int r = find(parent, i);
            if (group[r] < 0) {
                group[r] = next++;
            }
            labels[i] = group[r];
        }
        return labels;
    }

    private static int find(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[i] != r) { // path compression
            int next = parent[i];
            parent[i] = r;
            i = next;
        }
        return r;
    }

    /**
     * The top of the tree for a readable dendrogram (SciPy's {@code truncate_mode="lastp"}): its
     * leaves are the {@code p} groups left after the first leaves - p merges, numbered in order of
     * their first customer, with their sizes in {@link #leafSize()}; its merges are the last p - 1
     * merges of this tree with their heights.
     */
    public MergeTree top(int p) {
        int q = Math.max(1, Math.min(p, leaves));
        int first = leaves - q; // first merge kept in the truncated tree
        int[] groupOfLeaf = cut(q);
        int[] leafSizes = new int[q];
        for (int i = 0; i < leaves; i++) {
            leafSizes[groupOfLeaf[i]] += leafSize[i];
        }
        // node id in this tree -> node id in the truncated tree
        int[] nodeGroup = new int[leaves + merges()];
        for (int i = 0; i < leaves; i++) {
            nodeGroup[i] = groupOfLeaf[i];
        }
        for (int m = 0; m < first; m++) {
            nodeGroup[leaves + m] = nodeGroup[left[m]];
        }
        int[] l = new int[q - 1];
        int[] r = new int[q - 1];
        double[] h = new double[q - 1];
        int[] s = new int[q - 1];
        for (int m = first; m < merges(); m++) {
            int t = m - first;
            nodeGroup[leaves + m] = q + t;
            int a = nodeGroup[left[m]];
            int b = nodeGroup[right[m]];
            l[t] = Math.min(a, b);
            r[t] = Math.max(a, b);
            h[t] = height[m];
            s[t] = size[m];
        }
        return new MergeTree(q, leafSizes, l, r, h, s);
    }

    /**
     * Leaves in dendrogram order, left to right: a depth-first walk from the root visiting the
     * first child before the second.
     */
    public int[] leafOrder() {
        int[] order = new int[leaves];
        if (leaves == 1) {
            return order;
        }
        int[] stack = new int[leaves + 1];
        int top = 0;
        stack[top++] = leaves + merges() - 1;
        int next = 0;
        while (top > 0) {
            int node = stack[--top];
            if (node < leaves) {
                order[next++] = node;
            } else {
                int m = node - leaves;
                stack[top++] = right[m];
                stack[top++] = left[m];
            }
        }
        return order;
    }
}
