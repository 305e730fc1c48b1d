package io.segmenta.core.prep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.data.TextColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeaturePreparerTest {
    private static final double NA = Double.NaN;

    private static Dataset table() {
        return new Dataset("t.csv", List.of(
                new TextColumn("CustomerID", ColumnType.IDENTIFIER, new String[] {"01", "02", "03", "04", "05"}),
                new CategoricalColumn("Gender", new int[] {0, 1, 1, -1, 0}, List.of("Female", "Male")),
                new NumericColumn("Age", new double[] {20, 30, NA, 50, 60}),
                new NumericColumn("Income", new double[] {10, 20, 30, 40, 50}),
                new NumericColumn("Const", new double[] {7, 7, 7, 7, 7}),
                new CategoricalColumn("Tier", new int[] {0, 1, 2, 0, 1}, List.of("Bronze", "Gold", "Silver"))),
                null);
    }

    /**
     * The window prepares for its preview, the k sweep and the run: the same table with equal choices gives
     * the last result again (no second gigabyte on 10,000,000 customers); other choices, or another table
     * with the same cells, are prepared anew.
     */
    @Test
    void theSameTableAndChoicesGiveTheLastPreparationAgain() {
        Dataset t = table();
        PrepSpec spec = PrepSpec.standard(List.of("Income", "Age"));
        PreparedFeatures first = FeaturePreparer.prepare(t, spec);
        assertSame(first, FeaturePreparer.prepare(t, PrepSpec.standard(List.of("Income", "Age"))));
        PreparedFeatures robust = FeaturePreparer.prepare(t, spec.withScaling(Scaling.ROBUST));
        assertNotSame(first, robust);
        assertEquals(Scaling.ROBUST, robust.report().scaling());
        PreparedFeatures again = FeaturePreparer.prepare(t, spec);
        assertNotSame(robust, again);
        assertArrayEquals(first.matrix().values(), again.matrix().values());
        assertNotSame(again, FeaturePreparer.prepare(table(), spec), "another table, even with the same cells");
    }

    @Test
    void standardScalingUsesPopulationStd() {
        PreparedFeatures p = FeaturePreparer.prepare(table(), PrepSpec.standard(List.of("Income")));
        assertEquals(5, p.rows());
        assertEquals(30, p.center()[0], 1e-12);
        assertEquals(Math.sqrt(200), p.scale()[0], 1e-12);
        assertEquals((10 - 30) / Math.sqrt(200), p.matrix().get(0, 0), 1e-12);
        assertEquals(List.of("Income"), p.featureNames());
        assertEquals(0, p.rowsDropped());
        assertTrue(p.notes().isEmpty());
    }

    @Test
    void rowsWithAMissingFeatureAreLeftOutAndReported() {
        PreparedFeatures p = FeaturePreparer.prepare(table(), PrepSpec.standard(List.of("Age", "Income", "Gender")));
        assertArrayEquals(new int[] {0, 1, 4}, p.datasetRows());
        assertEquals(2, p.rowsDropped());
        assertTrue(p.notes().get(0).startsWith("2 rows have a missing value in Age, Gender"), p.notes().toString());
    }

    @Test
    void binaryCategoryBecomesOneIndicatorAndMultiLevelOnePerLevel() {
        PreparedFeatures p = FeaturePreparer.prepare(table(),
                new PrepSpec(List.of("Gender", "Tier"), Scaling.NONE));
        assertEquals(List.of("Gender=Male", "Tier=Bronze", "Tier=Gold", "Tier=Silver"), p.featureNames());
        assertEquals(4, p.rows());
        // row 0: Female, Bronze
        assertArrayEquals(new double[] {0, 1, 0, 0}, p.matrix().row(0));
        // dataset row 2: Male, Silver
        assertArrayEquals(new double[] {1, 0, 0, 1}, p.matrix().row(2));
    }

    @Test
    void constantColumnIsLeftOutWithANote() {
        PreparedFeatures p = FeaturePreparer.prepare(table(), PrepSpec.standard(List.of("Income", "Const")));
        assertEquals(List.of("Income"), p.featureNames());
        assertTrue(p.notes().get(0).contains("\"Const\" has the same value (7)"), p.notes().toString());
    }

    @Test
    void onlyConstantFeaturesIsAClearError() {
        SegmentaException e = assertThrows(SegmentaException.class,
                () -> FeaturePreparer.prepare(table(), PrepSpec.standard(List.of("Const"))));
        assertTrue(e.getMessage().contains("None of the chosen features varies"), e.getMessage());
    }

    @Test
    void identifierCannotBeAFeature() {
        SegmentaException e = assertThrows(SegmentaException.class,
                () -> FeaturePreparer.prepare(table(), PrepSpec.standard(List.of("CustomerID"))));
        assertEquals("Column \"CustomerID\" is an identifier column and cannot be a feature. "
                + "Choose numeric or categorical columns.", e.getMessage());
    }

    @Test
    void unknownColumnAndNoFeaturesAreClearErrors() {
        assertTrue(assertThrows(SegmentaException.class,
                () -> FeaturePreparer.prepare(table(), PrepSpec.standard(List.of("Incme")))).getMessage()
                .startsWith("There is no column \"Incme\" in t.csv. Columns: CustomerID, Gender"));
        assertTrue(assertThrows(SegmentaException.class,
                () -> FeaturePreparer.prepare(table(), PrepSpec.standard(List.of())))
                .getMessage().startsWith("No features are selected"));
    }

    @Test
    void centroidsConvertBackToOriginalUnits() {
        PreparedFeatures p = FeaturePreparer.prepare(table(), PrepSpec.standard(List.of("Income")));
        assertArrayEquals(new double[] {10}, p.toOriginal(p.matrix().row(0)), 1e-12);
        assertArrayEquals(new double[] {10, 50}, p.rowsToOriginal(new double[] {p.matrix().get(0, 0), p.matrix().get(4, 0)}),
                1e-12);
    }

    @Test
    void presetsFindTheMallColumnsByName() {
        Dataset mallLike = new Dataset("m", List.of(
                new CategoricalColumn("Genre", new int[] {0, 1}, List.of("Female", "Male")),
                new NumericColumn("Age", new double[] {20, 30}),
                new NumericColumn("Annual Income (k$)", new double[] {15, 16}),
                new NumericColumn("Spending Score (1-100)", new double[] {39, 81})), null);
        List<FeaturePreset> presets = FeaturePresets.forDataset(mallLike);
        assertEquals(List.of("Income", "Income + Spending", "Age + Income + Spending + Gender"),
                presets.stream().map(FeaturePreset::label).toList());
        assertEquals(List.of("Age", "Annual Income (k$)", "Spending Score (1-100)", "Genre"), presets.get(2).columns());
        // "Average" or "Stage" must not count as age; "Kidhome" has no income
        Dataset other = new Dataset("o", List.of(new NumericColumn("Average", new double[] {1}),
                new NumericColumn("Kidhome", new double[] {1})), null);
        assertTrue(FeaturePresets.forDataset(other).isEmpty());
    }

    @Test
    void imputationCountsCellsAndRowsAndUsesTheMostFrequentLevelForCategories() {
        PreparedFeatures p = FeaturePreparer.prepare(table(), PrepSpec.standard(List.of("Age", "Income", "Gender"))
                .withMissing(MissingPolicy.of(Imputation.MEAN)));
        assertEquals(5, p.rows());
        assertEquals(0, p.rowsDropped());
        PreparationReport r = p.report();
        assertEquals(2, r.cellsImputed());
        assertEquals(2, r.rowsImputed());
        MissingValueReport age = r.missing().get(0);
        assertEquals("Age", age.feature());
        assertEquals("40", age.fillValue());
        assertEquals(1, age.cellsFilled());
        MissingValueReport gender = r.missing().get(1);
        assertEquals(ImputeMethod.MEAN, gender.asked().method());
        assertEquals(ImputeMethod.MOST_FREQUENT, gender.used().method());
        // Female and Male tie (2 each): the first level wins, as scikit-learn's SimpleImputer
        assertEquals("Female", gender.fillValue());
        assertEquals("Gender: 1 missing cell filled with the most frequent level \"Female\" (1 row). Mean does not apply "
                + "to a category, so the most frequent level was used.", gender.sentence());
        assertEquals(40, p.toOriginal(p.matrix().row(2))[0], 1e-12);
        assertEquals(0, p.matrix().row(3)[2] * p.scale()[2] + p.center()[2], 1e-12, "row 3 is now Female (Male = 0)");
    }

    @Test
    void overridesPerFeatureAndAConstantLevel() {
        PrepSpec spec = new PrepSpec(List.of("Age", "Gender"), Scaling.NONE)
                .withMissing(MissingPolicy.DROP_ROWS.with("Gender", Imputation.constant("Unknown")));
        PreparedFeatures p = FeaturePreparer.prepare(table(), spec);
        assertEquals(1, p.rowsDropped(), "Age still drops its row");
        assertEquals(List.of("Age", "Gender=Female", "Gender=Male", "Gender=Unknown"), p.featureNames());
        assertArrayEquals(new double[] {50, 0, 0, 1}, p.matrix().row(2), "dataset row 3");
        assertEquals("1 row has a missing value in Age and is left out of the segmentation (no segment in the export).",
                p.notes().get(0));
        SegmentaException e = assertThrows(SegmentaException.class, () -> FeaturePreparer.prepare(table(),
                spec.withMissing(MissingPolicy.of(Imputation.constant("many")))));
        assertEquals("The fill value \"many\" for Age is not a number. Give a number, e.g. constant:0.", e.getMessage());
    }

    @Test
    void oneHotCanDropTheFirstLevel() {
        PreparedFeatures p = FeaturePreparer.prepare(table(), new PrepSpec(List.of("Tier"), Scaling.NONE)
                .withCategorical(CategoricalPolicy.DEFAULT.withDropFirst(true)));
        assertEquals(List.of("Tier=Gold", "Tier=Silver"), p.featureNames());
        assertArrayEquals(new double[] {0, 0}, p.matrix().row(0), "Bronze is the reference level");
    }

    @Test
    void robustScalingLeavesOutANumericFeatureWithAZeroIqrButKeepsRareIndicators() {
        Dataset d = new Dataset("r.csv", List.of(
                new NumericColumn("Complain", new double[] {0, 0, 0, 0, 1, 0, 0, 0}),
                new NumericColumn("Spend", new double[] {1, 2, 3, 4, 5, 6, 7, 8}),
                new CategoricalColumn("Tier", new int[] {0, 0, 0, 0, 0, 0, 1, 2}, List.of("A", "B", "C")),
                new NumericColumn("Empty", new double[] {NA, NA, NA, NA, NA, NA, NA, NA})), null);
        PreparedFeatures p = FeaturePreparer.prepare(d, new PrepSpec(List.of("Complain", "Spend", "Tier", "Empty"),
                Scaling.ROBUST));
        assertEquals(List.of("Spend", "Tier=A", "Tier=B", "Tier=C"), p.featureNames());
        assertEquals(8, p.rows(), "an all-missing column does not drop every row");
        List<ExcludedFeature> ex = p.report().excluded();
        assertEquals(ExclusionReason.ALL_MISSING, ex.get(0).reason());
        assertEquals("Column \"Empty\" has no values (all 8 cells are missing) and is left out.", ex.get(0).sentence());
        assertEquals(ExclusionReason.ZERO_IQR, ex.get(1).reason());
        assertTrue(ex.get(1).sentence().startsWith("Column \"Complain\" has an interquartile range of 0"), ex.get(1).sentence());
        // Tier=B and Tier=C: median 0, IQR 0, kept unscaled as RobustScaler does
        assertArrayEquals(new double[] {4.5, 1, 0, 0}, p.center(), 1e-12);
        assertArrayEquals(new double[] {3.5, 0.25, 1, 1}, p.scale(), 1e-12);
        assertTrue(p.report().hints().get(0).contains("Tier=B, Tier=C"), p.report().hints().toString());
    }

    @Test
    void datesNeedADerivationAndAgeNeedsAReferenceYear() {
        Dataset d = new Dataset("d.csv", List.of(
                new io.segmenta.core.data.DateColumn("Joined", new long[] {0, 86_400 * 10}, "yyyy-MM-dd", false),
                new NumericColumn("Born", new double[] {1950, 1960})), null);
        SegmentaException date = assertThrows(SegmentaException.class,
                () -> FeaturePreparer.prepare(d, PrepSpec.standard(List.of("Joined"))));
        assertTrue(date.getMessage().contains("derive the customer tenure in days from it"), date.getMessage());
        PreparedFeatures p = FeaturePreparer.prepare(d, new PrepSpec(List.of(), Scaling.NONE)
                .withDerived(List.of(Derivation.tenure("Joined"), Derivation.age("Born"))));
        assertArrayEquals(new double[] {10, 20}, p.matrix().row(0), "1970, the year of the latest date, minus 1950");
        Dataset noDates = new Dataset("n.csv", List.of(new NumericColumn("Born", new double[] {1980, 1990})), null);
        SegmentaException year = assertThrows(SegmentaException.class, () -> FeaturePreparer.prepare(noDates,
                new PrepSpec(List.of(), Scaling.NONE).withDerived(List.of(Derivation.age("Born")))));
        assertTrue(year.getMessage().startsWith("Age from Born needs a reference year, and n.csv has no dates to take it "
                + "from. Set the year the ages are counted to, e.g. Born=age:"), year.getMessage());
        PreparedFeatures given = FeaturePreparer.prepare(noDates, new PrepSpec(List.of(), Scaling.NONE)
                .withDerived(List.of(Derivation.age("Born", 2020))));
        assertArrayEquals(new double[] {40}, given.matrix().row(0));
    }

    @Test
    void choicesParseFromText() {
        assertEquals(Imputation.MEDIAN, Imputation.parse("Median"));
        assertEquals(Imputation.MOST_FREQUENT, Imputation.parse("most-frequent"));
        assertEquals(Imputation.constant("0"), Imputation.parse("constant:0"));
        assertEquals("constant:Unknown", Imputation.parse("constant:Unknown").label());
        assertEquals(Imputation.DROP, Imputation.parse("drop"));
        assertTrue(assertThrows(SegmentaException.class, () -> Imputation.parse("average")).getMessage()
                .contains("Choose drop, mean, median, most-frequent or constant:VALUE"));
        assertEquals(RareLevels.fewerThan(5), RareLevels.parse("5"));
        assertEquals(RareLevels.belowShare(0.01), RareLevels.parse("1%"));
        assertTrue(RareLevels.parse("0").isOff());
        assertEquals(Derivation.tenure("Dt_Customer"), Derivation.parse("Dt_Customer=tenure"));
        assertEquals(Derivation.age("Year_Birth", 2015), Derivation.parse("Year_Birth=age:2015"));
        assertEquals(Derivation.tenure("D", java.time.LocalDate.of(2014, 12, 31)), Derivation.parse("D=tenure:2014-12-31"));
        assertEquals("Year_Birth=age:2015", Derivation.age("Year_Birth", 2015).label());
        assertTrue(assertThrows(SegmentaException.class, () -> Derivation.parse("Year_Birth=birthday")).getMessage()
                .contains("Choose tenure"));
    }
}
