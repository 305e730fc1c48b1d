package io.segmenta.ui.profiles;

import io.segmenta.ui.Fxml;
import io.segmenta.ui.charts.SegmentLegend;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The Profiles step's view, bound to {@link ProfilesViewModel}. */
public final class ProfilesView {
    private final ProfilesViewModel vm;

    @FXML private VBox resultBox;
    @FXML private VBox emptyBox;
    @FXML private Label headingLabel;
    @FXML private Label hintLabel;
    @FXML private SegmentLegend legend;
    @FXML private ProfileTable profileTable;
    /** Held here: bindings observe their sources weakly. */
    private javafx.beans.binding.ObjectBinding<List<String>> legendLabels;

    private final Runnable showSegmentStep;

    /** @param showSegmentStep switches the window to the Segment step (the empty page's button) */
    public ProfilesView(ProfilesViewModel vm, Runnable showSegmentStep) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.showSegmentStep = Objects.requireNonNull(showSegmentStep, "showSegmentStep");
    }

    @FXML
    private void goToSegment() {
        showSegmentStep.run();
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        resultBox.visibleProperty().bind(vm.resultProperty().isNotNull());
        emptyBox.visibleProperty().bind(vm.resultProperty().isNull());
        headingLabel.textProperty().bind(vm.headingProperty());
        hintLabel.setText(vm.hint());
        profileTable.getStyleClass().remove("dense");
        vm.resultProperty().subscribe(r -> profileTable.show(r, vm.segmentNames(), vm::rename));
        legendLabels = Bindings.createObjectBinding(() -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < vm.segmentNames().size(); i++) {
                out.add((i + 1) + " · " + vm.segmentNames().get(i));
            }
            return out;
        }, vm.segmentNames());
        legendLabels.subscribe(legend::setEntries);
    }
}
