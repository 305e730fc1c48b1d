package io.segmenta.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * Validity indices of any clustering against scikit-learn 1.2.1's {@code silhouette_score},
 * {@code calinski_harabasz_score} and {@code davies_bouldin_score} on the standardised Mall Income
 * and Spending; for DBSCAN on the non-noise customers only ({@code m = labels >= 0; score(X[m], l[m])}).
 */
class ValidityTest {
    private static Validity validity(AlgorithmSpec spec) {
        DataMatrix x = Mall.standardized(Mall.INCOME, Mall.SPENDING);
        Clustering c = Clusterers.fit(x, spec, 42, ProgressListener.NONE, CancellationToken.NONE);
        return Validity.of(x, c, 42, CancellationToken.NONE);
    }

    @Test
    void wardAndAverageLinkage() {
        Validity ward = validity(HierarchicalSpec.byK(Linkage.WARD, 5));
        assertEquals(0.5538089226688662, ward.silhouette().value(), 1e-12);
        assertEquals(244.41032586596828, ward.calinskiHarabasz(), 1e-9);
        assertEquals(0.5778621190740154, ward.daviesBouldin(), 1e-12);
        assertEquals(200, ward.rowsScored());
        assertEquals("", ward.note());
        Validity average = validity(HierarchicalSpec.byK(Linkage.AVERAGE, 5));
        assertEquals(0.4794263081846086, average.silhouette().value(), 1e-12);
        assertEquals(143.58917126492258, average.calinskiHarabasz(), 1e-9);
        assertEquals(0.6432512549143864, average.daviesBouldin(), 1e-12);
    }

    @Test
    void dbscanIsScoredWithoutItsNoiseAndSaysSo() {
        Validity v = validity(new DbscanSpec(0.4, 5));
        assertEquals(0.4780592455223125, v.silhouette().value(), 1e-12);
        assertEquals(146.88795579237816, v.calinskiHarabasz(), 1e-9);
        assertEquals(0.5911527625620241, v.daviesBouldin(), 1e-12);
        assertEquals(185, v.rowsScored());
        assertEquals(15, v.noiseLeftOut());
        assertEquals("WCSS, silhouette, Calinski-Harabasz and Davies-Bouldin are computed on the 185 customers in"
                + " segments; the 15 noise customers are left out.", v.note());
    }

    @Test
    void oneSegmentHasNoIndicesButAWcss() {
        Validity v = validity(KMeansSpec.of(1));
        assertEquals(400.0, v.wcss(), 1e-9);
        assertTrue(Double.isNaN(v.silhouette().value()));
        assertTrue(Double.isNaN(v.calinskiHarabasz()));
        assertTrue(Double.isNaN(v.daviesBouldin()));
        assertFalse(v.silhouette().sampled());
    }
}
