package io.segmenta.ui.explore;

import io.segmenta.ui.Fxml;
import io.segmenta.ui.LazyTabs;
import io.segmenta.ui.charts.export.ChartSaver;
import io.segmenta.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;

/**
 * The Explore step's view: {@code ExploreView.fxml} has one tab per FXML view ({@link SummaryView},
 * {@link DistributionsView}, {@link CorrelationsView}, {@link PairPlotView}, {@link GroupsView},
 * {@link HypothesesView}), each bound to its view-model of {@link ExploreViewModel} and loaded when its tab
 * first shows ({@link LazyTabs}), and shows a hint while no table is open. This controller keeps the tab on
 * show and the view-model's tab in step.
 */
public final class ExploreView {
    private final ExploreViewModel vm;
    private final Map<ExploreTab, Tab> tabOf = new EnumMap<>(ExploreTab.class);
    /** The controllers of the tabs' FXML views, in the order of {@link ExploreTab}. */
    private final Object[] tabViews;

    @FXML private TabPane tabs;
    @FXML private Tab summaryTab;
    @FXML private Tab distributionsTab;
    @FXML private Tab correlationsTab;
    @FXML private Tab pairPlotTab;
    @FXML private Tab groupsTab;
    @FXML private Tab hypothesesTab;
    @FXML private VBox noTable;

    /**
     * @param saver     the chart export actions (PNG, SVG, clipboard)
     * @param csvTarget asks where to save a CSV file, given a suggested name (null = cancelled)
     */
    public ExploreView(ExploreViewModel vm, TaskRunner runner, ChartSaver saver, Function<String, Path> csvTarget) {
        this.vm = Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(saver, "saver");
        Objects.requireNonNull(csvTarget, "csvTarget");
        this.tabViews = new Object[] {
                new SummaryView(vm.summary(), vm.computation(ExploreTab.SUMMARY), csvTarget),
                new DistributionsView(vm.distributions(), vm, saver),
                new CorrelationsView(vm.correlations(), saver),
                new PairPlotView(vm.pairPlot(), saver),
                new GroupsView(vm.groups(), vm, saver),
                new HypothesesView(vm.hypotheses(), vm, runner)};
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        tabOf.put(ExploreTab.SUMMARY, summaryTab);
        tabOf.put(ExploreTab.DISTRIBUTIONS, distributionsTab);
        tabOf.put(ExploreTab.CORRELATIONS, correlationsTab);
        tabOf.put(ExploreTab.PAIR_PLOT, pairPlotTab);
        tabOf.put(ExploreTab.GROUPS, groupsTab);
        tabOf.put(ExploreTab.HYPOTHESES, hypothesesTab);
        tabOf.forEach((t, tab) -> {
            tab.setUserData(t);
            LazyTabs.load(tab, tabViews[t.ordinal()]);
        });
        vm.tabProperty().subscribe(t -> tabs.getSelectionModel().select(tabOf.get(t)));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.tabProperty().set((ExploreTab) now.getUserData());
            }
        });
        tabs.visibleProperty().bind(vm.datasetProperty().isNotNull());
        noTable.visibleProperty().bind(vm.datasetProperty().isNull());
    }
}
