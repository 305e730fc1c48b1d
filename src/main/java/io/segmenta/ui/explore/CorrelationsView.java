package io.segmenta.ui.explore;

import io.segmenta.core.explore.CorrelationMethod;
import io.segmenta.ui.charts.HeatmapChart;
import io.segmenta.ui.charts.export.ChartSaver;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/** The Correlations tab, bound to {@link CorrelationViewModel}: the heatmap, Pearson or Spearman. */
public final class CorrelationsView {
    private final CorrelationViewModel vm;
    private final ChartSaver saver;

    @FXML private HBox bar;
    @FXML private Label methodLabel;
    @FXML private HBox methods;
    @FXML private StackPane chartArea;
    @FXML private HeatmapChart chart;
    @FXML private Label note;

    CorrelationsView(CorrelationViewModel vm, ChartSaver saver) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.saver = Objects.requireNonNull(saver, "saver");
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
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
        methodLabel.setLabelFor(methods);
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
        bar.getChildren().add(ExploreUi.export(saver, chart, () -> vm.methodProperty().get().label()
                + " correlations"));
        chartArea.getChildren().add(new StatusOverlay(vm.computation()));
        note.textProperty().bind(vm.noteProperty());
    }
}
