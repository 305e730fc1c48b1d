package io.segmenta.ui.explore;

import io.segmenta.core.explore.TestFamily;
import io.segmenta.ui.charts.BoxPlotChart;
import io.segmenta.ui.charts.export.ChartSaver;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Groups tab: box plots by group with the test result under the chart. */
final class GroupsPane extends VBox {
    private final BoxPlotChart chart = new BoxPlotChart();
    private final Label result = new Label();

    GroupsPane(GroupsViewModel vm, ExploreViewModel explore, ChartSaver saver) {
        super(8);
        getStyleClass().addAll("explore-pane", "groups-pane");
        setPadding(ExploreUi.padding());

        ComboBox<String> column = ExploreUi.combo(s -> s, 230);
        column.setItems(explore.numericColumns());
        column.valueProperty().bindBidirectional(vm.columnProperty());
        column.setId("groups-column");
        ComboBox<GroupChoice> by = ExploreUi.combo(GroupChoice::label, 160);
        by.setItems(explore.groupChoices());
        by.valueProperty().bindBidirectional(vm.groupByProperty());
        by.setId("groups-by");
        ChoiceBox<TestFamily> family = new ChoiceBox<>();
        family.getItems().setAll(TestFamily.values());
        family.setConverter(new StringConverter<>() {
            @Override
            public String toString(TestFamily f) {
                return f == null ? "" : familyLabel(f);
            }

            @Override
            public TestFamily fromString(String s) {
                return null;
            }
        });
        family.valueProperty().bindBidirectional(vm.familyProperty());
        family.setTooltip(new javafx.scene.control.Tooltip("Means: Welch's t-test for two groups, one-way ANOVA for "
                + "more.\nRanks: Mann-Whitney U for two groups, Kruskal-Wallis for more (robust to skew and outliers)."));
        family.setId("groups-family");

        chart.dataProperty().bind(vm.computation().valueProperty().map(d -> d.toChart()));
        Runnable title = () -> chart.setTitle(vm.columnProperty().get() == null || vm.groupByProperty().get() == null
                ? "" : vm.columnProperty().get() + " by " + vm.groupByProperty().get().label());
        vm.columnProperty().subscribe(c -> title.run());
        vm.groupByProperty().subscribe(c -> title.run());
        HBox bar = ExploreUi.controlBar(ExploreUi.export(saver, chart, () -> chart.titleProperty().get()),
                ExploreUi.labeled("Value", column), ExploreUi.labeled("Groups", by), ExploreUi.labeled("Test", family));

        result.getStyleClass().add("result-line");
        result.setWrapText(true);
        result.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        result.textProperty().bind(vm.resultLineProperty());
        result.setId("groups-result");
        Label meaning = ExploreUi.note();
        meaning.textProperty().bind(vm.meaningProperty());
        Label legend = ExploreUi.note();
        legend.setText("Box: quartiles with the median as a bold line · whiskers: the most extreme values within "
                + "1.5 IQR · circles beyond: outliers · white dot: mean.");
        getChildren().addAll(bar, ExploreUi.chartArea(chart, vm.computation()), result, meaning, legend);
    }

    /** Short words for the test menu. */
    static String familyLabel(TestFamily f) {
        return f == TestFamily.MEANS ? "Compare means" : "Compare ranks";
    }

    BoxPlotChart chart() {
        return chart;
    }
}
