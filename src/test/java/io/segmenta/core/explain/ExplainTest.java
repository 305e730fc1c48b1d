package io.segmenta.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.SweepSpec;
import io.segmenta.core.cluster.KMeansSpec;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.prep.Scaling;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Drivers, warnings and stability on the Mall data and on made-up tables built to trigger (or not)
 * each warning. Reference figures for the drivers are numpy's and scipy's on the k = 5 labels of
 * mall_reference.json: eta squared of Income 0.793910438798305, of Spending 0.8782475204231108;
 * {@code scipy.stats.contingency.association(table, method="cramer")} of Genre and the labels
 * 0.10564233976202106.
 */
class ExplainTest {
    private static final String INCOME = "Annual Income (k$)";
    private static final String SPENDING = "Spending Score (1-100)";

    private static Dataset mall() {
        return CsvImporter.read(SharedData.dataset(SharedData.MALL));
    }

    private static SegmentationResult segment(Dataset d, SegmentationSpec spec) {
        return Segmenter.segment(d, spec, ProgressListener.NONE, CancellationToken.NONE);
    }

    private static List<ResultWarning.Kind> kinds(List<ResultWarning> warnings) {
        return warnings.stream().map(ResultWarning::kind).toList();
    }

    @Test
    void incomeAndSpendingDriveTheMallSegmentsAsNumpySays() {
        Dataset mall = mall();
        SegmentationResult r = segment(mall, SegmentationSpec.of(List.of(INCOME, SPENDING), 5, 42));
        List<Driver> drivers = Drivers.of(mall, r);
        assertEquals(List.of(SPENDING, INCOME), drivers.stream().map(Driver::column).toList());
        assertEquals(0.8782475204231108, drivers.get(0).value(), 1e-12);
        assertEquals(0.793910438798305, drivers.get(1).value(), 1e-12);
        assertEquals(Driver.Kind.ETA_SQUARED, drivers.get(0).kind());
        // a well separated result on numbers alone gets no warning
        assertEquals(List.of(), Warnings.of(mall, r));
    }

    @Test
    void cramersVMatchesScipy() {
        Dataset mall = mall();
        CategoricalColumn genre = (CategoricalColumn) mall.column("Genre");
        int[] levels = new int[mall.rowCount()];
        int[] labels = new int[mall.rowCount()];
        var ref = SharedData.mallReference().get("silhouette_fixed_labels").get("labels");
        for (int i = 0; i < levels.length; i++) {
            levels[i] = genre.code(i);
            labels[i] = ref.get(i).asInt();
        }
        assertEquals(0.10564233976202106, Drivers.cramersV(levels, 2, labels, 5), 1e-12);
    }

    @Test
    void segmentsNoRulePointsToAreNamedAndOnlyThen() {
        Dataset mall = mall();
        SegmentationResult r = segment(mall, SegmentationSpec.of(List.of(INCOME, SPENDING), 5, 42));
        // one split gives two leaves for five segments: three segments have no rule
        RuleSet one = Explanation.of(mall, r, null, 1, CancellationToken.NONE).rules();
        List<Integer> ruled = one.rules().stream().map(SegmentRule::segment).distinct().toList();
        assertEquals(2, ruled.size(), one.rules().toString());
        List<String> without = java.util.stream.IntStream.range(0, 5).filter(s -> !ruled.contains(s))
                .mapToObj(s -> Integer.toString(s + 1)).toList();
        assertEquals("Segments " + without.get(0) + ", " + without.get(1) + " and " + without.get(2) + " have no rule: "
                + "no leaf of the tree has most of its customers in them (a deeper tree may give them one each).",
                one.note());
        // at the default depth every Mall segment has its rule, and nothing is said
        assertEquals("", Explanation.of(mall, r, null, CancellationToken.NONE).rules().note());
        assertEquals("Segment 4 has no rule: no leaf of the tree has most of its customers in it (a deeper tree may "
                + "give it one).", SegmentRules.withoutRule(new int[] {0, 1, 2, 3, 3}, 5, List.of(
                        new SegmentRule(0, List.of("a"), 1, 1), new SegmentRule(1, List.of("b"), 1, 1),
                        new SegmentRule(2, List.of("c"), 3, 1))), "segment 5 has no customer: nothing to say");
    }

