package io.segmenta.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.Datasets;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.CancelledException;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmenterTest {
    static final String INCOME = "Annual Income (k$)";
    static final String SPENDING = "Spending Score (1-100)";

    private static Dataset mall() {
        return CsvImporter.read(SharedData.dataset(SharedData.MALL));
    }

    @Test
    void mallIncomeSpendingFiveSegmentsMatchScikitLearn() {
        JsonNode ref = SharedData.mallReference().path("kmeans").path("income_spending").path("standardized_k5");
        SegmentationResult r = Segmenter.segment(mall(), SegmentationSpec.of(List.of(INCOME, SPENDING), 5, 42),
                ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(ref.path("wcss").asDouble(), r.wcss(), 1e-9 * r.wcss());
        assertEquals(ref.path("silhouette").asDouble(), r.silhouette().value(), 1e-9);
        assertTrue(!r.silhouette().sampled());
        assertArrayEquals(new int[] {81, 39, 35, 23, 22}, r.clustering().sizes());
        // segment means in original units, largest segment first, as the reference lists them
        for (int s = 0; s < 5; s++) {
            JsonNode mean = ref.path("clusters").get(s).path("mean_raw");
            SegmentProfile p = r.profiles().get(s);
            assertEquals(mean.get(0).asDouble(), p.means().get(INCOME), 1e-3);
            assertEquals(mean.get(1).asDouble(), p.means().get(SPENDING), 1e-3);
            assertEquals(mean.get(0).asDouble(), r.centroidsOriginal()[s * 2], 1e-3);
        }
        assertEquals(List.of("Average income, average spending", "High income, high spending",
                "High income, low spending", "Low income, low spending", "Low income, high spending"), r.names());
        assertEquals(200, Arrays.stream(r.segmentOfRow()).filter(s -> s >= 0).count());
    }

    @Test
    void sweepRecommendsFiveOnMall() {
        SweepOutcome o = Segmenter.sweep(mall(), SweepSpec.of(List.of(INCOME, SPENDING), 1, 10, 42),
                ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(5, o.result().recommendedK());
        assertEquals(10, o.result().points().size());
        assertEquals(400.0, o.result().points().get(0).wcss(), 1e-9);
    }

    @Test
    void sameSeedSameResultAndSweepAgreesWithSegment() {
        Dataset d = mall();
        SegmentationResult a = Segmenter.segment(d, SegmentationSpec.of(List.of("Age", INCOME, SPENDING), 6, 7),
                ProgressListener.NONE, CancellationToken.NONE);
        SegmentationResult b = Segmenter.segment(d, SegmentationSpec.of(List.of("Age", INCOME, SPENDING), 6, 7),
                ProgressListener.NONE, CancellationToken.NONE);
        assertArrayEquals(a.segmentOfRow(), b.segmentOfRow());
        SweepOutcome s = Segmenter.sweep(d, SweepSpec.of(List.of("Age", INCOME, SPENDING), 6, 6, 7),
                ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(a.wcss(), s.result().points().get(0).wcss(), 0.0);
    }

    @Test
    void sampleRowsWithMissingValuesGetNoSegment(@TempDir Path dir) throws Exception {
        Dataset sample = Datasets.sample();
        SegmentationResult r = Segmenter.segment(sample, SegmentationSpec.of(List.of("Age", INCOME, SPENDING, "Gender"),
                5, 42), ProgressListener.NONE, CancellationToken.NONE);
        int unsegmented = (int) Arrays.stream(r.segmentOfRow()).filter(s -> s < 0).count();
        assertTrue(unsegmented > 0);
        assertEquals(unsegmented, r.features().rowsDropped());
        assertEquals(sample.rowCount() - unsegmented, Arrays.stream(r.clustering().sizes()).sum());
        assertTrue(r.features().notes().get(0).contains("left out of the segmentation"));

        Path out = dir.resolve("segmented.csv");
        Segmenter.exportSegmented(sample, r, null, out, ProgressListener.NONE, CancellationToken.NONE);
        List<String> lines = Files.readAllLines(out);
        assertEquals(sample.rowCount() + 1, lines.size());
        assertTrue(lines.get(0).endsWith(",Segment,Segment name"), lines.get(0));
        long empty = lines.stream().skip(1).filter(l -> l.endsWith(",,")).count();
        assertEquals(unsegmented, empty);
    }

    @Test
    void exportUsesTheAnalystsNames(@TempDir Path dir) throws Exception {
        Dataset d = mall();
        SegmentationResult r = Segmenter.segment(d, SegmentationSpec.of(List.of(INCOME, SPENDING), 2, 42),
                ProgressListener.NONE, CancellationToken.NONE);
        Path out = dir.resolve("named.csv");
        Segmenter.exportSegmented(d, r, List.of("Core", "=Premium"), out, ProgressListener.NONE, CancellationToken.NONE);
        String text = Files.readString(out);
        assertTrue(text.contains(",1,Core\n"));
        assertTrue(text.contains(",2,'=Premium\n"), "formula-like names are neutralised");
    }

    @Test
    void kLargerThanTheCustomersIsAClearError() {
        Dataset mall = mall();
        SegmentaException e = assertThrows(SegmentaException.class, () -> Segmenter.segment(mall,
                SegmentationSpec.of(List.of(INCOME), 201, 42), ProgressListener.NONE, CancellationToken.NONE));
        assertEquals("k = 201 is larger than the 200 customers that can be segmented. Choose k of at most 200.",
                e.getMessage());
    }

    @Test
    void cancellationStopsTheWork() {
        Dataset mall = mall();
        assertThrows(CancelledException.class, () -> Segmenter.segment(mall,
                SegmentationSpec.of(List.of(INCOME, SPENDING), 5, 42), ProgressListener.NONE, () -> true));
    }

    @Test
    void aConstantFeatureLeftOutDoesNotNameTheSegments(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("constant.csv");
        Files.writeString(f, "Income,Store\n10,7\n12,7\n11,7\n50,7\n52,7\n51,7\n");
        Dataset d = CsvImporter.read(f);
        SegmentationResult r = Segmenter.segment(d, SegmentationSpec.of(List.of("Income", "Store"), 2, 42),
                ProgressListener.NONE, CancellationToken.NONE);
        assertTrue(r.features().notes().get(0).contains("\"Store\" has the same value"), r.features().notes().get(0));
        assertEquals(java.util.Set.of("Low income", "High income"), java.util.Set.copyOf(r.names()),
                "no \"average store\" in the names");
    }
}
