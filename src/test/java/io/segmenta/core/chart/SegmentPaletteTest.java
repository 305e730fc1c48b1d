package io.segmenta.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentPaletteTest {

    @Test
    void firstSegmentsUseOkabeIto() {
        assertEquals("#0072B2", SegmentPalette.hex(0));
        assertEquals("#E69F00", SegmentPalette.hex(1));
        assertEquals("#009E73", SegmentPalette.hex(2));
        assertEquals("#CC79A7", SegmentPalette.hex(3));
        assertEquals("#56B4E9", SegmentPalette.hex(4));
        assertEquals("#D55E00", SegmentPalette.hex(5));
        assertEquals(0xFF0072B2, SegmentPalette.argb(0));
    }

    @Test
    void theTenSegmentsOfferedHaveDistinctColours() {
        Set<String> seen = new HashSet<>();
        for (int id = 0; id < 10; id++) {
            seen.add(SegmentPalette.hex(id));
        }
        assertEquals(10, seen.size());
    }

    @Test
    void unsegmentedCustomersAreGrey() {
        assertEquals(SegmentPalette.UNSEGMENTED, SegmentPalette.color(-1));
        assertNotEquals(SegmentPalette.color(0), SegmentPalette.color(-1));
    }

    @Test
    void lightColoursGetDarkText() {
        // WCAG relative luminance: white text on the blue, green, vermillion and black; dark text on the rest
        assertEquals(java.util.List.of(false, true, false, true, true, false, false, true, true),
                java.util.stream.IntStream.range(0, SegmentPalette.size()).mapToObj(i -> SegmentPalette.isLight(
                        SegmentPalette.color(i))).toList());
    }
}
