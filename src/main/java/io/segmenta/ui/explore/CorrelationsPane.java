package io.segmenta.ui.explore;

import io.segmenta.core.explore.CorrelationMethod;
import io.segmenta.ui.charts.HeatmapChart;
import io.segmenta.ui.charts.export.ChartSaver;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Correlations tab: the heatmap, Pearson or Spearman. */
final class CorrelationsPane extends VBox {
    private final HeatmapChart chart = new HeatmapChart();

    CorrelationsPane(CorrelationViewModel vm, ChartSaver saver) {
        super(8);
        getStyleClass().addAll("explore-pane", "correlations-pane");
        setPadding(ExploreUi.padding());

        ToggleGroup group = new ToggleGroup();
        HBox methods = new HBox();
        methods.getStyleClass().add("segmented");
        for (CorrelationMethod m : CorrelationMethod.values()) {
            ToggleButton b = new ToggleButton(m.label());
            b.setUserData(m);
            b.setToggleGroup(group);
            b.setId("method-" + m.word());
            b.setTooltip(new Tooltip(m == CorrelationMethod.PEARSON
                    ? "Pearson's r: how close the relation is to a straight line"
                    : "Spearman's ρ: Pearson's r of the ranks; any steadily rising or falling relation"));
            b.getStyleClass().add(m.ordinal() == 0 ? "left-pill" : "right-pill");
            methods.getChildren().add(b);
        }
        vm.methodProperty().subscribe(m -> group.getToggles().stream().filter(t -> t.getUserData() == m)
                .findFirst().ifPresent(group::selectToggle));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            } else {
                vm.methodProperty().set((CorrelationMethod) now.getUserData());
            }
        });

        chart.dataProperty().bind(vm.computation().valueProperty().map(CorrelationViewModel::heatmap));
        vm.methodProperty().subscribe(m -> chart.setTitle(m.label() + " correlations"));
        HBox bar = ExploreUi.controlBar(ExploreUi.export(saver, chart, () -> vm.methodProperty().get().label()
                + " correlations"), ExploreUi.labeled("Method", methods));
        Label note = ExploreUi.note();
        note.textProperty().bind(vm.noteProperty());
        getChildren().addAll(bar, ExploreUi.chartArea(chart, vm.computation()), note);
    }

    HeatmapChart chart() {
        return chart;
    }
}
