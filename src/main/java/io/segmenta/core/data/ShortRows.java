package io.segmenta.core.data;

import java.util.List;
import java.util.Locale;

/**
 * Rows that had fewer fields than the header and were read with their missing cells as missing
 * values (exporters often leave out trailing empty cells).
 *
 * @param count      how many rows were short
 * @param firstLines the file lines of the first few of them (at most {@link #LISTED}), in order
 */
public record ShortRows(int count, List<Long> firstLines) {
    /** Lines remembered and named. */
    public static final int LISTED = 5;
    /** No short rows. */
    public static final ShortRows NONE = new ShortRows(0, List.of());

    public ShortRows {
        firstLines = List.copyOf(firstLines);
    }

    /**
     * The sentence for the user, e.g. {@code 3 rows have fewer fields than the header (lines 4, 9
     * and 12); their missing cells were read as missing values.}; empty when there are none.
     */
    public String sentence() {
        if (count == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%,d", count)).append(count == 1 ? " row has" : " rows have")
                .append(" fewer fields than the header (").append(count > firstLines.size() ? "first at " : "")
                .append(firstLines.size() == 1 ? "line " : "lines ");
        for (int i = 0; i < firstLines.size(); i++) {
            b.append(i == 0 ? "" : i == firstLines.size() - 1 && count == firstLines.size() ? " and " : ", ")
                    .append(firstLines.get(i));
        }
        return b.append("); ").append(count == 1 ? "its" : "their")
                .append(" missing cells were read as missing values.").toString();
    }
}
