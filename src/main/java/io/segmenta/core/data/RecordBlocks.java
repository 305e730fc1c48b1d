package io.segmenta.core.data;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The records of a {@link RecordStream} handed out in blocks of {@link #ROWS} records, each field's
 * characters copied into the block, so that a large file is read ahead on a second thread: one thread
 * decodes and splits the text (the stream's whole work), the caller's thread types the cells
 * ({@link ColumnBuilder}) meanwhile. Three blocks circulate, so memory stays a few hundred kilobytes.
 * Records, lines and errors come out in the file's order, as from the stream itself: a problem the
 * stream raises on a record reaches the caller after every record before it.
 *
 * <p>Without read-ahead (small files, one core) the blocks are filled on the caller's thread.
 * {@link #close()} stops and joins the reading thread, so a cancelled or failed import leaves no
 * thread behind.
 */
final class RecordBlocks implements AutoCloseable {
    /** Records per block. */
    static final int ROWS = 4096;

    /** Up to {@link #ROWS} records of {@link #width} fields; the last block may hold fewer. */
    static final class Block {
        private char[] chars = new char[1 << 16];
        private int[] ends = new int[0];
        private final long[] lines = new long[ROWS];
        private final CharSlice slice = new CharSlice();
        private int width;
        private int rows;
        private long bytesRead;

        /** Records in the block. */
        int rows() {
            return rows;
        }

        /** Fields per record (the stream's width: short records are filled up with empty fields). */
        int width() {
            return width;
        }

        /** 1-based line of the file where record {@code r} starts. */
        long line(int r) {
            return lines[r];
        }

        /** Bytes the stream had read when the block was filled (for progress). */
        long bytesRead() {
            return bytesRead;
        }

        /** Field {@code j} of record {@code r}, as a slice reused by the next call. */
        CharSequence cell(int r, int j) {
            int c = r * width + j;
            slice.set(chars, c == 0 ? 0 : ends[c - 1], ends[c]);
            return slice;
        }

        /** Where cell {@code c} (record {@code c / width}, field {@code c % width}) ends in the block's characters. */
        int end(int c) {
            return ends[c];
        }

        /** A copy of the first {@code length} characters (for {@link CsvRecords}). */
        char[] copyChars(int length) {
            return Arrays.copyOf(chars, length);
        }

        /** A copy of the first {@code cells} field ends. */
        int[] copyEnds(int cells) {
            return Arrays.copyOf(ends, cells);
        }

        /** A copy of the records' lines. */
        long[] copyLines() {
            return Arrays.copyOf(lines, rows);
        }

        /** Fills the block from the stream; false when the stream had no record left. */
        boolean fill(RecordStream records) throws IOException {
            rows = 0;
            int len = 0;
            while (rows < ROWS && records.next()) {
                int w = records.width();
                if (ends.length < ROWS * w) {
                    ends = new int[ROWS * w];
                }
                width = w;
                int c = rows * w;
                for (int j = 0; j < w; j++) {
                    CharSequence cell = records.cell(j);
                    int n = cell.length();
                    if (len + n > chars.length) {
                        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, len + n));
                    }
                    if (cell instanceof CharSlice) {
                        CharSlice s = (CharSlice) cell;
                        System.arraycopy(s.array(), s.offset(), chars, len, n);
                    } else {
                        for (int i = 0; i < n; i++) {
                            chars[len + i] = cell.charAt(i);
                        }
                    }
                    len += n;
                    ends[c + j] = len;
                }
                lines[rows++] = records.line();
            }
            bytesRead = records.bytesRead();
            return rows > 0;
        }
    }

    private static final Block END = new Block();

    private final RecordStream records;
    private final Thread reader;
    private final BlockingQueue<Block> full = new ArrayBlockingQueue<>(3);
    private final BlockingQueue<Block> free = new ArrayBlockingQueue<>(3);
    private volatile Throwable failure;
    private Block current;

    /**
     * @param records the stream, positioned after the header (if any); it is read only through this
     *                object from now on, and is not closed by it
     * @param ahead   read ahead on a second thread
     */
    RecordBlocks(RecordStream records, boolean ahead) {
        this.records = records;
        if (!ahead) {
            reader = null;
            current = new Block();
            return;
        }
        for (int i = 0; i < 3; i++) {
            free.add(new Block());
        }
        reader = new Thread(this::readAhead, "segmenta-csv-read");
        reader.setDaemon(true);
        reader.start();
    }

    private void readAhead() {
        try {
            while (true) {
                Block b = free.take();
                boolean more;
                try {
                    more = b.fill(records);
                } catch (IOException | RuntimeException | Error e) {
                    failure = e;
                    more = false;
                }
                if (!more) {
                    full.put(END);
                    return;
                }
                full.put(b);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // close(): the caller stopped reading
        } catch (Error e) {
            // out of memory in the queues themselves, outside a block's fill: the thread ends here without
            // END, and next() sees it has ended and throws this (before, Java printed it as a stack trace)
            if (failure == null) {
                failure = e;
            }
        }
    }

    /** The next full block, or END once the reader has ended without one (see {@link #readAhead}). */
    private Block takeFull() throws InterruptedException {
        while (true) {
            Block b = full.poll(100, TimeUnit.MILLISECONDS);
            if (b != null) {
                return b;
            }
            if (!reader.isAlive()) {
                b = full.poll();
                return b != null ? b : END;
            }
        }
    }

    /**
     * The next block, or null after the last one; the block returned before is reused from now on.
     *
     * @throws IOException as the stream threw it (a {@link CsvFormatException} as itself)
     */
    Block next() throws IOException {
        if (reader == null) {
            return current.fill(records) ? current : null;
        }
        try {
            if (current != null) {
                free.put(current);
                current = null;
            }
            Block b = takeFull();
            if (b == END) {
                full.put(END); // a later call ends again
                Throwable t = failure;
                if (t instanceof IOException) {
                    throw (IOException) t;
                } else if (t instanceof RuntimeException) {
                    throw (RuntimeException) t;
                } else if (t instanceof Error) {
                    throw (Error) t;
                }
                return null;
            }
            current = b;
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("reading the file was interrupted");
        }
    }

    /** Stops the reading thread (when the caller stops early) and waits until it has ended. */
    @Override
    public void close() {
        if (reader == null) {
            return;
        }
        reader.interrupt();
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
