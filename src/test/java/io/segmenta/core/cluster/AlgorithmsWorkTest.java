package io.segmenta.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.CancelledException;
import io.segmenta.core.work.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Progress, cancellation, planted structure and input checks for every method. */
class AlgorithmsWorkTest {
    private static final DataMatrix BLOBS = KMeansTest.blobs(4_000, 3, 4, 7);

    static Stream<Arguments> methods() {
        return Stream.of(
                Arguments.of("k-means", KMeansSpec.of(4)),
                Arguments.of("Ward", HierarchicalSpec.byK(Linkage.WARD, 4)),
                Arguments.of("complete", HierarchicalSpec.byK(Linkage.COMPLETE, 4)),
                Arguments.of("average", HierarchicalSpec.byK(Linkage.AVERAGE, 4)),
                Arguments.of("single", HierarchicalSpec.byK(Linkage.SINGLE, 4)),
                Arguments.of("DBSCAN", new DbscanSpec(1.0, 5)),
                Arguments.of("GMM full", new GmmSpec(4, Covariance.FULL, 3)),
                Arguments.of("GMM diagonal", new GmmSpec(4, Covariance.DIAGONAL, 3)));
    }

    /** Records fractions and cancels once a chosen fraction is passed. */
    static final class Recorder implements ProgressListener, CancellationToken {
        final List<Double> fractions = new ArrayList<>();
        final List<String> messages = new ArrayList<>();
        final double cancelAt;
        final AtomicBoolean cancelled = new AtomicBoolean();

