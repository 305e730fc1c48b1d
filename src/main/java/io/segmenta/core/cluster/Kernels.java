package io.segmenta.core.cluster;

/**
 * Inner loops over one {@link BlockedData} block, written so that the JDK 17 JIT vectorises them:
 * every loop runs over whole blocks with the same index into every array.
 */
final class Kernels {
    private static final int B = BlockedData.BLOCK;

    private Kernels() {
    }

    /**
     * out[i] = squared distance between row i of block {@code b} and the centre at
     * {@code c[cOff..cOff+d)}, for all {@link BlockedData#BLOCK} rows of the block (padding rows
     * included; callers ignore them).
     */
    static void squaredDistances(double[][] x, int b, int d, double[] c, int cOff, double[] out) {
        final int base = b * d;
        final double[] x0 = x[base];
        final double c0 = c[cOff];
        if (d == 1) {
            for (int i = 0; i < B; i++) {
                double t = x0[i] - c0;
                out[i] = t * t;
            }
            return;
        }
        final double[] x1 = x[base + 1];
        final double c1 = c[cOff + 1];
        for (int i = 0; i < B; i++) {
            double t = x0[i] - c0;
            double u = x1[i] - c1;
            out[i] = t * t + u * u;
        }
        int j = 2;
        for (; j + 1 < d; j += 2) {
            final double[] xa = x[base + j];
            final double[] xb = x[base + j + 1];
            final double ca = c[cOff + j];
            final double cb = c[cOff + j + 1];
            for (int i = 0; i < B; i++) {
                double t = xa[i] - ca;
                double u = xb[i] - cb;
                out[i] += t * t + u * u;
            }
        }
        if (j < d) {
            final double[] xa = x[base + j];
            final double ca = c[cOff + j];
            for (int i = 0; i < B; i++) {
                double t = xa[i] - ca;
                out[i] += t * t;
            }
        }
    }

    /**
     * Nearest centre of every row of a block, from the squared distances {@code dist[q][i]}.
     * The label is packed into the low {@code bits} mantissa bits of the (non-negative) distance
     * and the packed values are compared as longs: one branch-free minimum per centre instead of a
     * mispredicted branch. Exact ties go to the lowest centre index, as numpy's argmin; distances
     * that differ by less than 2^(bits-52) relative are treated as ties.
     */
    static void nearest(double[][] dist, int k, int bits, long[] packed) {
        final long mask = (1L << bits) - 1;
        final double[] d0 = dist[0];
        for (int i = 0; i < B; i++) {
            packed[i] = Double.doubleToRawLongBits(d0[i]) & ~mask;
        }
        for (int q = 1; q < k; q++) {
            final double[] dq = dist[q];
            final long label = q;
            for (int i = 0; i < B; i++) {
                packed[i] = Math.min(packed[i], (Double.doubleToRawLongBits(dq[i]) & ~mask) | label);
            }
        }
    }

    /**
     * Sum of {@code v[from..to)} with four interleaved accumulators, to break the chain of additions'
     * latency; always in the same order, so reproducible.
     */
    static double sum(double[] v, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int q = from;
        for (; q + 3 < to; q += 4) {
            s0 += v[q];
            s1 += v[q + 1];
            s2 += v[q + 2];
            s3 += v[q + 3];
        }
        for (; q < to; q++) {
            s0 += v[q];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Bits needed to store a centre index below {@code k}. */
    static int labelBits(int k) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(k - 1));
    }
}
