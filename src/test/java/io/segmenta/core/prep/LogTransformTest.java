package io.segmenta.core.prep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.rfm.CustomerTables;
import io.segmenta.core.rfm.RfmOptions;
import io.segmenta.core.rfm.RfmRoles;
import io.segmenta.core.text.Texts;
import io.segmenta.testing.SharedData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The log1p transform against NumPy + scikit-learn 1.2.1 on Mall_Customers.csv:
 * <pre>
 * X = m[["Age", "Annual Income (k$)", "Spending Score (1-100)"]].to_numpy(float); X[:, 1] = np.log1p(X[:, 1])
 * S = StandardScaler(); Z = S.fit_transform(X); print(S.mean_, S.scale_, Z[0], Z[199])
 * </pre>
 */
class LogTransformTest {
    private static final List<String> FEATURES = List.of("Age", "Annual Income (k$)", "Spending Score (1-100)");

    @Test
    void logThenStandardScalingMatchesNumpyAndScikitLearn() {
        Dataset mall = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        PrepSpec spec = new PrepSpec(FEATURES, Scaling.STANDARD).withLogged(List.of("Annual Income (k$)"));
        PreparedFeatures p = FeaturePreparer.prepare(mall, spec);
        assertArrayEquals(new double[] {38.85, 4.012388962976806, 50.2}, p.center(), 1e-12);
        assertArrayEquals(new double[] {13.934041050606963, 0.49386177131330367, 25.7588819633151}, p.scale(), 1e-12);
        assertArrayEquals(new double[] {-1.4245687900521393, -2.5104195399455236, -0.43480147996914814},
                p.matrix().row(0), 1e-12);
        assertArrayEquals(new double[] {-0.6351352036252612, 1.8524712284320783, 1.2733471913382193},
                p.matrix().row(199), 1e-12);
        // the fitted preparation replays it on a customer
        PreparedCustomer one = p.fitted().transform(Map.of("Age", "19", "Annual Income (k$)", "15",
                "Spending Score (1-100)", "39"));
        assertArrayEquals(p.matrix().row(0), one.values(), 1e-12);
        SegmentaException below = assertThrows(SegmentaException.class, () -> p.fitted().transform(Map.of("Age", "19",
                "Annual Income (k$)", "-3", "Spending Score (1-100)", "39")));
        assertEquals("The value -3 of Annual Income (k$) is below -1, and the segmentation takes log(1 + Annual Income "
                + "(k$)), which is not defined there. Give a value of -1 or more.", below.getMessage());
    }

    @Test
    void refusesAColumnWithValuesBelowMinusOne() {
        Dataset log = CsvImporter.read(SharedData.dataset(SharedData.RETAIL));
        Dataset customers = CustomerTables.make(log, RfmRoles.guess(log), RfmOptions.DEFAULT).table();
        PrepSpec spec = PrepSpec.standard(List.of("Recency", "Frequency", "Monetary"))
                .withLogged(List.of("Recency", "Frequency", "Monetary"));
        SegmentaException e = assertThrows(SegmentaException.class, () -> FeaturePreparer.prepare(customers, spec));
        assertTrue(e.getMessage().startsWith("Column \"Monetary\" has 18 values below -1 (the lowest, "), e.getMessage());
        assertTrue(e.getMessage().endsWith("and log(1 + x) is not defined there. Leave those 18 customers out of the "
                + "segmentation (\"Leave out customers below -1\" under Log transform, or --log-leave-out), or take "
                + "Monetary out of the log transform."), e.getMessage());
        // Recency and Frequency alone are fine
        PreparedFeatures p = FeaturePreparer.prepare(customers, spec.withLogged(List.of("Recency", "Frequency")));
        assertEquals(customers.rowCount(), p.matrix().rows());
    }

    @Test
    void leavesOutTheCustomersBelowMinusOneWhenTheAnalystChoosesTo() {
        Dataset log = CsvImporter.read(SharedData.dataset(SharedData.RETAIL));
        Dataset customers = CustomerTables.make(log, RfmRoles.guess(log), RfmOptions.DEFAULT).table();
        List<String> rfm = List.of("Recency", "Frequency", "Monetary");
        PrepSpec spec = PrepSpec.standard(rfm).withLogged(rfm).withLogLeaveOut(true);
        PreparedFeatures p = FeaturePreparer.prepare(customers, spec);
        NumericColumn monetary = (NumericColumn) customers.column("Monetary");
        int below = 0;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < customers.rowCount(); i++) {
            below += monetary.get(i) < -1 ? 1 : 0;
            lowest = Math.min(lowest, monetary.get(i));
        }
        assertEquals(18, below);
        assertEquals(customers.rowCount() - 18, p.matrix().rows());
        assertEquals(18, p.report().rowsLeftOutLog());
        for (int row : p.datasetRows()) {
            assertTrue(monetary.get(row) >= -1, "row " + row + " is used");
        }
        String sentence = p.report().sentences().get(0);
        assertTrue(sentence.startsWith("18 customers are left out of the segmentation because log(1 + x) is not defined "
                + "below -1: 18 in Monetary (the lowest, " + Texts.number(lowest) + ", in data row "),
                sentence);
        assertTrue(sentence.endsWith("). They have no segment in the export."), sentence);
        // the values that are left are log-transformed: log1p of the used customers' Monetary, standardised
        int first = p.datasetRows()[0];
        assertEquals((Math.log1p(monetary.get(first)) - p.center()[2]) / p.scale()[2], p.matrix().row(0)[2], 1e-12);
        // nothing below -1: nothing left out, no sentence
        PreparedFeatures none = FeaturePreparer.prepare(customers, PrepSpec.standard(List.of("Recency", "Frequency"))
                .withLogged(List.of("Recency", "Frequency")).withLogLeaveOut(true));
        assertEquals(customers.rowCount(), none.matrix().rows());
        assertEquals(0, none.report().rowsLeftOutLog());
    }

    @Test
    void refusesWhatIsNotANumericFeature() {
        Dataset mall = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        SegmentaException e = assertThrows(SegmentaException.class, () -> FeaturePreparer.prepare(mall,
                PrepSpec.standard(List.of("Age", "Genre")).withLogged(List.of("Genre"))));
        assertEquals("\"Genre\" is categorical, and log(1 + x) applies to numbers. Log-transform a numeric feature "
                + "such as an amount or a count.", e.getMessage());
        e = assertThrows(SegmentaException.class, () -> FeaturePreparer.prepare(mall,
                PrepSpec.standard(List.of("Age")).withLogged(List.of("Spending Score (1-100)"))));
        assertTrue(e.getMessage().startsWith("\"Spending Score (1-100)\" is to be log-transformed, but it is not among "
                + "the numeric features (Age)."), e.getMessage());
    }
}
