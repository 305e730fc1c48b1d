package io.segmenta.core.prep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.DateColumn;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Customer Personality Analysis table (tab separated; 24 missing incomes; Marital_Status with
 * "Alone", "Absurd", "YOLO"; constant Z_CostContact and Z_Revenue; dd-MM-yyyy dates). Expected
 * figures computed once with pandas 1.5.3 / scikit-learn 1.2.1:
 * <pre>
 * d = pd.read_csv("marketing_campaign.csv", sep="\t")
 * SimpleImputer(strategy=s).fit(d[["Income"]]).statistics_  # mean 52247.25135379061, median 51381.5, most_frequent 7500
 * dt = pd.to_datetime(d.Dt_Customer, format="%d-%m-%Y"); (dt.max() - dt).dt.days  # 663, 113, 312 ...; 0..699
 * dt.max().year - d.Year_Birth  # 57, 60, 49 ...; 18..121 (ID 11004, born 1893)
 * </pre>
 */
class MarketingPreparationTest {
    private static Dataset data;

    @BeforeAll
    static void load() {
        data = CsvImporter.read(SharedData.dataset(SharedData.MARKETING));
    }

    private static PreparedFeatures prepare(PrepSpec spec) {
        return FeaturePreparer.prepare(data, spec);
    }

    @Test
    void loadsWithItsProblems() {
        assertEquals(2240, data.rowCount());
        assertEquals(24, data.column("Income").missingCount());
        DateColumn dt = assertInstanceOf(DateColumn.class, data.column("Dt_Customer"));
        assertEquals("dd-MM-yyyy", dt.pattern());
    }

    @Test
    void droppingRowsIsTheDefaultAndIsCounted() {
        PreparedFeatures p = prepare(PrepSpec.standard(List.of("Income", "MntWines")));
        assertEquals(2216, p.rows());
        assertEquals(24, p.rowsDropped());
        MissingValueReport m = p.report().missing().get(0);
        assertEquals("Income", m.feature());
        assertEquals(24, m.missingCells());
        assertEquals(24, m.rowsDropped());
        assertEquals(0, m.cellsFilled());
        assertEquals("24 rows have a missing value in Income and are left out of the segmentation (no segment in the "
                + "export).", p.notes().get(0));
    }

    @Test
    void imputationMatchesScikitLearnAndCountsCellsAndRows() {
        Map<Imputation, Double> want = Map.of(Imputation.MEAN, 52247.25135379061, Imputation.MEDIAN, 51381.5,
                Imputation.MOST_FREQUENT, 7500.0);
        for (Map.Entry<Imputation, Double> e : want.entrySet()) {
            PreparedFeatures p = prepare(PrepSpec.standard(List.of("Income", "MntWines"))
                    .withMissing(MissingPolicy.of(e.getKey())));
            assertEquals(2240, p.rows());
            MissingValueReport m = p.report().missing().get(0);
            assertEquals(24, m.cellsFilled(), e.getKey().label());
            assertEquals(0, m.rowsDropped());
            assertEquals(24, p.report().cellsImputed());
            assertEquals(24, p.report().rowsImputed());
            FittedNumeric income = (FittedNumeric) p.fitted().inputs().get(0);
            assertEquals(e.getValue(), income.fill(), 1e-9, e.getKey().label());
            // the filled cell, unscaled: (z * std + mean) of customer ID 1994 (row 10, Income missing)
            assertEquals(e.getValue(), p.toOriginal(p.matrix().row(10))[0], 1e-6);
        }
        PreparedFeatures median = prepare(PrepSpec.standard(List.of("Income")).withMissing(MissingPolicy.of(Imputation.MEDIAN)));
        assertEquals("Income: 24 missing cells filled with the median 51381.5 (24 rows).", median.notes().get(0));
    }

    @Test
    void perFeatureOverrideBeatsTheDefault() {
        PrepSpec spec = PrepSpec.standard(List.of("Income", "Marital_Status"))
                .withMissing(MissingPolicy.DROP_ROWS.with("Income", Imputation.constant("0")));
        PreparedFeatures p = prepare(spec);
        assertEquals(0, p.rowsDropped());
        assertEquals("Income: 24 missing cells filled with the constant 0 (24 rows).", p.notes().get(0));
    }

    @Test
    void constantColumnsAreLeftOutWithAMessage() {
        PreparedFeatures p = prepare(PrepSpec.standard(List.of("Income", "Z_CostContact", "Z_Revenue", "Recency"))
                .withScaling(Scaling.ROBUST).withMissing(MissingPolicy.of(Imputation.MEDIAN)));
        assertEquals(List.of("Income", "Recency"), p.featureNames());
        List<ExcludedFeature> ex = p.report().excluded();
        assertEquals(2, ex.size());
        assertEquals(new ExcludedFeature("Z_CostContact", ExclusionReason.CONSTANT, "Column \"Z_CostContact\" has the "
                + "same value (3) for every segmented customer and is left out: it cannot tell customers apart."), ex.get(0));
        assertEquals("Z_Revenue", ex.get(1).feature());
        assertTrue(ex.get(1).sentence().contains("(11)"));
        for (double s : p.scale()) {
            assertTrue(s > 0 && Double.isFinite(s));
        }
    }

