package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.Parallel;
import io.segmenta.core.work.ProgressListener;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Segmenta's k-means: the result scikit-learn's {@code KMeans(init="k-means++", algorithm="lloyd")}
 * gives, from a kernel built for speed (see DESIGN.md).
 *
 * <ul>
 *   <li>Seeding: greedy k-means++, 2 + floor(ln k) candidates per new centre, keeping the one that
 *       lowers the potential most.</li>
 *   <li>Lloyd iterations until no label changes, or the summed squared centre shift is at most
 *       {@code tolerance x mean feature variance}, or {@code maxIterations}; then a final assignment
 *       to the final centres. Empty clusters take the row farthest from its centre, as in
 *       scikit-learn.</li>
 *   <li>The best of several starts (lowest WCSS; a later start must be better by a relative 1e-6).</li>
 *   <li>Data are centred and stored column-blocked ({@link BlockedData}); passes over the rows are
 *       split into fixed chunks and run on all cores, and partial sums are combined in chunk order,
 *       so the same seed gives bit-identical results whatever the thread scheduling. Tables up to
 *       65,536 rows run their starts in parallel instead, each start on one thread.</li>
 *   <li>Fewer distinct rows than k: refused with {@link TooFewDistinctPointsException} (scikit-learn
 *       would return duplicate centres and a warning).</li>
 * </ul>
 */
public final class KMeans {
    /**
     * Work budget for automatic starts, in rows x cols x k summed over starts: about 0.3 s on a
     * 2-core machine (one start costs roughly 5 ns per unit, seeding and iterations included).
     */
    static final double AUTO_STARTS_BUDGET = 6.0e7;
    static final int MIN_AUTO_STARTS = 10;
    /** Up to this many row chunks (4 x 16,384 rows), starts run in parallel rather than the passes. */
    static final int PARALLEL_STARTS_MAX_CHUNKS = 4;
    /** Share of the progress bar for the k-means++ seeding of the starts on a large table (about half the work). */
    private static final double SEEDING_SHARE = 0.5;
    /**
     * Cap for small tables. 50 starts are not enough to find the best clustering reliably: on the
     * Mall data (200 rows) scikit-learn's n_init=50 reproduces its own best k = 8 clustering for
     * only 3 of 40 random states, and 50 Segmenta starts matched the reference sweep within its
     * tolerances for 35 of 100 seeds; 1000 starts matched for 100 of 100 and take about 20 ms there.
     */
    static final int MAX_AUTO_STARTS = 1000;

    private KMeans() {
    }

    /**
     * k-means options.
     *
     * @param k             number of segments, 1..rows
     * @param starts        number of k-means++ starts; 0 chooses {@link #autoStarts(int, int, int)}
     * @param seed          random seed; the same seed gives the same result
     * @param maxIterations Lloyd iterations per start, at least 1
     * @param tolerance     relative tolerance: a start stops when the summed squared shift of the
     *                      centres is at most {@code tolerance} times the mean feature variance
     *                      (scikit-learn's {@code tol})
     */
    public record Options(int k, int starts, long seed, int maxIterations, double tolerance) {
        /** k and seed with automatic starts, 300 iterations and tolerance 1e-4 (scikit-learn's defaults). */
        public static Options of(int k, long seed) {
            return new Options(k, 0, seed, 300, 1e-4);
        }

        /** The same options with another k. */
        public Options withK(int newK) {
            return new Options(newK, starts, seed, maxIterations, tolerance);
        }
    }

