package io.segmenta.ui.profiles;

import io.segmenta.core.chart.SegmentPalette;
import io.segmenta.ui.Fxml;
import io.segmenta.ui.LazyTabs;
import io.segmenta.ui.charts.BoxPlotChart;
import io.segmenta.ui.charts.FeatureBarChart;
import io.segmenta.ui.charts.HeatmapChart;
import io.segmenta.ui.charts.SegmentRowsChart;
import io.segmenta.ui.charts.SegmentSizeChart;
import io.segmenta.ui.charts.export.ChartSaver;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Profiles step's view, bound to {@link ProfilesViewModel}: the profile table with editable
 * names and descriptions, and the profile charts (a column by segment as bars and as box plots, the
 * heat map of differences, the segment sizes), each exportable.
 */
public final class ProfilesView {
    private final ProfilesViewModel vm;
    private final Runnable showSegmentStep;
    private final ChartSaver charts;

    @FXML private VBox resultBox;
    @FXML private VBox emptyBox;
    @FXML private Label headingLabel;
    @FXML private Label hintLabel;
    @FXML private ProfileTable profileTable;
    @FXML private ChoiceBox<String> barColumn;
    @FXML private ChoiceBox<String> boxColumn;
    @FXML private FeatureBarChart barChart;
    @FXML private BoxPlotChart boxChart;
    @FXML private HeatmapChart heatmap;
    @FXML private SegmentSizeChart sizeChart;
    @FXML private StackPane barExportHolder;
    @FXML private StackPane boxExportHolder;
    @FXML private StackPane heatExportHolder;
    @FXML private StackPane sizeExportHolder;
    @FXML private StackPane driversExportHolder;
    @FXML private DriversChart driversChart;
    @FXML private Label rulesSummaryLabel;
    @FXML private VBox rulesBox;
    @FXML private VBox warningsBox;
    @FXML private TabPane chartTabs;
    @FXML private Label basisLabel;
    @FXML private javafx.scene.control.CheckBox imputedBox;
    /** Held here: bindings observe their sources weakly. */
    private ObjectBinding<List<String>> names;

