package io.segmenta.core.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.data.TextColumn;
import io.segmenta.testing.SharedData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutliersTest {
    @Test
    void mallFencesAndOutlierIdsMatchTheReference() {
        JsonNode ref = SharedData.mallReference().get("iqr_outliers_pandas_linear_quantiles");
        Dataset mall = MallData.load();
        TextColumn ids = (TextColumn) mall.column(MallData.ID);
        for (String name : List.of("Age", "Income", "Spending")) {
            JsonNode r = ref.get(name);
            IqrFences f = Outliers.iqr(MallData.numeric(mall, MallData.column(name)), 1.5);
            DescribeTest.rel(r.get("lower_fence_1.5iqr").asDouble(), f.lower(), 1e-12, name + " lower");
            DescribeTest.rel(r.get("upper_fence_1.5iqr").asDouble(), f.upper(), 1e-12, name + " upper");
            List<Integer> expected = new ArrayList<>();
            r.get("outlier_ids").forEach(n -> expected.add(n.asInt()));
            List<Integer> actual = new ArrayList<>();
            for (int row : f.rows()) {
                actual.add(Integer.parseInt(ids.get(row)));
            }
            assertEquals(expected, actual, name);
        }
        IqrFences income = Outliers.iqr(MallData.numeric(mall, MallData.INCOME));
        assertEquals(-13.25, income.lower());
        assertEquals(132.75, income.upper());
        assertArrayEquals(new int[] {198, 199}, income.rows());
    }

    @Test
    void factorMissingAndEmptyColumns() {
        NumericColumn c = new NumericColumn("x", new double[] {1, 2, 3, 4, Double.NaN, 100, -50});
        IqrFences far = Outliers.iqr(c, 3);
        assertEquals(3, far.factor());
        assertArrayEquals(new int[] {5, 6}, far.rows());
        assertTrue(far.isOutlier(100));
        IqrFences none = Outliers.iqr(new NumericColumn("x", new double[] {Double.NaN}));
        assertTrue(Double.isNaN(none.lower()));
        assertEquals(0, none.count());
        SegmentaException e = assertThrows(SegmentaException.class, () -> Outliers.iqr(c, -1));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
    }
}
