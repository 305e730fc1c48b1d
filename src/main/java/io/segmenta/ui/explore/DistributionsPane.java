package io.segmenta.ui.explore;

import io.segmenta.core.explore.Histogram;
import io.segmenta.ui.charts.export.ChartSaver;
import io.segmenta.ui.explore.chart.DistributionChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Distributions tab: a histogram with density curve (or level bars), bins, split and scale. */
final class DistributionsPane extends VBox {
    private final DistributionChart chart = new DistributionChart();

    DistributionsPane(DistributionViewModel vm, ExploreViewModel explore, ChartSaver saver) {
        super(8);
        getStyleClass().addAll("explore-pane", "distributions-pane");
        setPadding(ExploreUi.padding());

        ComboBox<String> column = ExploreUi.combo(s -> s, 170);
        column.setItems(vm.columnChoices());
        column.valueProperty().bindBidirectional(vm.columnProperty());
        column.setId("distribution-column");

        ComboBox<GroupChoice> split = ExploreUi.combo(GroupChoice::label, 120);
        split.setItems(vm.splitChoices());
        split.valueProperty().bindBidirectional(vm.splitProperty());
        split.setId("distribution-split");
        split.setTooltip(new Tooltip("Draw one histogram per group, on the same bins"));

        CheckBox auto = new CheckBox("Auto");
        auto.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        auto.setId("distribution-auto");
        auto.selectedProperty().bindBidirectional(vm.autoBinsProperty());
        auto.setTooltip(new Tooltip("Bins by " + DistributionViewModel.AUTO_RULE));
        Slider slider = new Slider(DistributionViewModel.MIN_BINS, 100, vm.binsProperty().get());
        slider.setPrefWidth(90);
        slider.setMinWidth(70);
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        Spinner<Integer> spinner = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                DistributionViewModel.MIN_BINS, DistributionViewModel.MAX_BINS, vm.binsProperty().get());
        spinner.setValueFactory(values);
        spinner.setEditable(true);
        spinner.setPrefWidth(84);
        spinner.setMinWidth(84);
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
        HBox bins = new HBox(6, slider, spinner, auto);
        bins.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox binBox = ExploreUi.labeled("Bins", bins);

        ChoiceBox<Histogram.Scale> scale = new ChoiceBox<>();
        scale.getItems().setAll(Histogram.Scale.values());
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Histogram.Scale s) {
                return s == null ? "" : s == Histogram.Scale.COUNT ? "Counts" : "Densities";
            }

            @Override
            public Histogram.Scale fromString(String s) {
                return null;
            }
        });
        scale.valueProperty().bindBidirectional(vm.scaleProperty());
        scale.setPrefWidth(110);
        scale.setMinWidth(110);
        scale.setId("distribution-scale");
        scale.setTooltip(new Tooltip("Density gives each group an area of 1, so groups of different sizes compare"));
        HBox scaleBox = new HBox(scale);

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

        HBox bar = ExploreUi.controlBar(ExploreUi.export(saver, chart, () -> title(vm)),
                ExploreUi.labeled("Column", column), ExploreUi.labeled("Split by", split), binBox, scaleBox);
        Label binText = ExploreUi.note();
        binText.textProperty().bind(vm.binTextProperty());
        binText.visibleProperty().bind(vm.binTextProperty().isNotEmpty());
        binText.managedProperty().bind(binText.visibleProperty());
        Label note = ExploreUi.note();
        note.textProperty().bind(vm.noteProperty());
        getChildren().addAll(bar, ExploreUi.chartArea(chart, vm.computation()), binText, note);
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

    DistributionChart chart() {
        return chart;
    }
}
