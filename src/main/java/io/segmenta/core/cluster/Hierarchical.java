package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

// Over 600 lines on purpose: one algorithm (SciPy's linkage, its three strategies share the merge loop and tie rules).
/**
 * Agglomerative hierarchical clustering with Euclidean distances, giving the tree and the segments
 * of scikit-learn's {@code AgglomerativeClustering} (SciPy's {@code linkage} underneath).
 *
 * <ul>
 *   <li>Ward, complete and average linkage: SciPy's nearest-neighbour chain ({@code nn_chain}),
 *       followed step for step, including which neighbour wins a tie (the previous chain element,
 *       then the lowest customer number) and the stable sort of the merges by height.</li>
 *   <li>Complete and average linkage keep the Lance-Williams-updated distance matrix, n(n-1)/2
 *       doubles in memory; above the memory Java may use the fit is refused with a message that
 *       gives the size ({@link #matrixBytes}).</li>
 *   <li>Ward needs no matrix: the Ward distance of two groups follows from their sizes and means,
 *       {@code sqrt(2 |A||B| / (|A|+|B|)) x ||mean A - mean B||}, which is the value SciPy's
 *       Lance-Williams recurrence computes (equal up to rounding, about 1e-15 relative).</li>
 *   <li>Single linkage: scikit-learn's minimum spanning tree (Prim, {@code mst_linkage_core}), no
 *       matrix either.</li>
 * </ul>
 * Memory besides the matrix is O(rows x cols); time is O(rows^2 x cols). Cancellation is polled
 * between merges and between blocks of the distance matrix.
 */
public final class Hierarchical {
    /** Share of Java's maximum heap that the distance matrix may take. */
    static final double MEMORY_SHARE = 0.8;
    /** Above this many live positions a nearest-neighbour scan is split across the cores. */
    private static final int PARALLEL_SCAN = 32_768;
    private static final int SCAN_CHUNK = 16_384;

    private Hierarchical() {
    }

    /** Builds the tree of {@code x} and cuts it as {@code spec} says. */
    public static Clustering fit(DataMatrix x, HierarchicalSpec spec, ProgressListener progress,
            CancellationToken cancel) {
        return fit(x, spec, memoryLimit(), progress, cancel);
    }

    /** As {@link #fit(DataMatrix, HierarchicalSpec, ProgressListener, CancellationToken)} with a memory limit. */
    static Clustering fit(DataMatrix x, HierarchicalSpec spec, long memoryLimit, ProgressListener progress,
            CancellationToken cancel) {
        Objects.requireNonNull(spec, "spec");
        if (!spec.cutByHeight() && spec.k() > x.rows()) {
            throw new SegmentaException("k = " + spec.k() + " is larger than the " + x.rows() + " customer"
                    + (x.rows() == 1 ? "" : "s") + " in the data: choose k between 1 and " + x.rows() + ".");
        }
        MergeTree tree = tree(x, spec.linkage(), memoryLimit, progress.range(0, 0.97), cancel);
        Clustering c = cut(x, spec, tree);
        progress.progress(1, "Hierarchical clustering done: " + c.k() + " segment" + (c.k() == 1 ? "" : "s"));
        return c;
    }

    /**
     * Cuts a tree built on {@code x} by {@link #tree}: into {@code spec.k()} segments, or at
     * {@code spec.height()} when k is 0. Cheap, so a sweep over k builds the tree once.
     */
    public static Clustering cut(DataMatrix x, HierarchicalSpec spec, MergeTree tree) {
        if (tree.leaves() != x.rows()) {
            throw new IllegalArgumentException("tree of " + tree.leaves() + " leaves for " + x.rows() + " rows");
        }
        int k = spec.cutByHeight() ? tree.clustersAt(spec.height()) : spec.k();
        if (k > x.rows()) {
            throw new SegmentaException("k = " + k + " is larger than the " + x.rows() + " customers in the data.");
        }
        double cutHeight = spec.cutByHeight() ? spec.height() : tree.cutHeight(k);
        Relabel r = Relabel.of(x, tree.cut(k), k);
        return new Clustering(spec, k, r.labels, r.sizes, r.centroids, Relabel.wcss(x, r.labels, r.centroids), 0,
                new HierarchicalDetails(tree, cutHeight));
    }

