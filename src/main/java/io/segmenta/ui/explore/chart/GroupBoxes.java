package io.segmenta.ui.explore.chart;

import io.segmenta.core.chart.ChartLegend;
import io.segmenta.core.explore.GroupComparisonResult;
import io.segmenta.core.explore.GroupStats;
import io.segmenta.core.profile.BoxStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A group comparison for the box plot, with the colour of each box: the code of its group in the
 * grouping (so a segment keeps its palette colour when another segment has no values). {@link
 * #toChart()} gives the model of the shared {@link io.segmenta.ui.charts.BoxPlotChart}.
 *
 * @param result  the comparison
 * @param colours one palette code per group of {@code result.groups()}
 */
public record GroupBoxes(GroupComparisonResult result, int[] colours) {
    public GroupBoxes {
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

    /** The boxes for the chart: one per group, in the group's colour, with all its outliers, mean and SD. */
    public io.segmenta.core.chart.BoxPlotData toChart() {
        List<io.segmenta.core.chart.BoxPlotData.Box> boxes = new ArrayList<>();
        List<GroupStats> groups = result.groups();
        for (int i = 0; i < groups.size(); i++) {
            GroupStats g = groups.get(i);
            double[] out = g.outliers();
            BoxStats stats = new BoxStats(g.n(), g.min(), g.q1(), g.median(), g.q3(), g.max(), g.whiskerLow(),
                    g.whiskerHigh(), out.length);
            boxes.add(new io.segmenta.core.chart.BoxPlotData.Box(g.group(), ChartLegend.color(colours[i]), false, stats,
                    g.mean(), g.sd(), out));
        }
        return new io.segmenta.core.chart.BoxPlotData(result.column(), boxes);
    }
}
