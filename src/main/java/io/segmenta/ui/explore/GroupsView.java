package io.segmenta.ui.explore;

import io.segmenta.core.explore.TestFamily;
import io.segmenta.ui.charts.BoxPlotChart;
import io.segmenta.ui.charts.export.ChartSaver;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/** The Groups tab, bound to {@link GroupsViewModel}: box plots by group with the test result under the chart. */
public final class GroupsView {
    private final GroupsViewModel vm;
    private final ExploreViewModel explore;
    private final ChartSaver saver;

    @FXML private HBox bar;
    @FXML private Label columnLabel;
    @FXML private ComboBox<String> column;
    @FXML private Label byLabel;
    @FXML private ComboBox<GroupChoice> by;
    @FXML private Label testLabel;
    @FXML private ChoiceBox<TestFamily> family;
    @FXML private StackPane chartArea;
    @FXML private BoxPlotChart chart;
    @FXML private Label result;
    @FXML private Label meaning;

    GroupsView(GroupsViewModel vm, ExploreViewModel explore, ChartSaver saver) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.explore = Objects.requireNonNull(explore, "explore");
        this.saver = Objects.requireNonNull(saver, "saver");
    }

    @FXML
    private void initialize() {
        ExploreUi.showThrough(column, s -> s);
        columnLabel.setLabelFor(column);
        column.setItems(explore.numericColumns());
        column.valueProperty().bindBidirectional(vm.columnProperty());
        column.setId("groups-column");
        ExploreUi.showThrough(by, GroupChoice::label);
        byLabel.setLabelFor(by);
        by.setItems(explore.groupChoices());
        by.valueProperty().bindBidirectional(vm.groupByProperty());
        by.setId("groups-by");
        testLabel.setLabelFor(family);
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
        family.setTooltip(new Tooltip("Means: Welch's t-test for two groups, one-way ANOVA for "
                + "more.\nRanks: Mann-Whitney U for two groups, Kruskal-Wallis for more (robust to skew and outliers)."));
        family.setId("groups-family");

        chart.dataProperty().bind(vm.computation().valueProperty().map(d -> d.toChart()));
        Runnable title = () -> chart.setTitle(vm.columnProperty().get() == null || vm.groupByProperty().get() == null
                ? "" : vm.columnProperty().get() + " by " + vm.groupByProperty().get().label());
        vm.columnProperty().subscribe(c -> title.run());
        vm.groupByProperty().subscribe(c -> title.run());
        bar.getChildren().add(ExploreUi.export(saver, chart, () -> chart.titleProperty().get()));
        chartArea.getChildren().add(new StatusOverlay(vm.computation()));

        result.textProperty().bind(vm.resultLineProperty());
        result.setId("groups-result");
        meaning.textProperty().bind(vm.meaningProperty());
    }

    /** Short words for the test menu. */
    static String familyLabel(TestFamily f) {
        return f == TestFamily.MEANS ? "Compare means" : "Compare ranks";
    }
}
