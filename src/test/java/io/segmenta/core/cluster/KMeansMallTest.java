package io.segmenta.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** k-means, the k sweep and the validity indices against scikit-learn 1.2.1 on the Mall Customers data. */
class KMeansMallTest {
    private static final long SEED = 42;

    @Test
    void incomeSpendingSweepMatchesScikitLearn() {
        DataMatrix x = Mall.standardized(Mall.INCOME, Mall.SPENDING);
        JsonNode ref = Mall.sweep("income_spending", "standardized_sweep");
        assertEquals(10, ref.size());
        SweepResult sweep = KSweep.run(x, 1, 10, 0, SEED, ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(10, sweep.points().size());
        for (JsonNode r : ref) {
            int k = r.get("k").asInt();
            SweepPoint p = sweep.point(k);
            assertRelative(r.get("wcss").asDouble(), p.wcss(), 0.005, "WCSS at k = " + k);
            if (k == 1) {
                assertTrue(Double.isNaN(p.silhouette()) && Double.isNaN(p.calinskiHarabasz())
                        && Double.isNaN(p.daviesBouldin()), "indices are NaN at k = 1");
                continue;
            }
            assertEquals(r.get("silhouette").asDouble(), p.silhouette(), 0.005, "silhouette at k = " + k);
            assertRelative(r.get("calinski_harabasz").asDouble(), p.calinskiHarabasz(), 0.005, "CH at k = " + k);
            assertRelative(r.get("davies_bouldin").asDouble(), p.daviesBouldin(), 0.005, "DB at k = " + k);
            assertEquals(k, p.sizes().length);
            assertEquals(200, Arrays.stream(p.sizes()).sum());
        }
        assertArrayEquals(new int[] {81, 39, 35, 23, 22}, sweep.point(5).sizes());
        assertArrayEquals(sizes(ref.get(4)), sweep.point(5).sizes());
        assertEquals(5, sweep.recommendedK());
        assertEquals(5, sweep.kneeK());
        assertFalse(sweep.silhouetteSampled());
        assertEquals(200, sweep.silhouetteSampleSize());
        assertEquals("Recommended k = 5: highest silhouette (0.555). The elbow of the WCSS curve is at k = 5.",
                sweep.rule());
    }

    @Test
    void sweepPointEqualsTheFitAtThatK() {
        DataMatrix x = Mall.standardized(Mall.INCOME, Mall.SPENDING);
        SweepResult sweep = KSweep.run(x, 2, 6, 0, SEED, ProgressListener.NONE, CancellationToken.NONE);
        KMeansResult fit = KMeans.fit(x, KMeans.Options.of(5, SEED), ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(fit.wcss(), sweep.point(5).wcss());
        assertArrayEquals(fit.sizes(), sweep.point(5).sizes());
        assertEquals(Silhouette.mean(x, fit.labels(), 5), sweep.point(5).silhouette());
    }

    @Test
    void kFiveMatchesScikitLearnCentroidsAndSilhouette() {
        DataMatrix raw = Mall.raw(Mall.INCOME, Mall.SPENDING);
        DataMatrix x = Mall.standardize(raw);
        JsonNode ref = SharedData.mallReference().path("kmeans").path("income_spending").path("standardized_k5");
        KMeansResult r = KMeans.fit(x, KMeans.Options.of(5, SEED), ProgressListener.NONE, CancellationToken.NONE);
        assertRelative(ref.get("wcss").asDouble(), r.wcss(), 1e-9, "WCSS");
        assertEquals(1000, r.starts(), "automatic starts on a small table");
        assertEquals(ref.get("silhouette").asDouble(), Silhouette.mean(x, r.labels(), 5), 1e-9);
        // segment means in raw units, in size order
        for (int c = 0; c < 5; c++) {
            JsonNode cluster = ref.get("clusters").get(c);
            assertEquals(cluster.get("size").asInt(), r.sizes()[c]);
            double[] mean = new double[2];
            for (int i = 0; i < 200; i++) {
                if (r.labels()[i] == c) {
                    mean[0] += raw.get(i, 0) / r.sizes()[c];
                    mean[1] += raw.get(i, 1) / r.sizes()[c];
                }
            }
            assertEquals(cluster.get("mean_raw").get(0).asDouble(), mean[0], 1e-3, "income of segment " + c);
            assertEquals(cluster.get("mean_raw").get(1).asDouble(), mean[1], 1e-3, "spending of segment " + c);
        }
    }

    @Test
    void silhouetteOfFixedLabelsMatchesScikitLearnTo1e9() {
        JsonNode ref = SharedData.mallReference().path("silhouette_fixed_labels");
        int[] labels = new int[ref.get("labels").size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = ref.get("labels").get(i).asInt();
        }
        int k = Arrays.stream(labels).max().orElseThrow() + 1;
        DataMatrix raw = Mall.raw(Mall.INCOME, Mall.SPENDING);
        assertEquals(ref.get("silhouette").asDouble(), Silhouette.mean(Mall.standardize(raw), labels, k), 1e-9);
        assertEquals(ref.get("silhouette_raw_space").asDouble(), Silhouette.mean(raw, labels, k), 1e-9);
        SilhouetteScore score = Silhouette.score(Mall.standardize(raw), labels, k, 7);
        assertFalse(score.sampled());
        assertEquals(200, score.sampleSize());
        assertEquals(ref.get("silhouette").asDouble(), score.value(), 1e-9);
    }

    @Test
    void ageIncomeSpendingSweepMatchesScikitLearn() {
        DataMatrix x = Mall.standardized(Mall.AGE, Mall.INCOME, Mall.SPENDING);
        assertSweepWcss(x, Mall.sweep("age_income_spending", "standardized_sweep"), 0.01);
    }

    @Test
    void incomeOnlySweepMatchesScikitLearn() {
        DataMatrix x = Mall.standardized(Mall.INCOME);
        assertSweepWcss(x, Mall.sweep("income", "standardized_sweep"), 0.01);
    }

    @Test
    void rawIncomeSpendingSweepMatchesScikitLearn() {
        DataMatrix x = Mall.raw(Mall.INCOME, Mall.SPENDING);
        assertSweepWcss(x, Mall.sweep("income_spending", "raw_sweep"), 0.005);
    }

    @Test
    void sameSeedGivesIdenticalResult() {
        DataMatrix x = Mall.standardized(Mall.AGE, Mall.INCOME, Mall.SPENDING);
        KMeansResult a = KMeans.fit(x, KMeans.Options.of(6, 99), ProgressListener.NONE, CancellationToken.NONE);
        KMeansResult b = KMeans.fit(x, KMeans.Options.of(6, 99), ProgressListener.NONE, CancellationToken.NONE);
        assertArrayEquals(a.labels(), b.labels());
        assertArrayEquals(a.centroids(), b.centroids());
        assertEquals(Double.doubleToRawLongBits(a.wcss()), Double.doubleToRawLongBits(b.wcss()));
    }

    @Test
    void everySeedFindsTheBestWcss() {
        DataMatrix x = Mall.standardized(Mall.INCOME, Mall.SPENDING);
        double best = Mall.sweep("income_spending", "standardized_sweep").get(4).get("wcss").asDouble();
        for (long seed = 0; seed < 20; seed++) {
            KMeansResult r = KMeans.fit(x, KMeans.Options.of(5, seed), ProgressListener.NONE,
                    CancellationToken.NONE);
            assertRelative(best, r.wcss(), 1e-9, "WCSS with seed " + seed);
            assertArrayEquals(new int[] {81, 39, 35, 23, 22}, r.sizes(), "sizes with seed " + seed);
        }
    }

    private static void assertSweepWcss(DataMatrix x, JsonNode ref, double tolerance) {
        assertEquals(10, ref.size());
        SweepResult sweep = KSweep.run(x, 1, 10, 0, SEED, ProgressListener.NONE, CancellationToken.NONE);
        for (JsonNode r : ref) {
            int k = r.get("k").asInt();
            assertRelative(r.get("wcss").asDouble(), sweep.point(k).wcss(), tolerance, "WCSS at k = " + k);
        }
    }

    private static int[] sizes(JsonNode point) {
        int[] s = new int[point.get("sizes_desc").size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = point.get("sizes_desc").get(i).asInt();
        }
        return s;
    }

    static void assertRelative(double expected, double actual, double relative, String what) {
        assertEquals(expected, actual, Math.abs(expected) * relative,
                () -> what + ": expected " + expected + ", got " + actual);
    }
}
