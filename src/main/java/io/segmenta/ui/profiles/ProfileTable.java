package io.segmenta.ui.profiles;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.ui.Formats;
import io.segmenta.ui.charts.SegmentPalette;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.shape.Circle;

/**
 * The segment profile table, used by the Segment and Profiles steps: per segment its colour swatch
 * and number (1..k), its name (editable), size and share, the mean of every numeric column in
 * original units and, for every categorical column, the most common level with its share (e.g. "56%
 * Female"; the whole mix in the tooltip).
 */
public final class ProfileTable extends TableView<SegmentProfile> {
    /** Style class of the columns that show means and mixes (per-column widths come from content). */
    public static final String VALUE_COLUMN = "profile-value";

    public ProfileTable() {
        getStyleClass().addAll("profile-table", "dense");
        setTooltip(new Tooltip("Means are in original units. Double-click a name to rename the segment."));
        setPlaceholder(new Label("Run Segment to see the segment profiles."));
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
    }

    /**
     * Shows {@code result}'s profiles. {@code names.get(s)} is the name of segment s and follows its
     * changes; an edit in the name column calls {@code rename(segment, text)} (null = read-only).
     */
    public void show(SegmentationResult result, ObservableList<String> names, BiConsumer<Integer, String> rename) {
        getColumns().clear();
        if (result == null) {
            getItems().clear();
            return;
        }
        List<SegmentProfile> rows = new ArrayList<>(result.profiles());
        rows.sort(Comparator.comparingInt(SegmentProfile::segment));

        TableColumn<SegmentProfile, Number> number = new TableColumn<>("Segment");
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        number.setCellFactory(c -> new SwatchCell());
        number.setPrefWidth(widthFor("Segment"));
        number.setReorderable(false);

        TableColumn<SegmentProfile, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> {
            int s = c.getValue().segment();
            return s < names.size() ? Bindings.stringValueAt(names, s) : new ReadOnlyStringWrapper(c.getValue().name());
        });
        name.setPrefWidth(Math.max(200, rows.stream().mapToDouble(p -> textWidth(p.name(), false)).max().orElse(0) + 28));
        if (rename != null) {
            setEditable(true);
            name.setEditable(true);
            name.setCellFactory(TextFieldTableCell.forTableColumn());
            name.setOnEditCommit(e -> rename.accept(e.getRowValue().segment(), e.getNewValue()));
        } else {
            setEditable(false);
        }

        TableColumn<SegmentProfile, String> size = textColumn("Customers", p -> Formats.count(p.size()), widthFor("Customers"));
        TableColumn<SegmentProfile, String> share = textColumn("Share", p -> Formats.percent(p.share()), widthFor("Share"));
        size.getStyleClass().add("numeric");
        share.getStyleClass().add("numeric");
        getColumns().addAll(List.of(number, name, size, share));

        SegmentProfile first = rows.isEmpty() ? null : rows.get(0);
        if (first != null) {
            for (String column : first.means().keySet()) {
                TableColumn<SegmentProfile, String> col = textColumn("Mean " + column,
                        p -> Formats.mean(p.means().getOrDefault(column, Double.NaN)), widthFor("Mean " + column));
                col.getStyleClass().addAll("numeric", VALUE_COLUMN);
                getColumns().add(col);
            }
            for (String column : first.categoryMix().keySet()) {
                TableColumn<SegmentProfile, String> col = new TableColumn<>(column);
                col.setCellValueFactory(c -> new ReadOnlyStringWrapper(topLevel(c.getValue().categoryMix().get(column))));
                col.setCellFactory(c -> new MixCell(column));
                double widest = rows.stream().mapToDouble(
                        p -> textWidth(topLevel(p.categoryMix().get(column)), false)).max().orElse(0);
                col.setPrefWidth(Math.max(widthFor(column), widest + 28));
                col.getStyleClass().add(VALUE_COLUMN);
                col.setSortable(false);
                getColumns().add(col);
            }
        }
        getItems().setAll(rows);
    }

    /** Width that shows a header in full (bold) plus the cell padding. */
    private static double widthFor(String header) {
        return Math.max(64, textWidth(header, true) + 30);
    }

    private static double textWidth(String s, boolean bold) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s == null ? "" : s);
        t.setFont(javafx.scene.text.Font.font(null, bold ? javafx.scene.text.FontWeight.BOLD
                : javafx.scene.text.FontWeight.NORMAL, 14));
        return Math.ceil(t.getLayoutBounds().getWidth());
    }

    private static TableColumn<SegmentProfile, String> textColumn(String title,
            java.util.function.Function<SegmentProfile, String> value, double width) {
        TableColumn<SegmentProfile, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setPrefWidth(width);
        col.setSortable(false);
        return col;
    }

    /** "56% Female": the most common level and its share; empty when there is no mix. */
    public static String topLevel(Map<String, Double> mix) {
        if (mix == null || mix.isEmpty()) {
            return "";
        }
        Map.Entry<String, Double> top = null;
        for (Map.Entry<String, Double> e : mix.entrySet()) {
            if (top == null || e.getValue() > top.getValue()) {
                top = e;
            }
        }
        return Formats.percent(top.getValue()) + " " + top.getKey();
    }

    /** "56% Female · 44% Male", largest first. */
    public static String fullMix(Map<String, Double> mix) {
        if (mix == null || mix.isEmpty()) {
            return "";
        }
        return mix.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> Formats.percent(e.getValue()) + " " + e.getKey())
                .reduce((a, b) -> a + " · " + b).orElse("");
    }

    /** The segment number with its palette colour. */
    private static final class SwatchCell extends TableCell<SegmentProfile, Number> {
        @Override
        protected void updateItem(Number n, boolean empty) {
            super.updateItem(n, empty);
            if (empty || n == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Circle swatch = new Circle(7, SegmentPalette.color(n.intValue() - 1));
            swatch.getStyleClass().add("segment-swatch");
            setGraphic(swatch);
            setGraphicTextGap(8);
            setText(Integer.toString(n.intValue()));
        }
    }

    /** A category's top level, with the whole mix as tooltip. */
    private static final class MixCell extends TableCell<SegmentProfile, String> {
        private final String column;

        MixCell(String column) {
            this.column = column;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            SegmentProfile p = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : text);
            setTooltip(p == null ? null : new Tooltip(column + ": " + fullMix(p.categoryMix().get(column))));
        }
    }
}
