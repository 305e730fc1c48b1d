package io.segmenta.ui.segment;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SweepOutcome;
import io.segmenta.core.cluster.SweepPoint;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.prep.FeaturePreset;
import io.segmenta.ui.Formats;
import io.segmenta.ui.Fxml;
import io.segmenta.core.project.PcaResult;
import io.segmenta.ui.charts.KSweepChart;
import io.segmenta.ui.charts.RowSet;
import io.segmenta.ui.charts.Scatter3DView;
import io.segmenta.ui.charts.ScatterCanvas;
import io.segmenta.ui.charts.ScreeChart;
import io.segmenta.ui.charts.SegmentHeatmap;
import io.segmenta.ui.charts.SegmentLegend;
import io.segmenta.ui.charts.SegmentPalette;
import io.segmenta.ui.charts.SilhouettePlot;
import io.segmenta.ui.charts.export.ChartSaver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Segment step's view, bound to {@link SegmentViewModel}: the choices on the left; on the right
 * the k sweep (Choose k), the scatter with its selection table (Segments 2D), the 3D scatter, the
 * silhouette plot and the PCA. Every chart can be exported (PNG, SVG where it draws vectors, the
 * clipboard) from its Export button or its right-click menu.
 */
public final class SegmentView {
    private final SegmentViewModel vm;
    private final SegmentVisuals visuals;
    private final Supplier<Path> exportTarget;
    private final Function<String, Path> csvTarget;
    private final ChartSaver charts;

    @FXML private Label tableLabel;
    @FXML private ComboBox<FeaturePreset> presetBox;
    @FXML private ListView<FeatureChoice> featureList;
    @FXML private Label selectionLabel;
    @FXML private Spinner<Integer> kSpinner;
    @FXML private TextField seedField;
    @FXML private Label seedErrorLabel;
    @FXML private Button findKButton;
    @FXML private Button segmentButton;
    @FXML private Button exportButton;
    @FXML private TabPane tabs;
    @FXML private Tab sweepTab;
    @FXML private Tab segmentsTab;
    @FXML private Tab cloudTab;
    @FXML private Tab silhouetteTab;
    @FXML private Tab pcaTab;
    @FXML private VBox sweepPane;
    @FXML private VBox sweepEmpty;
    @FXML private KSweepChart elbowChart;
    @FXML private KSweepChart silhouetteChart;
    @FXML private Label recommendationLabel;
    @FXML private Label ruleLabel;
    @FXML private Label sweepNoteLabel;
    @FXML private SplitPane resultPane;
    @FXML private VBox segmentsEmpty;
    @FXML private ChoiceBox<String> xChoice;
    @FXML private ChoiceBox<String> yChoice;
    @FXML private Label summaryLabel;
    @FXML private ScatterCanvas scatter;
    @FXML private SegmentLegend legend;
    @FXML private ToggleButton panMode;
    @FXML private ToggleButton boxMode;
    @FXML private ToggleButton lassoMode;
    @FXML private StackPane scatterExportHolder;
    @FXML private Label selectionLabel2;
    @FXML private Button clearSelectionButton;
    @FXML private Button exportSelectionButton;
    @FXML private TableView<Integer> selectionTable;
    @FXML private VBox cloudPane;
    @FXML private VBox cloudEmpty;
    @FXML private ChoiceBox<String> x3Choice;
    @FXML private ChoiceBox<String> y3Choice;
    @FXML private ChoiceBox<String> z3Choice;
    @FXML private StackPane cloudExportHolder;
    @FXML private Label cloudNote;
    @FXML private Scatter3DView cloud;
    @FXML private SegmentLegend cloudLegend;
    @FXML private VBox silhouettePane;
    @FXML private VBox silhouetteEmpty;
    @FXML private Label silhouetteEmptyTitle;
    @FXML private Button selectNegativeButton;
    @FXML private Label silhouetteSelection;
    @FXML private StackPane silhouetteExportHolder;
    @FXML private SilhouettePlot silhouettePlot;
    @FXML private SplitPane pcaPane;
    @FXML private VBox pcaEmpty;
    @FXML private Label pcaSummary;
    @FXML private StackPane screeExportHolder;
    @FXML private ScreeChart scree;
    @FXML private TableView<Integer> loadingsTable;

    private boolean applyingPreset;
    /** Held here: bindings observe their sources weakly. */
    private javafx.beans.binding.ObjectBinding<List<String>> legendLabels;

