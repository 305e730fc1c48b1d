package io.segmenta.ui.data;

import java.util.AbstractList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The rows of a table as a list of row indices, in file order (0, 1, ..., n-1, computed on demand)
 * or in a sorted order held as one {@code int[]}: a TableView over a million rows holds no object
 * per row or per cell, and its cell value factories read {@code column.format(row)} for the few
 * rows on screen. Element {@code i} is the file row shown at position {@code i}, so a row-number
 * column shows where each customer is in the file whatever the order.
 *
 * <p>Read-only for tables; {@link #reset} and {@link #setOrder} announce one replacement of the
 * whole list (not a permutation: TableView's selection model maps a permutation through a boxed
 * map of every row, too slow for a million rows on the FX thread).
 */
public final class RowIndexList extends ObservableListBase<Integer> {
    private int size;
    /** Row at each position, or null for the file order. */
    private int[] order;

    public RowIndexList(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
        this.size = size;
    }

    /** Shows {@code rows} rows in file order. */
    public void reset(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("size " + rows);
        }
        replace(rows, null);
    }

    /**
     * Shows the rows in {@code rowOrder} (a permutation of 0..n-1 for the current size n), or in file
     * order when it is null. The list keeps the array: callers must not change it afterwards.
     */
    public void setOrder(int[] rowOrder) {
        if (rowOrder != null && rowOrder.length != size) {
            throw new IllegalArgumentException(rowOrder.length + " rows in the order, " + size + " in the table");
        }
        replace(size, rowOrder);
    }

    /** True when the rows are in file order. */
    public boolean isFileOrder() {
        return order == null;
    }

    /** The file row at {@code position}, without boxing. */
    public int row(int position) {
        if (position < 0 || position >= size) {
            throw new IndexOutOfBoundsException("row " + position + " of " + size);
        }
        return order == null ? position : order[position];
    }

    @Override
    public Integer get(int index) {
        return row(index);
    }

    @Override
    public int size() {
        return size;
    }

    /** The position of a file row (each row appears once); a scan of the order, no boxing. */
    @Override
    public int indexOf(Object o) {
        if (!(o instanceof Integer boxed)) {
            return -1;
        }
        int r = boxed;
        if (r < 0 || r >= size) {
            return -1;
        }
        if (order == null) {
            return r;
        }
        int[] rows = order;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == r) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    private void replace(int newSize, int[] newOrder) {
        int oldSize = size;
        int[] oldOrder = order;
        size = newSize;
        order = newOrder;
        beginChange();
        if (oldSize > 0) {
            List<Integer> removed = new AbstractList<>() {
                @Override
                public Integer get(int index) {
                    return oldOrder == null ? index : oldOrder[index];
                }

                @Override
                public int size() {
                    return oldSize;
                }
            };
            nextRemove(0, removed);
        }
        if (newSize > 0) {
            nextAdd(0, newSize);
        }
        endChange();
    }
}
