package io.segmenta.ui.prepare;

import io.segmenta.ui.TableHeights;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** What the Prepare step's views share: report table columns, sections shown or hidden, field errors, figures. */
final class ReportTables {
    /** Table rows shown before a report table scrolls. */
    private static final int MAX_TABLE_ROWS = 8;
    private static final double ROW_HEIGHT = 32;
    private static final double HEADER_HEIGHT = 40;
    /** Used on the FX thread only. */
    private static final DecimalFormat NUMBER = new DecimalFormat("#,##0.####",
            DecimalFormatSymbols.getInstance(Locale.ROOT));

    private ReportTables() {
    }

    static <S> TableColumn<S, String> text(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new SimpleStringProperty(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    static <S> TableColumn<S, String> number(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = text(title, value, width);
        c.getStyleClass().add("numeric");
        return c;
    }

    /** A table as tall as its rows (up to {@link #MAX_TABLE_ROWS}), so the report reads as one page. */
    static void fitRows(TableView<?> t) {
        t.prefHeightProperty().bind(TableHeights.ofRows(t, ROW_HEIGHT, HEADER_HEIGHT, MAX_TABLE_ROWS, 2));
        t.minHeightProperty().bind(t.prefHeightProperty());
        t.maxHeightProperty().bind(t.prefHeightProperty());
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    static void section(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    static void showWhen(Node n, ObservableValue<Boolean> shown) {
        n.visibleProperty().bind(shown);
        n.managedProperty().bind(shown);
    }

    static void showWhenText(Label l) {
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
    }

    /** Shows {@code error} under a field and marks the field invalid while there is one. */
    static void bindError(Label label, TextField field, ReadOnlyStringProperty error) {
        label.textProperty().bind(error.map(e -> e).orElse(""));
        showWhenText(label);
        error.subscribe(e -> {
            field.getStyleClass().remove("invalid");
            if (e != null) {
                field.getStyleClass().add("invalid");
            }
        });
    }


    /** 132.75, -13.25, 2,014, 666,666: the figure as it is, up to four decimals. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return NUMBER.format(v);
    }

    /**
     * The reason as the table shows it: an Isolation Forest reason without its score and threshold
     * (they have their own column and line), so the most unusual feature is in view; the whole
     * reason is the cell's tooltip.
     */
    static String shortReason(String reason) {
        if (reason == null) {
            return null;
        }
        String marker = "; most unusual: ";
        int i = reason.indexOf(marker);
        return reason.startsWith("anomaly score ") && i > 0 ? "Most unusual: " + reason.substring(i + marker.length())
                : reason;
    }
}
