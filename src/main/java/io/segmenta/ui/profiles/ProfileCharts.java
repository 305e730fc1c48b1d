package io.segmenta.ui.profiles;

import io.segmenta.core.chart.BoxPlotData;
import io.segmenta.core.chart.ChartColors;
import io.segmenta.core.chart.Color;
import io.segmenta.core.chart.DivergingScale;
import io.segmenta.core.chart.HeatmapData;
import io.segmenta.core.chart.SegmentPalette;
import io.segmenta.core.profile.BoxStats;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.ui.Formats;
import io.segmenta.ui.charts.BoxPlotChart;
import io.segmenta.ui.charts.HeatmapChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;

/**
 * The profiles as the models of the shared charts: the box plots of one column (all customers in
 * grey, then one box per segment) and the heat map of how far each segment's mean lies from all
 * customers', in standard deviations, on {@link DivergingScale#DIFFERENCE}.
 */
final class ProfileCharts {
    static final String HEATMAP_TITLE = "Difference from all customers (standard deviations)";

    private ProfileCharts() {
    }

    /** Keeps the box plot and the heat map showing the profiles, the analyst's names and the chosen column. */
    static void bind(BoxPlotChart box, HeatmapChart heat, ObservableValue<List<SegmentProfile>> profiles,
                     ObservableValue<List<String>> names, ObservableValue<SegmentProfile> whole,
                     ObservableValue<String> column) {
        box.dataProperty().bind(Bindings.createObjectBinding(() -> boxPlot(profiles.getValue(), names.getValue(),
                whole.getValue(), column.getValue()), profiles, names, whole, column));
        box.titleProperty().bind(Bindings.createStringBinding(() -> column.getValue() == null ? ""
                : column.getValue() + " by segment: quartiles, median, whiskers at 1.5 IQR", column));
        box.emptyTextProperty().bind(Bindings.createStringBinding(() -> profiles.getValue() == null
                || profiles.getValue().isEmpty() ? "No segments yet."
                : column.getValue() == null ? "Choose a numeric column."
                : "No values of " + column.getValue() + " in the segments.", profiles, column));
        heat.dataProperty().bind(Bindings.createObjectBinding(() -> heatmap(profiles.getValue(), names.getValue(),
                whole.getValue()), profiles, names, whole));
        heat.setTitle(HEATMAP_TITLE);
        heat.emptyTextProperty().bind(Bindings.createStringBinding(() -> profiles.getValue() == null
                || profiles.getValue().isEmpty() ? "No segments yet." : "The table has no numeric columns.", profiles));
    }

    /** "1 · Name" for a segment (the analyst's name when there is one), the profile's name for all customers. */
    static String label(SegmentProfile p, List<String> names) {
        String name = names != null && p.segment() >= 0 && p.segment() < names.size() ? names.get(p.segment())
                : p.name();
        return p.segment() < 0 ? name : p.number() + " · " + name;
    }

    private static Color colour(SegmentProfile p) {
        return p.segment() < 0 ? ChartColors.WHOLE : SegmentPalette.color(p.segment());
    }

    /** Box plots of {@code column}: all customers first (when known), then the segments; null without a column. */
    static BoxPlotData boxPlot(List<SegmentProfile> profiles, List<String> names, SegmentProfile whole,
                               String column) {
        if (profiles == null || profiles.isEmpty() || column == null) {
            return null;
        }
        List<SegmentProfile> rows = new ArrayList<>();
        if (whole != null) {
            rows.add(whole);
        }
        rows.addAll(profiles);
        List<BoxPlotData.Box> boxes = new ArrayList<>();
        for (SegmentProfile p : rows) {
            BoxStats b = p.boxes().getOrDefault(column, BoxStats.EMPTY);
            boxes.add(BoxPlotData.Box.of(label(p, names), colour(p), p.segment() < 0, b,
                    p.means().getOrDefault(column, Double.NaN)));
        }
        return new BoxPlotData(column, boxes);
    }

    /** The standardized differences of the segments (rows) in every numeric column; null without segments. */
    static HeatmapData heatmap(List<SegmentProfile> profiles, List<String> names, SegmentProfile whole) {
        if (profiles == null || profiles.isEmpty()) {
            return null;
        }
        List<String> columns = new ArrayList<>(profiles.get(0).differences().keySet());
        List<String> labels = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        double[][] values = new double[profiles.size()][columns.size()];
        for (int r = 0; r < profiles.size(); r++) {
            SegmentProfile p = profiles.get(r);
            labels.add(label(p, names));
            colours.add(colour(p));
            for (int c = 0; c < columns.size(); c++) {
                values[r][c] = p.differences().getOrDefault(columns.get(c), Double.NaN);
            }
        }
        return new HeatmapData(labels, colours, columns, values, DivergingScale.DIFFERENCE, "SD vs all", false,
                ProfileCharts::difference, (r, c) -> hover(profiles.get(r), labels.get(r), columns.get(c),
                values[r][c], whole));
    }

    /** A difference as written in its cell: "+1.2", "-0.5", "+0.0"; nothing for NaN. */
    static String difference(double z) {
        return Double.isNaN(z) ? null : String.format(Locale.ROOT, "%+.1f", Math.abs(z) < 0.05 ? 0 : z);
    }

    private static String hover(SegmentProfile p, String label, String column, double z, SegmentProfile whole) {
        if (Double.isNaN(z)) {
            return label + "\n" + column + ": no difference to show";
        }
        String how = Math.abs(z) < 0.05 ? "about the same as all customers"
                : String.format(Locale.ROOT, "%.1f", Math.abs(z)) + " standard deviations "
                + (z < 0 ? "below" : "above") + " all customers";
        String means = "Mean " + Formats.mean(p.means().getOrDefault(column, Double.NaN));
        if (whole != null && whole.means().containsKey(column)) {
            means += " (all customers " + Formats.mean(whole.means().get(column)) + ")";
        }
        return label + "\n" + column + ": " + how + "\n" + means;
    }
}
