package io.segmenta.core.prep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.testing.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each scaler against scikit-learn 1.2.1 on Mall_Customers.csv (Age, Annual Income (k$), Spending
 * Score (1-100)), computed once with:
 * <pre>
 * m = pd.read_csv("Mall_Customers.csv")
 * X = m[["Age", "Annual Income (k$)", "Spending Score (1-100)"]].to_numpy(float)
 * for S in (StandardScaler(), MinMaxScaler(), RobustScaler()):
 *     Z = S.fit_transform(X); print(S.mean_ / S.data_min_ / S.center_, S.scale_ / S.data_range_, Z[0], Z[198], Z[199])
 * </pre>
 */
class ScalingMallTest {
    private static final List<String> FEATURES = List.of("Age", "Annual Income (k$)", "Spending Score (1-100)");
    private static final double EPS = 1e-12;

    private static PreparedFeatures prepare(Scaling s) {
        Dataset mall = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        return FeaturePreparer.prepare(mall, new PrepSpec(FEATURES, s));
    }

    private static void assertRows(PreparedFeatures p, double[][] want) {
        int[] rows = {0, 198, 199};
        for (int i = 0; i < rows.length; i++) {
            assertArrayEquals(want[i], p.matrix().row(rows[i]), EPS, "row " + rows[i]);
        }
    }

    @Test
    void standardScalerMatchesScikitLearn() {
        PreparedFeatures p = prepare(Scaling.STANDARD);
        assertArrayEquals(new double[] {38.85, 60.56, 50.2}, p.center(), EPS);
        assertArrayEquals(new double[] {13.934041050606963, 26.19897707926781, 25.7588819633151}, p.scale(), EPS);
        assertRows(p, new double[][] {
            {-1.4245687900521393, -1.7389991930659485, -0.43480147996914814},
            {-0.49160182427491966, 2.9176711658902788, -1.2500542549113007},
            {-0.6351352036252612, 2.9176711658902788, 1.2733471913382193}});
    }

    @Test
    void minMaxScalerMatchesScikitLearn() {
        PreparedFeatures p = prepare(Scaling.MINMAX);
        assertArrayEquals(new double[] {18, 15, 1}, p.center(), EPS);
        assertArrayEquals(new double[] {52, 122, 98}, p.scale(), EPS);
        assertRows(p, new double[][] {
            {0.019230769230769273, 0.0, 0.38775510204081626},
            {0.2692307692307693, 1.0, 0.173469387755102},
            {0.23076923076923084, 1.0, 0.836734693877551}});
    }

    @Test
    void robustScalerMatchesScikitLearn() {
        PreparedFeatures p = prepare(Scaling.ROBUST);
        assertArrayEquals(new double[] {36, 61.5, 50}, p.center(), EPS);
        assertArrayEquals(new double[] {20.25, 36.5, 38.25}, p.scale(), EPS);
        assertRows(p, new double[][] {
            {-0.8395061728395061, -1.273972602739726, -0.2875816993464052},
            {-0.19753086419753085, 2.0684931506849313, -0.8366013071895425},
            {-0.2962962962962963, 2.0684931506849313, 0.8627450980392157}});
    }

    @Test
    void noScalingKeepsOriginalUnits() {
        PreparedFeatures p = prepare(Scaling.NONE);
        assertArrayEquals(new double[] {19, 15, 39}, p.matrix().row(0));
        assertEquals(Scaling.NONE, p.report().scaling());
    }

    @Test
    void labelsParseBack() {
        for (Scaling s : Scaling.values()) {
            assertEquals(s, Scaling.parse(s.label().toUpperCase(java.util.Locale.ROOT)));
        }
        assertEquals(Scaling.MINMAX, Scaling.parse("min-max"));
    }
}