    @Test
    void tenureAndAgeAreDerivedWithReproducibleReferences() {
        PreparedFeatures p = prepare(new PrepSpec(List.of(), Scaling.NONE)
                .withDerived(List.of(Derivation.tenure("Dt_Customer"), Derivation.age("Year_Birth"))));
        assertEquals(List.of("Dt_Customer tenure (days)", "Age from Year_Birth"), p.featureNames());
        // IDs 5524, 2174, 4141: joined 04-09-2012, 08-03-2014, 21-08-2013; born 1957, 1954, 1965
        assertArrayEquals(new double[] {663, 57}, p.matrix().row(0));
        assertArrayEquals(new double[] {113, 60}, p.matrix().row(1));
        assertArrayEquals(new double[] {312, 49}, p.matrix().row(2));
        DerivedFeatureReport tenure = p.report().derived().get(0);
        assertEquals("2014-06-29", tenure.reference());
        assertTrue(tenure.referenceDefaulted());
        assertEquals(0, tenure.min());
        assertEquals(699, tenure.max());
        DerivedFeatureReport age = p.report().derived().get(1);
        assertEquals("2014", age.reference());
        assertEquals(18, age.min());
        assertEquals(121, age.max());
        assertTrue(p.notes().contains("Derived \"Dt_Customer tenure (days)\": days from Dt_Customer to 2014-06-29 (the "
                + "latest date in the column), from 0 to 699 days."), p.notes().toString());
        assertTrue(p.notes().contains("Derived \"Age from Year_Birth\": 2014 (the year of the latest date in the table) "
                + "minus Year_Birth, from 18 to 121."), p.notes().toString());

        // given references: 2014-06-29 to 2014-12-31 is 185 days more; age one year more in 2015
        PreparedFeatures given = prepare(new PrepSpec(List.of(), Scaling.NONE).withDerived(List.of(
                Derivation.tenure("Dt_Customer", LocalDate.of(2014, 12, 31)), Derivation.age("Year_Birth", 2015))));
        assertArrayEquals(new double[] {663 + 185, 58}, given.matrix().row(0));
        assertEquals(false, given.report().derived().get(0).referenceDefaulted());
    }