    /** The full merge tree of {@code x} for {@code linkage}. */
    public static MergeTree tree(DataMatrix x, Linkage linkage, ProgressListener progress, CancellationToken cancel) {
        return tree(x, linkage, memoryLimit(), progress, cancel);
    }

    static MergeTree tree(DataMatrix x, Linkage linkage, long memoryLimit, ProgressListener progress,
            CancellationToken cancel) {
        return tree(x, linkage, memoryLimit, PARALLEL_SCAN, progress, cancel);
    }

    /**
     * @param parallelFrom live positions from which a nearest-neighbour scan is split into chunks run
     *                     on all cores (tests lower it to exercise the parallel path on small tables)
     */
    static MergeTree tree(DataMatrix x, Linkage linkage, long memoryLimit, int parallelFrom, ProgressListener progress,
            CancellationToken cancel) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(linkage, "linkage");
        Checks.requireClusterable(x, "Hierarchical clustering");
        int n = x.rows();
        if (linkage.needsDistanceMatrix()) {
            requireMemory(n, linkage, memoryLimit);
        }
        if (n == 1) {
            return new MergeTree(1, new int[] {1}, new int[0], new int[0], new double[0], new int[0]);
        }
        double[][] cols = columns(x);
        Merges z = new Merges(n);
        switch (linkage) {
            case SINGLE -> primSingleLinkage(cols, n, parallelFrom, z, progress, cancel);
            case WARD -> nnChain(new WardSpace(cols, n, parallelFrom), n, z, progress, cancel);
            default -> {
                double[][] d = distanceMatrix(cols, n, progress.range(0, 0.3), cancel);
                nnChain(new MatrixSpace(d, n, linkage), n, z, progress.range(0.3, 1), cancel);
            }
        }
        return z.sortedTree();
    }

    /** Bytes the distance matrix of {@code rows} customers takes (one array of doubles per row). */
    public static long matrixBytes(int rows) {
        long n = rows;
        return 8L * n * (n - 1) / 2 + 24L * n;
    }

    /** The memory the distance matrix may take: {@value #MEMORY_SHARE} of Java's maximum heap. */
    public static long memoryLimit() {
        return (long) (Runtime.getRuntime().maxMemory() * MEMORY_SHARE);
    }

    /** Largest table whose distance matrix fits in {@code memoryLimit} bytes. */
    public static int maxMatrixRows(long memoryLimit) {
        long n = (long) Math.sqrt(memoryLimit / 4.0);
        while (n > 1 && matrixBytes((int) Math.min(n, Integer.MAX_VALUE)) > memoryLimit) {
            n--;
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    static void requireMemory(int n, Linkage linkage, long memoryLimit) {
        long need = matrixBytes(n);
        if (need > memoryLimit) {
            String name = linkage.label().substring(0, 1).toUpperCase(Locale.ROOT) + linkage.label().substring(1);
            throw new SegmentaException(String.format(Locale.ROOT, "%s-linkage hierarchical clustering of %,d customers"
                    + " needs %s for the distance matrix; this machine allows %s (up to %,d customers). Use Ward or"
                    + " single linkage (they need no distance matrix), k-means, or a sample.", name, n, bytes(need),
                    bytes(memoryLimit), maxMatrixRows(memoryLimit)));
        }
    }

    static String bytes(long b) {
        if (b >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f GB", b / 1e9);
        }
        if (b >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.1f MB", b / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f kB", b / 1e3);
    }

    /** The matrix stored by column: cols[j][i] is feature j of row i. */
    private static double[][] columns(DataMatrix x) {
        int n = x.rows();
        int d = x.cols();
        double[] v = x.values();
        double[][] cols = new double[d][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                cols[j][i] = v[i * d + j];
            }
        }
        return cols;
    }

    // ------------------------------------------------------------------ merges

    /** The merges in the order they were found, as SciPy's Z before sorting (cluster slots, not node ids). */
    private static final class Merges {
        final int n;
        final int[] a;
        final int[] b;
        final double[] h;
        int count;

        Merges(int n) {
            this.n = n;
            a = new int[n - 1];
            b = new int[n - 1];
            h = new double[n - 1];
        }

        void add(int x, int y, double height) {
            a[count] = x;
            b[count] = y;
            h[count] = height;
            count++;
        }

        /**
         * Stable sort by height, then SciPy's {@code label}: each merge names the current groups
         * of its two customers, the smaller node id first, and creates node n + i.
         */
        MergeTree sortedTree() {
            Integer[] order = new Integer[n - 1];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (p, q) -> Double.compare(h[p], h[q])); // TimSort: stable
            int[] parent = new int[2 * n - 1];
            int[] node = new int[2 * n - 1]; // union-find root -> current node id
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
                node[i] = i;
            }
            int[] leafSize = new int[n];
            Arrays.fill(leafSize, 1);
            int[] sizeOfNode = new int[2 * n - 1];
            Arrays.fill(sizeOfNode, 0, n, 1);
            int[] left = new int[n - 1];
            int[] right = new int[n - 1];
            double[] height = new double[n - 1];
            int[] size = new int[n - 1];
            for (int i = 0; i < n - 1; i++) {
                int m = order[i];
                int rx = find(parent, a[m]);
                int ry = find(parent, b[m]);
                int nx = node[rx];
                int ny = node[ry];
                left[i] = Math.min(nx, ny);
                right[i] = Math.max(nx, ny);
                height[i] = h[m];
                int id = n + i;
                size[i] = sizeOfNode[nx] + sizeOfNode[ny];
                sizeOfNode[id] = size[i];
                parent[rx] = ry;
                node[ry] = id;
            }
            return new MergeTree(n, leafSize, left, right, height, size);
        }

        private static int find(int[] parent, int i) {
            int r = i;
            while (parent[r] != r) {
                r = parent[r];
            }
            while (parent[i] != r) {
                int next = parent[i];
                parent[i] = r;
                i = next;
            }
            return r;
        }
    }

    // ------------------------------------------------------------------ nearest-neighbour chain

    /** Groups of customers and the distance between them, for the nearest-neighbour chain. */
    private interface Space {
        /** Lowest slot still holding a group. */
        int firstActive();

        /**
         * The nearest group to {@code x}: starts from {@code prev} (when not -1) and takes another
         * group only when strictly nearer, scanning slots in ascending order. Returns its slot and
         * leaves the comparison value in {@link #lastValue()}.
         */
        int nearest(int x, int prev);

        double lastValue();

        /** The merge height for a comparison value. */
        double height(double value);

        /** Merges group x into slot y (x < y); x is dropped. */
        void merge(int x, int y, double value);
    }

    /** SciPy's {@code nn_chain}, reporting progress per merge and polling cancellation. */
    private static void nnChain(Space s, int n, Merges z, ProgressListener progress, CancellationToken cancel) {
        int[] chain = new int[n];
        int len = 0;
        int every = Math.max(1, (n - 1) / 200);
        for (int k = 0; k < n - 1; k++) {
            cancel.throwIfCancelled();
            if (k % every == 0) {
                progress.progress((double) k / (n - 1), "Merge " + (k + 1) + " of " + (n - 1));
            }
            if (len == 0) {
                chain[0] = s.firstActive();
                len = 1;
            }
            int x;
            int y;
            double value;
            while (true) {
                x = chain[len - 1];
                int prev = len > 1 ? chain[len - 2] : -1;
                y = s.nearest(x, prev);
                value = s.lastValue();
                if (len > 1 && y == chain[len - 2]) {
                    break;
                }
                chain[len++] = y;
            }
            len -= 2;
            if (x > y) {
                int t = x;
                x = y;
                y = t;
            }
            z.add(x, y, s.height(value));
            s.merge(x, y, value);
        }
    }

    /**
     * Ward groups by their size and mean. Positions hold groups in ascending slot order; a dropped
     * group leaves a dead position, and positions are compacted (order kept) when half are dead.
     * The comparison value is |A||B| / (|A|+|B|) x squared distance of the means, half the squared
     * Ward distance.
     */
    private static final class WardSpace implements Space {
        final int d;
        final double[][] c;
        final double[] size;
        final int[] slotAt;
        final int[] posOf;
        final double[] scratch;
        final int parallelFrom;
        int len;
        int live;
        double last;

        WardSpace(double[][] cols, int n, int parallelFrom) {
            this.parallelFrom = parallelFrom;
            d = cols.length;
            c = new double[d][];
            for (int j = 0; j < d; j++) {
                c[j] = cols[j].clone();
            }
            size = new double[n];
            Arrays.fill(size, 1);
            slotAt = new int[n];
            posOf = new int[n];
            for (int i = 0; i < n; i++) {
                slotAt[i] = i;
                posOf[i] = i;
            }
            scratch = new double[n];
            len = n;
            live = n;
        }

        @Override
        public int firstActive() {
            for (int p = 0; p < len; p++) {
                if (slotAt[p] >= 0) {
                    return slotAt[p];
                }
            }
            throw new IllegalStateException("no group left");
        }

        @Override
        public int nearest(int x, int prev) {
            int px = posOf[x];
            double nx = size[px];
            double[] cx = new double[d];
            for (int j = 0; j < d; j++) {
                cx[j] = c[j][px];
            }
            double best = Double.POSITIVE_INFINITY;
            int bestSlot = -1;
            if (prev >= 0) {
                best = value(px, posOf[prev]);
                bestSlot = prev;
            }
            if (len < parallelFrom) {
                double[] out = new double[1];
                int found = scanRange(px, cx, nx, 0, len, best, out);
                if (found >= 0) {
                    bestSlot = slotAt[found];
                    best = out[0];
                }
            } else {
                int chunk = Math.max(1, Math.min(SCAN_CHUNK, parallelFrom / 2));
                int chunks = Chunks.count(len, chunk);
                int[] pos = new int[chunks];
                double[] val = new double[chunks];
                final double start = best;
                Chunks.forEach(chunks, ch -> {
                    int from = ch * chunk;
                    int to = Math.min(len, from + chunk);
                    double[] out = new double[1];
                    pos[ch] = scanRange(px, cx, nx, from, to, start, out);
                    val[ch] = out[0];
                });
                for (int ch = 0; ch < chunks; ch++) { // chunk order: the first minimum wins, as a serial scan
                    if (pos[ch] >= 0 && val[ch] < best) {
                        best = val[ch];
                        bestSlot = slotAt[pos[ch]];
                    }
                }
            }
            last = best;
            return bestSlot;
        }

        /** First position in [from, to) strictly below {@code best}, or -1; its value in out[0]. */
        private int scanRange(int px, double[] cx, double nx, int from, int to, double best, double[] out) {
            double[] s = scratch;
            double[] c0 = c[0];
            double x0 = cx[0];
            for (int p = from; p < to; p++) {
                double t = c0[p] - x0;
                s[p] = t * t;
            }
            for (int j = 1; j < d; j++) {
                double[] cj = c[j];
                double xj = cx[j];
                for (int p = from; p < to; p++) {
                    double t = cj[p] - xj;
                    s[p] += t * t;
                }
            }
            int found = -1;
            for (int p = from; p < to; p++) {
                double w = size[p];
                if (w == 0 || p == px) {
                    continue;
                }
                double v = w * nx / (w + nx) * s[p];
                if (v < best) {
                    best = v;
                    found = p;
                }
            }
            out[0] = best;
            return found;
        }

        private double value(int p, int q) {
            double t = 0;
            for (int j = 0; j < d; j++) {
                double u = c[j][p] - c[j][q];
                t += u * u;
            }
            return size[p] * size[q] / (size[p] + size[q]) * t;
        }

        @Override
        public double lastValue() {
            return last;
        }

        @Override
        public double height(double value) {
            return Math.sqrt(2 * value);
        }

        @Override
        public void merge(int x, int y, double value) {
            int px = posOf[x];
            int py = posOf[y];
            double nx = size[px];
            double ny = size[py];
            for (int j = 0; j < d; j++) {
                c[j][py] = (nx * c[j][px] + ny * c[j][py]) / (nx + ny);
                c[j][px] = 0;
            }
            size[py] = nx + ny;
            size[px] = 0;
            slotAt[px] = -1;
            live--;
            if (live * 2 < len && len > 64) {
                compact();
            }
        }

        private void compact() {
            int q = 0;
            for (int p = 0; p < len; p++) {
                if (slotAt[p] < 0) {
                    continue;
                }
                for (int j = 0; j < d; j++) {
                    c[j][q] = c[j][p];
                }
                size[q] = size[p];
                slotAt[q] = slotAt[p];
                posOf[slotAt[q]] = q;
                q++;
            }
            for (int p = q; p < len; p++) {
                size[p] = 0;
                slotAt[p] = -1;
            }
            len = q;
        }
    }

    /** Complete or average linkage on the Lance-Williams-updated distance matrix (lower triangle by row). */
    private static final class MatrixSpace implements Space {
        final double[][] dist;
        final Linkage linkage;
        final int[] size;
        final int[] active;
        int len;
        int live;
        double last;

        MatrixSpace(double[][] dist, int n, Linkage linkage) {
            this.dist = dist;
            this.linkage = linkage;
            size = new int[n];
            Arrays.fill(size, 1);
            active = new int[n];
            for (int i = 0; i < n; i++) {
                active[i] = i;
            }
            len = n;
            live = n;
        }

        private double get(int i, int j) {
            return i > j ? dist[i][j] : dist[j][i];
        }

        @Override
        public int firstActive() {
            for (int q = 0; q < len; q++) {
                if (active[q] >= 0) {
                    return active[q];
                }
            }
            throw new IllegalStateException("no group left");
        }

        @Override
        public int nearest(int x, int prev) {
            double best = prev >= 0 ? get(x, prev) : Double.POSITIVE_INFINITY;
            int y = prev;
            double[] row = dist[x];
            for (int q = 0; q < len; q++) {
                int i = active[q];
                if (i < 0 || i == x) {
                    continue;
                }
                double v = i < x ? row[i] : dist[i][x];
                if (v < best) {
                    best = v;
                    y = i;
                }
            }
            last = best;
            return y;
        }

        @Override
        public double lastValue() {
            return last;
        }

        @Override
        public double height(double value) {
            return value;
        }

        @Override
        public void merge(int x, int y, double dxy) {
            int nx = size[x];
            int ny = size[y];
            for (int q = 0; q < len; q++) {
                int i = active[q];
                if (i < 0 || i == x || i == y) {
                    continue;
                }
                double dxi = get(i, x);
                double dyi = get(i, y);
                double v = linkage == Linkage.COMPLETE ? Math.max(dxi, dyi) : (nx * dxi + ny * dyi) / (nx + ny);
                if (i > y) {
                    dist[i][y] = v;
                } else {
                    dist[y][i] = v;
                }
            }
            size[x] = 0;
            size[y] = nx + ny;
            for (int q = 0; q < len; q++) {
                if (active[q] == x) {
                    active[q] = -1;
                    break;
                }
            }
            live--;
            if (live * 2 < len && len > 64) {
                int w = 0;
                for (int q = 0; q < len; q++) {
                    if (active[q] >= 0) {
                        active[w++] = active[q];
                    }
                }
                len = w;
            }
        }
    }

    /** Euclidean distances, lower triangle by row (row i holds its distances to rows 0..i-1). */
    private static double[][] distanceMatrix(double[][] cols, int n, ProgressListener progress,
            CancellationToken cancel) {
        double[][] dist = new double[n][];
        int d = cols.length;
        int block = 512;
        int blocks = Chunks.count(n, block);
        int[] done = new int[1];
        Chunks.forEach(blocks, b -> {
            cancel.throwIfCancelled();
            int to = Math.min(n, (b + 1) * block);
            for (int i = b * block; i < to; i++) {
                double[] row = new double[i];
                double[] c0 = cols[0];
                double x0 = c0[i];
                for (int q = 0; q < i; q++) {
                    double t = c0[q] - x0;
                    row[q] = t * t;
                }
                for (int j = 1; j < d; j++) {
                    double[] cj = cols[j];
                    double xj = cj[i];
                    for (int q = 0; q < i; q++) {
                        double t = cj[q] - xj;
                        row[q] += t * t;
                    }
                }
                for (int q = 0; q < i; q++) {
                    row[q] = Math.sqrt(row[q]);
                }
                dist[i] = row;
            }
            synchronized (done) {
                done[0]++;
                progress.progress((double) done[0] / blocks, "Distance matrix: block " + done[0] + " of " + blocks);
            }
        });
        return dist;
    }

    // ------------------------------------------------------------------ single linkage

    /**
     * scikit-learn's {@code mst_linkage_core} (Prim): grow a tree from customer 0, each step adding
     * the nearest outside customer (the lowest number on ties). Positions are compacted (order kept)
     * when half are taken.
     */
    private static void primSingleLinkage(double[][] cols, int n, int parallelFrom, Merges z,
            ProgressListener progress, CancellationToken cancel) {
        int d = cols.length;
        double[][] c = new double[d][];
        for (int j = 0; j < d; j++) {
            c[j] = cols[j].clone();
        }
        int[] id = new int[n];
        for (int i = 0; i < n; i++) {
            id[i] = i;
        }
        double[] best = new double[n];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        boolean[] taken = new boolean[n];
        double[] point = new double[d];
        int len = n;
        int live = n;
        int current = 0; // a position; position == id until the first compaction
        int every = Math.max(1, (n - 1) / 200);
        for (int step = 1; step < n; step++) {
            cancel.throwIfCancelled();
            if (step % every == 0) {
                progress.progress((double) step / (n - 1), "Merge " + step + " of " + (n - 1));
            }
            taken[current] = true;
            live--;
            for (int j = 0; j < d; j++) {
                point[j] = c[j][current];
            }
            int from = id[current];
            int chosen;
            double chosenDist;
            if (len < parallelFrom) {
                double[] out = new double[1];
                chosen = primScan(c, point, best, taken, 0, len, out);
                chosenDist = out[0];
            } else {
                int chunk = Math.max(1, Math.min(SCAN_CHUNK, parallelFrom / 2));
                int chunks = Chunks.count(len, chunk);
                int[] pos = new int[chunks];
                double[] val = new double[chunks];
                final int l = len;
                Chunks.forEach(chunks, ch -> {
                    double[] out = new double[1];
                    pos[ch] = primScan(c, point, best, taken, ch * chunk, Math.min(l, (ch + 1) * chunk), out);
                    val[ch] = out[0];
                });
                chosen = -1;
                chosenDist = Double.MAX_VALUE;
                for (int ch = 0; ch < chunks; ch++) {
                    if (pos[ch] >= 0 && (chosen < 0 || val[ch] < chosenDist)) {
                        chosen = pos[ch];
                        chosenDist = val[ch];
                    }
                }
            }
            z.add(from, id[chosen], chosenDist);
            current = chosen;
            if (live * 2 < len && len > 64) { // compact, keeping the order (the current position moves too)
                int w = 0;
                int newCurrent = -1;
                for (int p = 0; p < len; p++) {
                    if (taken[p]) {
                        continue;
                    }
                    if (p == current) {
                        newCurrent = w;
                    }
                    for (int j = 0; j < d; j++) {
                        c[j][w] = c[j][p];
                    }
                    best[w] = best[p];
                    id[w] = id[p];
                    taken[w] = false;
                    w++;
                }
                for (int p = w; p < len; p++) {
                    taken[p] = true;
                }
                len = w;
                current = newCurrent;
            }
        }
    }

    /**
     * Updates best[] with the distance to {@code point} over positions [from, to) not taken and
     * returns the first position with the smallest best (scikit-learn starts from DBL_MAX), or -1.
     */
    private static int primScan(double[][] c, double[] point, double[] best, boolean[] taken, int from, int to,
            double[] out) {
        double newDist = Double.MAX_VALUE;
        int newNode = -1;
        int d = point.length;
        for (int p = from; p < to; p++) {
            if (taken[p]) {
                continue;
            }
            double s = 0;
            for (int j = 0; j < d; j++) {
                double t = c[j][p] - point[j];
                s += t * t;
            }
            double dist = Math.sqrt(s);
            if (dist < best[p]) {
                best[p] = dist;
            }
            if (best[p] < newDist) {
                newDist = best[p];
                newNode = p;
            }
        }
        out[0] = newDist;
        return newNode;
    }
}
