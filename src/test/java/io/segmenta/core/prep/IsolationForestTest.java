package io.segmenta.core.prep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explore.Correlation;
import io.segmenta.core.explore.CorrelationMethod;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.CancelledException;
import io.segmenta.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Segmenta's Isolation Forest against scikit-learn's on the Mall data, its determinism, and its
 * checks of trees read from a model file.
 */
class IsolationForestTest {
    private static final List<String> INCOME_SPENDING = List.of("Annual Income (k$)", "Spending Score (1-100)");
    private static final List<String> AGE_INCOME_SPENDING = List.of("Age", "Annual Income (k$)",
            "Spending Score (1-100)");

    private static double[][] columns(Dataset data, List<String> names) {
        return names.stream().map(n -> ((NumericColumn) data.column(n)).toArray()).toArray(double[][]::new);
    }

    /** scikit-learn's scores, the mean over 50 seeds (see iforest_reference.py beside the file). */
    private static double[] sklearnScores(int column) throws IOException {
        try (InputStream in = IsolationForestTest.class.getResourceAsStream("/reference/iforest_mall_sklearn.csv")) {
            List<String> lines = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
            return lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[column])).toArray();
        }
    }

    private static Set<Integer> mostIsolated(double[] scores, int count) {
        Set<Integer> top = new HashSet<>();
        IntStream.range(0, scores.length).boxed().sorted((a, b) -> Double.compare(scores[b], scores[a])).limit(count)
                .forEach(top::add);
        return top;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"income and spending, 1, 0.990, 9", "age income and spending, 2, 0.980, 8"})
    void scoresAgreeWithScikitLearn(String set, int column, double minRankCorrelation, int minCommonTop10)
            throws Exception {
        Dataset mall = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        double[][] x = columns(mall, column == 1 ? INCOME_SPENDING : AGE_INCOME_SPENDING);
        int n = mall.rowCount();
        double[] ours = IsolationForest.fit(x, n, 42, CancellationToken.NONE).score(x, n, CancellationToken.NONE);
        double[] sklearn = sklearnScores(column);
        // two scikit-learn forests of different seeds agree to rank correlation 0.96 to 0.98
        double rho = Correlation.of("ours", ours, "sklearn", sklearn, CorrelationMethod.SPEARMAN).r();
        assertTrue(rho >= minRankCorrelation, "Spearman " + rho);
        Set<Integer> common = mostIsolated(ours, 10);
        common.retainAll(mostIsolated(sklearn, 10));
        assertTrue(common.size() >= minCommonTop10, "common among the 10 most isolated: " + common);
        // the same score scale: the paper's 2^(-E[h] / c(256))
        double maxOurs = Arrays.stream(ours).max().orElseThrow();
        double maxSklearn = Arrays.stream(sklearn).max().orElseThrow();
        assertEquals(maxSklearn, maxOurs, 0.02);
        assertEquals(Arrays.stream(sklearn).average().orElseThrow(), Arrays.stream(ours).average().orElseThrow(),
                0.01);
    }

    @Test
    void theSameSeedGrowsTheSameForestOnAnyNumberOfThreads() throws Exception {
        double[][] x = generated(5_000, 3);
        IsolationForest common = IsolationForest.fit(x, 5_000, 9, CancellationToken.NONE);
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            IsolationForest single = one.submit(() -> IsolationForest.fit(x, 5_000, 9, CancellationToken.NONE)).get();
            assertEquals(common.trees(), single.trees());
        } finally {
            one.shutdown();
        }
        assertTrue(!common.trees().equals(IsolationForest.fit(x, 5_000, 10, CancellationToken.NONE).trees()),
                "another seed grows another forest");
        assertEquals(IsolationForest.TREES, common.trees().size());
        assertEquals(IsolationForest.MAX_SUBSAMPLE, common.subsample());
        // every tree stops at the height limit ceil(log2 256) = 8: at most 2^9 - 1 nodes
        assertTrue(common.trees().stream().allMatch(t -> t.size() <= 511));
    }

    @Test
    void aCustomerFarFromTheRestScoresNearOne() {
        double[][] x = generated(1_000, 2);
        IsolationForest forest = IsolationForest.fit(x, 1_000, 1, CancellationToken.NONE);
        double far = forest.score(new double[] {50, 50});
        double typical = forest.score(new double[] {0, 0});
        assertTrue(far > 0.7, "far " + far);
        assertTrue(typical < 0.5, "typical " + typical);
        // one customer scores as in the whole table
        assertEquals(forest.score(x, 1_000, CancellationToken.NONE)[3], forest.score(new double[] {x[0][3], x[1][3]}));
    }

    @Test
    void averagePathLengthIsTheBinarySearchTreeFormula() {
        assertEquals(0, IsolationForest.averagePathLength(1));
        assertEquals(1, IsolationForest.averagePathLength(2));
        // scikit-learn 1.2.1's _average_path_length of 256, 3 and 6
        assertEquals(10.244770920119917, IsolationForest.averagePathLength(256), 1e-12);
        assertEquals(1.20739236, IsolationForest.averagePathLength(3), 1e-8);
        assertEquals(2.70664049, IsolationForest.averagePathLength(6), 1e-8);
    }

    @Test
    void aSmallTableIsSubsampledWhole() {
        double[][] x = generated(40, 2);
        IsolationForest forest = IsolationForest.fit(x, 40, 3, CancellationToken.NONE);
        assertEquals(40, forest.subsample());
        // each tree's leaves hold all 40 customers
        for (IsolationForest.Tree t : forest.trees()) {
            double customers = 0;
            for (int i = 0; i < t.size(); i++) {
                customers += t.feature(i) < 0 ? t.value(i) : 0;
            }
            assertEquals(40, customers);
        }
    }

    @Test
    void cancellingStopsTheFit() {
        double[][] x = generated(10_000, 2);
        assertThrows(CancelledException.class, () -> IsolationForest.fit(x, 10_000, 1, () -> true));
    }

    @Test
    void malformedTreesAreRefusedWithTheReason() {
        // a root split with one child only
        assertEquals("it ends before every inner node has two children (2 nodes)", assertThrows(
                IllegalArgumentException.class, () -> new IsolationForest.Tree(new int[] {0, -1},
                        new double[] {1.5, 3})).getMessage());
        assertEquals("it has 1 nodes after its last leaf", assertThrows(IllegalArgumentException.class,
                () -> new IsolationForest.Tree(new int[] {-1, -1}, new double[] {2, 2})).getMessage());
        assertEquals("it has 2 features for 1 values", assertThrows(IllegalArgumentException.class,
                () -> new IsolationForest.Tree(new int[] {0, -1}, new double[] {1})).getMessage());
        assertEquals("node 1 has the value 0.0, but a leaf's size must be at least 1", assertThrows(
                IllegalArgumentException.class, () -> new IsolationForest.Tree(new int[] {0, -1, -1},
                        new double[] {1.5, 0, 3})).getMessage());
        assertEquals("node 0 has the value NaN, but a threshold must be finite", assertThrows(
                IllegalArgumentException.class, () -> new IsolationForest.Tree(new int[] {0, -1, -1},
                        new double[] {Double.NaN, 1, 3})).getMessage());
        IsolationForest.Tree good = new IsolationForest.Tree(new int[] {1, -1, 0, -1, -1},
                new double[] {1.5, 3, 0.5, 1, 2});
        assertEquals("tree 1 splits on feature 1, but features run from 0 to 0", assertThrows(
                IllegalArgumentException.class, () -> new IsolationForest(8, 1, List.of(good))).getMessage());
        // a well-formed tree: x[1] < 1.5 is a leaf of 3 at depth 1; else x[0] < 0.5 a leaf of 1 at depth 2
        IsolationForest forest = new IsolationForest(6, 2, List.of(good));
        double norm = IsolationForest.averagePathLength(6);
        assertEquals(Math.pow(2, -(1 + IsolationForest.averagePathLength(3)) / norm),
                forest.score(new double[] {9, 0}), 1e-15);
        assertEquals(Math.pow(2, -2 / norm), forest.score(new double[] {0, 2}), 1e-15);
        assertEquals(Math.pow(2, -3 / norm), forest.score(new double[] {1, 2}), 1e-15);
    }

    /** A seeded Gaussian cloud, column by column. */
    private static double[][] generated(int n, int d) {
        SplittableRandom random = new SplittableRandom(5);
        double[][] x = new double[d][n];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) {
                double u = random.nextDouble();
                double v = random.nextDouble();
                x[j][i] = Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
            }
        }
        return x;
    }
}
