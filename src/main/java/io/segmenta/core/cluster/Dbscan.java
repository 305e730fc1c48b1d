package io.segmenta.core.cluster;

import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * DBSCAN with scikit-learn's conventions ({@code sklearn.cluster.DBSCAN}, Euclidean):
 *
 * <ul>
 *   <li>Customers at a distance of at most eps are neighbours (inclusive; squared distances are
 *       compared with eps x eps, as scikit-learn's KD-tree does); every customer is its own
 *       neighbour.</li>
 *   <li>A core customer has at least {@code minSamples} neighbours, itself included.</li>
 *   <li>Segments are the groups of core customers linked through neighbours, plus the non-core
 *       neighbours of their core customers (border customers). A border customer next to core
 *       customers of several segments goes to the segment scikit-learn's scan reaches first: the one
 *       whose lowest-numbered core customer comes first in the table.</li>
 *   <li>Everyone else is noise ({@link Clustering#NOISE}).</li>
 * </ul>
 * Segments are then numbered by size (largest first, ties by their first customer).
 *
 * <p>Neighbours come from a k-d tree ({@link KdTree}), queried in blocks of customers on all cores;
 * nothing of size rows x neighbours is stored, so memory is O(rows x cols). Cancellation is polled
 * per block.
 */
public final class Dbscan {
    private static final int BLOCK = 2048;

    private Dbscan() {
    }

    public static Clustering fit(DataMatrix x, DbscanSpec spec, ProgressListener progress, CancellationToken cancel) {
        Objects.requireNonNull(spec, "spec");
        Checks.requireClusterable(x, "DBSCAN");
        int n = x.rows();
        double r2 = spec.eps() * spec.eps();
        progress.progress(0, "Building the neighbour index");
        KdTree tree = new KdTree(x);
        cancel.throwIfCancelled();

        // 1. neighbours within eps, itself included -> core customers (counting stops at min samples)
        int[] counts = new int[n];
        int blocks = Chunks.count(n, BLOCK);
        Progress step = new Progress(progress.range(0.05, 0.5), blocks, "Counting neighbours");
        Chunks.forEach(blocks, b -> {
            cancel.throwIfCancelled();
            KdTree.Query q = tree.new Query();
            for (int i = b * BLOCK, to = Math.min(n, i + BLOCK); i < to; i++) {
                counts[i] = q.at(x, i).countWithin(r2, spec.minSamples());
            }
            step.done();
        });
        boolean[] core = new boolean[n];
        int coreCount = 0;
        for (int i = 0; i < n; i++) {
            core[i] = counts[i] >= spec.minSamples();
            if (core[i]) {
                coreCount++;
            }
        }

        // 2. link core customers that are neighbours: a lock-free union-find in which a root is only ever
        //    linked under a smaller root, so parents never exceed their child and every component's root is
        //    its lowest row whatever the order of the unions (the labelling does not depend on threads)
        AtomicIntegerArray parent = new AtomicIntegerArray(n);
        for (int i = 0; i < n; i++) {
            parent.set(i, i);
        }
        Progress link = new Progress(progress.range(0.5, 0.85), blocks, "Linking core customers");
        Chunks.forEach(blocks, b -> {
            cancel.throwIfCancelled();
            KdTree.Query q = tree.new Query();
            for (int i = b * BLOCK, to = Math.min(n, i + BLOCK); i < to; i++) {
                if (!core[i]) {
                    continue;
                }
                q.at(x, i).radius(r2);
                for (int t = 0; t < q.count; t++) {
                    int j = q.found[t];
                    if (j < i && core[j]) {
                        union(parent, i, j);
                    }
                }
            }
            link.done();
        });
        // clusters in scikit-learn's order: by their lowest core customer
        int[] raw = new int[n];
        Arrays.fill(raw, Clustering.NOISE);
        int k = 0;
        int[] clusterOfRoot = new int[n];
        Arrays.fill(clusterOfRoot, -1);
        for (int i = 0; i < n; i++) {
            if (core[i]) {
                int r = find(parent, i);
                if (clusterOfRoot[r] < 0) {
                    clusterOfRoot[r] = k++;
                }
                raw[i] = clusterOfRoot[r];
            }
        }

        // 3. border customers: the earliest cluster among their core neighbours
        Progress border = new Progress(progress.range(0.85, 0.98), blocks, "Assigning border customers");
        Chunks.forEach(blocks, b -> {
            cancel.throwIfCancelled();
            KdTree.Query q = tree.new Query();
            for (int i = b * BLOCK, to = Math.min(n, i + BLOCK); i < to; i++) {
                if (core[i] || counts[i] == 1) {
                    continue;
                }
                q.at(x, i).radius(r2);
                int best = Integer.MAX_VALUE;
                for (int t = 0; t < q.count; t++) {
                    int j = q.found[t];
                    if (core[j] && raw[j] < best) {
                        best = raw[j];
                    }
                }
                raw[i] = best == Integer.MAX_VALUE ? Clustering.NOISE : best; // only core labels are read here
            }
            border.done();
        });
        Relabel r = Relabel.of(x, raw, k);
        Clustering c = new Clustering(spec, k, r.labels, r.sizes, r.centroids, Relabel.wcss(x, r.labels, r.centroids),
                r.noise, new DbscanDetails(core, coreCount));
        progress.progress(1, "DBSCAN done: " + k + " segment" + (k == 1 ? "" : "s") + ", " + r.noise + " noise");
        return c;
    }

    /** Root of {@code i}, halving the path on the way (a parent is only replaced by its own parent). */
    private static int find(AtomicIntegerArray parent, int i) {
        while (true) {
            int p = parent.get(i);
            if (p == i) {
                return i;
            }
            int g = parent.get(p);
            if (g != p) {
                parent.compareAndSet(i, p, g);
            }
            i = p;
        }
    }

    private static void union(AtomicIntegerArray parent, int a, int b) {
        while (true) {
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra == rb) {
                return;
            }
            int hi = Math.max(ra, rb);
            int lo = Math.min(ra, rb);
            if (parent.compareAndSet(hi, hi, lo)) {
                return;
            }
        }
    }

    /** Thread-safe progress over a fixed number of blocks. */
    static final class Progress {
        private final ProgressListener listener;
        private final int total;
        private final String label;
        private int done;

        Progress(ProgressListener listener, int total, String label) {
            this.listener = listener;
            this.total = total;
            this.label = label;
        }

        synchronized void done() {
            done++;
            listener.progress((double) done / total, label + ": block " + done + " of " + total);
        }
    }
}