        Recorder(double cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public synchronized void progress(double fraction, String message) {
            fractions.add(fraction);
            messages.add(message);
            if (fraction >= cancelAt) {
                cancelled.set(true);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void findsThePlantedBlobsWithMonotoneProgressEndingAtOne(String name, AlgorithmSpec spec) {
        Recorder r = new Recorder(Double.POSITIVE_INFINITY);
        Clustering c = Clusterers.fit(BLOBS, spec, 3, r, r);
        assertEquals(4, c.k(), name);
        assertArrayEquals(new int[] {1000, 1000, 1000, 1000}, c.sizes(), name);
        assertEquals(1.0, AdjustedRand.index(c.labels(), KMeansTest.truthOf(4_000, 4)), 0.0, name);
        assertTrue(r.fractions.size() >= 3, name + ": reports progress");
        for (int i = 1; i < r.fractions.size(); i++) {
            assertTrue(r.fractions.get(i) >= r.fractions.get(i - 1), name + ": progress goes back at " + i + ": "
                    + r.fractions);
        }
        assertEquals(1.0, r.fractions.get(r.fractions.size() - 1), 0.0, name);
        assertTrue(r.messages.stream().noneMatch(String::isBlank), name);
        assertEquals(c.rows() - c.noise(), java.util.Arrays.stream(c.sizes()).sum());
        assertEquals(c.wcss(), Relabel.wcss(BLOBS, c.labels(), c.centroids()), 1e-9 * c.wcss());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void cancellationStopsTheWork(String name, AlgorithmSpec spec) {
        Recorder r = new Recorder(0.2);
        DataMatrix x = KMeansTest.blobs(6_000, 3, 4, 8);
        assertThrows(CancelledException.class, () -> Clusterers.fit(x, spec, 3, r, r), name);
        assertTrue(r.fractions.get(r.fractions.size() - 1) < 1.0, name + " stopped before the end");
    }

    @Test
    void sweepsAndTheKDistanceChartAreCancellable() {
        Recorder sweep = new Recorder(0.3);
        assertThrows(CancelledException.class, () -> AlgorithmSweep.run(BLOBS, HierarchicalSpec.byK(Linkage.WARD, 2),
                2, 6, 1, sweep, sweep));
        Recorder gmm = new Recorder(0.3);
        assertThrows(CancelledException.class, () -> AlgorithmSweep.run(BLOBS, GmmSpec.of(2), 2, 6, 1, gmm, gmm));
        Recorder chart = new Recorder(0.3);
        assertThrows(CancelledException.class, () -> KDistance.of(KMeansTest.blobs(20_000, 3, 4, 8), 5, chart, chart));
    }

    @Test
    void hierarchicalRefusesAMatrixLargerThanTheMemoryLimitAndSaysTheSize() {
        SegmentaException e = assertThrows(SegmentaException.class, () -> Hierarchical.fit(BLOBS,
                HierarchicalSpec.byK(Linkage.COMPLETE, 4), 10_000_000L, ProgressListener.NONE, CancellationToken.NONE));
        assertEquals("Complete-linkage hierarchical clustering of 4,000 customers needs 64.1 MB for the distance"
                + " matrix; this machine allows 10.0 MB (up to 1,578 customers). Use Ward or single linkage (they need"
                + " no distance matrix), k-means, or a sample.", e.getMessage());
        assertTrue(Hierarchical.matrixBytes(1_578) <= 10_000_000L && Hierarchical.matrixBytes(1_579) > 10_000_000L);
        // Ward and single linkage keep no matrix: the same limit does not stop them
        Clustering ward = Hierarchical.fit(BLOBS, HierarchicalSpec.byK(Linkage.WARD, 4), 10_000_000L,
                ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(4, ward.k());
        // 120,000 customers need about 57.6 GB
        assertEquals("57.6 GB", Hierarchical.bytes(Hierarchical.matrixBytes(120_000)));
        assertTrue(Hierarchical.memoryLimit() < Runtime.getRuntime().maxMemory());
    }

    static Stream<Arguments> badInput() {
        Function<AlgorithmSpec, Runnable> run = spec -> () -> Clusterers.fit(DataMatrix.ofRows(new double[][] {{1, 2},
                {Double.NaN, 3}}), spec, 1, ProgressListener.NONE, CancellationToken.NONE);
        return Stream.of(
                Arguments.of(run.apply(HierarchicalSpec.byK(Linkage.WARD, 1)), "Hierarchical clustering needs a finite"),
                Arguments.of(run.apply(new DbscanSpec(0.5, 2)), "DBSCAN needs a finite"),
                Arguments.of(run.apply(GmmSpec.of(1)), "The Gaussian mixture needs a finite"),
                Arguments.of(run.apply(KMeansSpec.of(1)), "k-means needs a finite"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void missingValuesAreNamed(Runnable r, String message) {
        SegmentaException e = assertThrows(SegmentaException.class, r::run);
        assertTrue(e.getMessage().contains("Feature 1 of customer 2") && e.getMessage().contains(message),
                e.getMessage());
    }

    @Test
    void parametersAreCheckedWithClearMessages() {
        assertEquals("DBSCAN needs a radius eps greater than 0 (got 0.0). The k-distance chart suggests one.",
                assertThrows(SegmentaException.class, () -> new DbscanSpec(0, 5)).getMessage());
        assertTrue(assertThrows(SegmentaException.class, () -> new DbscanSpec(0.5, 0)).getMessage()
                .contains("counts the customer itself"));
        assertTrue(assertThrows(SegmentaException.class, () -> HierarchicalSpec.byHeight(Linkage.WARD, -1))
                .getMessage().startsWith("Cutting the tree by height needs a height of 0 or more"));
        assertTrue(assertThrows(SegmentaException.class, () -> Clusterers.fit(BLOBS,
                HierarchicalSpec.byK(Linkage.WARD, 4_001), 1, ProgressListener.NONE, CancellationToken.NONE))
                .getMessage().startsWith("k = 4001 is larger than the 4000 customers"));
        assertTrue(assertThrows(SegmentaException.class, () -> Clusterers.fit(BLOBS, new GmmSpec(4_001,
                Covariance.FULL, 1), 1, ProgressListener.NONE, CancellationToken.NONE)).getMessage()
                .startsWith("k = 4001 is larger than the 4000 customers"));
        assertEquals(Linkage.AVERAGE, Linkage.parse(" Average "));
        assertEquals(Covariance.DIAGONAL, Covariance.parse("diag"));
        assertEquals(Algorithm.KMEANS, Algorithm.parse("k-means"));
        assertEquals("Unknown linkage \"median\". Choose ward, complete, average or single.",
                assertThrows(SegmentaException.class, () -> Linkage.parse("median")).getMessage());
        assertEquals(new DbscanSpec(0.5, 5), AlgorithmSpec.defaults(Algorithm.DBSCAN, 3));
        assertEquals(HierarchicalSpec.byK(Linkage.WARD, 3), AlgorithmSpec.defaults(Algorithm.HIERARCHICAL, 3));
        assertEquals(new GmmSpec(3, Covariance.FULL, 0), AlgorithmSpec.defaults(Algorithm.GMM, 3));
        assertEquals("Gaussian mixture (diag covariance), k = 2", new GmmSpec(2, Covariance.DIAGONAL, 0).describe());
    }

    /** Blocks of rows run on all cores; the result is the same with one thread or three. */
    @Test
    void resultsDoNotDependOnThreadScheduling() throws Exception {
        DataMatrix x = KMeansTest.blobs(40_000, 3, 4, 12);
        DataMatrix small = KMeansTest.blobs(3_000, 3, 4, 13);
        List<Callable<int[]>> runs = List.of(
                () -> Clusterers.fit(x, new DbscanSpec(0.3, 5), 5, ProgressListener.NONE, CancellationToken.NONE)
                        .labels(),
                () -> Clusterers.fit(x, new GmmSpec(4, Covariance.FULL, 2), 5, ProgressListener.NONE,
                        CancellationToken.NONE).labels(),
                // nearest-neighbour scans split into chunks of 256 positions (32,768 in normal use)
                () -> Hierarchical.tree(small, Linkage.WARD, Long.MAX_VALUE, 512, ProgressListener.NONE,
                        CancellationToken.NONE).cut(7),
                () -> Hierarchical.tree(small, Linkage.SINGLE, Long.MAX_VALUE, 512, ProgressListener.NONE,
                        CancellationToken.NONE).cut(7));
        List<int[]> serial = List.of(
                Hierarchical.tree(small, Linkage.WARD, Long.MAX_VALUE, Integer.MAX_VALUE, ProgressListener.NONE,
                        CancellationToken.NONE).cut(7),
                Hierarchical.tree(small, Linkage.SINGLE, Long.MAX_VALUE, Integer.MAX_VALUE, ProgressListener.NONE,
                        CancellationToken.NONE).cut(7));
        ForkJoinPool single = new ForkJoinPool(1);
        ForkJoinPool three = new ForkJoinPool(3);
        try {
            for (int r = 0; r < runs.size(); r++) {
                int[] common = runs.get(r).call();
                if (r >= 2) {
                    assertArrayEquals(serial.get(r - 2), common, "chunked scan = serial scan");
                }
                for (ForkJoinPool pool : List.of(single, three)) {
                    assertArrayEquals(common, pool.submit(runs.get(r)).get(), "run " + r);
                }
            }
        } finally {
            single.shutdown();
            three.shutdown();
        }
    }

    @Test
    void dbscanNoiseAndTheAllNoiseCase() {
        Clustering tight = Dbscan.fit(BLOBS, new DbscanSpec(0.01, 5), ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(0, tight.k());
        assertEquals(4_000, tight.noise());
        // min samples 1: every customer is a core customer, nothing is noise
        Clustering one = Dbscan.fit(BLOBS, new DbscanSpec(0.01, 1), ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(0, one.noise());
        assertEquals(4_000, one.density().orElseThrow().coreCount());
    }
}
