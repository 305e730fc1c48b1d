package io.segmenta.ui.explore;

import io.segmenta.core.explore.Histogram;
import io.segmenta.ui.Converters;
import io.segmenta.ui.charts.export.ChartSaver;
import io.segmenta.ui.explore.chart.DistributionChart;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The Distributions tab, bound to {@link DistributionViewModel}: a histogram with density curve (or
 * level bars), bins, split and scale.
 */
public final class DistributionsView {
    private final DistributionViewModel vm;
    private final ExploreViewModel explore;
    private final ChartSaver saver;

    @FXML private HBox bar;
    @FXML private Label columnLabel;
    @FXML private ComboBox<String> column;
    @FXML private Label splitLabel;
    @FXML private ComboBox<GroupChoice> split;
    @FXML private HBox binBox;
    @FXML private Label binsLabel;
    @FXML private HBox bins;
    @FXML private Slider slider;
    @FXML private Spinner<Integer> spinner;
    @FXML private CheckBox auto;
    @FXML private HBox scaleBox;
    @FXML private ChoiceBox<Histogram.Scale> scale;
    @FXML private StackPane chartArea;
    @FXML private DistributionChart chart;
    @FXML private Label binText;
    @FXML private Label note;

    DistributionsView(DistributionViewModel vm, ExploreViewModel explore, ChartSaver saver) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.explore = Objects.requireNonNull(explore, "explore");
        this.saver = Objects.requireNonNull(saver, "saver");
    }

    @FXML
    private void initialize() {
        ExploreUi.pick(column, s -> s, vm.columnChoices(), vm.columnProperty(), "distribution-column");
        columnLabel.setLabelFor(column);

        ExploreUi.pick(split, GroupChoice::label, vm.splitChoices(), vm.splitProperty(), "distribution-split");
        splitLabel.setLabelFor(split);
        split.setTooltip(new Tooltip("Draw one histogram per group, on the same bins"));

        auto.setId("distribution-auto");
        auto.selectedProperty().bindBidirectional(vm.autoBinsProperty());
        auto.setTooltip(new Tooltip("Bins by " + DistributionViewModel.AUTO_RULE));
        slider.setMin(DistributionViewModel.MIN_BINS);
        slider.setMax(100);
        slider.setValue(vm.binsProperty().get());
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                DistributionViewModel.MIN_BINS, DistributionViewModel.MAX_BINS, vm.binsProperty().get());
        spinner.setValueFactory(values);
        spinner.setId("distribution-bins");
        boolean[] syncing = {false};
        vm.binsProperty().subscribe(v -> {
            syncing[0] = true;
            values.setValue(v.intValue());
            slider.setValue(Math.min(slider.getMax(), v.intValue()));
            syncing[0] = false;
        });
        values.valueProperty().addListener((o, a, b) -> {
            if (!syncing[0] && b != null && b != vm.binsProperty().get()) {
                vm.binsProperty().set(b);
            }
        });
        // dragging recomputes once, on release (a large table takes a moment per histogram)
        slider.valueProperty().addListener((o, a, b) -> {
            if (!syncing[0] && !slider.isValueChanging()) {
                vm.binsProperty().set((int) Math.round(b.doubleValue()));
            }
        });
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now && !syncing[0]) {
                vm.binsProperty().set((int) Math.round(slider.getValue()));
            }
        });
        spinner.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit(spinner);
            }
        });
        binsLabel.setLabelFor(bins);

        scale.getItems().setAll(Histogram.Scale.values());
        scale.setConverter(Converters.shownAs(s -> s == Histogram.Scale.COUNT ? "Counts" : "Densities"));
        scale.valueProperty().bindBidirectional(vm.scaleProperty());
        scale.setId("distribution-scale");
        scale.setTooltip(new Tooltip("Density gives each group an area of 1, so groups of different sizes compare"));

        chart.dataProperty().bind(vm.computation().valueProperty());
        vm.splitProperty().addListener((o, a, b) -> chart.setTitle(title(vm)));
        vm.columnProperty().addListener((o, a, b) -> chart.setTitle(title(vm)));
        chart.setTitle(title(vm));
        Runnable numeric = () -> {
            boolean isNumeric = vm.numericChosen();
            binBox.setDisable(!isNumeric);
            scaleBox.setDisable(!isNumeric);
        };
        vm.columnProperty().subscribe(c -> numeric.run());
        explore.datasetProperty().subscribe(d -> numeric.run());

        bar.getChildren().add(ExploreUi.export(saver, chart, () -> title(vm)));
        chartArea.getChildren().add(new StatusOverlay(vm.computation()));
        binText.textProperty().bind(vm.binTextProperty());
        binText.visibleProperty().bind(vm.binTextProperty().isNotEmpty());
        binText.managedProperty().bind(binText.visibleProperty());
        note.textProperty().bind(vm.noteProperty());
    }

    private static String title(DistributionViewModel vm) {
        String c = vm.columnProperty().get();
        GroupChoice s = vm.splitProperty().get();
        return c == null ? "" : "Distribution of " + c + (s != null && s.groups() ? " by " + s.label() : "");
    }

    private static void commit(Spinner<Integer> spinner) {
        String text = spinner.getEditor().getText();
        try {
            int v = Integer.parseInt(text.trim());
            spinner.getValueFactory().setValue(Math.max(DistributionViewModel.MIN_BINS,
                    Math.min(DistributionViewModel.MAX_BINS, v)));
        } catch (NumberFormatException e) {
            spinner.getEditor().setText(String.valueOf(spinner.getValue()));
        }
    }
}
