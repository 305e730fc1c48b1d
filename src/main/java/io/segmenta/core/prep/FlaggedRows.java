package io.segmenta.core.prep;

import io.segmenta.core.data.Column;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The customers an outlier rule flags, kept by column (their rows, scores, choices and the values the rule
 * read) with each {@link FlaggedRow} made when asked for. An unmodifiable list.
 *
 * <p>Why by column: an IQR check of a 10,000,000-row table flags about 1.8 million customers; one object and
 * one small array of values each, made in one go and all alive, were copied by every young garbage collection
 * while the preview was made (100-460 ms pauses of the window in the 10,000,000-row tour). Measured in a bare
 * JVM with a 4 GB heap, 1.8 million of them: young pauses up to 48-169 ms, built in 620-810 ms; by column,
 * about 1 ms and 140-150 ms. The window's table asks for the rows it shows, an export or a sort for each once,
 * and none of those stay.
 */
public final class FlaggedRows extends AbstractList<FlaggedRow> implements RandomAccess {
    private final Columns columns;
    private final int size;
    /** The stored customer at each position, or null: in the order they were added. */
    private final int[] order;

    /**
     * The flagged customers as stored: customer {@code k}'s row, score, choice and the values the rule read
     * ({@code values[k * width ..]}).
     */
    private record Columns(int[] rows, double[] scores, boolean[] excluded, double[] values, int width, Column id,
                           OutlierRule rule, int excludedCount) {
    }

    private FlaggedRows(Columns columns, int size, int[] order) {
        this.columns = columns;
        this.size = size;
        this.order = order;
    }

    /** Collects the customers {@code rule} flags, in the order they are added. */
    static Builder builder(Column id, OutlierRule rule, int width) {
        return new Builder(id, rule, width);
    }

    @Override
    public FlaggedRow get(int index) {
        Objects.checkIndex(index, size);
        int k = stored(index);
        return FlaggedRow.of(columns.rows[k], columns.id, this, k, columns.scores[k], columns.excluded[k]);
    }

    @Override
    public int size() {
        return size;
    }

    /** The 0-based dataset row of the customer at {@code index}, without making its {@link FlaggedRow}. */
    public int row(int index) {
        Objects.checkIndex(index, size);
        return columns.rows[stored(index)];
    }

    /** How many of these customers are left out of the segmentation. */
    public int excludedCount() {
        return columns.excludedCount;
    }

    /**
     * The same customers in another order, sharing these columns.
     *
     * @param order for each position of the new list, the position in this one of the customer to put there
     */
    public FlaggedRows reordered(int[] order) {
        if (order.length != size) {
            throw new IllegalArgumentException("expected an order of " + size + " positions, got " + order.length);
        }
        int[] stored = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            stored[i] = stored(Objects.checkIndex(order[i], size));
        }
        return new FlaggedRows(columns, stored.length, stored);
    }

    /** Why stored customer {@code k} is flagged, in words (written from the rule and its values). */
    String reason(int k) {
        int w = columns.width;
        return columns.rule.reason(Arrays.copyOfRange(columns.values, k * w, k * w + w));
    }

    private int stored(int index) {
        return order == null ? index : order[index];
    }

    /** Adds flagged customers; {@link #build} gives the list. */
    static final class Builder {
        private final Column id;
        private final OutlierRule rule;
        private final int width;
        private int size;
        private int excludedCount;
        private int[] rows = new int[16];
        private double[] scores = new double[16];
        private boolean[] excluded = new boolean[16];
        private double[] values;

        private Builder(Column id, OutlierRule rule, int width) {
            this.id = id;
            this.rule = Objects.requireNonNull(rule, "rule");
            this.width = width;
            values = new double[16 * width];
        }

        /** A flagged customer: its dataset row, the rule's values (copied), its score and whether it is left out. */
        void add(int row, double[] raw, double score, boolean leftOut) {
            if (size == rows.length) {
                int capacity = size + (size >> 1) + 16;
                rows = Arrays.copyOf(rows, capacity);
                scores = Arrays.copyOf(scores, capacity);
                excluded = Arrays.copyOf(excluded, capacity);
                values = Arrays.copyOf(values, capacity * width);
            }
            rows[size] = row;
            scores[size] = score;
            excluded[size] = leftOut;
            System.arraycopy(raw, 0, values, size * width, width);
            excludedCount += leftOut ? 1 : 0;
            size++;
        }

        FlaggedRows build() {
            return new FlaggedRows(new Columns(rows, scores, excluded, values, width, id, rule, excludedCount), size, null);
        }
    }
}
