package io.segmenta.ui.charts;

import io.segmenta.core.chart.SegmentRows;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.text.Texts;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Base of the profile charts that give each segment one horizontal row: the segment's swatch,
 * number and name on the left, a value axis along the bottom. Holds the profiles (segment order),
 * the names (the analyst's) and the profile of all customers together; the drawing is
 * {@link SegmentRows}' (shared with the report).
 */
public abstract class SegmentRowsChart extends PaintedChart {
    private final ObjectProperty<List<SegmentProfile>> profiles =
            new SimpleObjectProperty<>(this, "profiles", List.of());
    private final ObjectProperty<List<String>> names = new SimpleObjectProperty<>(this, "names", List.of());
    private final ObjectProperty<SegmentProfile> whole = new SimpleObjectProperty<>(this, "whole");
    private final StringProperty column = new SimpleStringProperty(this, "column");

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

    /** Over a segment's label: its whole name (shortened when long), size and share. */
    @Override
    public String hoverText(double x, double y) {
        SegmentRows rows = rows();
        SegmentProfile p = rows.labelAt(FxText.METRICS, paintedWidth(), paintedHeight(), x, y);
        return p == null ? null : rows.label(p) + "\n" + Texts.count(p.size(), "customer", "customers") + " · "
                + Texts.share(p.share());
    }

    /** The rows as the shared painting code draws them (a new one per paint). */
    protected SegmentRows rows() {
        return new SegmentRows(profiles(), names.get(), whole());
    }
}
