package io.segmenta.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.CancelledException;
import io.segmenta.core.work.ProgressListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Hand-checkable cases, input validation, cancellation, progress and determinism of k-means. */
class KMeansTest {
    private static final ProgressListener QUIET = ProgressListener.NONE;
    private static final CancellationToken NEVER = CancellationToken.NONE;

    @Test
    void kOneIsTheMean() {
        DataMatrix x = DataMatrix.ofRows(new double[][] {{1, 10}, {2, 20}, {3, 60}, {6, 30}});
        KMeansResult r = KMeans.fit(x, KMeans.Options.of(1, 1), QUIET, NEVER);
        assertArrayEquals(new double[] {3, 30}, r.centroids(), 1e-12);
        assertArrayEquals(new int[] {0, 0, 0, 0}, r.labels());
        assertArrayEquals(new int[] {4}, r.sizes());
        // (4 + 1 + 0 + 9) + (400 + 100 + 900 + 0)
        assertEquals(1414, r.wcss(), 1e-9);
    }

    @Test
    void kEqualToRowsPutsEveryRowAlone() {
        DataMatrix x = DataMatrix.ofRows(new double[][] {{0, 0}, {5, 1}, {-3, 2}, {8, 8}, {1, -7}});
        KMeansResult r = KMeans.fit(x, KMeans.Options.of(5, 3), QUIET, NEVER);
        assertEquals(0, r.wcss(), 1e-12);
        assertArrayEquals(new int[] {1, 1, 1, 1, 1}, r.sizes());
        assertEquals(5, Arrays.stream(r.labels()).distinct().count());
        // equal sizes: segments ordered by centroid, lexicographically
        assertArrayEquals(new double[] {-3, 2, 0, 0, 1, -7, 5, 1, 8, 8}, r.centroids(), 0);
    }

