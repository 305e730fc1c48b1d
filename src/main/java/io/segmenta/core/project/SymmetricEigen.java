package io.segmenta.core.project;

import java.util.Arrays;

/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by the cyclic Jacobi method: plane
 * rotations zero the off-diagonal entries one at a time until they are negligible. For the d x d
 * covariance of a few dozen features this is exact to rounding, needs no native library, and is
 * deterministic. Results are sorted by eigenvalue, largest first.
 */
final class SymmetricEigen {
    private static final int MAX_SWEEPS = 100;

    /** Eigenvalues, largest first. */
    final double[] values;
    /** Unit eigenvectors, row-major: row i belongs to {@code values[i]}. */
    final double[] vectors;

    private SymmetricEigen(double[] values, double[] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    /**
     * Decomposes the symmetric {@code d x d} matrix {@code m} (row-major, not changed).
     *
     * @throws IllegalArgumentException when {@code m} is not square, not symmetric or not finite
     */
    static SymmetricEigen of(double[] m, int d) {
        if (m.length != d * d) {
            throw new IllegalArgumentException("a " + d + " x " + d + " matrix needs " + d * d + " values");
        }
        double[] a = m.clone();
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double x = a[i * d + j];
                if (!Double.isFinite(x) || Math.abs(x - a[j * d + i]) > 1e-9 * (1 + Math.abs(x))) {
                    throw new IllegalArgumentException("matrix is not finite and symmetric at " + i + ", " + j);
                }
            }
        }
        double[] v = new double[d * d];
        for (int i = 0; i < d; i++) {
            v[i * d + i] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            double diag = 0;
            for (int p = 0; p < d; p++) {
                diag += a[p * d + p] * a[p * d + p];
                for (int q = p + 1; q < d; q++) {
                    off += a[p * d + q] * a[p * d + q];
                }
            }
            if (off <= 1e-30 * Math.max(diag, Double.MIN_NORMAL)) {
                break;
            }
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    rotate(a, v, d, p, q);
                }
            }
        }
        return sorted(a, v, d);
    }

    /** One Jacobi rotation in the (p, q) plane that zeroes a[p][q]; the columns of v collect the rotations. */
    private static void rotate(double[] a, double[] v, int d, int p, int q) {
        double apq = a[p * d + q];
        if (apq == 0) {
            return;
        }
        double app = a[p * d + p];
        double aqq = a[q * d + q];
        double theta = (aqq - app) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < d; k++) {
            double akp = a[k * d + p];
            double akq = a[k * d + q];
            a[k * d + p] = c * akp - s * akq;
            a[k * d + q] = s * akp + c * akq;
        }
        for (int k = 0; k < d; k++) {
            double apk = a[p * d + k];
            double aqk = a[q * d + k];
            a[p * d + k] = c * apk - s * aqk;
            a[q * d + k] = s * apk + c * aqk;
        }
        a[p * d + q] = 0;
        a[q * d + p] = 0;
        for (int k = 0; k < d; k++) {
            double vkp = v[k * d + p];
            double vkq = v[k * d + q];
            v[k * d + p] = c * vkp - s * vkq;
            v[k * d + q] = s * vkp + c * vkq;
        }
    }

    private static SymmetricEigen sorted(double[] a, double[] v, int d) {
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(a[y * d + y], a[x * d + x]));
        double[] values = new double[d];
        double[] vectors = new double[d * d];
        for (int r = 0; r < d; r++) {
            int col = order[r];
            values[r] = a[col * d + col];
            for (int k = 0; k < d; k++) {
                vectors[r * d + k] = v[k * d + col];
            }
        }
        return new SymmetricEigen(values, vectors);
    }
}
