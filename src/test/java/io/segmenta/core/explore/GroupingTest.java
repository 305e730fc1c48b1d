package io.segmenta.core.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.segmenta.core.SegmentaException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupingTest {
    @Test
    void segmentsReadTheLabelsWithNoiseAndUnsegmentedAsNoGroup() {
        int[] labels = {0, 2, -1, 1, -2, 2}; // -2: DBSCAN noise, -1: not segmented
        Grouping g = Grouping.segments(labels, List.of("Young", "Busy", "Rich"));
        assertEquals(6, g.size());
        int[] codes = new int[g.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = g.code(i);
        }
        assertArrayEquals(new int[] {0, 2, -1, 1, -1, 2}, codes);
        double[][] split = g.split(new double[] {1, 2, 3, 4, 5, Double.NaN});
        assertArrayEquals(new double[] {1}, split[0]);
        assertArrayEquals(new double[] {4}, split[1]);
        assertArrayEquals(new double[] {2}, split[2], "a missing value is left out, and so are noise and unsegmented");
        assertEquals(List.of("Segment 1", "Segment 2", "Segment 3"), Grouping.segments(labels).groups());
    }

    @Test
    void aSegmentWithoutANameIsRefusedNamingIt() {
        SegmentaException e = assertThrows(SegmentaException.class,
                () -> Grouping.segments(new int[] {0, 3, 1}, List.of("A", "B")));
        assertEquals("Segment 4 has no name: 2 names were given for the segments.", e.getMessage());
    }

    @Test
    void aSegmentationNeedsANamePerSegment() {
        io.segmenta.core.SegmentationResult r = io.segmenta.core.Segmenter.segment(MallData.load(),
                io.segmenta.core.SegmentationSpec.of(List.of(MallData.INCOME, MallData.SPENDING), 3, 42),
                io.segmenta.core.work.ProgressListener.NONE, io.segmenta.core.work.CancellationToken.NONE);
        Grouping g = Grouping.segments(r, List.of("A", "B", "C"));
        for (int i = 0; i < g.size(); i++) {
            assertEquals(r.segmentOfRow()[i], g.code(i));
        }
        SegmentaException e = assertThrows(SegmentaException.class, () -> Grouping.segments(r, List.of("A", "B")));
        assertEquals("Segment 3 has no name: 2 names were given for the segments.", e.getMessage());
    }

    @Test
    void codesGivenToTheConstructorAreCopiedAndChecked() {
        int[] codes = {0, 1, -1};
        Grouping g = new Grouping("Genre", List.of("F", "M"), codes);
        codes[0] = 1;
        assertEquals(0, g.code(0));
        assertThrows(IllegalArgumentException.class, () -> new Grouping("Genre", List.of("F"), new int[] {0, 1}));
    }
}
