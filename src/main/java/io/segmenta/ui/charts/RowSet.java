package io.segmenta.ui.charts;

import java.util.Arrays;
import java.util.BitSet;

/**
 * An immutable set of dataset row indices: the customers selected in a chart. Rows are kept sorted
 * and distinct; membership is a bit test, so charts can ask for every point while painting.
 */
public final class RowSet {
    public static final RowSet EMPTY = new RowSet(new int[0], new BitSet());

    private final int[] rows;
    private final BitSet bits;

    private RowSet(int[] rows, BitSet bits) {
        this.rows = rows;
        this.bits = bits;
    }

    /** The set of the given rows (any order, duplicates ignored, negatives rejected). */
    public static RowSet of(int... rows) {
        if (rows.length == 0) {
            return EMPTY;
        }
        BitSet bits = new BitSet();
        for (int r : rows) {
            if (r < 0) {
                throw new IllegalArgumentException("row " + r);
            }
            bits.set(r);
        }
        return new RowSet(bits.stream().toArray(), bits);
    }

    /** The set of the rows whose bits are set (the bit set is copied). */
    public static RowSet of(BitSet rows) {
        if (rows.isEmpty()) {
            return EMPTY;
        }
        BitSet copy = (BitSet) rows.clone();
        return new RowSet(copy.stream().toArray(), copy);
    }

    public boolean contains(int row) {
        return row >= 0 && bits.get(row);
    }

    public int size() {
        return rows.length;
    }

    public boolean isEmpty() {
        return rows.length == 0;
    }

    /** The rows, ascending (a copy). */
    public int[] rows() {
        return rows.clone();
    }

    /** The i-th smallest row. */
    public int get(int i) {
        return rows[i];
    }

    /** This set and {@code other} together. */
    public RowSet union(RowSet other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        BitSet b = (BitSet) bits.clone();
        b.or(other.bits);
        return new RowSet(b.stream().toArray(), b);
    }

    /** Rows in exactly one of the two sets (a Ctrl-click toggles). */
    public RowSet toggle(RowSet other) {
        BitSet b = (BitSet) bits.clone();
        b.xor(other.bits);
        return b.isEmpty() ? EMPTY : new RowSet(b.stream().toArray(), b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowSet r && Arrays.equals(rows, r.rows);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(rows);
    }

    @Override
    public String toString() {
        return rows.length <= 10 ? "RowSet" + Arrays.toString(rows) : "RowSet[" + rows.length + " rows]";
    }
}
