package io.segmenta.ui.segment;

import io.segmenta.core.SweepOutcome;
import io.segmenta.core.cluster.SweepPoint;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.prep.FeaturePreset;
import io.segmenta.ui.Formats;
import io.segmenta.ui.Fxml;
import io.segmenta.ui.charts.KSweepChart;
import io.segmenta.ui.charts.ScatterCanvas;
import io.segmenta.ui.charts.SegmentLegend;
import io.segmenta.ui.profiles.ProfileTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Segment step's view, bound to {@link SegmentViewModel}. */
public final class SegmentView {
    private final SegmentViewModel vm;
    private final Supplier<Path> exportTarget;

    @FXML private Label tableLabel;
    @FXML private ComboBox<FeaturePreset> presetBox;
    @FXML private ListView<FeatureChoice> featureList;
    @FXML private Label selectionLabel;
    @FXML private Spinner<Integer> kSpinner;
    @FXML private TextField seedField;
    @FXML private Label seedErrorLabel;
    @FXML private Button findKButton;
    @FXML private Button segmentButton;
    @FXML private Button exportButton;
    @FXML private TabPane tabs;
    @FXML private Tab sweepTab;
    @FXML private Tab segmentsTab;
    @FXML private VBox sweepPane;
    @FXML private VBox sweepEmpty;
    @FXML private KSweepChart elbowChart;
    @FXML private KSweepChart silhouetteChart;
    @FXML private Label recommendationLabel;
    @FXML private Label ruleLabel;
    @FXML private Label sweepNoteLabel;
    @FXML private SplitPane resultPane;
    @FXML private VBox segmentsEmpty;
    @FXML private ChoiceBox<String> xChoice;
    @FXML private ChoiceBox<String> yChoice;
    @FXML private Label summaryLabel;
    @FXML private ScatterCanvas scatter;
    @FXML private SegmentLegend legend;
    @FXML private ProfileTable profileTable;

    private boolean applyingPreset;
    /** Held here: bindings observe their sources weakly. */
    private javafx.beans.binding.ObjectBinding<List<String>> legendLabels;

