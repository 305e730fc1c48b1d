package io.segmenta.ui.charts;

import io.segmenta.core.profile.SegmentProfile;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.paint.Color;

/**
 * Base of the profile charts that give each segment one horizontal row: the segment's swatch,
 * number and name on the left, a value axis along the bottom. Holds the profiles (segment order),
 * the names (the analyst's) and the profile of all customers together.
 */
public abstract class SegmentRowsChart extends PaintedChart {
    /** Width of the label column: a quarter of the chart, within 170..300 pixels (set at each paint). */
    protected double labelWidth = 210;
    protected static final double RIGHT = 28;
    protected static final double TOP = 34;
    protected static final double BOTTOM = 46;
    protected static final Color WHOLE = ChartColors.WHOLE;

    private final ObjectProperty<List<SegmentProfile>> profiles =
            new SimpleObjectProperty<>(this, "profiles", List.of());
    private final ObjectProperty<List<String>> names = new SimpleObjectProperty<>(this, "names", List.of());
    private final ObjectProperty<SegmentProfile> whole = new SimpleObjectProperty<>(this, "whole");
    private final StringProperty column = new SimpleStringProperty(this, "column");

    /** Sizes the label column for a chart {@code w} wide; subclasses call it first in paint. */
    protected void layoutLabels(double w) {
        labelWidth = Math.max(170, Math.min(300, Math.round(w * 0.26)));
    }

    protected SegmentRowsChart() {
        profiles.addListener((o, a, b) -> invalidate());
        names.addListener((o, a, b) -> invalidate());
        whole.addListener((o, a, b) -> invalidate());
        column.addListener((o, a, b) -> invalidate());
    }

    /** One profile per segment, segment 0 first. */
    public ObjectProperty<List<SegmentProfile>> profilesProperty() {
        return profiles;
    }

    /** Segment names by segment id. */
    public ObjectProperty<List<String>> namesProperty() {
        return names;
    }

    /** All segmented customers together (drawn as a grey reference where the chart has one), or null. */
    public ObjectProperty<SegmentProfile> wholeProperty() {
        return whole;
    }

    /** The numeric column the chart shows (charts of one column). */
    public StringProperty columnProperty() {
        return column;
    }

    protected List<SegmentProfile> profiles() {
        return profiles.get() == null ? List.of() : profiles.get();
    }

    protected SegmentProfile whole() {
        return whole.get();
    }

    protected String column() {
        return column.get();
    }

    /** "1 · Name" for segment s (the analyst's name when there is one). */
    protected String label(SegmentProfile p) {
        List<String> n = names.get();
        String name = n != null && p.segment() >= 0 && p.segment() < n.size() ? n.get(p.segment()) : p.name();
        return p.segment() < 0 ? name : p.number() + " · " + name;
    }

    /** The swatch and label of a row centred on {@code y}; grey and italic-free for the whole-table row. */
    protected void paintRowLabel(Painter p, SegmentProfile profile, double y, double rowHeight) {
        Color c = profile.segment() < 0 ? WHOLE : SegmentPalette.color(profile.segment());
        double size = rowHeight >= 18 ? 12 : 10.5;
        p.fillRect(labelWidth - 14, y - Math.min(rowHeight, 16) / 2, 6, Math.min(rowHeight, 16), c);
        boolean bold = profile.segment() >= 0;
        p.text(labelWidth - 20, Painter.middle(y, size), ChartText.fit(label(profile), size, bold, labelWidth - 26),
                size, bold, bold ? ChartColors.TEXT : WHOLE, Painter.Anchor.END, 0);
    }

    /** Ticks, grid lines and title of the value axis from {@code lo} to {@code hi} across the plot. */
    protected void paintValueAxis(Painter p, AxisTicks t, double plotW, double top, double bottom, String title,
                                  double h) {
        Axes a = new Axes(labelWidth, top, plotW, bottom - top, t, null);
        a.paintXGrid(p, false);
        a.paintTitles(p, title, null, 0, h - 2);
    }

    /** Screen x of a value on an axis of ticks {@code t} spanning the plot. */
    protected double px(double v, AxisTicks t, double plotW) {
        return labelWidth + (v - t.min()) / (t.max() - t.min()) * plotW;
    }

    /** The rows to draw: the whole table first (when known and wanted), then the segments. */
    protected List<SegmentProfile> rows(boolean withWhole) {
        List<SegmentProfile> out = new ArrayList<>();
        if (withWhole && whole() != null) {
            out.add(whole());
        }
        out.addAll(profiles());
        return out;
    }

    /** A chart title across the top. */
    protected void paintTitle(Painter p, String title, double w) {
        p.text(labelWidth, Painter.middle(TOP / 2, 13), title, 13, true, ChartColors.TEXT, Painter.Anchor.START, 0);
    }
}