    /**
     * Clusters the rows of {@code x}.
     *
     * @throws SegmentaException            for an empty matrix, k outside 1..rows, bad options or a
     *                                      missing/infinite value
     * @throws TooFewDistinctPointsException when the rows hold fewer than k distinct points
     * @throws io.segmenta.core.work.CancelledException when {@code cancel} fires (polled between
     *                                      starts and iterations; a cancelled fit stops within one
     *                                      iteration). {@code progress} and {@code cancel} may be
     *                                      called from worker threads.
     */
    public static KMeansResult fit(DataMatrix x, Options o, ProgressListener progress, CancellationToken cancel) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(o, "options");
        validate(x.rows(), x.cols(), o);
        return fit(BlockedData.of(x, cancel), o, progress, cancel);
    }

    /**
     * Number of starts used when {@code Options.starts == 0}: at least 10; more where they cost well
     * under a second (a budget of about 0.3 s of work), up to 1000 on small tables, where many starts
     * are what finds the best clustering reliably. Deterministic in its arguments (never timed), so
     * results reproduce. Examples: 200 x 2 at any k: 1000; 10,000 x 6, k = 5: 200;
     * 1,000,000 x 6, k = 5: 10.
     */
    public static int autoStarts(int rows, int cols, int k) {
        double perStart = (double) rows * Math.max(1, cols) * Math.max(2, k);
        double fit = AUTO_STARTS_BUDGET / perStart;
        return (int) Math.max(MIN_AUTO_STARTS, Math.min(MAX_AUTO_STARTS, Math.floor(fit)));
    }

    static void validate(int rows, int cols, Options o) {
        if (rows == 0) {
            throw new SegmentaException("The feature table has no customers (0 rows): load a table with at least"
                    + " one row, or relax the filters, before clustering.");
        }
        if (cols == 0) {
            throw new SegmentaException("No features are selected: choose at least one numeric feature to cluster"
                    + " on.");
        }
        validateK(o.k(), rows);
        if (o.starts() < 0) {
            throw new SegmentaException("starts = " + o.starts() + " is not valid: use 0 for automatic or a"
                    + " positive number of k-means++ starts.");
        }
        if (o.maxIterations() < 1) {
            throw new SegmentaException("maxIterations = " + o.maxIterations()
                    + " is not valid: k-means needs at least 1 iteration (300 is the usual default).");
        }
        if (!(o.tolerance() >= 0) || Double.isInfinite(o.tolerance())) {
            throw new SegmentaException("tolerance = " + o.tolerance()
                    + " is not valid: use a finite number >= 0 (1e-4 is the usual default).");
        }
    }

    static void validateK(int k, int rows) {
        if (k < 1) {
            throw new SegmentaException("k = " + k + " is not valid: the number of segments must be at least 1.");
        }
        if (k > rows) {
            throw new SegmentaException("k = " + k + " is larger than the " + rows + " customer"
                    + (rows == 1 ? "" : "s") + " in the data: choose k between 1 and " + rows + ".");
        }
    }

    /** {@link #fit(DataMatrix, Options, ProgressListener, CancellationToken)} on prepared data. */
    static KMeansResult fit(BlockedData data, Options o, ProgressListener progress, CancellationToken cancel) {
        validate(data.rows, data.cols, o);
        final int k = o.k();
        final int starts = o.starts() == 0 ? autoStarts(data.rows, data.cols, k) : o.starts();
        final SplittableRandom root = new SplittableRandom(o.seed());
        final SplittableRandom[] rngs = new SplittableRandom[starts];
        for (int s = 0; s < starts; s++) {
            rngs[s] = root.split();
        }
        final double tolerance = o.tolerance() * data.meanVariance;
        final KMeansStart[] runs = new KMeansStart[starts];
        if (data.chunks <= PARALLEL_STARTS_MAX_CHUNKS && starts > 1) {
            // small table: one start per core, each start on one thread
            int[] done = new int[1];
            Parallel.forEach(starts, s -> {
                runs[s] = KMeansStart.run(data, k, rngs[s], false, o.maxIterations(), tolerance, it -> { }, cancel);
                synchronized (done) { // one report at a time, so the fraction never goes back
                    done[0]++;
                    progress.progress((double) done[0] / starts, "Start " + done[0] + " of " + starts);
                }
            });
        } else {
            // large table: the starts together, every pass over the rows serving all of them, on all cores: their
            // k-means++ centres (in groups whose closest distances fit the memory), then their Lloyd iterations
            int group = seedingGroup(data.rows, starts);
            for (int from = 0; from < starts; from += group) {
                int to = Math.min(starts, from + group);
                KMeansStart[] some = new KMeansStart[to - from];
                for (int s = from; s < to; s++) {
                    runs[s] = new KMeansStart(data, k, true);
                    some[s - from] = runs[s];
                }
                String label = to - from == 1 ? "Start " + to + " of " + starts + ": k-means++ centre "
                        : "Starts " + (from + 1) + "-" + to + " of " + starts + ": k-means++ centre ";
                double before = (double) from / starts;
                double share = (double) (to - from) / starts;
                KMeansSeeding.seed(some, Arrays.copyOfRange(rngs, from, to), centre -> progress.progress(
                        SEEDING_SHARE * (before + share * centre / k), label + (centre + 1) + " of " + k), cancel);
            }
            String label = starts == 1 ? "Start 1 of 1, iteration " : starts + " starts together, iteration ";
            KMeansStart.lloyd(runs, o.maxIterations(), tolerance,
                    it -> progress.progress(SEEDING_SHARE + (1 - SEEDING_SHARE) * it / (it + 10.0), label + (it + 1)),
                    cancel);
        }
        KMeansStart best = runs[0];
        for (int s = 1; s < starts; s++) {
            if (runs[s].inertia < best.inertia * (1 - 1e-6)) {
                best = runs[s];
            }
        }
        KMeansResult result = relabel(data, best, starts);
        progress.progress(1.0, "k-means done: k = " + k + ", best of " + starts + " start" + (starts == 1 ? "" : "s"));
        return result;
    }

    /**
     * How many starts choose their k-means++ centres together: their closest distances (8 bytes a row
     * each) take at most a sixteenth of the heap, at least one (ten starts on 1,000,000 rows from a
     * 1.3 GB heap on; three on 10,000,000 rows in a 4 GB heap). The results do not depend on it.
     */
    static int seedingGroup(int rows, int starts) {
        long perStart = 8L * rows + 1;
        long budget = Runtime.getRuntime().maxMemory() / 16;
        return (int) Math.max(1, Math.min(starts, budget / perStart));
    }

    /** Renumbers segments by size (descending, ties by centroid) and moves centroids back to input units. */
    private static KMeansResult relabel(BlockedData data, KMeansStart run, int starts) {
        final int k = run.centres.length / data.cols;
        final int d = data.cols;
        int[] count = new int[k];
        for (int l : run.labels) {
            count[l]++;
        }
        double[] raw = new double[k * d];
        for (int q = 0; q < k; q++) {
            for (int j = 0; j < d; j++) {
                raw[q * d + j] = run.centres[q * d + j] + data.mean[j];
            }
        }
        Integer[] order = new Integer[k];
        for (int q = 0; q < k; q++) {
            order[q] = q;
        }
        Arrays.sort(order, (a, b) -> {
            if (count[a] != count[b]) {
                return Integer.compare(count[b], count[a]);
            }
            int c = Arrays.compare(raw, a * d, a * d + d, raw, b * d, b * d + d);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] newId = new int[k];
        double[] centroids = new double[k * d];
        int[] sizes = new int[k];
        for (int q = 0; q < k; q++) {
            int old = order[q];
            newId[old] = q;
            sizes[q] = count[old];
            System.arraycopy(raw, old * d, centroids, q * d, d);
        }
        int[] labels = new int[run.labels.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = newId[run.labels[i]];
        }
        return new KMeansResult(k, labels, centroids, run.inertia, run.iterations, sizes, starts);
    }
}
