package io.segmenta.ui.explore;

import io.segmenta.ui.charts.export.ChartSaver;
import io.segmenta.ui.explore.chart.PairPlotChart;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/** The Pair plot tab, bound to {@link PairPlotViewModel}: a checklist of numeric columns, the scatter matrix. */
public final class PairPlotView {
    private final PairPlotViewModel vm;
    private final ChartSaver saver;

    @FXML private ListView<ColumnPick> list;
    @FXML private Label selection;
    @FXML private HBox bar;
    @FXML private Label colourLabel;
    @FXML private ComboBox<GroupChoice> colour;
    @FXML private StackPane chartArea;
    @FXML private PairPlotChart chart;
    @FXML private Label note;

    PairPlotView(PairPlotViewModel vm, ChartSaver saver) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.saver = Objects.requireNonNull(saver, "saver");
    }

    @FXML
    private void initialize() {
        list.setItems(vm.columns());
        list.setCellFactory(CheckBoxListCell.forListView(ColumnPick::selectedProperty));
        list.setPlaceholder(new Label("No numeric columns"));
        selection.textProperty().bind(vm.selectionTextProperty());

        ExploreUi.pick(colour, GroupChoice::label, vm.colourChoices(), vm.colourByProperty(), "pair-colour");
        colourLabel.setLabelFor(colour);

        chart.dataProperty().bind(vm.shownProperty());
        CheckBox jitter = new CheckBox("Jitter");
        jitter.setId("pair-jitter");
        jitter.selectedProperty().bindBidirectional(vm.jitterProperty());
        jitter.visibleProperty().bind(vm.jitterOfferedProperty());
        jitter.managedProperty().bind(jitter.visibleProperty());
        jitter.setTooltip(new Tooltip("Move each point of a column with few distinct values (ages, counts) by a small "
                + "random amount, so that customers stacked on one value show"));
        Runnable title = () -> chart.setTitle("Pair plot" + (vm.colourByProperty().get().groups()
                ? " coloured by " + vm.colourByProperty().get().label() : "")
                + (vm.jitterProperty().get() && vm.jitterOfferedProperty().get() ? " (jittered)" : ""));
        vm.colourByProperty().subscribe(c -> title.run());
        vm.jitterProperty().subscribe(c -> title.run());
        vm.jitterOfferedProperty().subscribe(c -> title.run());
        bar.getChildren().addAll(jitter, ExploreUi.export(saver, chart, () -> chart.titleProperty().get()));
        chartArea.getChildren().add(new StatusOverlay(vm.computation()));
        note.textProperty().bind(vm.noteProperty());
    }
}
