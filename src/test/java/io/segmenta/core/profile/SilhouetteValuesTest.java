package io.segmenta.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.CancelledException;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SilhouetteValuesTest {

    @Test
    void mallValuesAverageToScikitLearnsScore() {
        double expected = SharedData.mallReference().path("kmeans").path("income_spending").path("standardized_k5")
                .path("silhouette").asDouble();
        Dataset mall = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        SegmentationResult r = Segmenter.segment(mall, SegmentationSpec.of(
                List.of("Annual Income (k$)", "Spending Score (1-100)"), 5, 42), ProgressListener.NONE,
                CancellationToken.NONE);
        SilhouetteValues s = SilhouetteValues.of(r.features(), r.segmentOfRow(), r.k(), 42);
        assertFalse(s.sampled());
        assertEquals(200, s.values().length);
        assertEquals(expected, s.mean(), 1e-9);
        for (int i = 0; i < s.rows().length; i++) {
            assertEquals(r.segmentOfRow()[s.rows()[i]], s.segments()[i]);
        }
        assertTrue(Arrays.stream(s.values()).allMatch(v -> v >= -1 && v <= 1));
    }

    @Test
    void largeTablesAreSampledReproduciblyAndSkipUnsegmentedRows() {
        int n = 25_000;
        SplittableRandom rnd = new SplittableRandom(3);
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            double c = i % 2 == 0 ? 0 : 6;
            a[i] = c + rnd.nextGaussian();
            b[i] = c + rnd.nextGaussian();
        }
        a[5] = Double.NaN;
        Dataset d = new Dataset("blobs", List.of(new NumericColumn("a", a), new NumericColumn("b", b)), null);
        SegmentationResult r = Segmenter.segment(d, SegmentationSpec.of(List.of("a", "b"), 2, 1),
                ProgressListener.NONE, CancellationToken.NONE);
        SilhouetteValues s1 = SilhouetteValues.of(r.features(), r.segmentOfRow(), 2, 9);
        SilhouetteValues s2 = SilhouetteValues.of(r.features(), r.segmentOfRow(), 2, 9);
        assertTrue(s1.sampled());
        assertEquals(SilhouetteValues.EXACT_LIMIT, s1.values().length);
        assertEquals(n - 1, s1.total());
        assertTrue(Arrays.equals(s1.rows(), s2.rows()) && Arrays.equals(s1.values(), s2.values()));
        assertTrue(Arrays.stream(s1.rows()).noneMatch(row -> row == 5));
        assertTrue(s1.mean() > 0.6, "two well separated blobs: " + s1.mean());
    }

    @Test
    void dbscanNoiseIsLeftOutAsInTheSegmentationsScore() {
        Dataset mall = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        SegmentationResult r = Segmenter.segment(mall, SegmentationSpec.of(
                List.of("Annual Income (k$)", "Spending Score (1-100)"),
                new io.segmenta.core.cluster.DbscanSpec(0.3, 5), 42), ProgressListener.NONE, CancellationToken.NONE);
        assertTrue(r.noise() > 0, "eps 0.3 leaves some customers as noise");
        SilhouetteValues s = SilhouetteValues.of(r.features(), r.segmentOfRow(), r.k(), 42);
        assertEquals(200 - r.noise(), s.values().length);
        assertEquals(200 - r.noise(), s.total());
        assertTrue(Arrays.stream(s.rows()).noneMatch(r::isNoise));
        assertEquals(r.silhouette().value(), s.mean(), 1e-9);
    }

    /** 30,000 customers in four blobs on six features, segmented with k = 4 (silhouettes of a 20,000 sample). */
    private static SegmentationResult largeSegmentation() {
        int n = 30_000;
        int d = 6;
        SplittableRandom rnd = new SplittableRandom(11);
        List<NumericColumn> columns = new ArrayList<>();
        double[][] values = new double[d][n];
        for (int i = 0; i < n; i++) {
            int blob = i % 4;
            for (int j = 0; j < d; j++) {
                values[j][i] = (j == blob ? 8 : 0) + rnd.nextGaussian();
            }
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            columns.add(new NumericColumn("f" + j, values[j]));
            names.add("f" + j);
        }
        return Segmenter.segment(new Dataset("blobs", columns, null), SegmentationSpec.of(names, 4, 5),
                ProgressListener.NONE, CancellationToken.NONE);
    }

    @Test
    void progressRisesToOneAndTheValuesAreUnchanged() {
        SegmentationResult r = largeSegmentation();
        List<Double> fractions = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        SilhouetteValues reported = SilhouetteValues.of(r.features(), r.segmentOfRow(), 4, 9, (fraction, message) -> {
            synchronized (fractions) {
                fractions.add(fraction);
                messages.add(message);
            }
        }, CancellationToken.NONE);
        SilhouetteValues quiet = SilhouetteValues.of(r.features(), r.segmentOfRow(), 4, 9);
        assertArrayEquals(quiet.values(), reported.values(), "progress reporting changes no value");
        assertArrayEquals(quiet.rows(), reported.rows());
        assertEquals(quiet.mean(), reported.mean(), 0);
        assertTrue(fractions.size() > 100, "reported per block of customers: " + fractions.size());
        assertEquals(0, fractions.get(0), 0);
        assertEquals(1, fractions.get(fractions.size() - 1), 0, "progress reaches 1");
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress never goes back: " + fractions);
        }
        assertEquals("20,000 of 20,000 customers", messages.get(messages.size() - 1));
    }

    @Tag("timing")
    @Test
    void cancellingStopsWithinAFractionOfASecond() {
        SegmentationResult r = largeSegmentation();
        AtomicLong cancelledAt = new AtomicLong();
        List<Double> fractions = new ArrayList<>();
        ProgressListener progress = (fraction, message) -> {
            synchronized (fractions) {
                fractions.add(fraction);
            }
            if (fraction >= 0.1) {
                cancelledAt.compareAndSet(0, System.nanoTime());
            }
        };
        CancellationToken cancel = () -> cancelledAt.get() != 0;
        assertThrows(CancelledException.class,
                () -> SilhouetteValues.of(r.features(), r.segmentOfRow(), 4, 9, progress, cancel));
        double stoppedAfter = (System.nanoTime() - cancelledAt.get()) / 1e9;
        assertTrue(stoppedAfter < 0.5, "stopped " + stoppedAfter + " s after the cancel");
        double furthest;
        synchronized (fractions) {
            // workers of the parallel loop may still report the block they were in
            furthest = fractions.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
        assertTrue(furthest < 0.5, "stopped early, not at the end: " + furthest);

        // cancelled before it starts: no work at all
        assertThrows(CancelledException.class, () -> SilhouetteValues.of(r.features(), r.segmentOfRow(), 4, 9,
                ProgressListener.NONE, () -> true));
    }
}
