package io.segmenta.ui.data;

import javafx.collections.ObservableListBase;

/**
 * The rows of a table as the list 0, 1, ..., n-1, computed on demand: a TableView over a million
 * rows holds no object per row or per cell, and its cell value factories read
 * {@code column.format(row)} for the few rows on screen. Read-only.
 */
public final class RowIndexList extends ObservableListBase<Integer> {
    private final int size;

    public RowIndexList(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
        this.size = size;
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("row " + index + " of " + size);
        }
        return index;
    }

    @Override
    public int size() {
        return size;
    }
}