    @Test
    void rareMaritalStatusesMergeIntoOther() {
        PrepSpec spec = PrepSpec.standard(List.of("Marital_Status")).withScaling(Scaling.NONE)
                .withCategorical(new CategoricalPolicy(false, RareLevels.fewerThan(5)));
        PreparedFeatures p = prepare(spec);
        assertEquals(List.of("Marital_Status=Divorced", "Marital_Status=Married", "Marital_Status=Single",
                "Marital_Status=Together", "Marital_Status=Widow", "Marital_Status=Other"), p.featureNames());
        LevelMerge m = p.report().merges().get(0);
        assertEquals(Map.of("Alone", 3, "Absurd", 2, "YOLO", 2), m.levels());
        assertEquals(List.of("Alone", "Absurd", "YOLO"), List.copyOf(m.levels().keySet()));
        assertEquals(7, m.rows());
        assertEquals("Marital_Status: 3 rare levels (Alone 3, Absurd 2, YOLO 2; fewer than 5 customers) merged into "
                + "\"Other\" (7 customers).", m.sentence());
        // row 2177 (ID 492) is YOLO, row 131 (ID 433) is Alone: both "Other"; row 0 is Single
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 1}, p.matrix().row(2177));
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 1}, p.matrix().row(131));
        assertArrayEquals(new double[] {0, 0, 1, 0, 0, 0}, p.matrix().row(0));

        // the same by share (under 1% of 2,240 = 22.4 customers), and without the first level
        PreparedFeatures share = prepare(spec.withCategorical(new CategoricalPolicy(true, RareLevels.belowShare(0.01))));
        assertEquals(List.of("Marital_Status=Married", "Marital_Status=Single", "Marital_Status=Together",
                "Marital_Status=Widow", "Marital_Status=Other"), share.featureNames());

        // off: nothing merged, but the rare levels are pointed out
        PreparedFeatures off = prepare(PrepSpec.standard(List.of("Marital_Status")));
        assertEquals(8, off.cols());
        assertTrue(off.report().hints().get(0).startsWith("Marital_Status has 3 rare levels (Alone 3, Absurd 2, YOLO 2; "
                + "under 1% of the customers each)"), off.report().hints().toString());
    }

    @Test
    void kMeansRunsOnThePreparedTableAndTheExportMarksOutliers(@TempDir Path dir) throws Exception {
        PrepSpec prep = new PrepSpec(List.of("Income", "MntWines", "Marital_Status", "Education", "Z_CostContact"),
                Scaling.STANDARD, MissingPolicy.of(Imputation.MEDIAN),
                new CategoricalPolicy(false, RareLevels.fewerThan(5)),
                List.of(Derivation.tenure("Dt_Customer"), Derivation.age("Year_Birth")),
                OutlierPolicy.iqr(1.5).withAction(OutlierAction.EXCLUDE));
        SegmentationResult r = Segmenter.segment(data, new SegmentationSpec(prep, 4, 42, 0), ProgressListener.NONE,
                CancellationToken.NONE);
        PreparedFeatures f = r.features();
        int excluded = f.rowsExcluded();
        assertEquals(f.outliers().size(), excluded);
        assertTrue(excluded > 0);
        assertEquals(2240 - excluded, f.rows());
        assertEquals(4, r.k());
        // customer 11004, born 1893, is excluded as an outlier and gets no segment
        int row11004 = rowOfId("11004");
        FlaggedRow old = f.outliers().stream().filter(x -> x.row() == row11004).findFirst().orElseThrow();
        assertEquals("11004", old.label());
        assertEquals("Age from Year_Birth = 121 above the upper fence 82", old.reason());
        assertEquals(-1, r.segmentOfRow()[row11004]);

        Path out = dir.resolve("segmented.csv");
        Segmenter.exportSegmented(data, r, null, out, ProgressListener.NONE, CancellationToken.NONE);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(2241, lines.size(), "every row is exported");
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int seg = header.indexOf("Segment");
        int outlier = header.indexOf("Outlier");
        int reason = header.indexOf("Outlier reason");
        assertEquals(List.of("Segment", "Segment name", "Outlier", "Outlier reason"),
                header.subList(seg, header.size()));
        int marked = 0;
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            if (cells[outlier].equals("yes")) {
                marked++;
                assertEquals("", cells[seg], lines.get(i));
                assertTrue(!cells[reason].isEmpty());
            } else {
                assertTrue(cells[seg].matches("[1-4]"), lines.get(i));
                assertEquals("", cells[reason]);
            }
        }
        assertEquals(excluded, marked);
        String[] oldLine = lines.get(row11004 + 1).split("\t", -1);
        assertEquals("11004", oldLine[0]);
        assertEquals("Age from Year_Birth = 121 above the upper fence 82", oldLine[reason]);
    }

    @Test
    void isolationForestFindsTheCustomerBornIn1893() {
        PreparedFeatures p = prepare(new PrepSpec(List.of("Income"), Scaling.STANDARD,
                MissingPolicy.of(Imputation.MEDIAN), CategoricalPolicy.DEFAULT, List.of(Derivation.age("Year_Birth")),
                OutlierPolicy.isolationForest(0.01, 42)));
        List<String> ids = p.outliers().stream().map(FlaggedRow::label).toList();
        assertEquals(23, ids.size(), "1% of 2,240 customers, above the 99th percentile of the scores");
        assertTrue(ids.contains("11004") && ids.contains("9432"), ids.toString()); // born 1893; income 666,666
        FlaggedRow rich = p.outliers().stream().filter(x -> x.label().equals("9432")).findFirst().orElseThrow();
        // z of the median-filled incomes, pandas: (666666 - i.mean()) / i.std(ddof=0) = 24.5453
        assertTrue(rich.reason().endsWith("most unusual: Income = 666666 (z = 24.55)"), rich.reason());
    }

    @Test
    void adviceListsTheTablesProblemsBeforeAnyChoice() {
        PrepAdvice a = PrepAdvice.of(data);
        assertEquals(Map.of("Income", 24), a.missingCells());
        assertEquals(Map.of("Marital_Status", Map.of("Alone", 3, "Absurd", 2, "YOLO", 2)), a.rareLevels());
        assertEquals(List.of("Z_CostContact", "Z_Revenue"), a.constant());
        assertEquals(List.of(Derivation.age("Year_Birth"), Derivation.tenure("Dt_Customer")), a.derivations());
        assertTrue(a.sentences().contains("Income has 24 missing cells (1.1%): drop those rows or fill them (mean, "
                + "median, most frequent or a constant)."), a.sentences().toString());
        assertTrue(a.sentences().contains("Dt_Customer holds dates: derive \"Dt_Customer tenure (days)\" (days to "
                + "2014-06-29, the latest date in the column)."), a.sentences().toString());
        assertTrue(a.sentences().contains("Year_Birth looks like a birth year: derive \"Age from Year_Birth\" (age in "
                + "2014, the year of the table's latest date)."), a.sentences().toString());
        // the suggested derivations prepare as they are
        PreparedFeatures p = prepare(new PrepSpec(List.of(), Scaling.NONE).withDerived(a.derivations()));
        assertEquals(List.of("Age from Year_Birth", "Dt_Customer tenure (days)"), p.featureNames());
    }

    private static int rowOfId(String id) {
        NumericColumn ids = data.column("ID") instanceof NumericColumn n ? n : null;
        for (int i = 0; i < data.rowCount(); i++) {
            if ((ids != null ? NumericColumn.formatNumber(ids.get(i)) : data.column("ID").format(i)).equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no customer " + id);
    }
}
