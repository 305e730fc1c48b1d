package io.segmenta.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import io.segmenta.testing.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SegmentProfilerTest {

    /** Five Mall-like groups, four customers each, plus one unsegmented row. */
    private static Dataset mallLike() {
        double[] income = {55, 56, 54, 55, 86, 87, 88, 85, 88, 89, 87, 88, 26, 27, 25, 26, 25, 26, 24, 26, 60};
        double[] spend = {50, 49, 51, 50, 82, 83, 81, 82, 17, 16, 18, 17, 21, 20, 22, 21, 79, 80, 78, 79, 50};
        double[] age = {40, 45, 50, 42, 32, 30, 34, 33, 41, 44, 39, 40, 45, 50, 47, 46, 25, 24, 23, 22, 40};
        int[] gender = {0, 1, 0, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0};
        return new Dataset("mall", List.of(new CategoricalColumn("Gender", gender, List.of("Female", "Male")),
                new NumericColumn("Age", age), new NumericColumn("Annual Income (k$)", income),
                new NumericColumn("Spending Score (1-100)", spend)), null);
    }

    private static final int[] SEGMENTS = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, -1};

    @Test
    void sizesSharesMeansAndMix() {
        List<SegmentProfile> p = SegmentProfiler.profile(mallLike(), SEGMENTS, 5,
                List.of("Annual Income (k$)", "Spending Score (1-100)"));
        assertEquals(5, p.size());
        assertEquals(4, p.get(1).size());
        assertEquals(0.2, p.get(1).share(), 1e-12);
        assertEquals(86.5, p.get(1).means().get("Annual Income (k$)"), 1e-12);
        assertEquals(List.of("Age", "Annual Income (k$)", "Spending Score (1-100)"), List.copyOf(p.get(0).means().keySet()));
        assertEquals(Map.of("Female", 0.5, "Male", 0.5), p.get(1).categoryMix().get("Gender"));
        assertEquals(2, p.get(1).number());
    }

    @Test
    void namesSayHowEachSegmentDiffersFromTheTable() {
        List<SegmentProfile> p = SegmentProfiler.profile(mallLike(), SEGMENTS, 5,
                List.of("Annual Income (k$)", "Spending Score (1-100)"));
        assertEquals(List.of("Average income, average spending", "High income, high spending",
                "High income, low spending", "Low income, low spending", "Low income, high spending"),
                p.stream().map(SegmentProfile::name).toList());
    }

    @Test
    void ageReadsYoungerOrOlderAndSkewedCategoriesAreNamed() {
        List<SegmentProfile> p = SegmentProfiler.profile(mallLike(), SEGMENTS, 5,
                List.of("Age", "Annual Income (k$)", "Spending Score (1-100)", "Gender"));
        assertEquals("Younger, low income, high spending, mostly Gender = Female", p.get(4).name());
    }

    @Test
    void namesAreUnique() {
        // two segments that look alike on the one feature get told apart
        Dataset d = new Dataset("d", List.of(new NumericColumn("Income", new double[] {1, 1.1, 1.2, 9, 9.1, 1.05})), null);
        List<SegmentProfile> p = SegmentProfiler.profile(d, new int[] {0, 0, 1, 2, 2, 1}, 3, List.of("Income"));
        List<String> names = p.stream().map(SegmentProfile::name).toList();
        assertEquals(3, names.stream().distinct().count(), names.toString());
        assertEquals("Low income (1)", names.get(0));
        assertEquals("Low income (2)", names.get(1));
        assertEquals("High income", names.get(2));
    }

    @Test
    void shortNamesDropUnitsAndFillerWords() {
        assertEquals("income", SegmentNamer.shortName("Annual Income (k$)"));
        assertEquals("spending", SegmentNamer.shortName("Spending Score (1-100)"));
        assertEquals("mnt wines", SegmentNamer.shortName("MntWines"));
        assertEquals("num web purchases", SegmentNamer.shortName("NumWebPurchases"));
        assertEquals("year birth", SegmentNamer.shortName("Year_Birth"));
    }

    @Test
    void boxFiguresUseLinearQuantilesAndTukeyWhiskers() {
        // numpy.quantile([1, 2, 3, 4, 10, 40], [.25, .5, .75]) = 2.25, 3.5, 8.5; upper fence 17.875
        double[] v = {1, 2, 3, 4, 10, 40};
        BoxStats b = BoxStats.ofSorted(v, 0, v.length);
        assertEquals(6, b.count());
        assertEquals(2.25, b.q1(), 1e-12);
        assertEquals(3.5, b.median(), 1e-12);
        assertEquals(8.5, b.q3(), 1e-12);
        assertEquals(1, b.lowerWhisker(), 0);
        assertEquals(10, b.upperWhisker(), 0);
        assertEquals(1, b.outliers());
        assertEquals(40, b.max(), 0);
        assertEquals(BoxStats.EMPTY, BoxStats.ofSorted(v, 3, 3));
    }

    @Test
    void mediansPerSegmentSkipMissingValues() {
        double[] income = {55, 56, 54, 55, 86, 87, 88, 85, 88, 89, 87, 88, 26, 27, 25, 26, 25, 26, 24, 26, 60};
        income[0] = Double.NaN;
        Dataset d = new Dataset("d", List.of(new NumericColumn("Income", income)), null);
        List<SegmentProfile> p = SegmentProfiler.profile(d, SEGMENTS, 5, List.of("Income"));
        assertEquals(55, p.get(0).median("Income"), 1e-12); // 54, 55, 56
        assertEquals(3, p.get(0).boxes().get("Income").count());
        assertEquals(86.5, p.get(1).median("Income"), 1e-12);
        assertEquals(List.of("Income"), List.copyOf(p.get(1).medians().keySet()));
        assertEquals("", p.get(1).description());
    }

    @Test
    void withoutBoxFiguresTheOtherFiguresAndNamesAreTheSame() {
        Dataset mall = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        int[] seg = new int[mall.rowCount()];
        for (int i = 0; i < seg.length; i++) {
            double score = ((NumericColumn) mall.column("Spending Score (1-100)")).get(i);
            seg[i] = i % 7 == 0 ? -1 : Math.min(3, (int) (score / 25));
        }
        List<String> used = List.of("Age", "Annual Income (k$)", "Spending Score (1-100)", "Genre");
        List<String> numeric = mall.columns().stream().filter(c -> c instanceof NumericColumn).map(c -> c.name())
                .toList();
        assertEquals(3, numeric.size() - (numeric.contains("CustomerID") ? 1 : 0));
        List<SegmentProfile> with = SegmentProfiler.profile(mall, seg, 4, used, true);
        List<SegmentProfile> without = SegmentProfiler.profile(mall, seg, 4, used, false);
        assertEquals(with.size(), without.size());
        for (int s = 0; s < with.size(); s++) {
            SegmentProfile a = with.get(s);
            SegmentProfile b = without.get(s);
            assertEquals(numeric, List.copyOf(a.boxes().keySet()), "segment " + s);
            assertEquals(Map.of(), b.boxes(), "segment " + s);
            assertEquals(a.name(), b.name());
            assertEquals(a.size(), b.size());
            assertEquals(a.share(), b.share());
            assertEquals(a.means(), b.means());
            assertEquals(a.categoryMix(), b.categoryMix());
            assertEquals(a.differences(), b.differences());
        }
    }

    @Test
    void wholeTableFiguresMatchPandasDescribeOnMall() {
        JsonNode ref = SharedData.mallReference().path("describe");
        Dataset mall = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        int[] all = new int[mall.rowCount()];
        SegmentProfile whole = SegmentProfiler.whole(mall, all);
        assertEquals(-1, whole.segment());
        assertEquals(200, whole.size());
        String[][] columns = {{"Age", "Age"}, {"Annual Income (k$)", "Income"}, {"Spending Score (1-100)", "Spending"}};
        for (String[] c : columns) {
            BoxStats b = whole.boxes().get(c[0]);
            JsonNode r = ref.path(c[1]);
            assertEquals(r.path("q1").asDouble(), b.q1(), 1e-12, c[0]);
            assertEquals(r.path("median").asDouble(), b.median(), 1e-12, c[0]);
            assertEquals(r.path("q3").asDouble(), b.q3(), 1e-12, c[0]);
            assertEquals(r.path("min").asDouble(), b.min(), 1e-12, c[0]);
            assertEquals(r.path("max").asDouble(), b.max(), 1e-12, c[0]);
            assertEquals(r.path("mean").asDouble(), whole.means().get(c[0]), 1e-12, c[0]);
        }
        // pandas' IQR rule flags customers 199 and 200 on income (137 k$ is above the 132.75 fence)
        int flagged = SharedData.mallReference().path("iqr_outliers_pandas_linear_quantiles").path("Income")
                .path("outlier_ids").size();
        assertEquals(flagged, whole.boxes().get("Annual Income (k$)").outliers());
        assertEquals(0, whole.boxes().get("Age").outliers());
        assertEquals(Map.of("Female", 0.56, "Male", 0.44), whole.categoryMix().get("Genre"));
    }

    @Test
    void boxFiguresOfManyColumnsAreTheSortedFigures() {
        // columns with more and fewer missing cells, in an order where a column's box buffer is reused by a column
        // with fewer values and by one with more, on every core
        SplittableRandom r = new SplittableRandom(7);
        int n = 5_000;
        int k = 4;
        int[] seg = new int[n];
        for (int i = 0; i < n; i++) {
            seg[i] = i % 11 == 0 ? -1 : r.nextInt(k);
        }
        double[] missingShare = {0, 0.4, 0.05, 0.7, 0, 0.2};
        List<io.segmenta.core.data.Column> columns = new ArrayList<>();
        for (int j = 0; j < missingShare.length; j++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = r.nextDouble() < missingShare[j] ? Double.NaN : Math.floor(r.nextGaussian() * 20) / 4;
            }
            columns.add(new NumericColumn("c" + j, v));
        }
        Dataset d = new Dataset("d", columns, null);
        List<SegmentProfile> p = SegmentProfiler.profile(d, seg, k, List.of("c0", "c1"));
        SegmentProfile whole = SegmentProfiler.whole(d, seg);
        for (io.segmenta.core.data.Column c : columns) {
            NumericColumn num = (NumericColumn) c;
            for (int s = -1; s < k; s++) {
                double[] present = new double[n];
                int m = 0;
                for (int i = 0; i < n; i++) {
                    if ((s < 0 ? seg[i] >= 0 : seg[i] == s) && !Double.isNaN(num.get(i))) {
                        present[m++] = num.get(i);
                    }
                }
                double[] sorted = Arrays.copyOf(present, m);
                Arrays.sort(sorted);
                BoxStats got = s < 0 ? whole.boxes().get(c.name()) : p.get(s).boxes().get(c.name());
                assertEquals(BoxStats.ofSorted(sorted, 0, m), got, c.name() + ", segment " + s);
            }
        }
    }
}
