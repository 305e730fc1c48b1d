package io.segmenta.ui.segment;

import io.segmenta.core.chart.ChartColors;
import io.segmenta.core.rfm.RfmOverview;
import io.segmenta.core.text.Texts;
import io.segmenta.ui.HoverTips;
import io.segmenta.ui.charts.FxColors;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;

/** The RFM tab: binds the segment table, the R x F grid and the cross table to {@link RfmViewModel}. */
public final class RfmView {
    private static final double CELL = 46;

    private final RfmViewModel vm;

    @FXML private Label title;
    @FXML private TableView<RfmOverview.SegmentRow> segmentsTable;
    @FXML private GridPane grid;
    @FXML private Label comparisonText;
    @FXML private GridPane crossTable;
    @FXML private Label segmentKey;

    public RfmView(RfmViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(vm.titleProperty());
        comparisonText.textProperty().bind(vm.comparisonTextProperty());
        segmentsTable.getColumns().setAll(List.of(
                column("RFM segment", 140, r -> r.segment().label()),
                column("Rule", 100, r -> r.segment().rule()),
                column("Customers", 76, r -> Texts.count(r.customers(), "", "").trim()),
                column("Share", 62, r -> Texts.percentOneDecimal(r.share())),
                column("Recency", 76, r -> Texts.rounded(r.recency(), 1)),
                column("Frequency", 80, r -> Texts.rounded(r.frequency(), 2)),
                column("Monetary", 90, r -> Texts.rounded(r.monetary(), 2))));
        segmentsTable.setPlaceholder(new Label("Make a customer table in the Data step to see its RFM segments."));
        vm.overviewProperty().subscribe(this::showOverview);
        vm.comparisonProperty().subscribe(this::showComparison);
    }

    private static TableColumn<RfmOverview.SegmentRow, String> column(String name, double width,
                                                                      Function<RfmOverview.SegmentRow, String> text) {
        TableColumn<RfmOverview.SegmentRow, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }

    private void showOverview(RfmOverview o) {
        grid.getChildren().clear();
        if (o == null) {
            segmentsTable.getItems().clear();
            return;
        }
        segmentsTable.getItems().setAll(o.segments());
        int max = 1;
        for (int[] row : o.grid()) {
            for (int v : row) {
                max = Math.max(max, v);
            }
        }
        for (int f = 1; f <= 5; f++) {
            grid.add(header("F " + f), f, 0);
        }
        for (int r = 5; r >= 1; r--) {
            int gridRow = 6 - r;
            grid.add(header("R " + r), 0, gridRow);
            for (int f = 1; f <= 5; f++) {
                int count = o.grid()[r - 1][f - 1];
                Label cell = cell(Integer.toString(count), (double) count / max);
                HoverTips.set(cell, Texts.count(count, "customer", "customers") + " with R " + r + " and F "
                        + f + " (" + io.segmenta.core.rfm.RfmSegment.of(r, f).label() + ")");
                grid.add(cell, f, gridRow);
            }
        }
    }

    /** The cross table with the RFM segments as rows and the segments as columns (few, so it fits). */
    private void showComparison(RfmOverview.Comparison c) {
        crossTable.getChildren().clear();
        segmentKey.setText("");
        if (c == null) {
            return;
        }
        List<String> rfm = RfmViewModel.rfmNames();
        List<String> segments = vm.segmentNames();
        int max = 1;
        for (int[] row : c.counts()) {
            for (int v : row) {
                max = Math.max(max, v);
            }
        }
        for (int i = 0; i < segments.size(); i++) {
            String name = segments.get(i);
            Label h = header(name.equals(io.segmenta.core.SegmentationResult.NOISE_NAME) ? name
                    : name.substring(0, name.indexOf(' ')));
            HoverTips.set(h, name);
            h.setPrefWidth(CELL + 18);
            crossTable.add(h, i + 1, 0);
        }
        for (int j = 0; j < rfm.size(); j++) {
            Label name = header(rfm.get(j));
            name.setAlignment(Pos.CENTER_LEFT);
            name.setMinWidth(130);
            crossTable.add(name, 0, j + 1);
            for (int i = 0; i < segments.size(); i++) {
                int count = c.counts()[i][j];
                Label cell = cell(Integer.toString(count), (double) count / max);
                cell.setPrefWidth(CELL + 18);
                crossTable.add(cell, i + 1, j + 1);
            }
        }
        segmentKey.setText("Segments: " + String.join(" · ", segments));
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-small");
        l.setAlignment(Pos.CENTER);
        l.setMinWidth(CELL);
        return l;
    }

    /** A count cell shaded by {@code weight} (0..1) of the series colour, with text that stays readable. */
    private static Label cell(String text, double weight) {
        Label l = new Label(text);
        l.setAlignment(Pos.CENTER);
        l.setMinSize(CELL, 30);
        l.setPrefSize(CELL, 30);
        l.setPadding(new Insets(2));
        Color fill = FxColors.fx(ChartColors.alpha(ChartColors.SERIES, 0.08 + 0.82 * weight));
        l.setBackground(new Background(new BackgroundFill(fill, new CornerRadii(3), Insets.EMPTY)));
        l.setTextFill(weight > 0.5 ? Color.WHITE : FxColors.fx(ChartColors.TEXT));
        return l;
    }
}
