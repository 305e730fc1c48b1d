package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in sample: the shipped resource is the generator's output, and it looks like mall customers. */
class SampleTest {

    @Test
    void resourceEqualsGeneratorOutput() throws IOException {
        String shipped;
        try (InputStream in = SampleTest.class.getResourceAsStream("/" + Datasets.SAMPLE_RESOURCE)) {
            assertTrue(in != null, "resource " + Datasets.SAMPLE_RESOURCE + " is on the classpath");
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(SampleGenerator.csv(), shipped, "The sample resource is out of date. Regenerate it with: "
                + "./mvnw -q test-compile && java -cp target/test-classes:target/classes "
                + "io.segmenta.core.data.SampleGenerator "
                + SampleGenerator.RESOURCE_FILE);
    }

    @Test
    void generatorIsDeterministic() {
        assertEquals(SampleGenerator.csv(), SampleGenerator.csv());
    }

    @Test
    void sampleHasTheIntendedShape() {
        Dataset d = Datasets.sample();
        assertSame(d, Datasets.sample(), "read once");
        assertEquals("customers_sample.csv", d.name());
        assertEquals(500, d.rowCount());
        assertEquals(List.of("CustomerID", "Gender", "Age", "Annual Income (k$)", "Spending Score (1-100)"),
                d.columnNames());
        assertEquals(ColumnType.IDENTIFIER, d.column("CustomerID").type());
        assertEquals("0001", d.column("CustomerID").format(0));
        assertEquals("0500", d.column("CustomerID").format(499));
        CategoricalColumn gender = (CategoricalColumn) d.column("Gender");
        assertEquals(List.of("Female", "Male"), gender.levels());
        assertTrue(gender.count(0) > gender.count(1), "more women than men, as in the Mall data");
        assertEquals(2, gender.missingCount());
        NumericColumn age = (NumericColumn) d.column("Age");
        NumericColumn income = (NumericColumn) d.column("Annual Income (k$)");
        NumericColumn score = (NumericColumn) d.column("Spending Score (1-100)");
        assertEquals(3, age.missingCount());
        assertEquals(2, income.missingCount());
        assertEquals(0, score.missingCount());
        assertTrue(age.isIntegral() && income.isIntegral() && score.isIntegral());
        int outliers = 0;
        int[] groups = new int[5];
        for (int i = 0; i < d.rowCount(); i++) {
            if (!age.isMissing(i)) {
                assertTrue(age.get(i) >= 18 && age.get(i) <= 70, "age " + age.get(i));
            }
            assertTrue(score.get(i) >= 1 && score.get(i) <= 99);
            double x = income.get(i);
            double s = score.get(i);
            if (x > 200) {
                outliers++;
            }
            if (x < 40 && s < 40) {
                groups[0]++;
            } else if (x < 40 && s > 60) {
                groups[1]++;
            } else if (x >= 40 && x <= 70 && s >= 35 && s <= 65) {
                groups[2]++;
            } else if (x > 70 && s > 65) {
                groups[3]++;
            } else if (x > 70 && s < 35) {
                groups[4]++;
            }
        }
        assertEquals(3, outliers, "three very high incomes");
        for (int g : groups) {
            assertTrue(g >= 40, "each of the five groups is well populated: " + Arrays.toString(groups));
        }
        assertTrue(d.warnings().isEmpty(), d.warnings()::toString);
    }
}
