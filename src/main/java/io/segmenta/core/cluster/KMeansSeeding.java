package io.segmenta.core.cluster;

import io.segmenta.core.work.CancellationToken;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * The k-means++ seeding of {@link KMeansStart}s: chooses each start's centres ({@code KMeansStart.centres})
 * before its Lloyd iterations ({@link KMeansStart#lloyd}).
 */
final class KMeansSeeding {
    private static final int B = BlockedData.BLOCK;

    private KMeansSeeding() {
    }

    /**
     * Greedy k-means++ (scikit-learn's {@code _kmeans_plusplus} with 2 + floor(ln k) local trials) for
     * several starts on the same rows, in lockstep: each start draws its candidates from its own random
     * generator in the order it does alone, and each pass over the rows (the candidates' potentials, then
     * the closest distances to the chosen centre) serves every start while a block of rows is in the
     * core's cache, with each start's sums kept apart and combined in chunk order, so every start's
     * centres are the ones it chooses alone.
     *
     * @param starts   starts on the same data, with the same k and parallel setting; each gets its centres
     * @param rngs     their random generators, in order
     * @param onCentre called before each centre after the first is chosen, with its 0-based number
     */
    static void seed(KMeansStart[] starts, SplittableRandom[] rngs, IntConsumer onCentre, CancellationToken cancel) {
        final KMeansStart first = starts[0];
        final BlockedData data = first.data;
        final int k = first.k;
        final Seeding[] seeds = new Seeding[starts.length];
        for (int t = 0; t < starts.length; t++) {
            seeds[t] = new Seeding(starts[t], rngs[t]);
        }
        // the closest distances start at +inf, so that the first centre's pass is the same code as the others'
        Chunks.forEach(data.chunks, first.parallel, ch -> {
            for (int b = data.chunkStart(ch), end = data.chunkEnd(ch); b < end; b++) {
                for (Seeding s : seeds) {
                    Arrays.fill(s.closest[b], Double.POSITIVE_INFINITY);
                }
            }
        });
        closestPass(first, seeds, 0);
        for (int centre = 1; centre < k; centre++) {
            cancel.throwIfCancelled();
            onCentre.accept(centre);
            for (Seeding s : seeds) {
                s.drawCandidates(centre);
            }
            Chunks.forEach(data.chunks, first.parallel, ch -> {
                for (Seeding s : seeds) {
                    s.clearTrialPartials(ch);
                }
                final double[] buf = new double[B];
                for (int b = data.chunkStart(ch), end = data.chunkEnd(ch); b < end; b++) {
                    for (Seeding s : seeds) {
                        s.trialPotentials(b, ch, buf);
                    }
                }
            });
            for (Seeding s : seeds) {
                s.keepBestCandidate(centre);
            }
            closestPass(first, seeds, centre);
        }
    }

    /** One start's k-means++ state while its centres are chosen ({@link #seed}); they go to its {@code centres}. */
    private static final class Seeding {
        private final KMeansStart start;
        private final BlockedData data;
        private final int k;
        private final int d;
        private final double[] centres;
        private final SplittableRandom rng;
        private final int trials;
        private final double[][] closest;
        private final double[] chunkTotals;
        private final double[] candidatePoints;
        private final double[] trialPartials;
        private double potential;

        Seeding(KMeansStart start, SplittableRandom random) {
            this.start = start;
            data = start.data;
            k = start.k;
            d = start.d;
            rng = random;
            trials = 2 + (int) Math.log(k);
            centres = new double[k * d];
            start.centres = centres;
            closest = new double[data.blocks][B];
            chunkTotals = new double[data.chunks];
            candidatePoints = new double[trials * d];
            trialPartials = new double[data.chunks * trials];
            start.point(rng.nextInt(data.rows), centres, 0);
        }

        /** Draws the candidates for centre {@code centre}, each with probability proportional to its potential. */
        private void drawCandidates(int centre) {
            if (!(potential > 0)) {
                throw new TooFewDistinctPointsException(k, distinct(centres, centre, d));
            }
            for (int t = 0; t < trials; t++) {
                start.point(search(data, closest, chunkTotals, rng.nextDouble() * potential), candidatePoints, t * d);
            }
        }

        /** Takes the candidate that leaves the lowest potential (summed in chunk order) as centre {@code centre}. */
        private void keepBestCandidate(int centre) {
            int best = 0;
            double bestPotential = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                double pot = 0;
                for (int ch = 0; ch < data.chunks; ch++) {
                    pot += trialPartials[ch * trials + t];
                }
                if (pot < bestPotential) {
                    bestPotential = pot;
                    best = t;
                }
            }
            System.arraycopy(candidatePoints, best * d, centres, centre * d, d);
        }

        /**
         * Updates block {@code b}'s closest distances with centre {@code centre}; returns {@code total} plus their
         * sum. The same code for the first centre (the distances start at +inf): a branch that only the first
         * pass takes made the JIT compile this method again after that pass.
         */
        private double updateClosest(int b, int centre, double[] buf, double total) {
            int len = data.blockLength(b);
            double[] cl = closest[b];
            Kernels.squaredDistances(data.x, b, d, centres, centre * d, buf);
            for (int i = 0; i < B; i++) {
                cl[i] = Math.min(cl[i], buf[i]);
            }
            for (int i = 0; i < len; i++) {
                total += cl[i];
            }
            return total;
        }

        private void clearTrialPartials(int ch) {
            Arrays.fill(trialPartials, ch * trials, ch * trials + trials, 0);
        }

        /** Adds block {@code b}'s potential, were each candidate added, to chunk {@code ch}'s partial sums. */
        private void trialPotentials(int b, int ch, double[] buf) {
            int len = data.blockLength(b);
            double[] cl = closest[b];
            for (int t = 0; t < trials; t++) {
                Kernels.squaredDistances(data.x, b, d, candidatePoints, t * d, buf);
                for (int i = 0; i < B; i++) {
                    buf[i] = Math.min(cl[i], buf[i]);
                }
                trialPartials[ch * trials + t] += Kernels.sum(buf, 0, len);
            }
        }
    }

    /** Number of distinct rows among the first {@code m} centres. */
    private static int distinct(double[] c, int m, int d) {
        int count = 0;
        for (int a = 0; a < m; a++) {
            boolean seen = false;
            for (int b = 0; b < a && !seen; b++) {
                seen = Arrays.equals(c, a * d, a * d + d, c, b * d, b * d + d);
            }
            count += seen ? 0 : 1;
        }
        return count;
    }

    /**
     * For every start: closest[i] = min(closest[i], |x_i - centre|^2), per-chunk totals summed in row
     * order, and the potential (their sum in chunk order).
     */
    private static void closestPass(KMeansStart one, Seeding[] seeds, int centre) {
        final BlockedData data = one.data;
        Chunks.forEach(data.chunks, one.parallel, ch -> {
            final double[] buf = new double[B];
            final double[] totals = new double[seeds.length];
            for (int b = data.chunkStart(ch), end = data.chunkEnd(ch); b < end; b++) {
                for (int t = 0; t < seeds.length; t++) {
                    totals[t] = seeds[t].updateClosest(b, centre, buf, totals[t]);
                }
            }
            for (int t = 0; t < seeds.length; t++) {
                seeds[t].chunkTotals[ch] = totals[t];
            }
        });
        for (Seeding s : seeds) {
            double potential = 0;
            for (double t : s.chunkTotals) {
                potential += t;
            }
            s.potential = potential;
        }
    }

    /**
     * The first row whose running sum of {@code closest} reaches {@code r} ({@code numpy.searchsorted}
     * on the cumulative sum, clipped to the last row), searching chunk totals first.
     */
    private static int search(BlockedData data, double[][] closest, double[] chunkTotals, double r) {
        double before = 0;
        int ch = 0;
        while (ch < data.chunks && before + chunkTotals[ch] < r) {
            before += chunkTotals[ch];
            ch++;
        }
        if (ch == data.chunks) {
            return data.rows - 1;
        }
        int from = ch * BlockedData.CHUNK_ROWS;
        int to = Math.min(data.rows, from + BlockedData.CHUNK_ROWS);
        double target = r - before;
        double run = 0;
        int lastPositive = -1;
        for (int i = from; i < to; i++) {
            double v = closest[i / B][i % B];
            run += v;
            if (v > 0) {
                lastPositive = i;
            }
            if (run >= target) {
                return i;
            }
        }
        // rounding: the running sum fell a hair short of the chunk total
        return lastPositive >= 0 ? lastPositive : to - 1;
    }
}
