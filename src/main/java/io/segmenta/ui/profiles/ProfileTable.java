package io.segmenta.ui.profiles;

import io.segmenta.core.chart.DivergingScale;
import io.segmenta.core.chart.SegmentPalette;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.ui.Formats;
import io.segmenta.ui.HoverTips;
import io.segmenta.ui.charts.FxColors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.converter.DefaultStringConverter;

/**
 * The segment profile table: per segment its colour swatch and number (1..k), its name and
 * description (both editable inline), size and share; for every numeric column the mean and median
 * in original units and how far the mean is from all customers' (in standard deviations, coloured
 * as in the heat map); for every categorical column the most common level with its share (e.g.
 * "56% Female"; the whole mix in the tooltip). The last row is all customers together.
 */
public final class ProfileTable extends TableView<SegmentProfile> {
    /** Style class of the columns that show values (per-column widths come from content). */
    public static final String VALUE_COLUMN = "profile-value";

    public ProfileTable() {
        getStyleClass().addAll("profile-table", "dense");
        setPlaceholder(new Label("Run Segment to see the segment profiles."));
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
    }

    /**
     * Shows the profiles (segment order) and, as the last row, {@code whole} (may be null).
     * {@code names.get(s)} and {@code descriptions.get(s)} follow their changes; edits call
     * {@code rename} and {@code describe} (null = read-only).
     */
    public void show(List<SegmentProfile> profiles, SegmentProfile whole, ObservableList<String> names,
                     ObservableList<String> descriptions, BiConsumer<Integer, String> rename,
                     BiConsumer<Integer, String> describe) {
        getColumns().clear();
        if (profiles == null || profiles.isEmpty()) {
            getItems().clear();
            return;
        }
        List<SegmentProfile> rows = new ArrayList<>(profiles);

        TableColumn<SegmentProfile, Number> number = new TableColumn<>("Segment");
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        number.setCellFactory(c -> new SwatchCell());
        number.setPrefWidth(widthFor("Segment"));
        number.setReorderable(false);
        number.setSortable(false);

        TableColumn<SegmentProfile, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> text(c.getValue(), names, c.getValue().name()));
        name.setPrefWidth(Math.max(210, rows.stream().mapToDouble(p -> textWidth(p.name(), false)).max().orElse(0) + 28));
        name.setSortable(false);
        TableColumn<SegmentProfile, String> description = new TableColumn<>("Description");
        description.setCellValueFactory(c -> text(c.getValue(), descriptions, c.getValue().description()));
        description.setPrefWidth(220);
        description.setSortable(false);
        if (rename != null) {
            setEditable(true);
            name.setEditable(true);
            name.setCellFactory(c -> new SegmentTextCell("Double-click to rename the segment"));
            name.setOnEditCommit(e -> rename.accept(e.getRowValue().segment(), e.getNewValue()));
        }
        if (describe != null) {
            setEditable(true);
            description.setEditable(true);
            description.setCellFactory(c -> new SegmentTextCell("Double-click to describe the segment in your words"));
            description.setOnEditCommit(e -> describe.accept(e.getRowValue().segment(), e.getNewValue()));
        }
        if (rename == null && describe == null) {
            setEditable(false);
        }

        TableColumn<SegmentProfile, String> size = textColumn("Customers", p -> Formats.count(p.size()), widthFor("Customers"));
        TableColumn<SegmentProfile, String> share = textColumn("Share", p -> Formats.percent(p.share()), widthFor("Share"));
        size.getStyleClass().add("numeric");
        share.getStyleClass().add("numeric");
        getColumns().addAll(List.of(number, name, description, size, share));

