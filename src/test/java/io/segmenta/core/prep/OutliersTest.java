package io.segmenta.core.prep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.testing.SharedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OutliersTest {
    private static final String INCOME = "Annual Income (k$)";
    private static final String SPENDING = "Spending Score (1-100)";

    private static Dataset mall() {
        return CsvImporter.read(SharedData.dataset(SharedData.MALL));
    }

    @Test
    void iqrFencesOnMallMatchThePandasReference() {
        JsonNode ref = SharedData.mallReference().path("iqr_outliers_pandas_linear_quantiles");
        PreparedFeatures p = FeaturePreparer.prepare(mall(), PrepSpec.standard(List.of("Age", INCOME, SPENDING))
                .withOutliers(OutlierPolicy.iqr(1.5)));
        OutlierReport r = p.report().outliers();
        String[] refNames = {"Age", "Income", "Spending"};
        for (int j = 0; j < 3; j++) {
            FenceReport f = r.fences().get(j);
            JsonNode want = ref.path(refNames[j]);
            assertEquals(want.path("lower_fence_1.5iqr").asDouble(), f.lower(), 1e-12, f.feature());
            assertEquals(want.path("upper_fence_1.5iqr").asDouble(), f.upper(), 1e-12, f.feature());
            assertEquals(want.path("outlier_ids").size(), f.flagged(), f.feature());
        }
        assertEquals(-13.25, r.fences().get(1).lower());
        assertEquals(132.75, r.fences().get(1).upper());
        List<String> ids = r.rows().stream().map(FlaggedRow::label).toList();
        assertEquals(List.of("0199", "0200"), ids);
        assertEquals(199, Integer.parseInt(ids.get(0)));
        assertEquals(ref.path("Income").path("outlier_ids").get(1).asInt(), Integer.parseInt(ids.get(1)));
        assertEquals("Annual Income (k$) = 137 above the upper fence 132.75", r.rows().get(0).reason());
        assertEquals(198, r.rows().get(0).row());
        assertFalse(r.rows().get(0).excluded());
        // kept: all 200 customers are segmented
        assertEquals(200, p.rows());
        assertTrue(p.notes().contains("Outliers (IQR fences (factor 1.5)): 2 customers flagged (0199, 0200), kept in "
                + "the segmentation and marked in the export."), p.notes().toString());
    }

    @Test
    void theAnalystKeepsOrExcludesSingleFlaggedCustomers() {
        PrepSpec spec = PrepSpec.standard(List.of(INCOME, SPENDING)).withOutliers(OutlierPolicy.iqr(1.5))
                // customer 0200 (row 199) left out, a choice for an unflagged customer (row 5) has no effect
                .withOutlierChoices(Map.of(199, OutlierAction.EXCLUDE, 5, OutlierAction.EXCLUDE));
        PreparedFeatures p = FeaturePreparer.prepare(mall(), spec);
        assertEquals(199, p.rows());
        assertEquals(1, p.rowsExcluded());
        assertEquals(198, p.datasetRows()[198], "0199 is kept");
        assertEquals(List.of(false, true), p.outliers().stream().map(FlaggedRow::excluded).toList());
        assertTrue(p.notes().contains("Outliers (IQR fences (factor 1.5)): 2 customers flagged (0199, 0200), by the "
                + "analyst's choice 1 left out of the segmentation and 1 kept, all marked in the export."),
                p.notes().toString());
        // the other way round: excluded by the action, one kept by choice
        PreparedFeatures q = FeaturePreparer.prepare(mall(), spec.withOutliers(OutlierPolicy.iqr(1.5)
                .withAction(OutlierAction.EXCLUDE)).withOutlierChoices(Map.of(198, OutlierAction.KEEP)));
        assertEquals(199, q.rows());
        assertEquals(List.of(false, true), q.outliers().stream().map(FlaggedRow::excluded).toList());
        // choices for every flagged customer that match the action read as the action
        PreparedFeatures all = FeaturePreparer.prepare(mall(), spec.withOutlierChoices(Map.of(198,
                OutlierAction.EXCLUDE, 199, OutlierAction.EXCLUDE)));
        assertEquals(198, all.rows());
        assertTrue(all.notes().stream().anyMatch(n -> n.endsWith("(0199, 0200), left out of the segmentation and "
                + "marked in the export.")), all.notes().toString());
        assertThrows(IllegalArgumentException.class, () -> spec.withOutlierChoices(Map.of(-1, OutlierAction.KEEP)));
    }

    @Test
    void excludedOutliersLeaveTheMatrixAndTheScaling() {
        PreparedFeatures p = FeaturePreparer.prepare(mall(), PrepSpec.standard(List.of(INCOME, SPENDING))
                .withOutliers(OutlierPolicy.iqr(1.5).withAction(OutlierAction.EXCLUDE)));
        assertEquals(198, p.rows());
        assertEquals(2, p.rowsExcluded());
        assertEquals(197, p.datasetRows()[197]);
        // the scaler is fitted without them: the mean income of customers 1..198
        Dataset mall = mall();
        double sum = 0;
        var income = (io.segmenta.core.data.NumericColumn) mall.column(INCOME);
        for (int i = 0; i < 198; i++) {
            sum += income.get(i);
        }
        assertEquals(sum / 198, p.center()[0], 1e-9);
        assertTrue(p.outliers().stream().allMatch(FlaggedRow::excluded));
    }

    @Test
    void zScoreFlagsBeyondTheThreshold() {
        // |z| > 3 flags nobody on Mall (largest income z is (137 - 60.56) / 26.199 = 2.92); |z| > 2.5 flags the two
        PreparedFeatures none = FeaturePreparer.prepare(mall(), PrepSpec.standard(List.of(INCOME, SPENDING))
                .withOutliers(OutlierPolicy.zScore(3)));
        assertEquals(0, none.outliers().size());
        FenceReport f = none.report().outliers().fences().get(0);
        assertEquals(60.56 - 3 * 26.19897707926781, f.lower(), 1e-9);
        assertEquals(60.56 + 3 * 26.19897707926781, f.upper(), 1e-9);
        PreparedFeatures two = FeaturePreparer.prepare(mall(), PrepSpec.standard(List.of(INCOME, SPENDING))
                .withOutliers(OutlierPolicy.zScore(2.5)));
        assertEquals(List.of(198, 199), two.outliers().stream().map(FlaggedRow::row).toList());
        assertEquals("Annual Income (k$) = 137 with z = 2.92, beyond ±2.5", two.outliers().get(0).reason());
        assertEquals((137 - 60.56) / 26.19897707926781, two.outliers().get(0).score(), 1e-9);
    }

    @Test
    void isolationForestIsDeterministicForASeed() throws Exception {
        Dataset mall = mall();
        PrepSpec spec = PrepSpec.standard(List.of("Age", INCOME, SPENDING))
                .withOutliers(OutlierPolicy.isolationForest(0.05, 7));
        PreparedFeatures a = FeaturePreparer.prepare(mall, spec);
        // the same on another thread, and with the trees grown one at a time
        ExecutorService other = Executors.newSingleThreadExecutor();
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            Future<PreparedFeatures> b = other.submit(() -> FeaturePreparer.prepare(mall, spec));
            PreparedFeatures c = one.submit(() -> FeaturePreparer.prepare(mall, spec)).get();
            assertEquals(a.outliers(), b.get().outliers());
            assertEquals(a.outliers(), c.outliers());
        } finally {
            other.shutdown();
            one.shutdown();
        }
        OutlierReport r = a.report().outliers();
        // strict "above the 95th percentile of 200 distinct scores" flags the top 10
        assertEquals(10, r.flaggedCount());
        assertTrue(r.threshold() > 0.5 && r.threshold() < 1, "threshold " + r.threshold());
        for (FlaggedRow f : r.rows()) {
            assertTrue(f.score() > r.threshold());
            assertTrue(f.reason().startsWith("anomaly score "), f.reason());
            assertTrue(f.reason().contains("(the 5% most isolated customers); most unusual: "), f.reason());
        }
        // the highest-income customers are among the most isolated
        List<Integer> rows = r.rows().stream().map(FlaggedRow::row).toList();
        assertTrue(rows.contains(198) || rows.contains(199), rows.toString());
        // another seed grows another forest
        PreparedFeatures other2 = FeaturePreparer.prepare(mall, spec.withOutliers(OutlierPolicy.isolationForest(0.05, 8)));
        assertNotEquals(r.threshold(), other2.report().outliers().threshold());
    }

    @Test
    void isolationForestScoresAreReproducibleAcrossRuns() {
        Dataset mall = mall();
        PrepSpec spec = PrepSpec.standard(List.of(INCOME, SPENDING)).withOutliers(OutlierPolicy.isolationForest(0.1, 42));
        List<double[]> scores = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            PreparedFeatures p = FeaturePreparer.prepare(mall, spec);
            scores.add(p.outliers().stream().mapToDouble(FlaggedRow::score).toArray());
        }
        assertArrayEquals(scores.get(0), scores.get(1));
        assertArrayEquals(scores.get(0), scores.get(2));
        // strictly above the 90th percentile of 200 scores: 20, less one where two customers share a score there
        assertEquals(19, scores.get(0).length);
    }

    @Test
    void policiesParseAndRefuseBadParameters() {
        assertEquals(OutlierPolicy.iqr(1.5), OutlierPolicy.parse("iqr"));
        assertEquals(OutlierPolicy.iqr(3), OutlierPolicy.parse("IQR:3"));
        assertEquals(OutlierPolicy.zScore(3.5), OutlierPolicy.parse("zscore:3.5"));
        assertEquals(OutlierPolicy.isolationForest(0.02, OutlierPolicy.DEFAULT_SEED), OutlierPolicy.parse("iforest:0.02"));
        assertEquals(OutlierPolicy.NONE, OutlierPolicy.parse("none"));
        assertEquals("iqr:1.5", OutlierPolicy.iqr(1.5).label());
        assertTrue(assertThrows(SegmentaException.class, () -> OutlierPolicy.parse("iforest:0.7")).getMessage()
                .contains("at most 0.5"));
        assertTrue(assertThrows(SegmentaException.class, () -> OutlierPolicy.parse("iqr:-1")).getMessage()
                .contains("positive"));
        assertTrue(assertThrows(SegmentaException.class, () -> OutlierPolicy.parse("lof")).getMessage()
                .contains("Choose none, iqr[:1.5], zscore[:3] or iforest[:0.05]"));
    }

    @Test
    void oneParameterRuleForTheWindowAndTheCommandLine() {
        assertEquals(0.05, OutlierPolicy.parseParameter(OutlierMethod.ISOLATION_FOREST, " 5 % "), 1e-15);
        assertEquals(0.05, OutlierPolicy.parseParameter(OutlierMethod.ISOLATION_FOREST, "0.05"), 1e-15);
        assertEquals(2.5, OutlierPolicy.parseParameter(OutlierMethod.IQR, "2.5"));
        assertTrue(Double.isNaN(OutlierPolicy.parseParameter(OutlierMethod.NONE, "anything")));
        assertEquals(0.02, OutlierPolicy.parse("iforest:2%").parameter(), 1e-15);

        // a share in percent is for the contamination only: a factor of "150%" is not a number
        OutlierParameterException e = assertThrows(OutlierParameterException.class,
                () -> OutlierPolicy.parseParameter(OutlierMethod.IQR, "150%"));
        assertEquals("IQR factor", e.field());
        assertEquals("150%", e.text());
        assertEquals("The IQR factor \"150%\" is not a number. Give a factor such as 1.5.", e.getMessage());
        assertEquals("The z-score threshold \"high\" is not a number. Give a threshold such as 3.",
                assertThrows(OutlierParameterException.class, () -> OutlierPolicy.parse("zscore:high")).getMessage());
        assertEquals("The Isolation Forest contamination \"\" is not a number. Give a share such as 5% or 0.05.",
                assertThrows(OutlierParameterException.class,
                        () -> OutlierPolicy.parseParameter(OutlierMethod.ISOLATION_FOREST, "  ")).getMessage());
    }
}
