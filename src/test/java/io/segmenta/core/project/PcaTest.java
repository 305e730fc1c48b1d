package io.segmenta.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.cluster.DataMatrix;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.prep.FeaturePreparer;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.prep.PreparedFeatures;
import io.segmenta.testing.SharedData;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PcaTest {
    private static final List<String> AIS = List.of("Age", "Annual Income (k$)", "Spending Score (1-100)");

    /** Mall's Age, Income and Spending, standardized by the real preparation (StandardScaler). */
    private static PreparedFeatures mallStandardized() {
        Dataset mall = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        return FeaturePreparer.prepare(mall, PrepSpec.standard(AIS));
    }

    @Test
    void mallVarianceRatiosVariancesAndWeightsMatchScikitLearn() {
        JsonNode ref = SharedData.mallReference().path("pca_age_income_spending_standardized");
        PreparedFeatures f = mallStandardized();
        PcaResult pca = Pca.fit(f.matrix(), f.featureNames());
        assertEquals(3, pca.dimensions());
        assertEquals(200, pca.rows());
        for (int c = 0; c < 3; c++) {
            assertEquals(ref.path("explained_variance_ratio").get(c).asDouble(), pca.explainedVarianceRatio()[c], 1e-6,
                    "ratio of PC" + (c + 1));
            assertEquals(ref.path("explained_variance").get(c).asDouble(), pca.explainedVariance()[c], 1e-6,
                    "variance of PC" + (c + 1));
            for (int j = 0; j < 3; j++) {
                assertEquals(ref.path("components_abs").get(c).get(j).asDouble(), Math.abs(pca.loading(c, j)), 1e-6,
                        "|weight| of " + AIS.get(j) + " in PC" + (c + 1));
            }
        }
        assertEquals(1.0, pca.cumulativeRatio()[2], 1e-12);
        assertEquals(0.4426616720824505 + 0.3330837846152244, pca.cumulativeRatio()[1], 1e-6);
    }

    @Test
    void largestWeightOfEachComponentIsPositive() {
        PreparedFeatures f = mallStandardized();
        PcaResult pca = Pca.fit(f.matrix(), f.featureNames());
        for (int c = 0; c < 3; c++) {
            int largest = 0;
            for (int j = 1; j < 3; j++) {
                if (Math.abs(pca.loading(c, j)) > Math.abs(pca.loading(c, largest))) {
                    largest = j;
                }
            }
            assertTrue(pca.loading(c, largest) > 0, "PC" + (c + 1));
        }
    }

    @Test
    void scoresAreCentredUncorrelatedAndCarryTheExplainedVariance() {
        PreparedFeatures f = mallStandardized();
        PcaResult pca = Pca.fit(f.matrix(), f.featureNames());
        double[][] s = pca.scores(f.matrix(), 3);
        int n = f.rows();
        for (int a = 0; a < 3; a++) {
            double mean = 0;
            for (double v : s[a]) {
                mean += v;
            }
            assertEquals(0, mean / n, 1e-12);
            for (int b = a; b < 3; b++) {
                double cov = 0;
                for (int i = 0; i < n; i++) {
                    cov += s[a][i] * s[b][i];
                }
                cov /= n - 1;
                assertEquals(a == b ? pca.explainedVariance()[a] : 0, cov, 1e-9, "cov(PC" + (a + 1) + ", PC" + (b + 1) + ")");
            }
        }
    }

    @Test
    void knownCovarianceIsRecoveredAndAFarOffsetChangesNothing() {
        // y = 2x + small noise around a huge offset: nearly all variance on one axis along (1, 2)/sqrt(5)
        int n = 50_000;
        SplittableRandom rnd = new SplittableRandom(7);
        double[] near = new double[n * 2];
        double[] far = new double[n * 2];
        for (int i = 0; i < n; i++) {
            double x = rnd.nextGaussian();
            double y = 2 * x + 0.1 * rnd.nextGaussian();
            near[2 * i] = x;
            near[2 * i + 1] = y;
            far[2 * i] = x + 1e9;
            far[2 * i + 1] = y - 3e9;
        }
        PcaResult a = Pca.fit(new DataMatrix(n, 2, near), List.of("x", "y"));
        PcaResult b = Pca.fit(new DataMatrix(n, 2, far), List.of("x", "y"));
        assertEquals(1 / Math.sqrt(5), a.loading(0, 0), 1e-3);
        assertEquals(2 / Math.sqrt(5), a.loading(0, 1), 1e-3);
        assertTrue(a.explainedVarianceRatio()[0] > 0.99);
        for (int c = 0; c < 2; c++) {
            assertEquals(a.explainedVariance()[c], b.explainedVariance()[c], 1e-6 * (1 + a.explainedVariance()[c]));
            assertEquals(a.loading(c, 0), b.loading(c, 0), 1e-6);
        }
        assertEquals(1e9, b.mean()[0], 1e-2);
    }

    @Test
    void identicalColumnsLeaveAZeroVarianceComponent() {
        double[] v = {1, 1, 0, 2, 2, 0, 3, 3, 1, 4, 4, 1};
        PcaResult pca = Pca.fit(new DataMatrix(4, 3, v), List.of("a", "b", "c"));
        assertEquals(0, pca.explainedVariance()[2], 1e-12);
        assertEquals(1, pca.cumulativeRatio()[1], 1e-12);
    }

    @Tag("timing")
    @Test
    void aMillionRowsTakeLittleTime() {
        int n = 1_000_000;
        int d = 6;
        SplittableRandom rnd = new SplittableRandom(1);
        double[] v = new double[n * d];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextGaussian();
        }
        DataMatrix x = new DataMatrix(n, d, v);
        List<String> names = List.of("a", "b", "c", "d", "e", "f");
        Pca.fit(x, names); // warm-up
        long t0 = System.nanoTime();
        PcaResult pca = Pca.fit(x, names);
        double[][] s = pca.scores(x, 3);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(n, s[0].length);
        assertTrue(ms < 2_000, "PCA and scores of 1,000,000 x 6 took " + ms + " ms");
        System.out.println("PCA + 3 scores of 1,000,000 x 6: " + ms + " ms");
    }

    @Test
    void tooLittleDataIsAClearError() {
        SegmentaException e = assertThrows(SegmentaException.class,
                () -> Pca.fit(new DataMatrix(1, 2, new double[] {1, 2}), List.of("a", "b")));
        assertTrue(e.getMessage().contains("at least 2 customers"), e.getMessage());
    }
}
