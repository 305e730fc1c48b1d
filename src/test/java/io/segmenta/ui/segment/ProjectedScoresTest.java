package io.segmenta.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.chart.ScatterData;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.project.Pca;
import io.segmenta.core.project.PcaResult;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The run's job spreads the first components over the table's rows and averages them per segment. */
class ProjectedScoresTest {
    @Test
    void scoresLandOnTheirRowsWithNaNForRowsLeftOutAndMeansPerSegment() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 300;
        double[][] v = new double[4][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 4; c++) {
                v[c][i] = (i % 3) * 6 + random.nextGaussian() + c * (i % 2);
            }
        }
        v[1][7] = Double.NaN; // rows with a missing feature are dropped by the default preparation
        v[3][250] = Double.NaN;
        Dataset d = new Dataset("t.csv", List.of(new NumericColumn("a", v[0]), new NumericColumn("b", v[1]),
                new NumericColumn("c", v[2]), new NumericColumn("d", v[3])), null);
        SegmentationResult r = Segmenter.segment(d, SegmentationSpec.of(List.of("a", "b", "c", "d"), 3, 42),
                ProgressListener.NONE, CancellationToken.NONE);
        PcaResult pca = Pca.fit(r.features().matrix(), r.features().featureNames());

        ProjectedScores p = ProjectedScores.of(r, pca, d.rowCount());

        assertEquals(3, p.scores().length, "the first three components");
        double[][] prepared = pca.scores(r.features().matrix(), 3);
        int[] rows = r.features().datasetRows();
        assertEquals(n - 2, rows.length);
        for (int c = 0; c < 3; c++) {
            assertEquals(n, p.scores()[c].length, "one score per table row");
            assertTrue(Double.isNaN(p.scores()[c][7]) && Double.isNaN(p.scores()[c][250]), "rows left out");
            for (int i = 0; i < rows.length; i++) {
                assertEquals(prepared[c][i], p.scores()[c][rows[i]], 0, "row " + rows[i]);
            }
            double[] means = ScatterData.groupMeans(p.scores()[c], r.segmentOfRow(), 3);
            for (int s = 0; s < 3; s++) {
                assertEquals(means[s], p.means()[c][s], 0);
                assertTrue(Double.isFinite(p.means()[c][s]), "segment " + s + " has customers");
            }
        }
    }
}
