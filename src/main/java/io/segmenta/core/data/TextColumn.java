package io.segmenta.core.data;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Text cells kept as they are: identifiers (e.g. zero-padded ids such as 0001) and free text.
 *
 * <p>A large identifier column whose texts are all Latin-1 and differ (one row per customer) is kept
 * packed: its characters one byte each in one array and where each cell ends, instead of a
 * {@code String} per cell. On 10,000,000 ids of 8 characters that is 120 MB instead of 500 MB of the
 * window's heap; a cell's {@code String} is made when asked for ({@link #get}), and sorting compares
 * the bytes ({@link #compare}) without making any. Free text keeps its strings.
 */
public final class TextColumn implements Column {
    /** From this many rows a Latin-1 identifier column is packed; smaller ones keep their strings. */
    static final int PACK_FROM = 100_000;

    private final String name;
    private final ColumnType type;
    private final int size;
    private final int missing;
    /** The cells as strings, or null when packed. */
    private final String[] values;
    /** Packed: the characters of every cell, one after the other, one byte each (Latin-1). */
    private final byte[] chars;
    /** Packed: where cell i ends in {@link #chars} (it starts where cell i - 1 ends); -1 - that for a missing cell. */
    private final int[] ends;

    /** Takes ownership of {@code values}; null cells are missing. */
    public TextColumn(String name, ColumnType type, String[] values) {
        if (type != ColumnType.IDENTIFIER && type != ColumnType.TEXT) {
            throw new IllegalArgumentException("a text column is an identifier or free text, not " + type);
        }
        this.name = Objects.requireNonNull(name, "name");
        this.type = type;
        Objects.requireNonNull(values, "values");
        this.size = values.length;
        int m = 0;
        for (String v : values) {
            if (v == null) {
                m++;
            }
        }
        this.missing = m;
        long length = type == ColumnType.IDENTIFIER && values.length >= PACK_FROM && distinctAtFirst(values)
                ? latin1Length(values) : -1;
        if (length >= 0) {
            chars = new byte[(int) length];
            ends = new int[values.length];
            int at = 0;
            for (int i = 0; i < values.length; i++) {
                String v = values[i];
                if (v != null) {
                    for (int j = 0; j < v.length(); j++) {
                        chars[at++] = (byte) v.charAt(j); // Latin-1: each char is its low byte
                    }
                    ends[i] = at;
                } else {
                    ends[i] = -1 - at;
                }
            }
            this.values = null;
        } else {
            this.values = values;
            this.chars = null;
            this.ends = null;
        }
    }

    /**
     * An identifier column already packed ({@link PackedTexts}): its Latin-1 characters and where each cell ends
     * ({@code -1 - end} for a missing one), taken as they are.
     */
    TextColumn(String name, byte[] chars, int[] ends, int missing) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = ColumnType.IDENTIFIER;
        this.size = ends.length;
        this.missing = missing;
        this.chars = chars;
        this.ends = ends;
        this.values = null;
    }

    /**
     * True when the first {@link #PACK_FROM} texts are all different: one row per customer (a customer
     * table's ids), not a log whose lines repeat an invoice or a customer. A log is read once and coded
     * ({@code segmenta rfm}); packing its invoice numbers made that 0.5 s slower on 10,000,000 lines and
     * its peak 0.25 GB larger, for nothing kept.
     */
    private static boolean distinctAtFirst(String[] values) {
        Set<String> seen = new HashSet<>(2 * PACK_FROM);
        for (int i = 0; i < PACK_FROM; i++) {
            if (values[i] != null && !seen.add(values[i])) {
                return false;
            }
        }
        return true;
    }

    /** How many characters the texts hold, or -1 when one is beyond Latin-1 or they are too many for one array. */
    private static long latin1Length(String[] values) {
        long length = 0;
        for (String v : values) {
            if (v != null) {
                for (int i = 0; i < v.length(); i++) {
                    if (v.charAt(i) > 0xFF) {
                        return -1;
                    }
                }
                length += v.length();
            }
        }
        return length < Integer.MAX_VALUE - 16 ? length : -1;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public int size() {
        return size;
    }

    /** True when the cells are kept packed (a large Latin-1 column). */
    boolean packed() {
        return chars != null;
    }

    /** The text at {@code row}, null when missing. */
    public String get(int row) {
        if (values != null) {
            return values[row];
        }
        int end = ends[row];
        if (end < 0) {
            return null;
        }
        int start = start(row);
        return new String(chars, start, end - start, StandardCharsets.ISO_8859_1);
    }

    /** Where a packed cell starts: where the one before it ends. */
    private int start(int row) {
        if (row == 0) {
            return 0;
        }
        int before = ends[row - 1];
        return before < 0 ? -1 - before : before;
    }

    @Override
    public boolean isMissing(int row) {
        return values != null ? values[row] == null : ends[row] < 0;
    }

    @Override
    public int missingCount() {
        return missing;
    }

    @Override
    public String format(int row) {
        String v = get(row);
        return v == null ? "" : v;
    }

    /**
     * {@link RowSort#compareText} of the texts at two rows that are not missing, without making their
     * strings when the column is packed.
     */
    int compare(int a, int b) {
        if (values != null) {
            return RowSort.compareText(values[a], values[b]);
        }
        return RowSort.compareText(new Cell(a), new Cell(b));
    }

    /** How many different texts the present cells hold, counted in place ({@link DistinctCells}). */
    public int distinctCount() {
        return DistinctCells.count(size, values != null ? DistinctCells.of(values) : DistinctCells.packed(chars, ends));
    }

    /** A packed cell's characters, read in place. */
    private final class Cell implements CharSequence {
        private final int start;
        private final int length;

        Cell(int row) {
            start = start(row);
            length = ends[row] - start;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return (char) (chars[start + index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return toString().subSequence(from, to);
        }

        @Override
        public String toString() {
            return new String(chars, start, length, StandardCharsets.ISO_8859_1);
        }
    }
}