    /**
     * @param showSegmentStep switches the window to the Segment step (the empty page's button)
     * @param charts          saves and copies charts
     */
    public ProfilesView(ProfilesViewModel vm, Runnable showSegmentStep, ChartSaver charts) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.showSegmentStep = Objects.requireNonNull(showSegmentStep, "showSegmentStep");
        this.charts = Objects.requireNonNull(charts, "charts");
    }

    @FXML
    private void goToSegment() {
        showSegmentStep.run();
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        resultBox.visibleProperty().bind(vm.resultProperty().isNotNull());
        emptyBox.visibleProperty().bind(vm.resultProperty().isNull());
        headingLabel.textProperty().bind(vm.headingProperty());
        hintLabel.setText(vm.hint());
        vm.profilesProperty().subscribe(this::showTable);
        vm.wholeProperty().subscribe(w -> showTable(vm.profilesProperty().get()));
        names = Bindings.createObjectBinding(() -> List.copyOf(vm.segmentNames()), vm.segmentNames());
        for (SegmentRowsChart chart : List.of(barChart, sizeChart)) {
            chart.profilesProperty().bind(vm.profilesProperty());
            chart.namesProperty().bind(names);
            chart.wholeProperty().bind(vm.wholeProperty());
        }
        barColumn.setItems(vm.chartColumns());
        boxColumn.setItems(vm.chartColumns());
        barColumn.valueProperty().bindBidirectional(vm.chartColumnProperty());
        boxColumn.valueProperty().bindBidirectional(vm.chartColumnProperty());
        barChart.columnProperty().bind(vm.chartColumnProperty());
        ProfileCharts.bind(boxChart, heatmap, vm.profilesProperty(), names, vm.wholeProperty(), vm.chartColumnProperty());
        addExport(barExportHolder, barChart, () -> vm.chartName(vm.chartColumnProperty().get() + " by segment"));
        addExport(boxExportHolder, boxChart, () -> vm.chartName(vm.chartColumnProperty().get() + " box plots"));
        addExport(heatExportHolder, heatmap, () -> vm.chartName("segment heat map"));
        addExport(sizeExportHolder, sizeChart, () -> vm.chartName("segment sizes"));
        basisLabel.textProperty().bind(vm.basisProperty());
        imputedBox.selectedProperty().bindBidirectional(vm.afterImputationProperty());
        imputedBox.visibleProperty().bind(vm.basisMattersProperty());
        imputedBox.setTooltip(new javafx.scene.control.Tooltip("Count missing cells with the value preparation filled"
                + " in, as the segmentation saw them"));
        driversChart.driversProperty().bind(vm.driversProperty());
        addExport(driversExportHolder, driversChart, () -> vm.chartName("drivers"));
        rulesSummaryLabel.textProperty().bind(vm.rulesSummaryProperty());
        vm.rules().addListener((ListChangeListener<ProfilesViewModel.RuleRow>) c -> showRules());
        vm.warnings().addListener((ListChangeListener<String>) c -> showWarnings());
        showRules();
        showWarnings();
        for (Tab tab : chartTabs.getTabs()) {
            LazyTabs.defer(tab);
        }
    }

    private void showRules() {
        rulesBox.getChildren().clear();
        for (ProfilesViewModel.RuleRow r : vm.rules()) {
            Region swatch = new Region();
            swatch.setMinSize(12, 12);
            swatch.setMaxSize(12, 12);
            swatch.setStyle("-fx-background-color: " + SegmentPalette.hex(r.segment()) + "; -fx-background-radius: 2;");
            Label name = new Label((r.segment() + 1) + ". " + r.name());
            name.getStyleClass().add("text-bold");
            name.setMinWidth(0);
            name.setTooltip(new javafx.scene.control.Tooltip(r.name()));
            Label tally = new Label(r.tally());
            tally.getStyleClass().addAll("text-muted", "text-small");
            tally.setMinWidth(Region.USE_PREF_SIZE);
            HBox head = new HBox(6, swatch, name, tally);
            head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            Label condition = new Label(r.condition());
            condition.setWrapText(true);
            condition.setMinHeight(Region.USE_PREF_SIZE);
            condition.setPadding(new javafx.geometry.Insets(0, 0, 0, 18));
            rulesBox.getChildren().add(new VBox(1, head, condition));
        }
    }

    private void showWarnings() {
        warningsBox.getChildren().clear();
        for (String w : vm.warnings()) {
            Label label = new Label(w, new FontIcon("mdi2a-alert-outline"));
            label.getStyleClass().addAll("warning", "result-warning");
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            warningsBox.getChildren().add(label);
        }
        warningsBox.setVisible(!vm.warnings().isEmpty());
        warningsBox.setManaged(!vm.warnings().isEmpty());
    }

    private void showTable(List<io.segmenta.core.profile.SegmentProfile> profiles) {
        // DBSCAN's noise customers are listed after the segments, as their own grey group
        var r = vm.resultProperty().get();
        List<io.segmenta.core.profile.SegmentProfile> rows = profiles;
        if (r != null && r.noiseSegment().isPresent() && profiles != null && !profiles.isEmpty()) {
            rows = new ArrayList<>(profiles);
            rows.add(r.noiseSegment().get());
        }
        profileTable.show(rows, vm.wholeProperty().get(), vm.segmentNames(), vm.descriptions(), vm::rename,
                vm::describe);
    }

    private void addExport(StackPane holder, Region chart, Supplier<String> name) {
        MenuButton button = charts.button(chart, name);
        button.setGraphic(new FontIcon("mdi2e-export-variant"));
        button.getStyleClass().add("small");
        button.setMinWidth(Region.USE_PREF_SIZE);
        holder.getChildren().setAll(button);
        charts.install(chart, name);
    }
}
