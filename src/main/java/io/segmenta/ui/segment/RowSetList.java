package io.segmenta.ui.segment;

import io.segmenta.ui.charts.RowSet;
import java.util.AbstractList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The rows of a {@link RowSet} as a read-only list for a table: no object per row is kept, and the
 * list announces one replacement when the set changes.
 */
public final class RowSetList extends ObservableListBase<Integer> {
    private RowSet rows = RowSet.EMPTY;

    public void set(RowSet next) {
        RowSet old = rows;
        rows = next == null ? RowSet.EMPTY : next;
        beginChange();
        if (old.size() > 0) {
            List<Integer> removed = new AbstractList<>() {
                @Override
                public Integer get(int index) {
                    return old.get(index);
                }

                @Override
                public int size() {
                    return old.size();
                }
            };
            nextRemove(0, removed);
        }
        if (rows.size() > 0) {
            nextAdd(0, rows.size());
        }
        endChange();
    }

    @Override
    public Integer get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }
}
