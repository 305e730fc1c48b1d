package io.segmenta.ui.segment;

import io.segmenta.ui.charts.Scatter3DView;
import io.segmenta.ui.charts.SegmentLegend;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.ObjectBinding;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The 3D tab, bound to {@link SegmentViewModel} and its {@link SegmentVisuals}: the customers in three dimensions. */
public final class CloudView {
    private final SegmentViewModel vm;
    private final SegmentVisuals visuals;
    private final ChartExports exports;

    @FXML private VBox cloudPane;
    @FXML private VBox cloudEmpty;
    @FXML private ChoiceBox<String> x3Choice;
    @FXML private ChoiceBox<String> y3Choice;
    @FXML private ChoiceBox<String> z3Choice;
    @FXML private StackPane cloudExportHolder;
    @FXML private Label cloudNote;
    @FXML private Scatter3DView cloud;
    @FXML private SegmentLegend cloudLegend;
    @FXML private Label cloudNoiseLegend;

    /** Held here: bindings observe their sources weakly. */
    private ObjectBinding<List<String>> legendLabels;

    CloudView(SegmentViewModel vm, ChartExports exports) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.visuals = vm.visuals();
        this.exports = Objects.requireNonNull(exports, "exports");
    }

    @FXML
    private void initialize() {
        cloudPane.visibleProperty().bind(vm.resultProperty().isNotNull());
        cloudEmpty.visibleProperty().bind(vm.resultProperty().isNull());
        x3Choice.setItems(visuals.axisChoices());
        y3Choice.setItems(visuals.axisChoices());
        z3Choice.setItems(visuals.axisChoices());
        x3Choice.valueProperty().bindBidirectional(visuals.axis3XProperty());
        y3Choice.valueProperty().bindBidirectional(visuals.axis3YProperty());
        z3Choice.valueProperty().bindBidirectional(visuals.axis3ZProperty());
        cloud.dataProperty().bind(visuals.cloudProperty());
        cloud.selectionProperty().bindBidirectional(visuals.selectionProperty());
        cloud.hiddenSegmentsProperty().bind(visuals.hiddenSegmentsProperty());
        cloud.setRowDescriber(visuals::describe);
        cloudLegend.hiddenSegmentsProperty().bindBidirectional(visuals.hiddenSegmentsProperty());
        legendLabels = SegmentLegend.labels(vm.segmentNames());
        legendLabels.subscribe(cloudLegend::setEntries);
        SegmentsMapView.bindNoiseLegend(cloudNoiseLegend, vm);
        // the chart's own note (e.g. no 3D on this graphics) before how to handle it
        String hint = cloud.is3d()
                ? "Drag to rotate, right-drag or Shift-drag to pan, wheel to zoom, double click to reset. Point at a "
                + "customer to see it; click to select it."
                : "";
        cloudNote.textProperty().bind(cloud.noteProperty().map(n -> n.isEmpty() ? hint : n + ". " + hint));
        cloudNote.visibleProperty().bind(cloudNote.textProperty().isNotEmpty());
        cloudNote.managedProperty().bind(cloudNote.visibleProperty());
        exports.addExport(cloudExportHolder, cloud, "3D scatter");
    }

    @FXML
    private void resetCloud() {
        cloud.resetView();
    }
}
