package io.segmenta.ui.explore;

import io.segmenta.core.explore.ColumnSummary;
import io.segmenta.core.explore.DateSummary;
import io.segmenta.core.explore.Format;
import io.segmenta.core.explore.LevelCount;
import io.segmenta.core.explore.LevelSummary;
import io.segmenta.core.explore.NumericSummary;
import io.segmenta.core.explore.TextSummary;
import io.segmenta.ui.Formats;
import io.segmenta.ui.TableHeights;
import io.segmenta.ui.TextTipCell;
import io.segmenta.ui.charts.FxText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;

/**
 * The Summary tab, bound to {@link SummaryViewModel}: one sortable row per column, copyable (Ctrl+C or
 * a button) and exportable as CSV.
 */
public final class SummaryView {
    /** The theme's dense row (2em of its 14 px text), its header, and room for a horizontal scroll bar. */
    private static final double ROW_HEIGHT = 28;
    private static final double HEADER_HEIGHT = 34;
    private static final double SCROLL_BAR_ROOM = 10;
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final SummaryViewModel vm;
    private final Computation<?> computation;
    private final Function<String, Path> csvTarget;

    @FXML private Label caption;
    @FXML private Button copyButton;
    @FXML private Button exportButton;
    @FXML private StackPane area;
    @FXML private TableView<ColumnSummary> table;