    /**
     * @param exportTarget asks the user where to write the segmented CSV (null = cancelled)
     */
    public SegmentView(SegmentViewModel vm, Supplier<Path> exportTarget) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.exportTarget = Objects.requireNonNull(exportTarget, "exportTarget");
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        bindChoices();
        bindSweep();
        bindResult();
    }

    private void bindChoices() {
        featureList.setItems(vm.features());
        featureList.setCellFactory(CheckBoxListCell.forListView(FeatureChoice::selectedProperty));
        featureList.setPlaceholder(new Label("No feature columns"));
        selectionLabel.textProperty().bind(vm.selectionTextProperty());

        presetBox.setItems(vm.presets());
        presetBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(FeaturePreset p) {
                return p == null ? "" : p.label();
            }

            @Override
            public FeaturePreset fromString(String s) {
                return vm.presets().stream().filter(p -> p.label().equals(s)).findFirst().orElse(null);
            }
        });
        presetBox.setOnAction(e -> {
            FeaturePreset p = presetBox.getValue();
            if (p != null && !applyingPreset) {
                vm.applyPreset(p);
            }
        });
        vm.matchingPresetProperty().subscribe(p -> {
            applyingPreset = true;
            presetBox.setValue(p);
            applyingPreset = false;
        });
        presetBox.disableProperty().bind(Bindings.isEmpty(vm.presets()));

        SpinnerValueFactory.IntegerSpinnerValueFactory kValues = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                SegmentViewModel.K_MIN, SegmentViewModel.K_MAX, vm.kProperty().get());
        kSpinner.setValueFactory(kValues);
        kValues.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.kProperty().set(b);
            }
        });
        vm.kProperty().subscribe(v -> kValues.setValue(v.intValue()));
        // a typed k is committed when the field loses focus, not only on Enter
        kSpinner.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitSpinnerText();
            }
        });

        seedField.textProperty().bindBidirectional(vm.seedTextProperty());
        seedErrorLabel.textProperty().bind(vm.seedErrorProperty());
        seedErrorLabel.visibleProperty().bind(vm.seedErrorProperty().isNotNull());
        seedErrorLabel.managedProperty().bind(seedErrorLabel.visibleProperty());
        vm.seedErrorProperty().subscribe(err -> {
            if (err == null) {
                seedField.getStyleClass().remove("invalid");
            } else if (!seedField.getStyleClass().contains("invalid")) {
                seedField.getStyleClass().add("invalid");
            }
        });

        exportButton.disableProperty().bind(vm.canExportBinding().not());
    }

    private void commitSpinnerText() {
        String text = kSpinner.getEditor().getText();
        try {
            int v = Integer.parseInt(text.trim());
            kSpinner.getValueFactory().setValue(Math.max(SegmentViewModel.K_MIN, Math.min(SegmentViewModel.K_MAX, v)));
        } catch (NumberFormatException e) {
            kSpinner.getEditor().setText(Integer.toString(kSpinner.getValue()));
        }
    }

    private void bindSweep() {
        sweepPane.visibleProperty().bind(vm.sweepProperty().isNotNull());
        sweepEmpty.visibleProperty().bind(vm.sweepProperty().isNull());
        vm.sweepProperty().subscribe(this::showSweep);
    }

    private void showSweep(SweepOutcome outcome) {
        if (outcome == null) {
            elbowChart.clear();
            silhouetteChart.clear();
            recommendationLabel.setText("");
            ruleLabel.setText("");
            sweepNoteLabel.setText("");
            return;
        }
        SweepResult r = outcome.result();
        List<SweepPoint> points = r.points();
        int[] ks = points.stream().mapToInt(SweepPoint::k).toArray();
        double[] wcss = points.stream().mapToDouble(SweepPoint::wcss).toArray();
        double[] sil = points.stream().mapToDouble(SweepPoint::silhouette).toArray();
        elbowChart.show(ks, wcss, r.recommendedK(), r.kneeK(), i -> "k = " + ks[i] + ": WCSS " + Formats.wcss(wcss[i])
                + (ks[i] == r.kneeK() ? " (elbow)" : ""));
        silhouetteChart.show(ks, sil, r.recommendedK(), i -> "k = " + ks[i] + ": silhouette " + Formats.score(sil[i]));
        recommendationLabel.setText("Recommended: k = " + r.recommendedK());
        ruleLabel.setText(r.rule());
        sweepNoteLabel.setText("Features: " + String.join(", ", outcome.features().featureNames()) + " · "
                + Formats.plural(outcome.features().rows(), "customer", "customers")
                + (r.silhouetteSampled() ? " · silhouette estimated on a sample of "
                + Formats.count(r.silhouetteSampleSize()) + " customers" : " · silhouette exact")
                + ". k was set to " + r.recommendedK() + "; change it on the left if you prefer another."
                + (r.kneeK() != r.recommendedK() ? " Orange ring: recommended k; grey ring: the elbow." : ""));
        tabs.getSelectionModel().select(sweepTab);
    }

    private void bindResult() {
        resultPane.visibleProperty().bind(vm.resultProperty().isNotNull());
        segmentsEmpty.visibleProperty().bind(vm.resultProperty().isNull());
        xChoice.setItems(vm.axisChoices());
        yChoice.setItems(vm.axisChoices());
        xChoice.valueProperty().bindBidirectional(vm.xAxisProperty());
        yChoice.valueProperty().bindBidirectional(vm.yAxisProperty());
        summaryLabel.textProperty().bind(vm.summaryProperty());
        scatter.dataProperty().bind(vm.scatterProperty());
        scatter.emptyTextProperty().set("Choose two numeric columns for the axes.");
        legendLabels = vm.legendBinding();
        legendLabels.subscribe(legend::setEntries);
        vm.resultProperty().subscribe(r -> {
            profileTable.show(r, vm.segmentNames(), vm::rename);
            if (r != null) {
                tabs.getSelectionModel().select(segmentsTab);
            }
        });
    }

    /** Shows the Choose k tab (used when Find k is started from the toolbar). */
    public void showSweepTab() {
        tabs.getSelectionModel().select(sweepTab);
    }

    @FXML
    private void findK() {
        commitSpinnerText();
        vm.findK();
    }

    @FXML
    private void segment() {
        commitSpinnerText();
        vm.segment();
    }

    @FXML
    private void export() {
        Path target = exportTarget.get();
        if (target != null) {
            vm.export(target);
        }
    }

    /** Binds the table label (which table is open); called by the main view. */
    public void tableText(javafx.beans.value.ObservableValue<String> text) {
        tableLabel.textProperty().bind(text);
    }

    /** Disables the run buttons while work runs. */
    public void busy(javafx.beans.value.ObservableValue<Boolean> running) {
        findKButton.disableProperty().bind(running);
        segmentButton.disableProperty().bind(running);
    }
}
