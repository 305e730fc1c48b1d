package io.segmenta.ui.segment;

import io.segmenta.core.chart.DivergingScale;
import io.segmenta.core.project.PcaResult;
import io.segmenta.ui.charts.FxColors;
import io.segmenta.ui.charts.ScreeChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** The PCA tab, bound to {@link PcaViewModel}: the scree chart and the loadings of each component. */
public final class PcaView {
    /** Below this width the PCA tab stacks the scree chart above the loadings. */
    private static final double PCA_SIDE_BY_SIDE_MIN = 560;

    private final PcaViewModel vm;
    private final ChartExports exports;

    @FXML private SplitPane pcaPane;
    @FXML private VBox pcaEmpty;
    @FXML private Label pcaSummary;
    @FXML private StackPane screeExportHolder;
    @FXML private ScreeChart scree;
    @FXML private TableView<Integer> loadingsTable;

    PcaView(PcaViewModel vm, ChartExports exports) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.exports = Objects.requireNonNull(exports, "exports");
    }

    @FXML
    private void initialize() {
        pcaPane.visibleProperty().bind(vm.pcaProperty().isNotNull());
        pcaEmpty.visibleProperty().bind(vm.pcaProperty().isNull());
        scree.pcaProperty().bind(vm.pcaProperty());
        pcaSummary.textProperty().bind(vm.summaryProperty());
        loadingsTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        vm.pcaProperty().subscribe(this::showLoadings);
        // side by side where both halves fit, the loadings under the scree chart in a narrow window
        Region tab = (Region) pcaPane.getParent();
        tab.widthProperty().subscribe(w -> pcaPane.setOrientation(w.doubleValue() < PCA_SIDE_BY_SIDE_MIN
                ? Orientation.VERTICAL : Orientation.HORIZONTAL));
        exports.addExport(screeExportHolder, scree, "PCA scree");
    }

    private void showLoadings(PcaResult pca) {
        loadingsTable.getColumns().clear();
        if (pca == null) {
            loadingsTable.getItems().clear();
            return;
        }
        int d = pca.dimensions();
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
            Color c = FxColors.fx(DivergingScale.DIFFERENCE.color(2 * w));
            setStyle(String.format(Locale.ROOT, "-fx-background-color: rgb(%d,%d,%d);%s",
                    Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255),
                    Math.abs(w) >= 0.65 ? " -fx-text-fill: white; -fx-font-weight: bold;" : ""));
        }
    }
}
