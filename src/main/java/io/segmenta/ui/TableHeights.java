package io.segmenta.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableView;

/**
 * A table's height from its rows: a fixed row height (so the table measures no row to lay itself out) and
 * the height of its header and rows. JavaFX fills a table's whole height with rows, empty ones included, each
 * styled and laid out; a table as tall as its rows makes only those.
 */
public final class TableHeights {
    private TableHeights() {
    }

    /**
     * Gives {@code table} the fixed row height {@code row} and returns the height that shows its header and
     * its rows (at least one, at most {@code maxRows}), plus {@code extra} (its border, a scroll bar), as its
     * items come and go.
     */
    public static ObservableValue<Double> ofRows(TableView<?> table, double row, double header, int maxRows,
                                                 double extra) {
        table.setFixedCellSize(row);
        return Bindings.size(table.getItems())
                .map(n -> header + row * Math.max(1, Math.min(maxRows, n.intValue())) + extra);
    }
}
