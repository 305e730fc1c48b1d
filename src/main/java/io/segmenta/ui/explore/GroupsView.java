package io.segmenta.ui.explore;

import io.segmenta.core.explore.TestFamily;
import io.segmenta.ui.Converters;
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
        ExploreUi.pick(column, s -> s, explore.numericColumns(), vm.columnProperty(), "groups-column");
        columnLabel.setLabelFor(column);
        ExploreUi.pick(by, GroupChoice::label, explore.groupChoices(), vm.groupByProperty(), "groups-by");
        byLabel.setLabelFor(by);
        testLabel.setLabelFor(family);
        family.getItems().setAll(TestFamily.values());
        family.setConverter(Converters.shownAs(GroupsView::familyLabel));
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
