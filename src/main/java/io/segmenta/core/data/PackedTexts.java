package io.segmenta.core.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A text column's cells as they are read, packed: their Latin-1 characters one byte each in one array and
 * where each row's cell ends, in {@link TextColumn}'s packed layout ({@code ends[i]} the end of row i's
 * characters, {@code -1 - end} for a missing cell). {@link ColumnBuilder} packs a column once its first
 * texts all differ (a customer table's ids), instead of making a {@code String} per cell that the column
 * packs again at the end or that the garbage collector copies while the file is read.
 */
final class PackedTexts {
    /** Most characters one array holds (as {@link TextColumn}). */
    private static final int MAX_CHARS = Integer.MAX_VALUE - 16;

    private byte[] chars;
    private int[] ends;
    /** Characters used. */
    private int at;
    /** Rows written: row {@code rows} and those after are missing until a cell is added for them. */
    private int rows;

    private PackedTexts(int capacity, int charsPerRow) {
        ends = new int[Math.max(16, capacity)];
        chars = new byte[(int) Math.min(MAX_CHARS, Math.max(64L, (long) ends.length * charsPerRow))];
    }

    /**
     * The first {@code count} texts (null: missing) packed, with room for {@code capacity} rows; null when one
     * is not Latin-1.
     */
    static PackedTexts of(String[] texts, int count, int capacity) {
        long length = 0;
        for (int i = 0; i < count; i++) {
            length += texts[i] == null ? 0 : texts[i].length();
        }
        PackedTexts p = new PackedTexts(capacity, (int) Math.min(1_024, length / Math.max(1, count) + 1));
        for (int i = 0; i < count; i++) {
            if (texts[i] != null && !p.add(i, texts[i], 0, texts[i].length())) {
                return null;
            }
        }
        return p;
    }

    /**
     * Sets row {@code row} (after every row set so far; the rows between are missing) to {@code s[from..to)};
     * false, with nothing changed, when a character is beyond Latin-1 or the characters no longer fit one array.
     */
    boolean add(int row, CharSequence s, int from, int to) {
        int n = to - from;
        if ((long) at + n > MAX_CHARS) {
            return false;
        }
        if (at + n > chars.length) {
            chars = Arrays.copyOf(chars, (int) Math.min(MAX_CHARS, Math.max((long) at + n, chars.length * 3L / 2 + 64)));
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(from + i);
            if (c > 0xFF) {
                return false;
            }
            chars[at + i] = (byte) c;
        }
        if (row >= ends.length) {
            ends = Arrays.copyOf(ends, Math.max(row + 1, ends.length + (ends.length >> 1) + 16));
        }
        while (rows < row) {
            ends[rows++] = -1 - at;
        }
        at += n;
        ends[row] = at;
        rows = row + 1;
        return true;
    }

    /** Makes room for {@code capacity} rows. */
    void ensureRows(int capacity) {
        if (capacity > ends.length) {
            ends = Arrays.copyOf(ends, capacity);
        }
    }

    /** Ends the column at {@code total} rows: the rows not set are missing; the arrays are trimmed to size. */
    void finish(int total) {
        ensureRows(total);
        while (rows < total) {
            ends[rows++] = -1 - at;
        }
        if (ends.length != total) {
            ends = Arrays.copyOf(ends, total);
        }
        if (chars.length != at) {
            chars = Arrays.copyOf(chars, at);
        }
    }

    byte[] chars() {
        return chars;
    }

    int[] ends() {
        return ends;
    }

    /** Missing cells among the rows set or passed. */
    int missing() {
        int m = 0;
        for (int i = 0; i < rows; i++) {
            if (ends[i] < 0) {
                m++;
            }
        }
        return m;
    }

    /** The texts as strings (null: missing), in an array of {@code length} rows. */
    String[] strings(int length) {
        String[] out = new String[length];
        for (int i = 0, start = 0; i < rows; i++) {
            int end = ends[i];
            if (end >= 0) {
                out[i] = new String(chars, start, end - start, StandardCharsets.ISO_8859_1);
                start = end;
            } else {
                start = -1 - end;
            }
        }
        return out;
    }

    /** True when no two of the first {@code count} rows hold the same text (missing cells aside). */
    boolean unique(int count) {
        return DistinctCells.unique(Math.min(count, rows), DistinctCells.packed(chars, ends));
    }
}
