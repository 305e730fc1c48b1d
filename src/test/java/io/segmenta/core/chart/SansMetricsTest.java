package io.segmenta.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Text widths without a window: DejaVu Sans (and the report's Noto Sans) advance widths, scaled to the size. */
class SansMetricsTest {
    private final TextMetrics m = SansMetrics.INSTANCE;

    @Test
    void widthsAreTheFontsAdvancesScaledToTheSize() {
        // H 752, e 615, l 278, l 278, o 612 thousandths of an em (DejaVu Sans Book)
        assertEquals(25.35, m.width("Hello", 10, false), 1e-9);
        assertEquals(2 * 25.35, m.width("Hello", 20, false), 1e-9);
        assertTrue(m.width("Hello", 10, true) > m.width("Hello", 10, false), "bold is wider");
        assertEquals(0, m.width("", 12, false));
        assertEquals(0, m.width(null, 12, false));
    }

    @Test
    void accentedLettersMeasureAsTheirBaseLetterAndOthersAsAWideOne() {
        assertEquals(m.width("Cafe", 12, false), m.width("Café", 12, false), 1e-9);
        assertEquals(m.width("m", 12, false), m.width("ж", 12, false), 1e-9);
        assertEquals(m.width("…", 10, false), 10, 1e-9);
    }

    @Test
    void labelsAreFittedWithTheMetricsTheyAreDrawnIn() {
        String fitted = ChartText.fit(m, "High income, high spending", 12, true, 100);
        assertTrue(fitted.endsWith("…") && m.width(fitted, 12, true) <= 100, fitted);
        assertEquals("Short", ChartText.fit(m, "Short", 12, true, 100));
    }

    @Test
    void theReportsNotoSansHasItsOwnNarrowerWidths() {
        TextMetrics noto = SansMetrics.NOTO_SANS;
        // H 741, e 564, l 258, l 258, o 605 thousandths of an em (Noto Sans Regular's hmtx)
        assertEquals(24.26, noto.width("Hello", 10, false), 1e-9);
        // H 765, e 597, l 298, l 298, o 625 (Bold)
        assertEquals(25.83, noto.width("Hello", 10, true), 1e-9);
        assertEquals(7.91, noto.width("\u2026", 10, false), 1e-9, "the ellipsis charts cut labels with");
        assertTrue(noto.width("Annual Income (k$)", 12, false) < m.width("Annual Income (k$)", 12, false));
    }
}
