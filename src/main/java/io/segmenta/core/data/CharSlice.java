package io.segmenta.core.data;

/**
 * A window on a {@code char[]} read as a {@link CharSequence}, reused from cell to cell so that
 * reading a number or a date from a CSV field makes no {@code String} ({@link CsvTokenizer#cell}).
 * It does not copy: its contents change when the array or the window does.
 */
final class CharSlice implements CharSequence {
    private char[] chars = new char[0];
    private int offset;
    private int length;

    /** Points the slice at {@code chars[from, to)}. */
    void set(char[] chars, int from, int to) {
        this.chars = chars;
        this.offset = from;
        this.length = to - from;
    }

    /** The array the slice is on (for parsers that read it directly). */
    char[] array() {
        return chars;
    }

    /** Where the slice starts in {@link #array()}. */
    int offset() {
        return offset;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return chars[offset + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString(start, end);
    }

    /** The characters {@code [start, end)} of the slice as a new string. */
    String toString(int start, int end) {
        if (start < 0 || end > length || start > end) {
            throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + length);
        }
        return new String(chars, offset + start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, offset, length);
    }
}
