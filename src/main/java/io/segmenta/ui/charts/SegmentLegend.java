package io.segmenta.ui.charts;

import io.segmenta.core.chart.SegmentPalette;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;

/**
 * A legend of segment colours: one entry per segment, its palette swatch and a label (typically
 * "1 · Name"). Entry i belongs to segment id i. When {@link #toggleableProperty() toggleable}, a
 * click on an entry hides or shows that segment ({@link #hiddenSegmentsProperty()}, which charts
 * bind to); hidden entries are greyed.
 */
public final class SegmentLegend extends FlowPane {
    private final ObjectProperty<Set<Integer>> hidden = new SimpleObjectProperty<>(this, "hiddenSegments", Set.of());
    private final BooleanProperty toggleable = new SimpleBooleanProperty(this, "toggleable", false);
    /** Widest an entry gets in a column. */
    private static final double COLUMN_WIDTH = 230;
    private boolean column;

    public SegmentLegend() {
        super(14, 2);
        getStyleClass().add("segment-legend");
        setPadding(new Insets(2, 0, 2, 0));
        setAlignment(Pos.CENTER_LEFT);
        hidden.addListener((o, a, b) -> restyle());
        toggleable.addListener((o, a, b) -> restyle());
    }

    /** Segment ids hidden by clicks on the legend. */
    public ObjectProperty<Set<Integer>> hiddenSegmentsProperty() {
        return hidden;
    }

    /** Whether clicking an entry hides or shows its segment. */
    public BooleanProperty toggleableProperty() {
        return toggleable;
    }

    public boolean isToggleable() {
        return toggleable.get();
    }

    public void setToggleable(boolean value) {
        toggleable.set(value);
    }

    /**
     * One column, one entry a line, each at most {@value #COLUMN_WIDTH} pixels wide (a longer name is
     * shortened and shows whole on hover), for a legend beside a chart; else rows that wrap (the default).
     */
    public void setColumn(boolean column) {
        this.column = column;
        // rows that wrap at the column's width: one entry a row
        setPrefWrapLength(column ? COLUMN_WIDTH : 400);
        setPrefWidth(column ? COLUMN_WIDTH : USE_COMPUTED_SIZE);
        setMinWidth(column ? COLUMN_WIDTH : USE_COMPUTED_SIZE);
        setMaxWidth(column ? COLUMN_WIDTH : Double.MAX_VALUE);
        setVgap(column ? 4 : 2);
        getChildren().forEach(n -> ((Label) n).setMaxWidth(column ? COLUMN_WIDTH : Double.MAX_VALUE));
        restyle();
    }

    /**
     * Legend labels "1 · Name" by segment id, following {@code names} (segment names by id). Callers
     * hold the binding: bindings observe their sources weakly.
     */
    public static ObjectBinding<List<String>> labels(ObservableList<String> names) {
        return Bindings.createObjectBinding(() -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                out.add((i + 1) + " · " + names.get(i));
            }
            return out;
        }, names);
    }

    /** Replaces the entries: {@code labels.get(i)} is shown next to the colour of segment i. */
    public void setEntries(List<String> labels) {
        getChildren().clear();
        for (int i = 0; i < labels.size(); i++) {
            int segment = i;
            Circle swatch = new Circle(6, FxColors.fx(SegmentPalette.color(i)));
            swatch.getStyleClass().add("segment-swatch");
            Label entry = new Label(labels.get(i), swatch);
            entry.setGraphicTextGap(6);
            entry.setMaxWidth(column ? COLUMN_WIDTH : Double.MAX_VALUE);
            entry.getStyleClass().add("segment-legend-entry");
            entry.setOnMouseClicked(e -> {
                if (isToggleable()) {
                    toggle(segment);
                }
            });
            getChildren().add(entry);
        }
        restyle();
    }

    /** Hides a shown segment or shows a hidden one. */
    public void toggle(int segment) {
        Set<Integer> next = new HashSet<>(hidden.get());
        if (!next.remove(segment)) {
            next.add(segment);
        }
        hidden.set(Set.copyOf(next));
    }

    private void restyle() {
        for (int i = 0; i < getChildren().size(); i++) {
            Label entry = (Label) getChildren().get(i);
            boolean off = hidden.get().contains(i);
            entry.getStyleClass().remove("legend-off");
            if (off) {
                entry.getStyleClass().add("legend-off");
            }
            entry.setCursor(isToggleable() ? Cursor.HAND : Cursor.DEFAULT);
            String action = isToggleable() ? (off ? "Show" : "Hide") + " segment " + (i + 1) : null;
            String whole = column ? entry.getText() : null;
            entry.setTooltip(action == null && whole == null ? null : new Tooltip(whole == null ? action
                    : action == null ? whole : whole + "\n" + action));
            entry.setAccessibleHelp(isToggleable() ? "Click to " + (off ? "show" : "hide") + " this segment" : null);
        }
    }

    /** The labels shown, in segment order (for tests and accessibility). */
    public List<String> entries() {
        return getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }
}
