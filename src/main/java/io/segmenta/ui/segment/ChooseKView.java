package io.segmenta.ui.segment;

import io.segmenta.core.SweepOutcome;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.ui.charts.KSweepChart;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Choose k tab (Choose eps for DBSCAN), bound to {@link ChooseKViewModel}: the elbow and
 * silhouette of a k sweep (BIC and AIC for a Gaussian mixture), or DBSCAN's k-distance chart.
 */
public final class ChooseKView {
    private final ChooseKViewModel vm;
    private final ChartExports exports;

    @FXML private VBox sweepPane;
    @FXML private VBox sweepEmpty;
    @FXML private Label sweepEmptyTitle;
    @FXML private Label sweepEmptyText;
    @FXML private KSweepChart elbowChart;
    @FXML private KSweepChart silhouetteChart;
    @FXML private KSweepChart bicChart;
    @FXML private KSweepChart aicChart;
    @FXML private Label recommendationLabel;
    @FXML private Label ruleLabel;
    @FXML private Label sweepNoteLabel;
    @FXML private VBox kDistancePane;
    @FXML private KDistanceChart kDistanceChart;
    @FXML private Label kDistanceNote;
    @FXML private Button useEpsButton;
    @FXML private StackPane kDistanceExportHolder;

    ChooseKView(ChooseKViewModel vm, ChartExports exports) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.exports = Objects.requireNonNull(exports, "exports");
    }

    @FXML
    private void initialize() {
        sweepPane.visibleProperty().bind(vm.sweepShownProperty());
        kDistancePane.visibleProperty().bind(vm.kDistanceShownProperty());
        sweepEmpty.visibleProperty().bind(vm.shownProperty().isNull());
        sweepEmptyTitle.textProperty().bind(vm.emptyTitleProperty());
        sweepEmptyText.textProperty().bind(vm.emptyTextProperty());
        recommendationLabel.textProperty().bind(vm.recommendationProperty());
        ruleLabel.textProperty().bind(vm.ruleProperty());
        sweepNoteLabel.textProperty().bind(vm.noteProperty());
        vm.shownProperty().subscribe(this::showSweep);

        kDistanceChart.dataProperty().bind(vm.kDistanceProperty());
        kDistanceChart.epsProperty().bind(vm.epsProperty());
        kDistanceChart.setOnPick(vm::useEps);
        // the note ends with what the eps now typed gives, in the chart's own words
        kDistanceNote.textProperty().bind(Bindings.createStringBinding(() -> {
            String note = vm.kDistanceNoteProperty().get();
            double eps = vm.epsProperty().get();
            return note.isEmpty() || Double.isNaN(eps) ? note : note + " Now: " + kDistanceChart.describe(eps) + ".";
        }, vm.kDistanceNoteProperty(), vm.epsProperty()));
        useEpsButton.textProperty().bind(vm.useEpsTextProperty());
        useEpsButton.disableProperty().bind(vm.kDistanceProperty().isNull());

        exports.install(elbowChart, "elbow");
        exports.install(silhouetteChart, "silhouette by k");
        exports.install(bicChart, "BIC by k");
        exports.install(aicChart, "AIC by k");
        exports.addExport(kDistanceExportHolder, kDistanceChart, "k-distance");
    }

    private void showSweep(SweepOutcome outcome) {
        if (outcome == null || outcome.sweep().isEmpty()) {
            elbowChart.clear();
            silhouetteChart.clear();
            bicChart.clear();
            aicChart.clear();
            return;
        }
        SweepResult r = outcome.result();
        int[] ks = ChooseKViewModel.ks(r);
        boolean mixture = ChooseKViewModel.mixture(r);
        for (Node n : List.of(elbowChart, silhouetteChart)) {
            n.setVisible(!mixture);
            n.setManaged(!mixture);
        }
        for (Node n : List.of(bicChart, aicChart)) {
            n.setVisible(mixture);
            n.setManaged(mixture);
        }
        if (mixture) {
            var bic = ChooseKViewModel.bic(r);
            var aic = ChooseKViewModel.aic(r);
            bicChart.show(ks, bic.values(), r.bicMinK(), bic.tips());
            aicChart.show(ks, aic.values(), r.aicMinK(), aic.tips());
        } else {
            var wcss = ChooseKViewModel.wcss(r);
            var sil = ChooseKViewModel.silhouette(r);
            elbowChart.show(ks, wcss.values(), r.recommendedK(), r.kneeK(), wcss.tips());
            silhouetteChart.show(ks, sil.values(), r.recommendedK(), sil.tips());
        }
    }

    @FXML
    private void useSuggestedEps() {
        vm.useSuggestedEps();
    }
}
