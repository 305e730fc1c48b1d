package io.segmenta.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.data.Datasets;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The segment under the mouse on a profile row chart's label column, for the hover with the whole name. */
class SegmentRowsTest {
    @Test
    void theLabelUnderTheMouseIsItsSegment() {
        var r = Segmenter.segment(Datasets.sample(), SegmentationSpec.of(List.of("Age", "Annual Income (k$)"), 4, 42),
                ProgressListener.NONE, CancellationToken.NONE);
        String longName = "A very long segment name that the label column must shorten for sure";
        SegmentRows rows = new SegmentRows(r.profiles(), List.of("One", longName, "Three", "Four"), null);
        double w = 600;
        double h = 400;
        double rowH = (h - SegmentRows.TOP - SegmentRows.BOTTOM) / 4;
        double y = SegmentRows.TOP + 1.5 * rowH;
        assertEquals(1, rows.labelAt(SansMetrics.INSTANCE, w, h, 40, y).segment());
        assertEquals("2 · " + longName, rows.label(rows.labelAt(SansMetrics.INSTANCE, w, h, 40, y)));
        assertNull(rows.labelAt(SansMetrics.INSTANCE, w, h, w - 40, y), "over the bars: no label hover");
        assertNull(rows.labelAt(SansMetrics.INSTANCE, w, h, 40, 5), "over the title");
    }
}