    @Test
    void aColumnThatDecidesTheSegmentsIsNamed() {
        Dataset d = oneColumnDecides(900, 3);
        SegmentationResult r = segment(d, SegmentationSpec.of(List.of("Gender", "Age", "Spending_Score",
                "Family_Size"), 3, 42));
        Explanation e = Explanation.of(d, r, null, CancellationToken.NONE);
        assertEquals("Spending_Score", e.drivers().get(0).column());
        assertEquals(1.0, e.drivers().get(0).value(), 1e-12);
        ResultWarning w = e.warnings().get(0);
        assertEquals(ResultWarning.Kind.REPEATS_COLUMN, w.kind());
        assertEquals("Spending_Score", w.subject());
        assertTrue(w.message().startsWith("The segments are the levels of Spending_Score (adjusted Rand index 1.00,"
                + " Cramér's V 1.00)"), w.message());
        assertTrue(w.message().contains("use Spending_Score as a filter"), w.message());
        // the rules say the same: three rules, one per level, all right
        assertEquals(1.0, e.rules().accuracy(), 1e-12);
        assertTrue(e.rules().rules().stream().allMatch(rule -> rule.text().startsWith("Spending_Score ")),
                e.rules().rules().toString());
    }

    @Test
    void theRecommendedKAtTheTopOfTheRangeIsAWarning() {
        Dataset d = blobs(12, 40, 11);
        List<String> features = d.columnNames();
        var narrow = Segmenter.sweep(d, new SweepSpec(PrepSpec.standard(features), KMeansSpec.of(2), 2, 8, 42),
                ProgressListener.NONE, CancellationToken.NONE).result();
        assertEquals(8, narrow.recommendedK());
        ResultWarning w = Warnings.edge(narrow).orElseThrow();
        assertEquals(ResultWarning.Kind.K_AT_EDGE, w.kind());
        assertTrue(w.message().startsWith("The recommended k = 8 is the largest k searched (2 to 8): the best k may"
                + " lie beyond the range."), w.message());
        var wide = Segmenter.sweep(d, new SweepSpec(PrepSpec.standard(features), KMeansSpec.of(2), 2, 14, 42),
                ProgressListener.NONE, CancellationToken.NONE).result();
        assertEquals(12, wide.recommendedK());
        assertTrue(Warnings.edge(wide).isEmpty());
        SegmentationResult r = segment(d, SegmentationSpec.of(features, 8, 42));
        assertEquals(List.of(ResultWarning.Kind.K_AT_EDGE), kinds(Warnings.of(d, r, narrow)));
    }

    @Test
    void aTinySegmentIsAWarning() {
        Dataset d = blobsWithStragglers();
        SegmentationResult r = segment(d, SegmentationSpec.of(d.columnNames(), 3, 42));
        List<ResultWarning> w = Warnings.of(d, r);
        assertEquals(List.of(ResultWarning.Kind.SMALL_SEGMENT), kinds(w));
        assertTrue(w.get(0).message().contains("holds 2 customers, 0.5% of the segmented customers"),
                w.get(0).message());
    }

    @Test
    void uniformDataHaveWeakStructureAndUnstableSegments() {
        Dataset u = uniform(500, 5, 7);
        SegmentationResult r = segment(u, SegmentationSpec.of(u.columnNames(), 5, 42));
        List<ResultWarning> w = Warnings.of(u, r);
        assertEquals(List.of(ResultWarning.Kind.WEAK_STRUCTURE), kinds(w));
        assertTrue(w.get(0).message().startsWith("The silhouette is 0.1"), w.get(0).message());
        Stability s = Stability.of(r, 20, 42, ProgressListener.NONE, CancellationToken.NONE);
        // measured: mean adjusted Rand index 0.42 (lowest 0.20)
        assertTrue(s.meanAdjustedRand() < 0.6, s.verdict());
        assertTrue(s.verdict().startsWith("Unstable"), s.verdict());
    }

