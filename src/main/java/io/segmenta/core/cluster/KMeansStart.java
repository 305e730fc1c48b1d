package io.segmenta.core.cluster;

import io.segmenta.core.work.CancellationToken;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * One k-means start on {@link BlockedData}, following scikit-learn's {@code KMeans(algorithm="lloyd")}
 * step for step: greedy k-means++ seeding, Lloyd iterations with scikit-learn's empty-cluster
 * relocation, stop when no label changes or when the summed squared centre shift is at most the
 * tolerance, then a final assignment to the final centres when the run did not converge strictly.
 *
 * <p>All passes over the rows run chunk by chunk (in parallel when there are several chunks) and
 * combine per-chunk partial sums in chunk order, so a start is bit-for-bit reproducible. Several
 * starts on the same rows can be seeded ({@link KMeansSeeding#seed}) and iterated ({@link #lloyd}) together, each
 * pass serving all of them; a start's result does not depend on the others.
 */
final class KMeansStart {
    private static final int B = BlockedData.BLOCK;

    final BlockedData data;
    final int k;
    final int d;
    /** Whether passes over the rows use all cores (false when starts run in parallel instead). */
    final boolean parallel;

    /** Final centres in the centred space, k x d row-major. */
    double[] centres;
    /** Final label of every row. */
    int[] labels;
    /** Sum of squared distances of rows to their centre. */
    double inertia;
    /** Lloyd iterations run. */
    int iterations;

    /** A start without centres yet: {@link KMeansSeeding#seed} chooses them. */
    KMeansStart(BlockedData data, int k, boolean parallel) {
        this.data = data;
        this.k = k;
        this.d = data.cols;
        this.parallel = parallel;
    }

    /**
     * Runs one start.
     *
     * @param parallel    whether passes over the rows use all cores
     * @param tolerance   absolute tolerance on the summed squared centre shift
     * @param onIteration called before each iteration with its 0-based index
     * @throws TooFewDistinctPointsException when the rows hold fewer than k distinct points
     */
    static KMeansStart run(BlockedData data, int k, SplittableRandom rng, boolean parallel, int maxIterations,
            double tolerance, IntConsumer onIteration, CancellationToken cancel) {
        KMeansStart s = seeded(data, k, rng, parallel, cancel);
        lloyd(new KMeansStart[] {s}, maxIterations, tolerance, onIteration, cancel);
        return s;
    }

    /**
     * A start with its k-means++ centres, before its Lloyd iterations ({@link #lloyd(KMeansStart[], int,
     * double, IntConsumer, CancellationToken)}).
     */
    static KMeansStart seeded(BlockedData data, int k, SplittableRandom rng, boolean parallel,
                              CancellationToken cancel) {
        KMeansStart s = new KMeansStart(data, k, parallel);
        KMeansSeeding.seed(new KMeansStart[] {s}, new SplittableRandom[] {rng}, centre -> { }, cancel);
        return s;
    }

    /** Copies the centred coordinates of row {@code i} into {@code out[off..off+d)}. */
    void point(int i, double[] out, int off) {
        for (int j = 0; j < d; j++) {
            out[off + j] = data.get(i, j);
        }
    }

    // ------------------------------------------------------------------ Lloyd

    /**
     * Lloyd iterations of several seeded starts on the same rows, in lockstep: each pass over the rows
     * takes a block of rows into the core's cache once and assigns it for every start still iterating
     * (the pass is limited by reading the rows from memory: 6.1 ns a row for k = 5 on 1,000,000 x 6
     * against 3.9 ns when the rows are in the cache, two threads). Each start keeps its own labels,
     * sums and per-chunk partial results, combined in chunk order with the same arithmetic as when it
     * runs alone, so every start's result is the one it has alone, bit for bit; a start leaves the
     * lockstep when it converges. The cluster sums and counts are kept for the current labels and
     * updated with the rows that changed label only (per-chunk deltas combined in chunk order), so late
     * iterations, where few rows move, cost little more than the distance computation.
     *
     * <p>No distance bounds: Hamerly's bounds (stored relative to the cumulative centre drift, so a
     * skipped row cost two loads) were measured on the benchmark table (1,000,000 x 6, five
     * overlapping segments, k = 5) and made iterations slower, 6.6-9.6 ms instead of 4.6-6.8 ms:
     * 15-40 % of the rows failed the bound test in every iteration, and rows that fail cost a scalar
     * distance computation, while this pass computes all distances vectorised and is limited by
     * reading the rows from memory. Measured again on the e2e table (1,000,000 x 6, five blobs,
     * k = 1..10, ten starts each) with bounds kept as plain distances: 93-97 % of the rows skipped
     * from k = 6 on, and still 1.3-1.5 times slower (the bounds are read and written for every row).
     *
     * @param starts      seeded starts on the same data, with the same k and parallel setting
     * @param onIteration called before each pass with its 0-based iteration
     */
    static void lloyd(KMeansStart[] starts, int maxIterations, double tolerance, IntConsumer onIteration,
                      CancellationToken cancel) {
        final KMeansStart first = starts[0];
        final BlockedData data = first.data;
        final int chunks = data.chunks;
        final Iterating[] all = new Iterating[starts.length];
        for (int t = 0; t < starts.length; t++) {
            all[t] = starts[t].new Iterating();
        }
        Iterating[] running = all;
        for (int it = 0; it < maxIterations && running.length > 0; it++) {
            cancel.throwIfCancelled();
            onIteration.accept(it);
            final Iterating[] now = running;
            // the first pass, where every row changes label, calls its own method: when one method served every
            // pass, the JIT compiled it for the first and had to compile it again for the next
            Chunks.forEach(chunks, first.parallel, it == 0 ? ch -> {
                final Scratch w = new Scratch(first.k);
                for (int b = data.chunkStart(ch), end = data.chunkEnd(ch); b < end; b++) {
                    for (Iterating s : now) {
                        s.assignFirst(b, ch, w);
                    }
                }
            } : ch -> {
                for (Iterating s : now) {
                    s.clearPartials(ch);
                }
                final Scratch w = new Scratch(first.k);
                for (int b = data.chunkStart(ch), end = data.chunkEnd(ch); b < end; b++) {
                    for (Iterating s : now) {
                        s.assign(b, ch, w);
                    }
                }
            });
            List<Iterating> next = new ArrayList<>(now.length);
            for (Iterating s : now) {
                if (s.update(it, tolerance)) {
                    next.add(s);
                }
            }
            running = next.toArray(Iterating[]::new);
        }
        for (Iterating s : running) {
            s.ranOut(maxIterations);
        }
        cancel.throwIfCancelled();
        // the final assignment (after a run that did not converge strictly) and the inertia, in one pass:
        // a block's rows are still in the core's cache for its inertia
        Chunks.forEach(chunks, first.parallel, ch -> {
            final Scratch w = new Scratch(first.k);
            final double[] inertia = new double[starts.length];
            for (int b = data.chunkStart(ch), end = data.chunkEnd(ch); b < end; b++) {
                for (int t = 0; t < starts.length; t++) {
                    if (!all[t].strict) {
                        all[t].assign(b, ch, w); // its changes to the partial sums are not used
                    }
                    inertia[t] = starts[t].inertiaOfBlock(b, starts[t].centres, inertia[t]);
                }
            }
            for (int t = 0; t < starts.length; t++) {
                all[t].partialInertia[ch] = inertia[t];
            }
        });
        for (int t = 0; t < starts.length; t++) {
            double total = 0;
            for (int ch = 0; ch < chunks; ch++) {
                total += all[t].partialInertia[ch];
            }
            starts[t].inertia = total;
        }
    }

    /** A thread's buffers for the distances of one block of rows to every centre. */
    private static final class Scratch {
        final double[][] dist;
        final long[] packed = new long[B];

        Scratch(int k) {
            dist = new double[k][B];
        }
    }

    /** One start's Lloyd state while its iterations run ({@link #lloyd}); its labels go to {@link #labels}. */
    private final class Iterating {
        private final double[] partialSums;
        private final int[] partialCounts;
        private final int[] partialChanged;
        private final double[] partialInertia;
        private final double[] sums;
        private final int[] counts;
        private boolean strict;

        Iterating() {
            final int chunks = data.chunks;
            final int kd = k * d;
            labels = new int[data.rows];
            partialSums = new double[chunks * kd];
            partialCounts = new int[chunks * k];
            partialChanged = new int[chunks];
            partialInertia = new double[chunks];
            sums = new double[kd];
            counts = new int[k];
        }

        /** Ends the start after {@code maxIterations} iterations without converging. */
        private void ranOut(int maxIterations) {
            iterations = maxIterations;
        }

        private void clearPartials(int ch) {
            final int kd = k * d;
            Arrays.fill(partialSums, ch * kd, ch * kd + kd, 0);
            Arrays.fill(partialCounts, ch * k, ch * k + k, 0);
            partialChanged[ch] = 0;
        }

        /**
         * Ends iteration {@code it}: combines the chunks' partial sums in chunk order, relocates empty
         * clusters, moves the centres and tells whether the start goes on (false once no label changed or
         * the summed squared centre shift is at most the tolerance).
         */
        private boolean update(int it, double tolerance) {
            final int chunks = data.chunks;
            final int kd = k * d;
            final double[] old = centres;
            int changed = 0;
            for (int ch = 0; ch < chunks; ch++) {
                for (int q = 0; q < kd; q++) {
                    sums[q] += partialSums[ch * kd + q];
                }
                for (int q = 0; q < k; q++) {
                    counts[q] += partialCounts[ch * k + q];
                }
                changed += partialChanged[ch];
            }
            double[] relocated = sums.clone();
            int[] relocatedCounts = counts.clone();
            relocateEmptyClusters(old, relocated, relocatedCounts);
            double[] next = new double[kd];
            double shift = 0;
            for (int q = 0; q < k; q++) {
                double alpha = relocatedCounts[q] > 0 ? 1.0 / relocatedCounts[q] : 1.0;
                for (int j = 0; j < d; j++) {
                    double v = relocated[q * d + j] * alpha;
                    next[q * d + j] = v;
                    double delta = v - old[q * d + j];
                    shift += delta * delta;
                }
            }
            centres = next;
            strict = changed == 0;
            boolean goesOn = !strict && !(shift <= tolerance);
            if (!goesOn) {
                iterations = it + 1;
            }
            return goesOn;
        }

        /**
         * The first assignment of the rows of block {@code b} (in chunk {@code ch}): labels them with their
         * nearest centre and adds them to the chunk's slots of the cluster sums and counts, in row order (what
         * {@link #assign} does when every label changes). {@code w} holds the calling thread's buffers.
         */
        private void assignFirst(int b, int ch, Scratch w) {
            final long mask = nearest(b, w);
            final int len = data.blockLength(b);
            for (int i = 0; i < len; i++) {
                final int a = (int) (w.packed[i] & mask);
                labels[b * B + i] = a;
                partialCounts[ch * k + a]++;
                for (int j = 0; j < d; j++) {
                    partialSums[(ch * k + a) * d + j] += data.x[b * d + j][i];
                }
            }
            partialChanged[ch] += len;
        }

        /**
         * Assigns every row of block {@code b} (in chunk {@code ch}), which has a label, to its nearest centre
         * and records in the chunk's slots how the cluster sums and counts change for the rows whose label
         * changed; counts the changed rows in the chunk's slot. {@code w} holds the calling thread's buffers.
         */
        private void assign(int b, int ch, Scratch w) {
            final double[][] x = data.x;
            final int[] lab = labels;
            final int sumOff = ch * k * d;
            final int countOff = ch * k;
            final long mask = nearest(b, w);
            final long[] packed = w.packed;
            final int len = data.blockLength(b);
            final int r0 = b * B;
            int changed = 0;
            for (int i = 0; i < len; i++) {
                final int a = (int) (packed[i] & mask);
                final int was = lab[r0 + i];
                if (was == a) {
                    continue;
                }
                changed++;
                lab[r0 + i] = a;
                partialCounts[countOff + a]++;
                partialCounts[countOff + was]--;
                for (int j = 0; j < d; j++) {
                    double v = x[b * d + j][i];
                    partialSums[sumOff + a * d + j] += v;
                    partialSums[sumOff + was * d + j] -= v;
                }
            }
            partialChanged[ch] += changed;
        }

        /**
         * The nearest centre of each row of block {@code b}, in the low bits of {@code w.packed} (the rule of
         * {@link Kernels#nearest}); returns the mask of those bits.
         */
        private long nearest(int b, Scratch w) {
            final int bits = Kernels.labelBits(k);
            final long mask = (1L << bits) - 1;
            final long[] packed = w.packed;
            for (int q = 0; q < k; q++) {
                Kernels.squaredDistances(data.x, b, d, centres, q * d, w.dist[q]);
            }
            Kernels.nearest(w.dist, k, bits, packed);
            return mask;
        }
    }

    /** {@code s} plus the squared distances of the rows of block {@code b} to their centre, added in row order. */
    private double inertiaOfBlock(int b, double[] c, double s) {
        int len = data.blockLength(b);
        for (int i = 0; i < len; i++) {
            s += distanceToCentre(b, i, c, labels[b * B + i]);
        }
        return s;
    }

    /** Squared distance of row i of block b to centre q. */
    private double distanceToCentre(int b, int i, double[] c, int q) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            double t = data.x[b * d + j][i] - c[q * d + j];
            s += t * t;
        }
        return s;
    }

    /**
     * scikit-learn's {@code _relocate_empty_clusters_dense}: each empty cluster takes the row that
     * is farthest from its (old) centre, farthest first (ties: lowest row); that row's sum moves from
     * its cluster to the empty one. Labels are left as they are, as in scikit-learn.
     */
    private void relocateEmptyClusters(double[] old, double[] sums, int[] counts) {
        int empty = 0;
        for (int q = 0; q < k; q++) {
            if (counts[q] == 0) {
                empty++;
            }
        }
        if (empty == 0) {
            return;
        }
        final int n = data.rows;
        int[] far = new int[empty];
        double[] farDist = new double[empty];
        Arrays.fill(far, -1);
        Arrays.fill(farDist, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            double dist = distanceToCentre(i / B, i % B, old, labels[i]);
            if (dist > farDist[empty - 1]) {
                int p = empty - 1;
                while (p > 0 && dist > farDist[p - 1]) {
                    farDist[p] = farDist[p - 1];
                    far[p] = far[p - 1];
                    p--;
                }
                farDist[p] = dist;
                far[p] = i;
            }
        }
        double[] row = new double[d];
        int e = 0;
        for (int q = 0; q < k; q++) {
            if (counts[q] != 0) {
                continue;
            }
            int i = far[e++];
            int from = labels[i];
            point(i, row, 0);
            for (int j = 0; j < d; j++) {
                sums[from * d + j] -= row[j];
                sums[q * d + j] = row[j];
            }
            counts[q] = 1;
            counts[from] -= 1;
        }
    }
}
