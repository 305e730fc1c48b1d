package io.segmenta.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import org.junit.jupiter.api.Test;

/** DBSCAN of the Mall data against scikit-learn's DBSCAN and NearestNeighbors. */
class DbscanMallTest {
    @Test
    void clustersNoiseAndSizesMatchScikitLearn() {
        DataMatrix x = Mall.standardized(Mall.INCOME, Mall.SPENDING);
        JsonNode ref = SharedData.mallReference().path("dbscan_income_spending_standardized");
        assertEquals(3, ref.size());
        for (JsonNode run : ref) {
            double eps = run.path("eps").asDouble();
            int minSamples = run.path("min_samples_including_self").asInt();
            Clustering c = Dbscan.fit(x, new DbscanSpec(eps, minSamples), ProgressListener.NONE,
                    CancellationToken.NONE);
            assertEquals(run.path("clusters").asInt(), c.k(), "clusters at eps " + eps);
            assertEquals(run.path("noise").asInt(), c.noise(), "noise at eps " + eps);
            int[] want = new int[c.k()];
            for (int s = 0; s < want.length; s++) {
                want[s] = run.path("sizes_desc").get(s).asInt();
            }
            assertArrayEquals(want, c.sizes(), "sizes at eps " + eps);
            int noise = 0;
            for (int l : c.labels()) {
                noise += l == Clustering.NOISE ? 1 : 0;
            }
            assertEquals(c.noise(), noise);
            DbscanDetails details = c.density().orElseThrow();
            for (int i = 0; i < x.rows(); i++) {
                assertTrue(!details.core()[i] || c.labels()[i] >= 0, "core customers are never noise");
            }
        }
    }

    /**
     * scikit-learn 1.2.1: {@code d = np.sort(NearestNeighbors(n_neighbors=5).fit(X).kneighbors(X)[0][:, -1])}
     * on the standardised Income and Spending: d[:5], d[100], d[-2:].
     */
    @Test
    void kDistanceMatchesScikitLearnKneighbors() {
        DataMatrix x = Mall.standardized(Mall.INCOME, Mall.SPENDING);
        KDistance k = KDistance.of(x, 5, ProgressListener.NONE, CancellationToken.NONE);
        double[] d = k.sorted();
        assertEquals(200, d.length);
        assertEquals(0.07633886, d[0], 1e-8);
        assertEquals(0.07764312, d[1], 1e-8);
        assertEquals(0.08564307, d[4], 1e-8);
        assertEquals(0.20857962675000918, d[100], 1e-12);
        assertEquals(1.29834112, d[198], 1e-8);
        assertEquals(1.30008115, d[199], 1e-8);
        // the suggested eps lies on the curve, at its knee, in the range the reference explores
        assertEquals(d[k.kneeIndex()], k.suggestedEps(), 0.0);
        assertTrue(k.suggestedEps() > 0.25 && k.suggestedEps() < 0.6, "suggested eps " + k.suggestedEps());
        assertEquals((double) (k.kneeIndex() + 1) / 200, k.coreShare(k.suggestedEps()), 0.02);
    }
}
