package io.segmenta.ui.charts;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;

/**
 * A legend of segment colours: one entry per segment, its palette swatch and a label (typically
 * "1 · Name"). Entry i belongs to segment id i.
 */
public final class SegmentLegend extends FlowPane {

    public SegmentLegend() {
        super(16, 6);
        getStyleClass().add("segment-legend");
        setPadding(new Insets(4, 0, 4, 0));
        setAlignment(Pos.CENTER_LEFT);
    }

    /** Replaces the entries: {@code labels.get(i)} is shown next to the colour of segment i. */
    public void setEntries(List<String> labels) {
        getChildren().clear();
        for (int i = 0; i < labels.size(); i++) {
            Circle swatch = new Circle(6, SegmentPalette.color(i));
            swatch.getStyleClass().add("segment-swatch");
            Label entry = new Label(labels.get(i), swatch);
            entry.setGraphicTextGap(6);
            entry.getStyleClass().add("segment-legend-entry");
            getChildren().add(entry);
        }
    }

    /** The labels shown, in segment order (for tests and accessibility). */
    public List<String> entries() {
        return getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }
}