    /**
     * @param exportTarget asks the user where to write the segmented CSV (null = cancelled)
     * @param csvTarget    asks where to write another CSV, given a suggested file name (null = cancelled)
     * @param charts       saves and copies charts
     */
    public SegmentView(SegmentViewModel vm, Supplier<Path> exportTarget, Function<String, Path> csvTarget,
                       ChartSaver charts) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.visuals = vm.visuals();
        this.exportTarget = Objects.requireNonNull(exportTarget, "exportTarget");
        this.csvTarget = Objects.requireNonNull(csvTarget, "csvTarget");
        this.charts = Objects.requireNonNull(charts, "charts");
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        bindChoices();
        bindSweep();
        bindResult();
        bindCloud();
        bindSilhouette();
        bindPca();
        bindExports();
    }

    private void bindChoices() {
        featureList.setItems(vm.features());
        featureList.setCellFactory(CheckBoxListCell.forListView(FeatureChoice::selectedProperty));
        featureList.setPlaceholder(new Label("No feature columns"));
        selectionLabel.textProperty().bind(vm.selectionTextProperty());

        presetBox.setItems(vm.presets());
        presetBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(FeaturePreset p) {
                return p == null ? "" : p.label();
            }

            @Override
            public FeaturePreset fromString(String s) {
                return vm.presets().stream().filter(p -> p.label().equals(s)).findFirst().orElse(null);
            }
        });
        presetBox.setOnAction(e -> {
            FeaturePreset p = presetBox.getValue();
            if (p != null && !applyingPreset) {
                vm.applyPreset(p);
            }
        });
        vm.matchingPresetProperty().subscribe(p -> {
            applyingPreset = true;
            presetBox.setValue(p);
            applyingPreset = false;
        });
        presetBox.disableProperty().bind(Bindings.isEmpty(vm.presets()));

        SpinnerValueFactory.IntegerSpinnerValueFactory kValues = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                SegmentViewModel.K_MIN, SegmentViewModel.K_MAX, vm.kProperty().get());
        kSpinner.setValueFactory(kValues);
        kValues.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.kProperty().set(b);
            }
        });
        vm.kProperty().subscribe(v -> kValues.setValue(v.intValue()));
        // a typed k is committed when the field loses focus, not only on Enter
        kSpinner.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitSpinnerText();
            }
        });

        seedField.textProperty().bindBidirectional(vm.seedTextProperty());
        seedErrorLabel.textProperty().bind(vm.seedErrorProperty());
        seedErrorLabel.visibleProperty().bind(vm.seedErrorProperty().isNotNull());
        seedErrorLabel.managedProperty().bind(seedErrorLabel.visibleProperty());
        vm.seedErrorProperty().subscribe(err -> {
            if (err == null) {
                seedField.getStyleClass().remove("invalid");
            } else if (!seedField.getStyleClass().contains("invalid")) {
                seedField.getStyleClass().add("invalid");
            }
        });

        exportButton.disableProperty().bind(vm.canExportBinding().not());
    }

    private void commitSpinnerText() {
        String text = kSpinner.getEditor().getText();
        try {
            int v = Integer.parseInt(text.trim());
            kSpinner.getValueFactory().setValue(Math.max(SegmentViewModel.K_MIN, Math.min(SegmentViewModel.K_MAX, v)));
        } catch (NumberFormatException e) {
            kSpinner.getEditor().setText(Integer.toString(kSpinner.getValue()));
        }
    }

    private void bindSweep() {
        sweepPane.visibleProperty().bind(vm.sweepProperty().isNotNull());
        sweepEmpty.visibleProperty().bind(vm.sweepProperty().isNull());
        vm.sweepProperty().subscribe(this::showSweep);
    }

    private void showSweep(SweepOutcome outcome) {
        if (outcome == null) {
            elbowChart.clear();
            silhouetteChart.clear();
            recommendationLabel.setText("");
            ruleLabel.setText("");
            sweepNoteLabel.setText("");
            return;
        }
        SweepResult r = outcome.result();
        List<SweepPoint> points = r.points();
        int[] ks = points.stream().mapToInt(SweepPoint::k).toArray();
        double[] wcss = points.stream().mapToDouble(SweepPoint::wcss).toArray();
        double[] sil = points.stream().mapToDouble(SweepPoint::silhouette).toArray();
        elbowChart.show(ks, wcss, r.recommendedK(), r.kneeK(), i -> "k = " + ks[i] + ": WCSS " + Formats.wcss(wcss[i])
                + (ks[i] == r.kneeK() ? " (elbow)" : ""));
        silhouetteChart.show(ks, sil, r.recommendedK(), i -> "k = " + ks[i] + ": silhouette " + Formats.score(sil[i]));
        recommendationLabel.setText("Recommended: k = " + r.recommendedK());
        ruleLabel.setText(r.rule());
        sweepNoteLabel.setText("Features: " + String.join(", ", outcome.features().featureNames()) + " · "
                + Formats.plural(outcome.features().rows(), "customer", "customers")
                + (r.silhouetteSampled() ? " · silhouette estimated on a sample of "
                + Formats.count(r.silhouetteSampleSize()) + " customers" : " · silhouette exact")
                + ". k was set to " + r.recommendedK() + "; change it on the left if you prefer another."
                + (r.kneeK() != r.recommendedK() ? " Orange ring: recommended k; grey ring: the elbow." : ""));
        tabs.getSelectionModel().select(sweepTab);
    }

    private void bindResult() {
        resultPane.visibleProperty().bind(vm.resultProperty().isNotNull());
        segmentsEmpty.visibleProperty().bind(vm.resultProperty().isNull());
        xChoice.setItems(visuals.axisChoices());
        yChoice.setItems(visuals.axisChoices());
        xChoice.valueProperty().bindBidirectional(visuals.xAxisProperty());
        yChoice.valueProperty().bindBidirectional(visuals.yAxisProperty());
        summaryLabel.textProperty().bind(vm.summaryProperty());
        scatter.dataProperty().bind(visuals.scatterProperty());
        scatter.emptyTextProperty().set("Choose two numeric columns or components for the axes.");
        scatter.selectionProperty().bindBidirectional(visuals.selectionProperty());
        scatter.hiddenSegmentsProperty().bind(visuals.hiddenSegmentsProperty());
        scatter.setRowDescriber(visuals::describe);
        legend.hiddenSegmentsProperty().bindBidirectional(visuals.hiddenSegmentsProperty());
        legendLabels = vm.legendBinding();
        legendLabels.subscribe(legend::setEntries);

        ToggleGroup modes = new ToggleGroup();
        panMode.setToggleGroup(modes);
        boxMode.setToggleGroup(modes);
        lassoMode.setToggleGroup(modes);
        panMode.setUserData(ScatterCanvas.Mode.PAN);
        boxMode.setUserData(ScatterCanvas.Mode.BOX);
        lassoMode.setUserData(ScatterCanvas.Mode.LASSO);
        panMode.setTooltip(new Tooltip("Drag to pan (Shift-drag selects a box). Wheel zooms, double click resets."));
        boxMode.setTooltip(new Tooltip("Drag a box to select customers (Shift adds to the selection)"));
        lassoMode.setTooltip(new Tooltip("Draw around customers to select them (Shift adds to the selection)"));
        modes.selectToggle(panMode);
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                modes.selectToggle(was);
            } else {
                scatter.modeProperty().set((ScatterCanvas.Mode) now.getUserData());
            }
        });

        selectionTable.setItems(visuals.selectedRows());
        Label none = new Label("Click a customer, drag a box or draw a lasso in a chart to list customers here.");
        none.getStyleClass().addAll("text-muted", "text-small");
        selectionTable.setPlaceholder(none);
        selectionLabel2.textProperty().bind(visuals.selectionTextProperty());
        exportSelectionButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(visuals.selectedRows()));
        clearSelectionButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(visuals.selectedRows()));
        vm.segmentNames().addListener((javafx.collections.ListChangeListener<String>) c -> selectionTable.refresh());
        vm.resultProperty().subscribe(r -> {
            buildSelectionColumns(r);
            if (r != null) {
                tabs.getSelectionModel().select(segmentsTab);
            }
        });
    }

    /** Row, segment, segment name, then every column of the table. */
    private void buildSelectionColumns(SegmentationResult r) {
        selectionTable.getColumns().clear();
        if (r == null) {
            return;
        }
        TableColumn<Integer, Number> row = new TableColumn<>("Row");
        row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() + 1));
        row.setPrefWidth(64);
        row.getStyleClass().add("numeric");
        TableColumn<Integer, Number> segment = new TableColumn<>("Segment");
        segment.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(visuals.segmentOf(c.getValue()) + 1));
        segment.setCellFactory(c -> new SwatchCell());
        segment.setPrefWidth(90);
        TableColumn<Integer, String> name = new TableColumn<>("Segment name");
        name.setCellValueFactory(c -> {
            int s = visuals.segmentOf(c.getValue());
            return new ReadOnlyStringWrapper(s >= 0 && s < vm.segmentNames().size() ? vm.segmentNames().get(s) : "");
        });
        name.setPrefWidth(220);
        selectionTable.getColumns().addAll(List.of(row, segment, name));
        List<String> columns = visuals.columnNames();
        for (int j = 0; j < columns.size(); j++) {
            int col = j;
            TableColumn<Integer, String> c = new TableColumn<>(columns.get(j));
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(visuals.cell(cell.getValue(), col)));
            c.setPrefWidth(Math.max(90, 9 * columns.get(j).length() + 24));
            if (visuals.isNumeric(col)) {
                c.getStyleClass().add("numeric");
            }
            selectionTable.getColumns().add(c);
        }
        selectionTable.getColumns().forEach(c -> c.setSortable(false));
    }

    /** The segment number with its palette colour. */
    private static final class SwatchCell extends TableCell<Integer, Number> {
        @Override
        protected void updateItem(Number n, boolean empty) {
            super.updateItem(n, empty);
            if (empty || n == null || n.intValue() <= 0) {
                setText(empty ? null : "–");
                setGraphic(null);
                return;
            }
            Circle swatch = new Circle(6, SegmentPalette.color(n.intValue() - 1));
            swatch.getStyleClass().add("segment-swatch");
            setGraphic(swatch);
            setGraphicTextGap(8);
            setText(Integer.toString(n.intValue()));
        }
    }

    private void bindCloud() {
        cloudPane.visibleProperty().bind(vm.resultProperty().isNotNull());
        cloudEmpty.visibleProperty().bind(vm.resultProperty().isNull());
        x3Choice.setItems(visuals.axisChoices());
        y3Choice.setItems(visuals.axisChoices());
        z3Choice.setItems(visuals.axisChoices());
        x3Choice.valueProperty().bindBidirectional(visuals.axis3XProperty());
        y3Choice.valueProperty().bindBidirectional(visuals.axis3YProperty());
        z3Choice.valueProperty().bindBidirectional(visuals.axis3ZProperty());
        cloud.dataProperty().bind(visuals.cloudProperty());
        cloud.selectionProperty().bindBidirectional(visuals.selectionProperty());
        cloud.hiddenSegmentsProperty().bind(visuals.hiddenSegmentsProperty());
        cloud.setRowDescriber(visuals::describe);
        cloudLegend.hiddenSegmentsProperty().bindBidirectional(visuals.hiddenSegmentsProperty());
        legendLabels.subscribe(cloudLegend::setEntries);
        String hint = cloud.is3d()
                ? "Drag to rotate, right-drag or Shift-drag to pan, wheel to zoom, double click to reset. Point at a "
                + "customer to see it; click to select it."
                : "";
        cloudNote.textProperty().bind(cloud.noteProperty().map(n -> n.isEmpty() ? hint : n + ". " + hint));
        cloudNote.visibleProperty().bind(cloudNote.textProperty().isNotEmpty());
        cloudNote.managedProperty().bind(cloudNote.visibleProperty());
    }

    private void bindSilhouette() {
        silhouettePane.visibleProperty().bind(visuals.silhouetteProperty().isNotNull());
        silhouetteEmpty.visibleProperty().bind(visuals.silhouetteProperty().isNull());
        silhouettePlot.dataProperty().bind(visuals.silhouetteProperty());
        silhouettePlot.namesProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> List.copyOf(vm.segmentNames()), vm.segmentNames()));
        silhouettePlot.selectionProperty().bindBidirectional(visuals.selectionProperty());
        silhouetteSelection.textProperty().bind(visuals.selectionTextProperty());
        silhouetteEmptyTitle.textProperty().bind(javafx.beans.binding.Bindings.when(vm.resultProperty().isNull())
                .then("No segments yet").otherwise("Computing each customer's silhouette…"));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == silhouetteTab) {
                visuals.loadSilhouettes();
            }
        });
        vm.resultProperty().addListener((o, was, now) -> {
            if (now != null && tabs.getSelectionModel().getSelectedItem() == silhouetteTab) {
                visuals.loadSilhouettes();
            }
        });
    }

    @FXML
    private void selectNegative() {
        silhouettePlot.selectNegative();
    }

    private void bindPca() {
        pcaPane.visibleProperty().bind(visuals.pcaProperty().isNotNull());
        pcaEmpty.visibleProperty().bind(visuals.pcaProperty().isNull());
        scree.pcaProperty().bind(visuals.pcaProperty());
        loadingsTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        visuals.pcaProperty().subscribe(this::showLoadings);
    }

    private void showLoadings(PcaResult pca) {
        loadingsTable.getColumns().clear();
        if (pca == null) {
            loadingsTable.getItems().clear();
            pcaSummary.setText("");
            return;
        }
        int d = pca.dimensions();
        double[] cum = pca.cumulativeRatio();
        pcaSummary.setText(d == 1 ? "One feature: one component." : String.format(Locale.ROOT,
                "%d prepared features. PC1 explains %.1f%% of the variance%s.", d,
                100 * pca.explainedVarianceRatio()[0], d >= 2 ? String.format(Locale.ROOT,
                        ", PC1 and PC2 together %.1f%%%s", 100 * cum[1], d >= 3 ? String.format(Locale.ROOT,
                                ", the first three %.1f%%", 100 * cum[2]) : "") : ""));
        TableColumn<Integer, String> feature = new TableColumn<>("Feature");
        feature.setCellValueFactory(c -> new ReadOnlyStringWrapper(pca.featureNames().get(c.getValue())));
        feature.setPrefWidth(180);
        feature.setSortable(false);
        loadingsTable.getColumns().add(feature);
        for (int c = 0; c < d; c++) {
            int comp = c;
            TableColumn<Integer, Number> col = new TableColumn<>(PcaResult.componentName(c));
            col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(pca.loading(comp, cell.getValue())));
            col.setCellFactory(x -> new LoadingCell());
            col.setPrefWidth(70);
            col.setSortable(false);
            col.getStyleClass().add("numeric");
            loadingsTable.getColumns().add(col);
        }
        List<Integer> rows = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            rows.add(j);
        }
        loadingsTable.getItems().setAll(rows);
    }

    /** A loading, coloured by sign and strength like the profile heat map. */
    private static final class LoadingCell extends TableCell<Integer, Number> {
        @Override
        protected void updateItem(Number v, boolean empty) {
            super.updateItem(v, empty);
            if (empty || v == null) {
                setText(null);
                setStyle(null);
                return;
            }
            double w = v.doubleValue();
            setText(String.format(Locale.ROOT, "%.3f", w));
            Color c = SegmentHeatmap.colour(2 * w);
            setStyle(String.format(Locale.ROOT, "-fx-background-color: rgb(%d,%d,%d);%s",
                    Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255),
                    Math.abs(w) >= 0.65 ? " -fx-text-fill: white; -fx-font-weight: bold;" : ""));
        }
    }

    private void bindExports() {
        addExport(scatterExportHolder, scatter, () -> chartName("scatter " + visuals.xAxisProperty().get() + " vs "
                + visuals.yAxisProperty().get()));
        addExport(cloudExportHolder, cloud, () -> chartName("3D scatter"));
        addExport(silhouetteExportHolder, silhouettePlot, () -> chartName("silhouettes"));
        addExport(screeExportHolder, scree, () -> chartName("PCA scree"));
        charts.install(elbowChart, () -> chartName("elbow"));
        charts.install(silhouetteChart, () -> chartName("silhouette by k"));
    }

    private void addExport(StackPane holder, Region chart, Supplier<String> name) {
        MenuButton button = charts.button(chart, name);
        button.setGraphic(new FontIcon("mdi2e-export-variant"));
        button.getStyleClass().add("small");
        button.setMinWidth(Region.USE_PREF_SIZE);
        holder.getChildren().setAll(button);
        charts.install(chart, name);
    }

    private String chartName(String chart) {
        var d = vm.resultData();
        String base = d == null ? "segments" : d.name().replaceFirst("(?i)\\.(csv|tsv|txt)$", "");
        return base + " " + chart;
    }

    @FXML
    private void resetView() {
        scatter.resetView();
    }

    @FXML
    private void resetCloud() {
        cloud.resetView();
    }

    @FXML
    private void clearSelection() {
        visuals.selectionProperty().set(RowSet.EMPTY);
    }

    @FXML
    private void exportSelection() {
        Path target = csvTarget.apply(visuals.suggestedSelectionName());
        if (target != null) {
            visuals.exportSelection(target);
        }
    }

    /** Shows a tab by its title ("Choose k", "Segments 2D", "3D", "Silhouette", "PCA"). */
    public void showTab(String title) {
        tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Shows the Choose k tab (used when Find k is started from the toolbar). */
    public void showSweepTab() {
        tabs.getSelectionModel().select(sweepTab);
    }

    @FXML
    private void findK() {
        commitSpinnerText();
        vm.findK();
    }

    @FXML
    private void segment() {
        commitSpinnerText();
        vm.segment();
    }

    @FXML
    private void export() {
        Path target = exportTarget.get();
        if (target != null) {
            vm.export(target);
        }
    }

    /** Binds the table label (which table is open); called by the main view. */
    public void tableText(javafx.beans.value.ObservableValue<String> text) {
        tableLabel.textProperty().bind(text);
    }

    /** Disables the run buttons while work runs. */
    public void busy(javafx.beans.value.ObservableValue<Boolean> running) {
        findKButton.disableProperty().bind(running);
        segmentButton.disableProperty().bind(running);
    }
}
