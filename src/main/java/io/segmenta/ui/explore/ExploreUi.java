package io.segmenta.ui.explore;

import io.segmenta.ui.Converters;
import io.segmenta.ui.charts.PaintedChart;
import io.segmenta.ui.charts.export.ChartSaver;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Small building blocks the Explore tabs share: control bars, labelled controls, chart areas. */
final class ExploreUi {
    private ExploreUi() {
    }

    /**
     * A row of controls above a chart that wraps onto a second line when the window is narrow (it
     * never pushes the chart out of view); {@code trailing} (the export button) sits at the right.
     */
    static HBox controlBar(Node trailing, Node... controls) {
        FlowPane flow = new FlowPane(14, 8, controls);
        flow.setAlignment(Pos.CENTER_LEFT);
        flow.setMinWidth(0);
        flow.setPrefWrapLength(200);
        HBox.setHgrow(flow, Priority.ALWAYS);
        HBox bar = new HBox(14, flow);
        bar.getStyleClass().add("explore-controls");
        bar.setAlignment(Pos.TOP_LEFT);
        bar.setMinWidth(0);
        if (trailing != null) {
            bar.getChildren().add(trailing);
        }
        return bar;
    }

    /** A control with its label in front. */
    static HBox labeled(String text, Node control) {
        Label l = new Label(text);
        l.getStyleClass().add("control-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(control);
        HBox box = new HBox(6, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The chart with its status overlay on top, growing to fill the tab. */
    static StackPane chartArea(PaintedChart chart, Computation<?> computation) {
        StatusOverlay overlay = new StatusOverlay(computation);
        StackPane area = new StackPane(chart, overlay);
        area.getStyleClass().add("chart-area");
        area.setMinSize(0, 0);
        chart.setMinSize(0, 0);
        VBox.setVgrow(area, Priority.ALWAYS);
        return area;
    }

    /** A line of muted, wrapping text under a chart. */
    static Label note() {
        Label l = new Label();
        l.getStyleClass().addAll("text-muted", "chart-note");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** Installs the right-click export menu and returns the "Export" button for the control bar. */
    static Node export(ChartSaver saver, PaintedChart chart, Supplier<String> baseName) {
        saver.install(chart, baseName);
        var b = saver.button(chart, baseName);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2e-export-variant"));
        return b;
    }

    /** A combo box showing items through {@code text}. */
    static <T> ComboBox<T> combo(Function<T, String> text, double prefWidth) {
        ComboBox<T> box = new ComboBox<>();
        box.setPrefWidth(prefWidth);
        box.setMinWidth(Region.USE_PREF_SIZE);
        showThrough(box, text);
        return box;
    }

    /**
     * Wires a combo box of a tab's bar: shows {@code items} through {@code text}, keeps its value and
     * the view-model's {@code value} in step, and gives it {@code id} (tests find it by that).
     */
    static <T> void pick(ComboBox<T> box, Function<T, String> text, ObservableList<T> items, Property<T> value, String id) {
        showThrough(box, text);
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
        box.setId(id);
    }

    /** Shows a combo box's items (an FXML one's too) through {@code text}. */
    static <T> void showThrough(ComboBox<T> box, Function<T, String> text) {
        box.setConverter(Converters.shownAs(text));
        box.setButtonCell(cell(text));
        box.setCellFactory(v -> cell(text));
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    static Insets padding() {
        return new Insets(12, 18, 12, 18);
    }
}
