package io.segmenta.core.prep;

import io.segmenta.core.work.CancellationToken;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import smile.anomaly.IsolationForest;
import smile.anomaly.IsolationTree;
import smile.math.MathEx;
import smile.stat.distribution.GaussianDistribution;

/**
 * Fits Smile's Isolation Forest so that the same seed always gives the same forest.
 *
 * <p>Smile 3.1.1's {@code IsolationForest.fit} is not reproducible: it grows the trees in a
 * parallel stream, and each worker thread draws from its own thread-local generator
 * ({@code MathEx.setSeed} seeds only the calling thread's); and {@code IsolationTree} draws split
 * slopes from the shared {@code GaussianDistribution.getInstance()}, which keeps the second value of
 * each Box-Muller pair for its next call, so one run changes the next. Here the trees are grown on
 * the calling thread with Smile's public {@code IsolationTree} constructor: the subsamples are
 * drawn with a {@link SplittableRandom} of the seed, the thread's Smile generator is seeded with
 * {@code MathEx.setSeed(seed)}, and the Gaussian's pending value is used up first (detected by
 * whether a draw consumed uniform numbers), all under one lock.
 *
 * <p>Parameters follow the Isolation Forest paper and scikit-learn: 100 trees, subsamples of
 * min(256, n) customers without replacement, height limit ceil(log2 subsample), axis-parallel
 * splits (extension level 0); scores are normalised by the subsample size, so they are the
 * paper's {@code 2^(-E[h(x)] / c(subsample))}: near 1 for anomalies, at most about 0.5 for ordinary customers.
 */
final class IsolationForests {
    static final int TREES = 100;
    static final int MAX_SUBSAMPLE = 256;
    private static final Object LOCK = new Object();

    private IsolationForests() {
    }

    /**
     * Fits a forest on {@code n} rows given column by column.
     *
     * @param columns raw feature values, {@code columns[j][i]} for feature j of row i
     */
    static IsolationForest fit(double[][] columns, int n, long seed, CancellationToken cancel) {
        int d = columns.length;
        int m = Math.min(MAX_SUBSAMPLE, n);
        int depth = (int) Math.ceil(Math.log(m) / Math.log(2));
        SplittableRandom random = new SplittableRandom(seed);
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        IsolationTree[] trees = new IsolationTree[TREES];
        synchronized (LOCK) {
            clearPendingGaussian();
            MathEx.setSeed(seed);
            for (int t = 0; t < TREES; t++) {
                cancel.throwIfCancelled();
                List<double[]> sample = new ArrayList<>(m);
                for (int s = 0; s < m; s++) {
                    int r = s + random.nextInt(n - s);
                    int tmp = index[s];
                    index[s] = index[r];
                    index[r] = tmp;
                    double[] row = new double[d];
                    for (int j = 0; j < d; j++) {
                        row[j] = columns[j][index[s]];
                    }
                    sample.add(row);
                }
                trees[t] = new IsolationTree(sample, depth, 0);
            }
        }
        return new IsolationForest(m, 0, trees);
    }

    /**
     * The anomaly score of each of {@code n} rows given column by column, in blocks on all cores
     * (scoring only reads the forest, so the result does not depend on the threads).
     */
    static double[] score(IsolationForest forest, double[][] columns, int n, CancellationToken cancel) {
        int d = columns.length;
        double[] scores = new double[n];
        int block = 4096;
        int blocks = (n + block - 1) / block;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            cancel.throwIfCancelled();
            double[] row = new double[d];
            for (int i = b * block, end = Math.min(n, i + block); i < end; i++) {
                for (int j = 0; j < d; j++) {
                    row[j] = columns[j][i];
                }
                scores[i] = forest.score(row);
            }
        });
        return scores;
    }

    /**
     * Leaves Smile's shared Gaussian generator without a pending Box-Muller value: a draw that
     * consumes no uniform numbers returned the pending value (now gone); one that does made a new
     * pair, whose pending half the second draw uses up.
     */
    private static void clearPendingGaussian() {
        GaussianDistribution g = GaussianDistribution.getInstance();
        long probe = 0x5e9e47a1L;
        MathEx.setSeed(probe);
        double first = MathEx.random();
        MathEx.setSeed(probe);
        g.rand();
        if (MathEx.random() != first) {
            g.rand();
        }
    }
}
