package io.segmenta.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Silhouette, Calinski-Harabasz, Davies-Bouldin and the elbow on cases worked out by hand. */
class ValidityIndicesTest {
    /** Two segments on a line: {0, 2} and {10, 12}. */
    private static final DataMatrix LINE = DataMatrix.ofRows(new double[][] {{0}, {2}, {10}, {12}});
    private static final int[] LINE_LABELS = {0, 0, 1, 1};

    @Test
    void silhouetteByHand() {
        // row 0: a = 2, b = (10 + 12) / 2 = 11, s = 9/11; row 1: a = 2, b = 9, s = 7/9; symmetric for segment 1
        double[] s = Silhouette.samples(LINE, LINE_LABELS, 2);
        assertArrayEquals(new double[] {9.0 / 11, 7.0 / 9, 7.0 / 9, 9.0 / 11}, s, 1e-15);
        assertEquals((9.0 / 11 + 7.0 / 9) / 2, Silhouette.mean(LINE, LINE_LABELS, 2), 1e-15);
    }

    @Test
    void singletonSegmentScoresZeroAndEmptySegmentsAreIgnored() {
        DataMatrix x = DataMatrix.ofRows(new double[][] {{0}, {1}, {5}});
        int[] labels = {0, 0, 2}; // segment 1 is empty
        double[] s = Silhouette.samples(x, labels, 3);
        assertEquals(0, s[2], 0);
        // row 0: a = 1, b = 5 -> 0.8; row 1: a = 1, b = 4 -> 0.75
        assertArrayEquals(new double[] {0.8, 0.75, 0}, s, 1e-15);
    }

    @Test
    void indicesNeedTwoSegmentsAndFewerSegmentsThanRows() {
        int[] one = {0, 0, 0, 0};
        assertEquals("The silhouette compares segments, so it needs at least 2 non-empty segments; this"
                + " segmentation has 1. Choose k = 2 or more.",
                assertThrows(SegmentaException.class, () -> Silhouette.mean(LINE, one, 1)).getMessage());
        assertThrows(SegmentaException.class, () -> ClusterIndices.calinskiHarabasz(LINE, one, 2));
        assertThrows(SegmentaException.class, () -> ClusterIndices.daviesBouldin(LINE, new int[] {0, 1, 2, 3}, 4));
        assertThrows(IllegalArgumentException.class, () -> Silhouette.mean(LINE, new int[] {0, 1, 2}, 2));
        assertThrows(IllegalArgumentException.class, () -> Silhouette.mean(LINE, new int[] {0, 1, 2, 1}, 2));
    }

    @Test
    void calinskiHarabaszByHand() {
        // means 1 and 11, overall 6: between = 2*25 + 2*25 = 100; within = 4; (100 / 1) / (4 / 2) = 50
        assertEquals(50, ClusterIndices.calinskiHarabasz(LINE, LINE_LABELS, 2), 1e-12);
    }

    @Test
    void daviesBouldinByHand() {
        // spreads 1 and 1, centroids 10 apart: (1 + 1) / 10
        assertEquals(0.2, ClusterIndices.daviesBouldin(LINE, LINE_LABELS, 2), 1e-15);
        // three segments on a line: spreads 1, 1, 0.5; centroids 1, 11, 31.5
        DataMatrix x = DataMatrix.ofRows(new double[][] {{0}, {2}, {10}, {12}, {31}, {32}});
        double db = ClusterIndices.daviesBouldin(x, new int[] {0, 0, 1, 1, 2, 2}, 3);
        double expected = (2.0 / 10 + 2.0 / 10 + 1.5 / 20.5) / 3;
        assertEquals(expected, db, 1e-15);
    }

    @Test
    void sampledSilhouetteIsCloseToExactAndReproducible() {
        int n = Silhouette.EXACT_LIMIT + 2_000;
        DataMatrix x = KMeansTest.blobs(n, 3, 4, 8);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 4;
        }
        SilhouetteScore a = Silhouette.score(x, labels, 4, 5);
        assertTrue(a.sampled());
        assertEquals(Silhouette.EXACT_LIMIT, a.sampleSize());
        assertEquals(a, Silhouette.score(x, labels, 4, 5));
        assertNotEquals(a.value(), Silhouette.score(x, labels, 4, 6).value());
        assertEquals(Silhouette.mean(x, labels, 4), a.value(), 0.005);
    }

    @Test
    void largeSweepSamplesTheSilhouetteAndSaysSo() {
        DataMatrix x = KMeansTest.blobs(Silhouette.EXACT_LIMIT + 500, 2, 3, 12);
        SweepResult s = KSweep.run(x, 2, 4, 2, 3, ProgressListener.NONE, CancellationToken.NONE);
        assertTrue(s.silhouetteSampled());
        assertEquals(Silhouette.EXACT_LIMIT, s.silhouetteSampleSize());
        assertEquals(3, s.recommendedK());
        assertTrue(s.rule().endsWith("The silhouette was estimated on a random sample of 10,000 of the 10,500"
                + " customers."), s.rule());
        KMeansResult fit = KMeans.fit(x, new KMeans.Options(3, 2, 3, 300, 1e-4), ProgressListener.NONE,
                CancellationToken.NONE);
        assertEquals(Silhouette.score(x, fit.labels(), 3, 3).value(), s.point(3).silhouette());
    }

    @Test
    void elbowIsTheFarthestPointFromTheChord() {
        double[] k = {1, 2, 3, 4, 5, 6};
        assertEquals(2, Knee.index(k, new double[] {100, 50, 10, 8, 6, 4}));
        assertEquals(-1, Knee.index(new double[] {1, 2}, new double[] {5, 1}));
        assertEquals(-1, Knee.index(k, new double[] {3, 3, 3, 3, 3, 3}));
    }

    @Test
    void shortSweepsStillRecommend() {
        DataMatrix x = KMeansTest.blobs(300, 2, 3, 1);
        SweepResult s = KSweep.run(x, 2, 3, 0, 1, ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(-1, s.kneeK());
        assertEquals(3, s.recommendedK());
        assertTrue(s.rule().contains("Too few k values to find an elbow"), s.rule());
        SweepResult single = KSweep.run(x, 1, 1, 0, 1, ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(1, single.recommendedK());
        assertEquals(List.of(1), single.points().stream().map(SweepPoint::k).toList());
        assertTrue(Double.isNaN(single.points().get(0).silhouette()));
    }
}
