package io.segmenta.ui.explore;

import io.segmenta.ui.charts.export.ChartSaver;
import io.segmenta.ui.explore.chart.PairPlotChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Pair plot tab: a checklist of numeric columns on the left, the scatter matrix on the right. */
final class PairPlotPane extends HBox {
    private final PairPlotChart chart = new PairPlotChart();

    PairPlotPane(PairPlotViewModel vm, ChartSaver saver) {
        super(14);
        getStyleClass().addAll("explore-pane", "pair-plot-pane");
        setPadding(ExploreUi.padding());

        Label heading = new Label("Columns");
        heading.getStyleClass().add("section-label");
        ListView<ColumnPick> list = new ListView<>(vm.columns());
        list.setCellFactory(CheckBoxListCell.forListView(ColumnPick::selectedProperty));
        list.getStyleClass().add("pair-columns");
        list.setPrefWidth(250);
        list.setPlaceholder(new Label("No numeric columns"));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label selection = ExploreUi.note();
        selection.textProperty().bind(vm.selectionTextProperty());
        VBox side = new VBox(6, heading, list, selection);
        side.setMinWidth(220);
        side.setPrefWidth(250);
        side.setMaxWidth(250);

        ComboBox<GroupChoice> colour = ExploreUi.combo(GroupChoice::label, 150);
        colour.setItems(vm.colourChoices());
        colour.valueProperty().bindBidirectional(vm.colourByProperty());
        colour.setId("pair-colour");

        chart.dataProperty().bind(vm.computation().valueProperty());
        Runnable title = () -> chart.setTitle("Pair plot" + (vm.colourByProperty().get().groups()
                ? " coloured by " + vm.colourByProperty().get().label() : ""));
        vm.colourByProperty().subscribe(c -> title.run());
        HBox bar = ExploreUi.controlBar(ExploreUi.export(saver, chart, () -> chart.titleProperty().get()),
                ExploreUi.labeled("Colour by", colour));
        Label note = ExploreUi.note();
        note.textProperty().bind(vm.noteProperty());
        VBox main = new VBox(8, bar, ExploreUi.chartArea(chart, vm.computation()), note);
        HBox.setHgrow(main, Priority.ALWAYS);
        getChildren().addAll(side, main);
    }

    PairPlotChart chart() {
        return chart;
    }
}
