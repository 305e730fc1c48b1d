package io.segmenta.ui.explore;

import io.segmenta.ui.Fxml;
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

/** The Explore step's view: six tabs bound to {@link ExploreViewModel}, and a hint while no table is open. */
public final class ExploreView {
    private final ExploreViewModel vm;
    private final TaskRunner runner;
    private final ChartSaver saver;
    private final Function<String, Path> csvTarget;
    private final Map<ExploreTab, Tab> tabOf = new EnumMap<>(ExploreTab.class);

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
        this.runner = Objects.requireNonNull(runner, "runner");
        this.saver = Objects.requireNonNull(saver, "saver");
        this.csvTarget = Objects.requireNonNull(csvTarget, "csvTarget");
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        summaryTab.setContent(new SummaryPane(vm.summary(), vm.computation(ExploreTab.SUMMARY), csvTarget));
        distributionsTab.setContent(new DistributionsPane(vm.distributions(), vm, saver));
        correlationsTab.setContent(new CorrelationsPane(vm.correlations(), saver));
        pairPlotTab.setContent(new PairPlotPane(vm.pairPlot(), saver));
        groupsTab.setContent(new GroupsPane(vm.groups(), vm, saver));
        hypothesesTab.setContent(new HypothesesPane(vm.hypotheses(), vm, runner));
        tabOf.put(ExploreTab.SUMMARY, summaryTab);
        tabOf.put(ExploreTab.DISTRIBUTIONS, distributionsTab);
        tabOf.put(ExploreTab.CORRELATIONS, correlationsTab);
        tabOf.put(ExploreTab.PAIR_PLOT, pairPlotTab);
        tabOf.put(ExploreTab.GROUPS, groupsTab);
        tabOf.put(ExploreTab.HYPOTHESES, hypothesesTab);
        tabOf.forEach((t, tab) -> tab.setUserData(t));
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
