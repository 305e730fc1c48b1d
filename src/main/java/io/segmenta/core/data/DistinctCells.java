package io.segmenta.core.data;

import java.util.Arrays;

/**
 * Counts the different texts among a column's cells in a table of row numbers (open addressing, grown as
 * texts are found, each slot's hash kept beside it), comparing cells in place: no {@code String} per packed
 * cell and no set entry per cell. A {@code HashSet} of the texts of a 10,000,000-row identifier column held
 * about 900 MB of small objects at once, which every young garbage collection copied.
 */
final class DistinctCells {
    private DistinctCells() {
    }

    /** The cells by row: whether one is missing, its text's hash, whether two hold the same text. */
    interface Cells {
        boolean missing(int row);

        int hash(int row);

        boolean same(int a, int b);
    }

    /** Cells as strings (null: missing). */
    static Cells of(String[] values) {
        return new Cells() {
            @Override
            public boolean missing(int row) {
                return values[row] == null;
            }

            @Override
            public int hash(int row) {
                return values[row].hashCode();
            }

            @Override
            public boolean same(int a, int b) {
                return values[a].equals(values[b]);
            }
        };
    }

    /**
     * Cells packed as {@link TextColumn} keeps them: Latin-1 characters one byte each, {@code ends[i]} where
     * row i's end ({@code -1 - end} when missing), each starting where the row before it ends. The hash is
     * the text's {@link String#hashCode}, which Latin-1 bytes give alike.
     */
    static Cells packed(byte[] chars, int[] ends) {
        return new Cells() {
            @Override
            public boolean missing(int row) {
                return ends[row] < 0;
            }

            @Override
            public int hash(int row) {
                int h = 0;
                for (int i = start(row), end = ends[row]; i < end; i++) {
                    h = 31 * h + (chars[i] & 0xFF);
                }
                return h;
            }

            @Override
            public boolean same(int a, int b) {
                return Arrays.equals(chars, start(a), ends[a], chars, start(b), ends[b]);
            }

            private int start(int row) {
                int before = row == 0 ? 0 : ends[row - 1];
                return before < 0 ? -1 - before : before;
            }
        };
    }

    /** The different texts among the present cells of rows 0 to {@code rows} - 1. */
    static int count(int rows, Cells cells) {
        return count(rows, cells, false);
    }

    /** True when no two present cells of rows 0 to {@code rows} - 1 hold the same text (stops at the first two). */
    static boolean unique(int rows, Cells cells) {
        return count(rows, cells, true) >= 0;
    }

    /** The count, or -1 at the first text seen twice when {@code stopAtRepeat}. */
    private static int count(int rows, Cells cells, boolean stopAtRepeat) {
        int[] slots = new int[64]; // 0 = empty, else row + 1
        int[] hashes = new int[64];
        int count = 0;
        for (int r = 0; r < rows; r++) {
            if (cells.missing(r)) {
                continue;
            }
            int h = spread(cells.hash(r));
            int mask = slots.length - 1;
            int at = h & mask;
            while (slots[at] != 0 && !(hashes[at] == h && cells.same(slots[at] - 1, r))) {
                at = (at + 1) & mask;
            }
            if (slots[at] != 0) {
                if (stopAtRepeat) {
                    return -1;
                }
                continue;
            }
            slots[at] = r + 1;
            hashes[at] = h;
            if (++count * 2 > slots.length && slots.length < 1 << 30) { // at most half full
                int[][] grown = grown(slots, hashes);
                slots = grown[0];
                hashes = grown[1];
            }
        }
        return count;
    }

    /** The table twice as large, every text in it placed again by its kept hash. */
    private static int[][] grown(int[] slots, int[] hashes) {
        int[] s = new int[slots.length * 2];
        int[] h = new int[slots.length * 2];
        int mask = s.length - 1;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != 0) {
                int at = hashes[i] & mask;
                while (s[at] != 0) {
                    at = (at + 1) & mask;
                }
                s[at] = slots[i];
                h[at] = hashes[i];
            }
        }
        return new int[][] {s, h};
    }

    /** Spreads a hash's bits over the low ones the table uses (MurmurHash3's finaliser). */
    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