    /** @param csvTarget asks where to save a CSV file, given a suggested name (null = cancelled) */
    SummaryView(SummaryViewModel vm, Computation<?> computation, Function<String, Path> csvTarget) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.computation = Objects.requireNonNull(computation, "computation");
        this.csvTarget = Objects.requireNonNull(csvTarget, "csvTarget");
    }

    @FXML
    private void initialize() {
        copyButton.setTooltip(new Tooltip("Copy the summary as tab-separated text (pastes into a spreadsheet); "
                + "Ctrl+C copies the selected rows"));
        copyButton.disableProperty().bind(Bindings.isEmpty(vm.rows()));
        exportButton.disableProperty().bind(copyButton.disableProperty());
        caption.textProperty().bind(vm.captionProperty());
        buildTable();
        area.getChildren().add(new StatusOverlay(computation));
    }

    @FXML
    private void copyAll() {
        copy(List.of());
    }

    @FXML
    private void export() {
        Path p = csvTarget.apply(vm.suggestedCsvName());
        if (p != null) {
            vm.exportCsv(p);
        }
    }

    private void buildTable() {
        table.setItems(vm.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(""));
        fitHeightToRows();
        TableColumn<ColumnSummary, String> name = text("Column", ColumnSummary::name, 170);
        TableColumn<ColumnSummary, String> type = text("Type", s -> s.type().label(), 96);
        table.getColumns().add(name);
        table.getColumns().add(type);
        table.getColumns().add(number("Count", s -> s.count(), 70));
        table.getColumns().add(number("Missing", s -> s.missing(), 70));
        table.getColumns().add(number("Mean", s -> num(s, NumericSummary::mean), 80));
        table.getColumns().add(number("Std", s -> num(s, NumericSummary::std), 80));
        table.getColumns().add(number("Min", s -> num(s, NumericSummary::min), 70));
        table.getColumns().add(number("25%", s -> num(s, NumericSummary::q1), 70));
        table.getColumns().add(number("Median", s -> num(s, NumericSummary::median), 70));
        table.getColumns().add(number("75%", s -> num(s, NumericSummary::q3), 70));
        table.getColumns().add(number("Max", s -> num(s, NumericSummary::max), 70));
        TableColumn<ColumnSummary, String> levels = text("Levels and notes", SummaryView::levels, 240);
        levels.setMinWidth(180);
        table.getColumns().add(levels);
        vm.rows().addListener((ListChangeListener<ColumnSummary>) c -> fitColumns());
        table.widthProperty().addListener((o, a, b) -> fillLastColumn());
        table.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copy(new ArrayList<>(table.getSelectionModel().getSelectedItems()));
                e.consume();
            }
        });
    }

    /**
     * The table as tall as its rows, and no taller (it scrolls when the page is shorter). JavaFX fills a
     * table's whole height with empty rows: on the sample's five columns, about 19 rows of 12 cells each
     * to style and lay out when the Explore step first shows (about 60 % of that opening's 100-200 ms);
     * fitted, the table makes only the rows it shows.
     */
    private void fitHeightToRows() {
        table.maxHeightProperty().bind(TableHeights.ofRows(table, ROW_HEIGHT, HEADER_HEIGHT, Integer.MAX_VALUE,
                SCROLL_BAR_ROOM));
        StackPane.setAlignment(table, Pos.TOP_LEFT);
    }

    /**
     * Widens each column to its header and its widest figure (the names up to a limit), so no figure
     * is cut; the last column takes the rest.
     */
    private void fitColumns() {
        // the theme's table text is about 14 px; measured in the chart font with a margin for the cell padding
        Font font = io.segmenta.ui.charts.FxText.font(14, false);
        Font bold = io.segmenta.ui.charts.FxText.font(14, true);
        TableColumn<ColumnSummary, ?> last = table.getColumns().get(table.getColumns().size() - 1);
        for (TableColumn<ColumnSummary, ?> c : table.getColumns()) {
            if (c == last) {
                continue;
            }
            double w = io.segmenta.ui.charts.FxText.width(c.getText(), bold);
            for (ColumnSummary s : vm.rows()) {
                Object v = c.getCellObservableValue(s).getValue();
                String text = v instanceof Double d ? figure(d) : String.valueOf(v);
                w = Math.max(w, io.segmenta.ui.charts.FxText.width(text, font));
            }
            double width = Math.min(c == table.getColumns().get(0) ? 190 : 150, Math.ceil(w) + 18);
            c.setPrefWidth(width);
        }
        fillLastColumn();
    }

    /** The last column takes the width the others leave (at least its minimum; beyond, the table scrolls). */
    private void fillLastColumn() {
        TableColumn<ColumnSummary, ?> last = table.getColumns().get(table.getColumns().size() - 1);
        double used = 0;
        for (TableColumn<ColumnSummary, ?> c : table.getColumns()) {
            if (c != last) {
                used += c.getWidth() > 0 ? Math.max(c.getWidth(), c.getPrefWidth()) : c.getPrefWidth();
            }
        }
        last.setPrefWidth(Math.max(last.getMinWidth(), table.getWidth() - used - 20));
    }

    private void copy(List<ColumnSummary> selected) {
        ClipboardContent c = new ClipboardContent();
        c.putString(vm.copyText(selected));
        Clipboard.getSystemClipboard().setContent(c);
        int rows = selected.isEmpty() ? vm.rows().size() : selected.size();
        vm.copied(rows);
    }

    private static double num(ColumnSummary s, ToDoubleFunction<NumericSummary> f) {
        return s instanceof NumericSummary n ? f.applyAsDouble(n) : Double.NaN;
    }

    /** "Female 112 · Male 88", "200 distinct values", a date range, or a numeric column's skewness. */
    static String levels(ColumnSummary s) {
        if (s instanceof LevelSummary l) {
            List<String> parts = new ArrayList<>();
            for (LevelCount c : l.levels()) {
                parts.add(c.level() + " " + Formats.count(c.count()));
            }
            return String.join(" · ", parts);
        }
        if (s instanceof TextSummary t) {
            return Formats.plural(t.distinct(), "distinct value", "distinct values");
        }
        if (s instanceof DateSummary d) {
            return Formats.plural(d.distinct(), "distinct date", "distinct dates")
                    + (d.min() == null ? "" : " · " + (d.hasTime() ? d.min() + " to " + d.max()
                    : d.min().toLocalDate() + " to " + d.max().toLocalDate()));
        }
        if (s instanceof NumericSummary n && !Double.isNaN(n.skewness())) {
            return "skewness " + Format.fixed(n.skewness(), 2);
        }
        return "";
    }

    /** A figure for the table: whole numbers grouped, others with four significant digits. */
    static String figure(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Formats.count((long) v);
        }
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return Format.significant(v, 4).equals("-0") ? "0" : Format.significant(v, 4);
    }

    private static TableColumn<ColumnSummary, String> text(String title, Function<ColumnSummary, String> value,
                                                           double width) {
        TableColumn<ColumnSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TextTipCell<>(24));
        return c;
    }

    private static TableColumn<ColumnSummary, Double> number(String title, ToDoubleFunction<ColumnSummary> value,
                                                             double width) {
        TableColumn<ColumnSummary, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(f.getValue())));
        c.setPrefWidth(width);
        c.getStyleClass().add("numeric");
        // blanks (NaN) sort after the numbers in ascending order
        c.setComparator(Comparator.nullsLast((a, b) -> Double.isNaN(a) ? (Double.isNaN(b) ? 0 : 1)
                : Double.isNaN(b) ? -1 : Double.compare(a, b)));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : figure(item));
            }
        });
        return c;
    }
}