    @Test
    void duplicatePointsFormTheirOwnSegments() {
        DataMatrix x = DataMatrix.ofRows(new double[][] {{1, 1}, {1, 1}, {1, 1}, {4, 4}, {4, 4}, {9, 0}});
        KMeansResult r = KMeans.fit(x, KMeans.Options.of(3, 5), QUIET, NEVER);
        assertEquals(0, r.wcss(), 1e-12);
        assertArrayEquals(new int[] {3, 2, 1}, r.sizes());
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 2}, r.labels());
    }

    @Test
    void fewerDistinctPointsThanKIsRefusedClearly() {
        DataMatrix x = DataMatrix.ofRows(new double[][] {{1, 1}, {1, 1}, {1, 1}, {4, 4}, {4, 4}, {9, 0}});
        TooFewDistinctPointsException e = assertThrows(TooFewDistinctPointsException.class,
                () -> KMeans.fit(x, KMeans.Options.of(4, 5), QUIET, NEVER));
        assertEquals(3, e.distinctPoints());
        assertEquals("k = 4 needs at least 4 different customers, but the selected features take only 3 distinct"
                + " value combinations. Choose k = 3 or less, or add features that tell customers apart.",
                e.getMessage());
        DataMatrix same = DataMatrix.ofRows(new double[][] {{2}, {2}, {2}});
        assertEquals(1, assertThrows(TooFewDistinctPointsException.class,
                () -> KMeans.fit(same, KMeans.Options.of(2, 5), QUIET, NEVER)).distinctPoints());
        KMeansResult one = KMeans.fit(same, KMeans.Options.of(1, 5), QUIET, NEVER);
        assertEquals(0, one.wcss(), 0);
    }

    @Test
    void sweepStopsAtTheNumberOfDistinctPoints() {
        DataMatrix x = DataMatrix.ofRows(new double[][] {{1, 1}, {1, 1}, {1, 2}, {4, 4}, {4, 4}, {9, 0}, {9, 0}});
        SweepResult s = KSweep.run(x, 1, 6, 0, 1, QUIET, NEVER);
        assertEquals(4, s.points().size());
        assertEquals(4, s.points().get(3).k());
        assertTrue(s.rule().endsWith("The data have only 4 distinct customers, so the sweep stops at k = 4."),
                s.rule());
        assertThrows(TooFewDistinctPointsException.class, () -> KSweep.run(x, 5, 6, 0, 1, QUIET, NEVER));
    }

    @Test
    void singleFeature() {
        DataMatrix x = DataMatrix.ofRows(new double[][] {{1}, {2}, {3}, {10}, {11}, {12}, {13}});
        KMeansResult r = KMeans.fit(x, KMeans.Options.of(2, 8), QUIET, NEVER);
        assertArrayEquals(new int[] {4, 3}, r.sizes());
        assertArrayEquals(new double[] {11.5, 2}, r.centroids(), 1e-12);
        assertArrayEquals(new int[] {1, 1, 1, 0, 0, 0, 0}, r.labels());
        assertEquals(2 + 5, r.wcss(), 1e-12);
    }

    @Test
    void invalidInputGetsAClearMessage() {
        DataMatrix ten = new DataMatrix(10, 2, new double[20]);
        assertEquals("k = 12 is larger than the 10 customers in the data: choose k between 1 and 10.",
                assertThrows(SegmentaException.class, () -> KMeans.fit(ten, KMeans.Options.of(12, 1), QUIET, NEVER))
                        .getMessage());
        assertEquals("k = 0 is not valid: the number of segments must be at least 1.",
                assertThrows(SegmentaException.class, () -> KMeans.fit(ten, KMeans.Options.of(0, 1), QUIET, NEVER))
                        .getMessage());
        DataMatrix empty = new DataMatrix(0, 3, new double[0]);
        assertTrue(assertThrows(SegmentaException.class,
                () -> KMeans.fit(empty, KMeans.Options.of(1, 1), QUIET, NEVER)).getMessage()
                .startsWith("The feature table has no customers (0 rows)"));
        assertTrue(assertThrows(SegmentaException.class,
                () -> KSweep.run(empty, 1, 3, 0, 1, QUIET, NEVER)).getMessage()
                .startsWith("The feature table has no customers (0 rows)"));
        assertEquals("The k range 6 to 4 is empty: the smallest k must not be larger than the largest.",
                assertThrows(SegmentaException.class, () -> KSweep.run(ten, 6, 4, 0, 1, QUIET, NEVER)).getMessage());
        assertEquals("k = 11 is larger than the 10 customers in the data: choose k between 1 and 10.",
                assertThrows(SegmentaException.class, () -> KSweep.run(ten, 2, 11, 0, 1, QUIET, NEVER)).getMessage());
        assertThrows(SegmentaException.class,
                () -> KMeans.fit(ten, new KMeans.Options(2, -1, 1, 300, 1e-4), QUIET, NEVER));
        assertThrows(SegmentaException.class,
                () -> KMeans.fit(ten, new KMeans.Options(2, 0, 1, 0, 1e-4), QUIET, NEVER));
        assertThrows(SegmentaException.class,
                () -> KMeans.fit(ten, new KMeans.Options(2, 0, 1, 300, Double.NaN), QUIET, NEVER));
        DataMatrix missing = DataMatrix.ofRows(new double[][] {{1, 2}, {3, Double.NaN}, {5, 6}});
        assertEquals("Feature 2 of customer 2 (row 2 of the feature table) is missing: k-means needs a finite"
                + " value in every cell. Impute or drop missing values in the preparation step first.",
                assertThrows(SegmentaException.class,
                        () -> KMeans.fit(missing, KMeans.Options.of(2, 1), QUIET, NEVER)).getMessage());
    }

    @Test
    void cancellationStopsWithinOneIteration() {
        DataMatrix x = blobs(20_000, 4, 7, 11);
        KMeans.Options o = new KMeans.Options(12, 1, 5, 300, 0);
        assertTrue(KMeans.fit(x, o, QUIET, NEVER).iterations() > 4, "the uncancelled run needs several iterations");
        AtomicBoolean cancelled = new AtomicBoolean();
        List<String> after = new ArrayList<>();
        ProgressListener p = (f, m) -> {
            if (cancelled.get()) {
                after.add(m);
            }
            if (m.endsWith("iteration 2")) {
                cancelled.set(true);
            }
        };
        assertThrows(CancelledException.class, () -> KMeans.fit(x, o, p, cancelled::get));
        assertEquals(List.of(), after, "no iteration starts after the one during which cancel was pressed");
    }

    @Test
    void cancellingASweepStopsIt() {
        DataMatrix x = blobs(3_000, 3, 4, 2);
        AtomicInteger calls = new AtomicInteger();
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressListener p = (f, m) -> {
            calls.incrementAndGet();
            if (m.startsWith("k = 3 of")) {
                cancelled.set(true);
            }
            assertTrue(!m.startsWith("k = 5 of"), "the sweep went on after cancel: " + m);
        };
        assertThrows(CancelledException.class, () -> KSweep.run(x, 1, 8, 0, 1, p, cancelled::get));
        assertTrue(calls.get() > 0);
    }

    @Test
    void progressIsMonotoneAndReachesOne() {
        // 500 rows: starts run in parallel; 80,000 rows: starts in turn, passes over the rows in parallel
        for (DataMatrix x : List.of(blobs(500, 3, 4, 1), blobs(80_000, 3, 4, 1))) {
            List<Double> fractions = new ArrayList<>();
            List<String> messages = new ArrayList<>();
            ProgressListener p = (f, m) -> {
                synchronized (fractions) {
                    fractions.add(f);
                    messages.add(m);
                }
            };
            KMeansResult r = KMeans.fit(x, new KMeans.Options(4, 6, 1, 300, 1e-4), p, NEVER);
            assertEquals(6, r.starts());
            assertEquals(1.0, fractions.get(fractions.size() - 1));
            // small table: "Start 3 of 6" as each start ends; large: the starts' centres, then their iterations together
            assertTrue(messages.stream().anyMatch(m -> m.startsWith("Start 3 of 6")
                    || m.startsWith("Starts 1-6 of 6: k-means++ centre 3 of 4")), messages.toString());
            assertTrue(x.rows() < 80_000 || messages.stream().anyMatch(m -> m.equals("6 starts together, iteration 2")),
                    messages.toString());
            for (int i = 1; i < fractions.size(); i++) {
                assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress went back: " + fractions);
            }
            List<Double> sweep = new ArrayList<>();
            List<String> sweepMessages = new ArrayList<>();
            KSweep.run(x, 1, 5, 3, 1, (f, m) -> {
                synchronized (sweep) {
                    sweep.add(f);
                    sweepMessages.add(m);
                }
            }, NEVER);
            assertEquals(1.0, sweep.get(sweep.size() - 1));
            assertTrue(sweep.stream().allMatch(f -> f >= 0 && f <= 1));
            assertTrue(sweepMessages.stream().anyMatch(m -> m.startsWith("k = 4 of 5")));
        }
    }

    @Test
    void resultDoesNotDependOnThreadScheduling() throws Exception {
        DataMatrix x = blobs(80_000, 5, 6, 21); // five chunks: passes over the rows run in parallel
        KMeans.Options o = new KMeans.Options(6, 3, 77, 300, 1e-4);
        KMeansResult common = KMeans.fit(x, o, QUIET, NEVER);
        ForkJoinPool single = new ForkJoinPool(1);
        ForkJoinPool three = new ForkJoinPool(3);
        try {
            KMeansResult one = single.submit(() -> KMeans.fit(x, o, QUIET, NEVER)).get();
            KMeansResult many = three.submit(() -> KMeans.fit(x, o, QUIET, NEVER)).get();
            for (KMeansResult r : List.of(one, many)) {
                assertArrayEquals(common.labels(), r.labels());
                assertArrayEquals(common.centroids(), r.centroids());
                assertEquals(Double.doubleToRawLongBits(common.wcss()), Double.doubleToRawLongBits(r.wcss()));
            }
            SweepResult a = KSweep.run(blobs(2_000, 2, 3, 4), 1, 6, 0, 9, QUIET, NEVER);
            SweepResult b = single.submit(() -> KSweep.run(blobs(2_000, 2, 3, 4), 1, 6, 0, 9, QUIET, NEVER)).get();
            for (int i = 0; i < a.points().size(); i++) {
                assertEquals(a.points().get(i).wcss(), b.points().get(i).wcss());
                assertEquals(a.points().get(i).silhouette(), b.points().get(i).silhouette());
            }
        } finally {
            single.shutdown();
            three.shutdown();
        }
    }

    @Test
    void findsPlantedBlobsOnALargerTable() {
        DataMatrix x = blobs(50_000, 6, 5, 3);
        KMeansResult r = KMeans.fit(x, KMeans.Options.of(5, 1), QUIET, NEVER);
        // blobs of sd 0.5 whose centres are 10 apart: every row goes to its own blob
        int[] truth = truthOf(50_000, 5);
        int[] map = new int[5];
        Arrays.fill(map, -1);
        for (int i = 0; i < truth.length; i++) {
            if (map[truth[i]] < 0) {
                map[truth[i]] = r.labels()[i];
            }
            assertEquals(map[truth[i]], r.labels()[i], "row " + i);
        }
        assertEquals(KMeans.autoStarts(50_000, 6, 5), r.starts());
    }

    @Test
    void autoStartsFollowTheCost() {
        assertEquals(1000, KMeans.autoStarts(200, 2, 5));
        assertEquals(200, KMeans.autoStarts(10_000, 6, 5));
        assertEquals(10, KMeans.autoStarts(1_000_000, 6, 5));
        assertEquals(10, KMeans.autoStarts(50_000_000, 50, 20));
    }

    /** Well separated Gaussian blobs: centres on a grid 10 apart, sd 0.5, blob of row i = i % blobs. */
    static DataMatrix blobs(int n, int d, int blobs, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n * d];
        for (int i = 0; i < n; i++) {
            int b = i % blobs;
            for (int j = 0; j < d; j++) {
                double centre = j == b % d ? 10.0 * (1 + b / d) : 0;
                v[i * d + j] = centre + 0.5 * gaussian(r);
            }
        }
        return new DataMatrix(n, d, v);
    }

    static int[] truthOf(int n, int blobs) {
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = i % blobs;
        }
        return t;
    }

    static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