        SegmentProfile first = rows.get(0);
        for (String column : first.means().keySet()) {
            TableColumn<SegmentProfile, String> group = new TableColumn<>(column);
            group.setSortable(false);
            TableColumn<SegmentProfile, String> mean = textColumn("Mean",
                    p -> Formats.mean(p.means().getOrDefault(column, Double.NaN)), widthFor("Median"));
            TableColumn<SegmentProfile, String> median = textColumn("Median", p -> Formats.mean(p.median(column)),
                    widthFor("Median"));
            TableColumn<SegmentProfile, Number> diff = new TableColumn<>("vs all");
            diff.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().segment() < 0 ? Double.NaN
                    : c.getValue().differences().getOrDefault(column, Double.NaN)));
            diff.setCellFactory(c -> new DifferenceCell(column));
            diff.setPrefWidth(widthFor("vs all") + 6);
            diff.setSortable(false);
            for (TableColumn<SegmentProfile, ?> c : List.of(mean, median, diff)) {
                c.getStyleClass().addAll("numeric", VALUE_COLUMN);
            }
            group.getColumns().addAll(List.of(mean, median, diff));
            double need = textWidth(column, true) + 24;
            double have = mean.getPrefWidth() + median.getPrefWidth() + diff.getPrefWidth();
            if (need > have) {
                diff.setPrefWidth(diff.getPrefWidth() + need - have);
            }
            getColumns().add(group);
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
        if (whole != null) {
            rows.add(whole);
        }
        getItems().setAll(rows);
    }

    /** The segment rows only (without the all-customers row). */
    public List<SegmentProfile> segmentRows() {
        return getItems().stream().filter(p -> p.segment() >= 0).toList();
    }

    /** The segment's entry of {@code values} (following its edits); {@code fallback} for the all-customers row. */
    private static ObservableValue<String> text(SegmentProfile p, ObservableList<String> values, String fallback) {
        int s = p.segment();
        return s >= 0 && values != null && s < values.size() ? Bindings.stringValueAt(values, s)
                : new ReadOnlyStringWrapper(fallback);
    }

    /** Width that shows a header in full (bold) plus the cell padding. */
    private static double widthFor(String header) {
        return Math.max(64, textWidth(header, true) + 30);
    }

    private static double textWidth(String s, boolean bold) {
        Text t = new Text(s == null ? "" : s);
        t.setFont(Font.font(null, bold ? FontWeight.BOLD
                : FontWeight.NORMAL, 14));
        return Math.ceil(t.getLayoutBounds().getWidth());
    }

    private static TableColumn<SegmentProfile, String> textColumn(String title,
            Function<SegmentProfile, String> value, double width) {
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

    /** "+1.2 sd" */
    public static String difference(double z) {
        return Double.isNaN(z) ? "" : String.format(Locale.ROOT, "%+.1f sd", Math.abs(z) < 0.05 ? 0 : z);
    }

    /** The segment number with its palette colour; "All" for the all-customers row. */
    private static final class SwatchCell extends TableCell<SegmentProfile, Number> {
        @Override
        protected void updateItem(Number n, boolean empty) {
            super.updateItem(n, empty);
            if (empty || n == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            boolean all = n.intValue() <= 0;
            SegmentProfile p = getTableRow() == null ? null : getTableRow().getItem();
            boolean noise = all && p != null && io.segmenta.core.SegmentationResult.NOISE_NAME.equals(p.name());
            Circle swatch = new Circle(7, noise ? FxColors.fx(SegmentPalette.UNSEGMENTED) : all ? Color.TRANSPARENT
                    : FxColors.fx(SegmentPalette.color(n.intValue() - 1)));
            swatch.getStyleClass().add("segment-swatch");
            setGraphic(swatch);
            setGraphicTextGap(8);
            setText(noise ? "–" : all ? "All" : Integer.toString(n.intValue()));
        }
    }

    /** Name or description text: editable on segment rows, read-only on the all-customers row. */
    private static final class SegmentTextCell extends TextFieldTableCell<SegmentProfile, String> {
        private final String hint;

        SegmentTextCell(String hint) {
            super(new DefaultStringConverter());
            this.hint = hint;
        }

        @Override
        public void startEdit() {
            SegmentProfile p = getTableRow() == null ? null : getTableRow().getItem();
            if (p != null && p.segment() >= 0) {
                super.startEdit();
            }
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            SegmentProfile p = empty || getTableRow() == null ? null : getTableRow().getItem();
            HoverTips.set(this, p == null || p.segment() < 0 ? null
                    : (item == null || item.isEmpty() ? "" : item + "\n") + hint);
        }
    }

    /** How far a segment's mean is from all customers', coloured like the heat map. */
    private static final class DifferenceCell extends TableCell<SegmentProfile, Number> {
        private final String column;

        DifferenceCell(String column) {
            this.column = column;
        }

        @Override
        protected void updateItem(Number z, boolean empty) {
            super.updateItem(z, empty);
            if (empty || z == null || Double.isNaN(z.doubleValue())) {
                setText(null);
                setStyle(null);
                HoverTips.set(this, null);
                return;
            }
            double v = z.doubleValue();
            setText(difference(v));
            Color c = FxColors.fx(DivergingScale.DIFFERENCE.color(v));
            setStyle(String.format(Locale.ROOT, "-fx-background-color: rgb(%d,%d,%d); -fx-text-fill: %s;%s",
                    Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255),
                    Color.WHITE.equals(DivergingScale.DIFFERENCE.textOn(v)) ? "white" : "-color-fg-default", Math.abs(v) >= 0.5 ? " -fx-font-weight: bold;" : ""));
            HoverTips.set(this, String.format(Locale.ROOT, "Mean %s is %.1f standard deviations %s all customers'",
                    column, Math.abs(v), v >= 0 ? "above" : "below"));
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
            HoverTips.set(this, p == null ? null : column + ": " + fullMix(p.categoryMix().get(column)));
        }
    }
}
