package io.segmenta.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The adjusted Rand index against {@code sklearn.metrics.adjusted_rand_score} (scikit-learn 1.2.1). */
class AdjustedRandTest {
    private static final ProgressListener QUIET = ProgressListener.NONE;
    private static final CancellationToken NEVER = CancellationToken.NONE;

    /** {@code adjusted_rand_score(a, b)} for small labellings, noise (-1) as a label of its own. */
    @Test
    void smallLabellingsMatchScikitLearn() {
        assertEquals(1.0, AdjustedRand.index(new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0}), 0.0);
        assertEquals(0.5714285714285714, AdjustedRand.index(new int[] {0, 0, 1, 2}, new int[] {0, 0, 1, 1}), 1e-15);
        assertEquals(0.5714285714285714, AdjustedRand.index(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}), 1e-15);
        assertEquals(0.0, AdjustedRand.index(new int[] {0, 0, 0, 0}, new int[] {0, 1, 2, 3}), 0.0);
        assertEquals(-0.5, AdjustedRand.index(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}), 1e-15);
        assertEquals(0.4444444444444444, AdjustedRand.index(new int[] {-1, -1, 0, 0, 1, 1},
                new int[] {0, 0, 1, 1, 1, 1}), 1e-15);
        assertEquals(1.0, AdjustedRand.index(new int[] {7, 7, 7}, new int[] {2, 2, 2}), 0.0);
        assertThrows(IllegalArgumentException.class, () -> AdjustedRand.index(new int[2], new int[3]));
    }

    /**
     * Segmenta's clusterings of the standardised Mall Income and Spending, against scikit-learn's:
     * <pre>
     * km = KMeans(n_clusters=5, n_init=50, random_state=0).fit_predict(X)
     * ward = AgglomerativeClustering(n_clusters=5, linkage="ward").fit_predict(X)   # also single, complete, average
     * db = DBSCAN(eps=0.4, min_samples=5).fit_predict(X); db3 = DBSCAN(eps=0.3, min_samples=5).fit_predict(X)
     * adjusted_rand_score(km, ward) = 0.9419606318143182;  adjusted_rand_score(ward, single) = 0.012647114449156937
     * adjusted_rand_score(complete, average) = 0.7688451304190769;  adjusted_rand_score(db, km) = 0.5681600656305547
     * adjusted_rand_score(db3, db) = 0.6173852839092292;  adjusted_rand_score(km, complete) = 0.941688547454639
     * </pre>
     */
    @Test
    void mallClusteringsAgreeAsInScikitLearn() {
        DataMatrix x = Mall.standardized(Mall.INCOME, Mall.SPENDING);
        int[] km = Clusterers.fit(x, KMeansSpec.of(5), 42, QUIET, NEVER).labels();
        int[] ward = labels(x, HierarchicalSpec.byK(Linkage.WARD, 5));
        int[] single = labels(x, HierarchicalSpec.byK(Linkage.SINGLE, 5));
        int[] complete = labels(x, HierarchicalSpec.byK(Linkage.COMPLETE, 5));
        int[] average = labels(x, HierarchicalSpec.byK(Linkage.AVERAGE, 5));
        int[] db = labels(x, new DbscanSpec(0.4, 5));
        int[] db3 = labels(x, new DbscanSpec(0.3, 5));
        assertEquals(0.9419606318143182, AdjustedRand.index(km, ward), 1e-12);
        assertEquals(0.012647114449156937, AdjustedRand.index(ward, single), 1e-12);
        assertEquals(0.7688451304190769, AdjustedRand.index(complete, average), 1e-12);
        assertEquals(0.5681600656305547, AdjustedRand.index(db, km), 1e-12);
        assertEquals(0.6173852839092292, AdjustedRand.index(db3, db), 1e-12);
        assertEquals(0.941688547454639, AdjustedRand.index(km, complete), 1e-12);
        assertEquals(AdjustedRand.index(km, ward), AdjustedRand.index(ward, km), 0.0);
    }

    /** The sparse path (many labels) agrees with the dense one. */
    @Test
    void manyLabelsTakeTheSortedPathWithTheSameResult() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 20_000;
        int[] a = new int[n];
        int[] b = new int[n];
        int[] coarseA = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = rng.nextInt(5_000);
            b[i] = a[i] / 2 + (rng.nextInt(10) == 0 ? 1 : 0);
            coarseA[i] = a[i] % 7;
        }
        double sparse = AdjustedRand.index(a, b); // 5,000 x 2,500 cells: sorted pairs
        assertEquals(sparse, AdjustedRand.index(b, a), 1e-15);
        assertEquals(naive(a, b), sparse, 1e-12);
        assertEquals(naive(coarseA, b), AdjustedRand.index(coarseA, b), 1e-12);
    }

    private static int[] labels(DataMatrix x, AlgorithmSpec spec) {
        return Clusterers.fit(x, spec, 42, QUIET, NEVER).labels();
    }

    /** The textbook formula with pair counts C(n, 2), for comparison. */
    private static double naive(int[] a, int[] b) {
        java.util.Map<Long, Long> cells = new java.util.HashMap<>();
        java.util.Map<Integer, Long> rows = new java.util.HashMap<>();
        java.util.Map<Integer, Long> cols = new java.util.HashMap<>();
        for (int i = 0; i < a.length; i++) {
            cells.merge(((long) a[i] << 32) | (b[i] & 0xffffffffL), 1L, Long::sum);
            rows.merge(a[i], 1L, Long::sum);
            cols.merge(b[i], 1L, Long::sum);
        }
        double index = cells.values().stream().mapToDouble(c -> c * (c - 1) / 2.0).sum();
        double ra = rows.values().stream().mapToDouble(c -> c * (c - 1) / 2.0).sum();
        double cb = cols.values().stream().mapToDouble(c -> c * (c - 1) / 2.0).sum();
        double total = a.length * (a.length - 1) / 2.0;
        double expected = ra * cb / total;
        return (index - expected) / ((ra + cb) / 2 - expected);
    }
}