    @Test
    void mallSegmentsAreHighlyStable() {
        Dataset mall = mall();
        SegmentationResult r = segment(mall, SegmentationSpec.of(List.of(INCOME, SPENDING), 5, 42));
        Stability s = Stability.of(r, 20, 42, ProgressListener.NONE, CancellationToken.NONE);
        // measured: mean adjusted Rand index 0.98 (lowest 0.93); every segment keeps at least 97% together
        assertTrue(s.meanAdjustedRand() > 0.95, s.verdict());
        for (double t : s.together()) {
            assertTrue(t > 0.95, s.verdict());
        }
        assertTrue(s.verdict().startsWith("Highly stable"), s.verdict());
        assertEquals(s.meanAdjustedRand(), Stability.of(r, 20, 42, ProgressListener.NONE, CancellationToken.NONE)
                .meanAdjustedRand(), 0, "seeded: the same figures again");
        assertThrows(SegmentaException.class, () -> Stability.of(r, 0, 42, ProgressListener.NONE,
                CancellationToken.NONE));
    }

    @Test
    void unscaledFeaturesOfVeryDifferentSpreadsAreAWarning() {
        Dataset mall = mall();
        double[] cents = ((NumericColumn) mall.column(INCOME)).toArray();
        for (int i = 0; i < cents.length; i++) {
            cents[i] *= 1000;
        }
        List<Column> cols = new ArrayList<>(mall.columns());
        cols.add(new NumericColumn("Income ($)", cents));
        Dataset d = new Dataset("mall", cols, null);
        SegmentationResult r = segment(d, new SegmentationSpec(new PrepSpec(List.of("Age", "Income ($)"),
                Scaling.NONE), KMeansSpec.of(4), 42));
        List<ResultWarning> w = Warnings.of(d, r);
        assertEquals(List.of(ResultWarning.Kind.SCALES_DIFFER), kinds(w));
        assertTrue(w.get(0).message().startsWith("Scaling is off and the features' spreads differ 1,880-fold: Income"
                + " ($) (standard deviation 26,198.98) weighs far more"), w.get(0).message());
    }

    @Test
    void gradedWordsForTheAdjustedRandIndex() {
        assertEquals("partly the same segments (0.60 to 0.75)", Agreement.wordsWithBand(0.7));
        assertEquals("different segments for many customers", Agreement.words(0.52));
        assertEquals("nearly the same segments", Agreement.words(0.9));
        assertEquals("different segments (under 0.30)", Agreement.wordsWithBand(0.1));
    }

    /** Customers whose three-level Spending_Score splits them far more than their other features. */
    static Dataset oneColumnDecides(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] gender = new int[n];
        int[] score = new int[n];
        double[] age = new double[n];
        double[] family = new double[n];
        for (int i = 0; i < n; i++) {
            gender[i] = random.nextInt(2);
            score[i] = i % 3;
            age[i] = 40 + 3 * random.nextGaussian();
            family[i] = 3 + random.nextInt(2);
        }
        return new Dataset("cars", List.of(new CategoricalColumn("Gender", gender, List.of("Female", "Male")),
                new NumericColumn("Age", age), new CategoricalColumn("Spending_Score", score, List.of("Low",
                        "Average", "High")), new NumericColumn("Family_Size", family)), null);
    }

    /** {@code centres} tight, well separated blobs in two dimensions. */
    static Dataset blobs(int centres, int each, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = centres * each;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int c = 0; c < centres; c++) {
            double cx = 10 * (c % 4);
            double cy = 10 * (c / 4);
            for (int i = 0; i < each; i++) {
                x[c * each + i] = cx + random.nextGaussian() * 0.5;
                y[c * each + i] = cy + random.nextGaussian() * 0.5;
            }
        }
        return new Dataset("blobs", List.of(new NumericColumn("x", x), new NumericColumn("y", y)), null);
    }

    /** Two blobs of 200 customers and two far-away customers. */
    static Dataset blobsWithStragglers() {
        SplittableRandom random = new SplittableRandom(5);
        double[] x = new double[402];
        double[] y = new double[402];
        for (int i = 0; i < 400; i++) {
            x[i] = (i < 200 ? 0 : 10) + random.nextGaussian();
            y[i] = random.nextGaussian();
        }
        x[400] = 5;
        y[400] = 40;
        x[401] = 5.5;
        y[401] = 40.5;
        return new Dataset("stragglers", List.of(new NumericColumn("x", x), new NumericColumn("y", y)), null);
    }

    static Dataset uniform(int n, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Column> cols = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = random.nextDouble();
            }
            cols.add(new NumericColumn("x" + (j + 1), v));
        }
        return new Dataset("uniform", cols, null);
    }
}
