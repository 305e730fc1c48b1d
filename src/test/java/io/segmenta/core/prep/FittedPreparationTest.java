package io.segmenta.core.prep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.data.TextColumn;
import io.segmenta.testing.SharedData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FittedPreparationTest {
    private static final String INCOME = "Annual Income (k$)";
    private static final String SPENDING = "Spending Score (1-100)";

    private static Dataset mall() {
        return CsvImporter.read(SharedData.dataset(SharedData.MALL));
    }

    private static Dataset marketing() {
        return CsvImporter.read(SharedData.dataset(SharedData.MARKETING));
    }

    /** Every choice at once: median incomes, rare levels, no first level, both derived features, robust, iforest. */
    private static PrepSpec everything(OutlierPolicy outliers) {
        return new PrepSpec(List.of("Income", "Education", "Marital_Status", "MntWines", "Kidhome"), Scaling.ROBUST,
                MissingPolicy.DROP_ROWS.with("Income", Imputation.MEDIAN),
                new CategoricalPolicy(true, RareLevels.fewerThan(5)),
                List.of(Derivation.tenure("Dt_Customer"), Derivation.age("Year_Birth")), outliers);
    }

    private static void assertRoundTrip(Dataset data, PreparedFeatures p) {
        TransformedRows t = p.fitted().transform(data);
        assertArrayEquals(p.datasetRows(), t.datasetRows());
        assertEquals(p.rows(), t.matrix().rows());
        assertEquals(p.cols(), t.matrix().cols());
        for (int i = 0; i < p.rows(); i++) {
            assertArrayEquals(p.matrix().row(i), t.matrix().row(i), 0.0, "row " + i);
        }
        assertEquals(p.rowsDropped(), t.rowsDropped());
        assertEquals(p.outliers(), t.outliers());
        assertTrue(t.warnings().isEmpty(), t.warnings().toString());
    }

    @Test
    void transformingTheTrainingTableGivesTheTrainingMatrixExactly() {
        Dataset mall = mall();
        assertRoundTrip(mall, FeaturePreparer.prepare(mall, PrepSpec.standard(List.of("Age", INCOME, SPENDING, "Genre"))
                .withOutliers(OutlierPolicy.iqr(1.5).withAction(OutlierAction.EXCLUDE))));
        Dataset mk = marketing();
        assertRoundTrip(mk, FeaturePreparer.prepare(mk, everything(OutlierPolicy.isolationForest(0.05, 42)
                .withAction(OutlierAction.EXCLUDE))));
        assertRoundTrip(mk, FeaturePreparer.prepare(mk, everything(OutlierPolicy.zScore(3)).withScaling(Scaling.MINMAX)));
        // rows dropped for a missing income are dropped again
        PreparedFeatures dropped = FeaturePreparer.prepare(mk, PrepSpec.standard(List.of("Income", "Marital_Status")));
        assertEquals(24, dropped.rowsDropped());
        assertRoundTrip(mk, dropped);
    }

    @Test
    void fittedPartsAreValuesAModelFileCanStore() {
        Dataset mk = marketing();
        PreparedFeatures p = FeaturePreparer.prepare(mk, everything(OutlierPolicy.iqr(1.5)));
        FittedPreparation f = p.fitted();
        assertEquals(List.of("Income", "Education", "Marital_Status", "MntWines", "Kidhome", "Dt_Customer", "Year_Birth"),
                f.requiredColumns());
        FittedNumeric income = (FittedNumeric) f.inputs().get(0);
        assertEquals(ImputeMethod.MEDIAN, income.missing());
        assertEquals(51381.5, income.fill());
        FittedCategorical marital = (FittedCategorical) f.inputs().get(2);
        assertEquals("Other", marital.mapping().get("YOLO"));
        assertEquals("Single", marital.mapping().get("Single"));
        assertEquals(List.of("Married", "Single", "Together", "Widow", "Other"), marital.indicators());
        FittedNumeric tenure = (FittedNumeric) f.inputs().get(5);
        assertEquals(java.time.LocalDate.of(2014, 6, 29).atStartOfDay(), tenure.referenceDate());
        assertEquals("dd-MM-yyyy", tenure.datePattern());
        FittedNumeric age = (FittedNumeric) f.inputs().get(6);
        assertEquals(2014, age.referenceYear());
        OutlierRule.Fences fences = (OutlierRule.Fences) f.outlierRule();
        assertTrue(fences.names().contains("Age from Year_Birth"));
        assertEquals(p.featureNames(), f.features().stream().map(EncodedFeature::name).toList());
        assertArrayEquals(p.center(), f.center());
        assertArrayEquals(p.scale(), f.scale());
    }

    @Test
    void oneCustomerTransformsLikeTheTrainingRow() {
        Dataset mk = marketing();
        PreparedFeatures p = FeaturePreparer.prepare(mk, everything(OutlierPolicy.isolationForest(0.05, 42)));
        for (int r : new int[] {0, 1, 2, 10, 131, 2177, 2239}) {
            int row = p.datasetRows()[r];
            Map<String, String> customer = new HashMap<>();
            for (Column c : mk.columns()) {
                customer.put(c.name(), c.format(row));
            }
            PreparedCustomer c = p.fitted().transform(customer);
            assertArrayEquals(p.matrix().row(r), c.values(), 0.0, "row " + row);
            assertTrue(c.warnings().isEmpty());
            boolean flagged = p.outliers().stream().anyMatch(x -> x.row() == row);
            assertEquals(flagged, c.isOutlier(), "row " + row);
        }
        // the date typed as in the file (dd-MM-yyyy) gives the same tenure
        Map<String, String> typed = new HashMap<>(Map.of("Income", "58138", "Education", "Graduation",
                "Marital_Status", "Single", "MntWines", "635", "Kidhome", "0", "Dt_Customer", "04-09-2012",
                "Year_Birth", "1957"));
        assertArrayEquals(p.matrix().row(0), p.fitted().transform(typed).values(), 0.0);
        // a missing income is filled with the fitted median, as in training (row 10 has no income)
        typed.put("Income", "");
        double[] filled = p.fitted().transform(typed).values();
        assertEquals((51381.5 - p.center()[0]) / p.scale()[0], filled[0], 0.0);
    }

    @Test
    void newCustomersGetClearErrorsAndWarnings() {
        Dataset mk = marketing();
        PreparedFeatures p = FeaturePreparer.prepare(mk, everything(OutlierPolicy.NONE));
        Map<String, String> c = new HashMap<>(Map.of("Income", "58138", "Education", "Graduation",
                "Marital_Status", "Engaged", "MntWines", "635", "Kidhome", "0", "Dt_Customer", "2014-06-29",
                "Year_Birth", "1957"));
        PreparedCustomer engaged = p.fitted().transform(c);
        assertEquals(1, engaged.warnings().size());
        assertTrue(engaged.warnings().get(0).startsWith("Marital_Status: the level \"Engaged\" was not seen when the "
                + "segmentation was prepared, so all Marital_Status indicators are 0 for it."), engaged.warnings().get(0));
        List<String> names = p.featureNames();
        for (int j = 0; j < names.size(); j++) {
            if (names.get(j).startsWith("Marital_Status=")) {
                assertEquals(0.0, engaged.raw()[p.fitted().used()[j]]);
            }
        }
        // tenure counts to the fitted reference, not to today
        int t = names.indexOf("Dt_Customer tenure (days)");
        assertEquals(0.0, engaged.values()[t] * p.scale()[t] + p.center()[t], 1e-9);

        c.put("Income", "a lot");
        assertEquals("The value \"a lot\" of Income is not a number. Give a number such as 42 or 3.5.",
                assertThrows(SegmentaException.class, () -> p.fitted().transform(c)).getMessage());
        c.put("Income", "58138");
        c.put("Dt_Customer", "yesterday");
        assertTrue(assertThrows(SegmentaException.class, () -> p.fitted().transform(c)).getMessage()
                .startsWith("The value \"yesterday\" of Dt_Customer is not a date. Write it as dd-MM-yyyy or yyyy-MM-dd."));
        c.put("Dt_Customer", "2014-06-29");
        c.remove("MntWines");
        c.remove("Kidhome");
        assertEquals("The customer lacks values for MntWines, Kidhome. Give them (empty means missing).",
                assertThrows(SegmentaException.class, () -> p.fitted().transform(c)).getMessage());
        c.put("MntWines", "635");
        c.put("Kidhome", "");
        assertEquals("The customer's Kidhome is missing, and the segmentation leaves out customers without Kidhome. "
                + "Give a value for Kidhome.", assertThrows(SegmentaException.class, () -> p.fitted().transform(c))
                .getMessage());
    }

    @Test
    void aNewTableIsReadEvenWhenItsColumnsWereTypedDifferently() {
        Dataset mall = mall();
        PreparedFeatures p = FeaturePreparer.prepare(mall, PrepSpec.standard(List.of("Age", INCOME, "Genre"))
                .withOutliers(OutlierPolicy.iqr(1.5).withAction(OutlierAction.EXCLUDE)));
        // three new customers: incomes typed as text (a tiny file may import them as an identifier), a new genre
        Dataset fresh = new Dataset("new.csv", List.of(
                new TextColumn("CustomerID", ColumnType.IDENTIFIER, new String[] {"A", "B", "C"}),
                new CategoricalColumn("Genre", new int[] {0, 1, 2}, List.of("Female", "Male", "Other")),
                new NumericColumn("Age", new double[] {19, 35, 50}),
                new TextColumn(INCOME, ColumnType.IDENTIFIER, new String[] {"15", "70.5", "200"})), null);
        TransformedRows t = p.fitted().transform(fresh);
        assertArrayEquals(new int[] {0, 1}, t.datasetRows(), "C's income 200 is above the fence 132.75: excluded");
        assertEquals(1, t.outliers().size());
        assertEquals("C", t.outliers().get(0).label());
        assertEquals("Annual Income (k$) = 200 above the upper fence 132.75", t.outliers().get(0).reason());
        assertEquals(1, t.warnings().size());
        assertTrue(t.warnings().get(0).startsWith("Genre: the level \"Other\" was not seen"), t.warnings().get(0));
        // customer A is Mall's first customer (Male, 19, 15 k$) except for the genre
        assertEquals(p.matrix().row(0)[0], t.matrix().row(0)[0], 0.0);
        assertEquals(p.matrix().row(0)[1], t.matrix().row(0)[1], 0.0);

        PreparedCustomer rich = p.fitted().transform(Map.of("Age", "40", INCOME, "200", "Genre", "Male"));
        assertTrue(rich.excluded());
        assertEquals("Annual Income (k$) = 200 above the upper fence 132.75", rich.outlierReason());

        Dataset lacking = new Dataset("lacking.csv", List.of(new NumericColumn("Age", new double[] {1})), null);
        assertEquals("lacking.csv lacks the columns Annual Income (k$), Genre that the segmentation's preparation "
                + "reads. Columns of lacking.csv: Age.", assertThrows(SegmentaException.class,
                () -> p.fitted().transform(lacking)).getMessage());
        Dataset junk = new Dataset("junk.csv", List.of(new NumericColumn("Age", new double[] {1}),
                new CategoricalColumn(INCOME, new int[] {0}, List.of("lots")),
                new CategoricalColumn("Genre", new int[] {0}, List.of("Male"))), null);
        assertEquals("Column \"Annual Income (k$)\" of junk.csv has \"lots\" in data row 1, which is not a number. The "
                + "segmentation needs numbers in Annual Income (k$); correct the cell or leave it empty.",
                assertThrows(SegmentaException.class, () -> p.fitted().transform(junk)).getMessage());
    }

    @Test
    void noOutlierRuleFlagsNobody() {
        Dataset mall = mall();
        PreparedFeatures p = FeaturePreparer.prepare(mall, PrepSpec.standard(List.of(INCOME)));
        assertTrue(p.fitted().outlierRule() instanceof OutlierRule.None);
        PreparedCustomer c = p.fitted().transform(Map.of(INCOME, "1000"));
        assertFalse(c.isOutlier());
        assertNull(c.outlierReason());
    }

    @Test
    void customersAreFoundByIdentifierOrByRowNumber() {
        io.segmenta.core.data.Dataset plain = new io.segmenta.core.data.Dataset("t", List.of(
                new io.segmenta.core.data.NumericColumn("a", new double[] {1, 2, 3})), null);
        assertEquals(2, FittedPreparation.rowOf(plain, "row 3"));
        assertEquals(0, FittedPreparation.rowOf(plain, " ROW 1 "));
        assertEquals(-1, FittedPreparation.rowOf(plain, "row 0"));
        assertEquals(-1, FittedPreparation.rowOf(plain, "row 4"));
        assertEquals(-1, FittedPreparation.rowOf(plain, "3"));
    }

    @Test
    void customersOfATableWithIdentifiersAreFoundByThem() {
        io.segmenta.core.data.Dataset mall = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        assertEquals(198, FittedPreparation.rowOf(mall, "0199"));
        assertEquals(-1, FittedPreparation.rowOf(mall, "row 199"), "a table with identifiers names customers by them");
    }
}
