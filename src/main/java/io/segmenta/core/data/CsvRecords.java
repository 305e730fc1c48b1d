package io.segmenta.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The data records of a CSV file exactly as one import read them (header excluded, short records
 * filled up with empty fields, as {@link CsvImporter#forEachRecord} streams them), kept by
 * {@link CsvImporter#readKeepingRecords} so that a batch prediction writes its answer from the same read
 * instead of reading the input a second time. The characters are kept in the blocks the import
 * filled ({@link RecordBlocks}), a few copies of large arrays rather than a {@code String} per cell.
 * Row {@code i} here is row {@code i} of the dataset read with it.
 */
public final class CsvRecords {
    private final int width;
    private final List<Chunk> chunks;
    private final int[] firstRows;
    private final int rows;

    private CsvRecords(int width, List<Chunk> chunks) {
        this.width = width;
        this.chunks = List.copyOf(chunks);
        this.firstRows = new int[chunks.size()];
        int r = 0;
        for (int i = 0; i < chunks.size(); i++) {
            firstRows[i] = r;
            r += chunks.get(i).rows;
        }
        this.rows = r;
    }

    /** Data records kept. */
    public int rows() {
        return rows;
    }

    /** Fields in each record. */
    public int width() {
        return width;
    }

    /** The records in order, in chunks of up to {@link RecordBlocks#ROWS}. */
    public List<Chunk> chunks() {
        return chunks;
    }

    /** The 1-based line of the file where data row {@code row} starts. */
    public long line(int row) {
        int i = Arrays.binarySearch(firstRows, row);
        if (i < 0) {
            i = -i - 2;
        }
        return chunks.get(i).line(row - firstRows[i]);
    }

    /** Consecutive records: their fields' characters one after the other, and where each field ends. */
    public static final class Chunk {
        private final char[] chars;
        private final int[] ends;
        private final long[] lines;
        private final int width;
        private final int rows;

        private Chunk(char[] chars, int[] ends, long[] lines, int width, int rows) {
            this.chars = chars;
            this.ends = ends;
            this.lines = lines;
            this.width = width;
            this.rows = rows;
        }

        /** Records in the chunk. */
        public int rows() {
            return rows;
        }

        /** The characters of every field; field {@code j} of record {@code r} is {@code [start(r, j), end(r, j))}. */
        public char[] chars() {
            return chars;
        }

        /** Where field {@code j} of record {@code r} starts in {@link #chars()}. */
        public int start(int r, int j) {
            int c = r * width + j;
            return c == 0 ? 0 : ends[c - 1];
        }

        /** Where field {@code j} of record {@code r} ends in {@link #chars()} (exclusive). */
        public int end(int r, int j) {
            return ends[r * width + j];
        }

        /** Field {@code j} of record {@code r} as a string. */
        public String text(int r, int j) {
            int from = start(r, j);
            return new String(chars, from, end(r, j) - from);
        }

        /** The 1-based line of the file where record {@code r} starts. */
        public long line(int r) {
            return lines[r];
        }
    }

    /**
     * Collects the blocks of one import while it reads them, up to a budget of memory; past it, it
     * lets them go ({@link #result} is then null and the caller reads the file again instead).
     */
    static final class Keeper {
        private final long budgetBytes;
        private final List<Chunk> chunks = new ArrayList<>();
        private long bytes;
        private int width = -1;
        private boolean over;

        /** @param budgetBytes most bytes of characters and field ends to keep */
        Keeper(long budgetBytes) {
            this.budgetBytes = budgetBytes;
        }

        /** A keeper with a quarter of the heap as its budget. */
        static Keeper ofHeap() {
            return new Keeper(Runtime.getRuntime().maxMemory() / 4);
        }

        /** Copies the records of a filled block. */
        void keep(RecordBlocks.Block b) {
            if (over || b.rows() == 0) {
                return;
            }
            int cells = b.rows() * b.width();
            int length = cells == 0 ? 0 : b.end(cells - 1);
            bytes += 2L * length + 4L * cells + 8L * b.rows();
            if (bytes > budgetBytes) {
                over = true;
                chunks.clear();
                return;
            }
            width = b.width();
            chunks.add(new Chunk(b.copyChars(length), b.copyEnds(cells), b.copyLines(), b.width(), b.rows()));
        }

        /** Forgets what was kept (the file is being read again, in another character set). */
        void clear() {
            chunks.clear();
            bytes = 0;
            width = -1;
            over = false;
        }

        /** The records kept; null when they were over the budget. */
        CsvRecords result(int columns) {
            return over ? null : new CsvRecords(width < 0 ? columns : width, chunks);
        }
    }
}
