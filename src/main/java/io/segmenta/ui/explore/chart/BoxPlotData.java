package io.segmenta.ui.explore.chart;

import io.segmenta.core.explore.GroupComparisonResult;
import java.util.Objects;

/**
 * A group comparison for the box plot, with the colour of each box: the code of its group in the
 * grouping (so a segment keeps its palette colour when another segment has no values).
 *
 * @param result  the comparison
 * @param colours one palette code per group of {@code result.groups()}
 */
public record BoxPlotData(GroupComparisonResult result, int[] colours) {
    public BoxPlotData {
        Objects.requireNonNull(result, "result");
        if (colours.length != result.groups().size()) {
            throw new IllegalArgumentException("one colour per group needed");
        }
        colours = colours.clone();
    }

    @Override
    public int[] colours() {
        return colours.clone();
    }

    /** Palette code of box {@code g}. */
    public int colour(int g) {
        return colours[g];
    }
}
