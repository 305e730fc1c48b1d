package io.segmenta.ui.segment;

import io.segmenta.core.chart.DivergingScale;
import io.segmenta.ui.HoverTips;
import io.segmenta.ui.charts.FxColors;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The Compare runs tab, bound to {@link SegmentViewModel} (the runs, the pair compared) and
 * {@link CompareRunsViewModel} (its texts): the session's runs side by side and how much they agree.
 */
public final class CompareRunsView {
    private final SegmentViewModel vm;
    private final CompareRunsViewModel model;
    /** True while work runs. */
    private final ObservableBooleanValue busy;

    @FXML private javafx.scene.control.ScrollPane comparePane;
    @FXML private VBox compareEmpty;
    @FXML private Label compareTitle;
    @FXML private Button makeCurrentButton;
    @FXML private Button removeRunButton;
    @FXML private TableView<SegmentationRun> runsTable;
    @FXML private ComboBox<SegmentationRun> compareABox;
    @FXML private ComboBox<SegmentationRun> compareBBox;
    @FXML private Label agreementLabel;
    @FXML private Button compareAllButton;
    @FXML private GridPane ariGrid;
    @FXML private Button stabilityButton;
    @FXML private javafx.scene.control.Spinner<Integer> resamplesSpinner;
    @FXML private javafx.scene.control.ProgressBar stabilityProgress;
    @FXML private Button stabilityCancel;
    @FXML private Label stabilityVerdict;
    @FXML private Label stabilityDetails;

    CompareRunsView(SegmentViewModel vm, CompareRunsViewModel model, ObservableBooleanValue busy) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.model = Objects.requireNonNull(model, "model");
        this.busy = Objects.requireNonNull(busy, "busy");
    }

    @FXML
    private void initialize() {
        comparePane.visibleProperty().bind(Bindings.isNotEmpty(vm.runs()));
        compareEmpty.visibleProperty().bind(Bindings.isEmpty(vm.runs()));
        runsTable.setItems(vm.runs());
        runsTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        runsTable.setPlaceholder(new Label("No runs yet"));
        for (CompareRunsViewModel.Column c : model.columns()) {
            TableColumn<SegmentationRun, String> col = new TableColumn<>(c.title());
            col.setCellValueFactory(f -> new ReadOnlyStringWrapper(c.text().apply(f.getValue())));
            col.setPrefWidth(c.width());
            if (c.numeric()) {
                col.getStyleClass().add("numeric");
            }
            col.setSortable(false);
            runsTable.getColumns().add(col);
        }
        runsTable.getColumns().get(0).setStyle("-fx-alignment: center;");
        vm.currentRunProperty().addListener((o, a, b) -> runsTable.refresh());
        runsTable.setRowFactory(t -> {
            TableRow<SegmentationRun> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.makeCurrent(row.getItem());
                }
            });
            return row;
        });
        makeCurrentButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            SegmentationRun sel = runsTable.getSelectionModel().getSelectedItem();
            return sel == null || sel == vm.currentRunProperty().get();
        }, runsTable.getSelectionModel().selectedItemProperty(), vm.currentRunProperty()).or(busy));
        removeRunButton.disableProperty().bind(makeCurrentButton.disableProperty());
        removeRunButton.setTooltip(new Tooltip("Remove the selected run from the comparison (not the run on show); "
                + "Edit > Undo brings it back"));
        compareTitle.textProperty().bind(model.titleProperty());
        for (ComboBox<SegmentationRun> box : List.of(compareABox, compareBBox)) {
            box.setItems(vm.runs());
        }
        compareABox.valueProperty().bindBidirectional(model.compareAProperty());
        compareBBox.valueProperty().bindBidirectional(model.compareBProperty());
        agreementLabel.textProperty().bind(model.agreementProperty());
        compareAllButton.disableProperty().bind(Bindings.size(vm.runs()).lessThan(2).or(busy));
        StabilityCheck check = model.stability();
        var values = new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                io.segmenta.core.explain.Stability.MAX_RESAMPLES, check.resamplesProperty().get());
        resamplesSpinner.setValueFactory(values);
        values.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                check.resamplesProperty().set(b);
            }
        });
        stabilityButton.disableProperty().bind(vm.currentRunProperty().isNull().or(busy));
        stabilityProgress.visibleProperty().bind(check.runningProperty());
        stabilityCancel.visibleProperty().bind(check.runningProperty());
        stabilityProgress.progressProperty().bind(check.progressProperty());
        stabilityVerdict.textProperty().bind(check.verdictProperty());
        stabilityDetails.textProperty().bind(check.detailsProperty());
        model.ariMatrixProperty().subscribe(this::showAriMatrix);
    }

    private void showAriMatrix(CompareRunsViewModel.AriMatrix m) {
        ariGrid.getChildren().clear();
        if (m == null) {
            return;
        }
        List<SegmentationRun> runs = m.runs();
        for (int i = 0; i < runs.size(); i++) {
            Label rowHead = new Label(runs.get(i).label());
            rowHead.getStyleClass().add("ari-head");
            HoverTips.set(rowHead, runs.get(i).toString());
            ariGrid.add(rowHead, 0, i + 1);
            Label colHead = new Label(runs.get(i).label());
            colHead.getStyleClass().add("ari-head");
            HoverTips.set(colHead, runs.get(i).toString());
            ariGrid.add(colHead, i + 1, 0);
            for (int j = 0; j < runs.size(); j++) {
                double v = m.values()[i][j];
                Label cell = new Label(CompareRunsViewModel.ariText(v));
                cell.getStyleClass().add("ari-cell");
                Color c = FxColors.fx(DivergingScale.DIFFERENCE.color(2 * Math.max(-1, Math.min(1, v))));
                cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgb(%d,%d,%d);%s",
                        Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255),
                        v >= 0.65 ? " -fx-text-fill: white;" : ""));
                HoverTips.set(cell, CompareRunsViewModel.ariTip(runs.get(i), runs.get(j), v));
                ariGrid.add(cell, j + 1, i + 1);
            }
        }
    }

    @FXML
    private void makeCurrent() {
        vm.makeCurrent(runsTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void removeRun() {
        vm.runEdits().removeRun(runsTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void checkStability() {
        model.stability().check();
    }

    @FXML
    private void cancelStability() {
        model.stability().cancel();
    }

    @FXML
    private void compareAll() {
        model.compareAll();
    }
}
