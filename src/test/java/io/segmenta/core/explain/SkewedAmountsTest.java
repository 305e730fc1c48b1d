package io.segmenta.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.cluster.KMeansSpec;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The skewed-amount warning on the marketing campaign's customers. Reference skewness (adjusted
 * Fisher-Pearson, as pandas {@code skew()}) over the 2,216 customers with an Income: Income
 * 6.763487372811111, MntFruits 2.1016575251505967, NumDealsPurchases 2.4152717623157614 (15 distinct
 * values), AcceptedCmp1 3.5624821800165245 (a 0/1 flag), Recency 0.0016477067463848106.
 */
class SkewedAmountsTest {
    private static final List<String> FEATURES = List.of("Income", "Recency", "MntFruits", "NumDealsPurchases",
            "AcceptedCmp1");

    private static Dataset marketing() {
        return CsvImporter.read(SharedData.dataset(SharedData.MARKETING));
    }

    private static List<ResultWarning> skewed(Dataset d, PrepSpec prep) {
        SegmentationResult r = Segmenter.segment(d, new SegmentationSpec(prep, KMeansSpec.of(4), 42),
                ProgressListener.NONE, CancellationToken.NONE);
        return Warnings.of(d, r).stream().filter(w -> w.kind() == ResultWarning.Kind.SKEWED_AMOUNT).toList();
    }

    @Test
    void skewedAmountsAreNamedWithTheirSkewnessAndTheFix() {
        Dataset d = marketing();
        List<ResultWarning> w = skewed(d, PrepSpec.standard(FEATURES));
        // the flag and the small count are skewed too, but they are not amounts
        assertEquals(List.of("Income", "MntFruits"), w.stream().map(ResultWarning::subject).toList());
        assertTrue(w.get(0).message().startsWith("Income is strongly skewed (skewness 6.76, over 2):"),
                w.get(0).message());
        assertTrue(w.get(0).message().endsWith("tick Income under \"Log transform\" in Prepare, or add --log"
                + " \"Income\" on the command line."), w.get(0).message());
        assertTrue(w.get(1).message().startsWith("MntFruits is strongly skewed (skewness 2.10, over 2):"),
                w.get(1).message());
    }

    @Test
    void theSkewnessIsPandasOnTheSegmentedCustomers() {
        Dataset d = marketing();
        SegmentationResult r = Segmenter.segment(d, new SegmentationSpec(PrepSpec.standard(FEATURES),
                KMeansSpec.of(4), 42), ProgressListener.NONE, CancellationToken.NONE);
        int[] rows = r.features().datasetRows();
        assertEquals(2216, rows.length);
        assertEquals(6.763487372811111, SkewedAmounts.skewness((NumericColumn) d.column("Income"), rows), 1e-9);
        assertEquals(2.1016575251505967, SkewedAmounts.skewness((NumericColumn) d.column("MntFruits"), rows),
                1e-9);
        assertTrue(Double.isNaN(SkewedAmounts.skewness((NumericColumn) d.column("NumDealsPurchases"), rows)));
        assertTrue(Double.isNaN(SkewedAmounts.skewness((NumericColumn) d.column("AcceptedCmp1"), rows)));
    }

    @Test
    void aLogTransformedColumnIsNoLongerWarnedAbout() {
        Dataset d = marketing();
        List<ResultWarning> w = skewed(d, PrepSpec.standard(FEATURES).withLogged(List.of("Income")));
        assertEquals(List.of("MntFruits"), w.stream().map(ResultWarning::subject).toList());
        assertEquals(List.of(), skewed(d, PrepSpec.standard(FEATURES).withLogged(List.of("Income", "MntFruits"))));
    }

    @Test
    void aSkewedColumnWithNegativeValuesIsNotAnAmount() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 400;
        double[] balance = new double[n];
        double[] spend = new double[n];
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            double e = Math.exp(1.5 * random.nextGaussian());
            balance[i] = e - 2;
            spend[i] = e;
            age[i] = 20 + random.nextInt(50);
        }
        Dataset d = new Dataset("made", List.of(new NumericColumn("Balance", balance),
                new NumericColumn("Spend", spend), new NumericColumn("Age", age)), null);
        List<ResultWarning> w = skewed(d, PrepSpec.standard(List.of("Balance", "Spend", "Age")));
        assertEquals(List.of("Spend"), w.stream().map(ResultWarning::subject).toList());
    }
}
