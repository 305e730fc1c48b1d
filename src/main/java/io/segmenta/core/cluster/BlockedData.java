package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;

/**
 * The k-means working copy of a {@link DataMatrix}: centred on the column means (as scikit-learn
 * does, for accuracy) and stored column-blocked. Rows are grouped in blocks of {@link #BLOCK}; a
 * block stores feature 0 of its rows contiguously, then feature 1, and so on, so that the distance
 * of a whole block to one centre is a plain loop over contiguous doubles that the JIT vectorises.
 *
 * <p>Feature {@code j} of row {@code b*BLOCK+i} is {@code x[b*cols + j][i]}: one small array per
 * block and feature. Separate arrays indexed from 0 matter: the JDK 17 JIT vectorises a loop only
 * when all its array accesses share the same index (measured: 4x slower with offsets into one
 * flat array). The last block is padded with zeros, so kernels always run over whole blocks.
 * Blocks are grouped in chunks of {@link #CHUNK_BLOCKS} for parallel passes.
 */
final class BlockedData {
    static final int BLOCK = 256;
    static final int CHUNK_BLOCKS = 64;
    static final int CHUNK_ROWS = BLOCK * CHUNK_BLOCKS;

    final int rows;
    final int cols;
    final int blocks;
    final int chunks;
    final double[][] x;
    /** Column means that were subtracted. */
    final double[] mean;
    /** Mean over columns of the population variance (scikit-learn's tolerance scale). */
    final double meanVariance;

    private BlockedData(int rows, int cols, double[][] x, double[] mean, double meanVariance) {
        this.rows = rows;
        this.cols = cols;
        this.blocks = (rows + BLOCK - 1) / BLOCK;
        this.chunks = Chunks.count(rows, CHUNK_ROWS);
        this.x = x;
        this.mean = mean;
        this.meanVariance = meanVariance;
    }

    /** First block of chunk {@code c}. */
    int chunkStart(int c) {
        return c * CHUNK_BLOCKS;
    }

    /** One past the last block of chunk {@code c}. */
    int chunkEnd(int c) {
        return Math.min(blocks, (c + 1) * CHUNK_BLOCKS);
    }

    /** Feature {@code j} of row {@code i}. */
    double get(int i, int j) {
        return x[(i / BLOCK) * cols + j][i % BLOCK];
    }

    /** Number of real rows in block {@code b}. */
    int blockLength(int b) {
        return Math.min(BLOCK, rows - b * BLOCK);
    }

    /**
     * Builds the centred blocked copy. Throws {@link SegmentaException} naming the first missing or
     * infinite value.
     */
    static BlockedData of(DataMatrix m, CancellationToken cancel) {
        final int n = m.rows();
        final int d = m.cols();
        final double[] v = m.values();
        final int chunks = Chunks.count(n, CHUNK_ROWS);
        final double[] partial = new double[chunks * d];
        final int[] bad = new int[chunks];
        Chunks.forEach(chunks, c -> {
            cancel.throwIfCancelled();
            int from = c * CHUNK_ROWS;
            int to = Math.min(n, from + CHUNK_ROWS);
            int off = c * d;
            bad[c] = -1;
            for (int i = from; i < to; i++) {
                int r = i * d;
                for (int j = 0; j < d; j++) {
                    double a = v[r + j];
                    if (!Double.isFinite(a) && bad[c] < 0) {
                        bad[c] = r + j;
                    }
                    partial[off + j] += a;
                }
            }
        });
        for (int c = 0; c < chunks; c++) {
            if (bad[c] >= 0) {
                int row = bad[c] / d;
                int col = bad[c] % d;
                throw new SegmentaException("Feature " + (col + 1) + " of customer " + (row + 1)
                        + " (row " + (row + 1) + " of the feature table) is "
                        + (Double.isNaN(v[bad[c]]) ? "missing" : "infinite")
                        + ": k-means needs a finite value in every cell. Impute or drop missing values in the"
                        + " preparation step first.");
            }
        }
        final double[] mean = new double[d];
        for (int c = 0; c < chunks; c++) {
            for (int j = 0; j < d; j++) {
                mean[j] += partial[c * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        final int blocks = (n + BLOCK - 1) / BLOCK;
        final double[][] x = new double[blocks * d][];
        final double[] squares = new double[chunks * d];
        Chunks.forEach(chunks, c -> {
            cancel.throwIfCancelled();
            int bEnd = Math.min(blocks, (c + 1) * CHUNK_BLOCKS);
            for (int b = c * CHUNK_BLOCKS; b < bEnd; b++) {
                int r0 = b * BLOCK;
                int len = Math.min(BLOCK, n - r0);
                for (int j = 0; j < d; j++) {
                    double[] col = new double[BLOCK];
                    double mj = mean[j];
                    double sq = 0;
                    for (int i = 0, r = r0 * d + j; i < len; i++, r += d) {
                        double a = v[r] - mj;
                        col[i] = a;
                        sq += a * a;
                    }
                    x[b * d + j] = col;
                    squares[c * d + j] += sq;
                }
            }
        });
        double var = 0;
        for (int j = 0; j < d; j++) {
            double s = 0;
            for (int c = 0; c < chunks; c++) {
                s += squares[c * d + j];
            }
            var += s / n;
        }
        return new BlockedData(n, d, x, mean, d == 0 ? 0 : var / d);
    }
}
