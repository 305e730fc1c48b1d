package io.segmenta.core.prep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
