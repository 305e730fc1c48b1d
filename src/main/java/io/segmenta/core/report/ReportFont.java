package io.segmenta.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * The report's own font: Noto Sans (SIL Open Font License 1.1, {@code fonts/NotoSans-OFL.txt} beside
 * the files), Regular and Bold, the latin subset as WOFF2, put in the page as {@code data:} URLs so the
 * report looks the same on every computer and phone without loading anything. The charts' text is
 * laid out with the same font's widths ({@link io.segmenta.core.chart.SansMetrics#NOTO_SANS}).
 */
final class ReportFont {
    /** The family name the page's styles use. */
    static final String FAMILY = "Segmenta Noto Sans";

    /** The {@code @font-face} rules of both weights (read once; about 36 KB of base64). */
    static final String FACES = face(400, "NotoSans-latin-400.woff2") + face(700, "NotoSans-latin-700.woff2");

    private ReportFont() {
    }

    private static String face(int weight, String file) {
        return "@font-face { font-family: \"" + FAMILY + "\"; font-style: normal; font-weight: " + weight
                + "; font-display: block;\n  src: url(data:font/woff2;base64," + base64(file) + ") format(\"woff2\"); }\n";
    }

    private static String base64(String file) {
        try (InputStream in = ReportFont.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("fonts/" + file + " is missing from Segmenta's jar");
            }
            return Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("fonts/" + file + " could not be read from Segmenta's jar", e);
        }
    }
}
