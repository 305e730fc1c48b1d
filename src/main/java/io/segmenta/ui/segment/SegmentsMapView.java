package io.segmenta.ui.segment;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.chart.SegmentPalette;
import io.segmenta.ui.charts.FxColors;
import io.segmenta.ui.charts.RowSet;
import io.segmenta.ui.charts.ScatterCanvas;
import io.segmenta.ui.charts.SegmentLegend;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The Segments 2D tab, bound to {@link SegmentViewModel} and its {@link SegmentVisuals}: the scatter
 * coloured by segment, its legend and the table of the customers selected in any chart.
 */
public final class SegmentsMapView {
    private final SegmentViewModel vm;
    private final SegmentVisuals visuals;
    private final Function<String, Path> csvTarget;
    private final ChartExports exports;

    @FXML private SplitPane resultPane;
    @FXML private VBox segmentsEmpty;
    @FXML private ChoiceBox<String> xChoice;
    @FXML private ChoiceBox<String> yChoice;
    @FXML private CheckBox jitterBox;
    @FXML private Label summaryLabel;
    @FXML private ScatterCanvas scatter;
    @FXML private SegmentLegend legend;
    @FXML private VBox sideLegend;
    @FXML private HBox bottomLegend;
    @FXML private Label noiseLegend;
    @FXML private ToggleButton panMode;
    @FXML private ToggleButton boxMode;
    @FXML private ToggleButton lassoMode;
    @FXML private StackPane scatterExportHolder;
    @FXML private Label selectionLabel2;
    @FXML private Button clearSelectionButton;
    @FXML private Button exportSelectionButton;
    @FXML private TableView<Integer> selectionTable;

    /** Held here: bindings observe their sources weakly. */
    private ObjectBinding<List<String>> legendLabels;
    /** More segments than this put the legend beside the scatter. */
    static final int SIDE_LEGEND_FROM = 6;

    /** @param csvTarget asks where to write a CSV, given a suggested file name (null = cancelled) */
    SegmentsMapView(SegmentViewModel vm, Function<String, Path> csvTarget, ChartExports exports) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.visuals = vm.visuals();
        this.csvTarget = Objects.requireNonNull(csvTarget, "csvTarget");
        this.exports = Objects.requireNonNull(exports, "exports");
    }

    @FXML
    private void initialize() {
        bindResult();
        exports.addExport(scatterExportHolder, scatter, () -> "scatter " + visuals.xAxisProperty().get() + " vs "
                + visuals.yAxisProperty().get());
    }

    /**
     * The legend under the scatter in rows, or, with more than {@value #SIDE_LEGEND_FROM} segments, in one
     * column beside it (long names shortened, whole on hover), so that ten segments do not take the
     * scatter's height.
     */
    private void placeLegend(boolean beside) {
        if (beside == (legend.getParent() == sideLegend)) {
            return;
        }
        (beside ? bottomLegend : sideLegend).getChildren().removeAll(legend, noiseLegend);
        if (beside) {
            sideLegend.getChildren().setAll(legend, noiseLegend);
            bottomLegend.getChildren().clear();
        } else {
            bottomLegend.getChildren().setAll(legend, noiseLegend);
        }
        legend.setColumn(beside);
        sideLegend.setManaged(beside);
        sideLegend.setVisible(beside);
        bottomLegend.setManaged(!beside);
        bottomLegend.setVisible(!beside);
    }

    /** The grey "Noise" entry beside a legend, shown while the result has DBSCAN noise. */
    static void bindNoiseLegend(Label l, SegmentViewModel vm) {
        l.textProperty().bind(vm.noiseLegendProperty());
        Circle swatch = new Circle(6, FxColors.fx(SegmentPalette.UNSEGMENTED));
        swatch.getStyleClass().add("segment-swatch");
        l.setGraphic(swatch);
        l.setGraphicTextGap(6);
        l.setTooltip(new Tooltip("DBSCAN's noise: customers in no dense group, drawn in grey"));
        Visibility.show(l, vm.noiseLegendProperty().isNotEmpty());
    }

    private void bindResult() {
        resultPane.visibleProperty().bind(vm.resultProperty().isNotNull());
        segmentsEmpty.visibleProperty().bind(vm.resultProperty().isNull());
        xChoice.setItems(visuals.axisChoices());
        yChoice.setItems(visuals.axisChoices());
        xChoice.valueProperty().bindBidirectional(visuals.xAxisProperty());
        yChoice.valueProperty().bindBidirectional(visuals.yAxisProperty());
        jitterBox.selectedProperty().bindBidirectional(visuals.jitterProperty());
        jitterBox.setTooltip(new Tooltip("Spread the points of an axis with few distinct values (ages, scores, "
                + "counts) a little, at random but the same every time, so customers on the same value do not hide "
                + "one another. Only the drawing moves: hover shows the true values and the axis says \"jittered\"."));
        Visibility.show(jitterBox, visuals.jitterOfferedProperty());
        summaryLabel.textProperty().bind(vm.summaryProperty());
        scatter.dataProperty().bind(visuals.scatterProperty());
        scatter.emptyTextProperty().set("Choose two numeric columns or components for the axes.");
        scatter.selectionProperty().bindBidirectional(visuals.selectionProperty());
        scatter.hiddenSegmentsProperty().bind(visuals.hiddenSegmentsProperty());
        scatter.setRowDescriber(visuals::describe);
        legend.hiddenSegmentsProperty().bindBidirectional(visuals.hiddenSegmentsProperty());
        legendLabels = SegmentLegend.labels(vm.segmentNames());
        legendLabels.subscribe(labels -> {
            legend.setEntries(labels);
            placeLegend(labels.size() > SIDE_LEGEND_FROM);
        });
        bindNoiseLegend(noiseLegend, vm);

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
        exportSelectionButton.disableProperty().bind(Bindings.isEmpty(visuals.selectedRows()));
        clearSelectionButton.disableProperty().bind(Bindings.isEmpty(visuals.selectedRows()));
        vm.segmentNames().addListener((ListChangeListener<String>) c -> selectionTable.refresh());
        vm.resultProperty().subscribe(this::buildSelectionColumns);
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
            return new ReadOnlyStringWrapper(s >= 0 && s < vm.segmentNames().size() ? vm.segmentNames().get(s)
                    : s == SegmentationResult.NOISE ? SegmentationResult.NOISE_NAME : "");
        });
        name.setPrefWidth(220);
        selectionTable.getColumns().addAll(List.of(row, segment, name));
        if (r.mixture().isPresent()) {
            TableColumn<Integer, String> probability = new TableColumn<>("Probability");
            probability.setCellValueFactory(c -> {
                double p = visuals.probability(c.getValue());
                return new ReadOnlyStringWrapper(Double.isNaN(p) ? "" : String.format(Locale.ROOT, "%.3f", p));
            });
            probability.setPrefWidth(110);
            probability.getStyleClass().add("numeric");
            selectionTable.getColumns().add(probability);
        }
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
            Circle swatch = new Circle(6, FxColors.fx(SegmentPalette.color(n.intValue() - 1)));
            swatch.getStyleClass().add("segment-swatch");
            setGraphic(swatch);
            setGraphicTextGap(8);
            setText(Integer.toString(n.intValue()));
        }
    }

    @FXML
    private void resetView() {
        scatter.resetView();
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
}
