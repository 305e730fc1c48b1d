package io.segmenta.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
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
}
