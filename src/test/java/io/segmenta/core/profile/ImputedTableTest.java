package io.segmenta.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.cluster.KMeansSpec;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.prep.CategoricalPolicy;
import io.segmenta.core.prep.Imputation;
import io.segmenta.core.prep.MissingPolicy;
import io.segmenta.core.prep.OutlierPolicy;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.prep.Scaling;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Profiles after imputation count the filled cells; of the original values they leave them out. */
class ImputedTableTest {
    private static final Dataset TABLE = new Dataset("t", List.of(
            new NumericColumn("x", new double[] {1, 2, 3, Double.NaN, 10, 11, 12, 13}),
            new NumericColumn("y", new double[] {1, 1, 1, 1, 5, 5, 5, 5})), null);

    private static SegmentationResult segment(MissingPolicy missing) {
        PrepSpec prep = new PrepSpec(List.of("x", "y"), Scaling.STANDARD, missing, CategoricalPolicy.DEFAULT, List.of(),
                OutlierPolicy.NONE);
        return Segmenter.segment(TABLE, new SegmentationSpec(prep, KMeansSpec.of(2), 42), ProgressListener.NONE,
                CancellationToken.NONE);
    }

    @Test
    void filledCellsHoldThePreparedValue() {
        SegmentationResult r = segment(MissingPolicy.of(Imputation.MEAN));
        Dataset imputed = ImputedTable.of(TABLE, r);
        double mean = (1 + 2 + 3 + 10 + 11 + 12 + 13) / 7.0;
        assertEquals(mean, ((NumericColumn) imputed.column("x")).get(3), 1e-12);
        int low = r.segmentOfRow()[0];
        double original = r.profiles().get(low).means().get("x");
        double after = SegmentProfiler.profile(imputed, r.segmentOfRow(), 2, List.of("x", "y")).get(low).means().get("x");
        assertEquals(2, original, 1e-12, "the original values of the low segment, the missing cell left out");
        assertEquals((1 + 2 + 3 + mean) / 4, after, 1e-12, "after imputation the filled cell counts");
    }

    @Test
    void withoutFilledCellsTheTableIsTheOriginal() {
        SegmentationResult r = segment(MissingPolicy.DROP_ROWS);
        assertSame(TABLE, ImputedTable.of(TABLE, r));
    }
}
