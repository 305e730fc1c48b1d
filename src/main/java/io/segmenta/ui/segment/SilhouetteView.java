package io.segmenta.ui.segment;

import io.segmenta.ui.charts.SilhouettePlot;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Silhouette tab, bound to {@link SegmentViewModel} and its {@link SegmentVisuals}: each customer's silhouette. */
public final class SilhouetteView {
    private final SegmentViewModel vm;
    private final SilhouetteViewModel model;
    private final SegmentVisuals visuals;
    private final ChartExports exports;

    @FXML private VBox silhouettePane;
    @FXML private VBox silhouetteEmpty;
    @FXML private Button silhouetteComputeButton;
    @FXML private Label silhouetteEmptyTitle;
    @FXML private Label silhouetteSelection;
    @FXML private StackPane silhouetteExportHolder;
    @FXML private SilhouettePlot silhouettePlot;

    SilhouetteView(SegmentViewModel vm, SilhouetteViewModel model, ChartExports exports) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.model = Objects.requireNonNull(model, "model");
        this.visuals = vm.visuals();
        this.exports = Objects.requireNonNull(exports, "exports");
    }

    @FXML
    private void initialize() {
        silhouettePane.visibleProperty().bind(visuals.silhouetteProperty().isNotNull());
        silhouetteEmpty.visibleProperty().bind(visuals.silhouetteProperty().isNull());
        silhouettePlot.dataProperty().bind(visuals.silhouetteProperty());
        silhouettePlot.namesProperty().bind(Bindings.createObjectBinding(
                () -> List.copyOf(vm.segmentNames()), vm.segmentNames()));
        silhouettePlot.selectionProperty().bindBidirectional(visuals.selectionProperty());
        silhouetteSelection.textProperty().bind(visuals.selectionTextProperty());
        silhouetteEmptyTitle.textProperty().bind(model.emptyTitleProperty());
        // after a cancel (or when other work took the runner) the user starts them again here
        silhouetteComputeButton.visibleProperty().bind(model.startableProperty());
        silhouetteComputeButton.managedProperty().bind(silhouetteComputeButton.visibleProperty());
        silhouetteComputeButton.setOnAction(e -> model.load());
        exports.addExport(silhouetteExportHolder, silhouettePlot, "silhouettes");
    }

    @FXML
    private void selectNegative() {
        silhouettePlot.selectNegative();
    }
}
