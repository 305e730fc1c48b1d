package io.segmenta.core.cluster;

import java.util.Objects;

/**
 * A dense feature matrix: {@code rows x cols} doubles in one flat row-major array
 * ({@code values[i * cols + j]} is feature j of customer i). The clustering kernels work on this
 * layout directly; nothing is allocated per row.
 *
 * @param rows   number of customers
 * @param cols   number of features
 * @param values row-major values, length {@code rows * cols}; no NaN (preparation removes them)
 */
public record DataMatrix(int rows, int cols, double[] values) {
    public DataMatrix {
        Objects.requireNonNull(values, "values");
        if (rows < 0 || cols < 0 || (long) rows * cols != values.length) {
            throw new IllegalArgumentException("matrix " + rows + " x " + cols + " needs " + (long) rows * cols
                    + " values, got " + values.length);
        }
    }

    public double get(int row, int col) {
        return values[row * cols + col];
    }

    /** A copy of row {@code i}. */
    public double[] row(int i) {
        double[] r = new double[cols];
        System.arraycopy(values, i * cols, r, 0, cols);
        return r;
    }

    /** Builds a matrix from row arrays (tests and small tables). */
    public static DataMatrix ofRows(double[][] rows) {
        int n = rows.length;
        int d = n == 0 ? 0 : rows[0].length;
        double[] v = new double[n * d];
        for (int i = 0; i < n; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values, expected " + d);
            }
            System.arraycopy(rows[i], 0, v, i * d, d);
        }
        return new DataMatrix(n, d, v);
    }
}
