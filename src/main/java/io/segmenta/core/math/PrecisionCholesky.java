package io.segmenta.core.math;

import java.util.Arrays;

/**
 * scikit-learn's {@code _compute_precision_cholesky} for a Gaussian mixture: per component, the
 * inverse of the lower Cholesky factor of its covariance (by forward substitution on the identity)
 * and the log-determinant of that inverse. The EM ({@code GaussianMixture}) and the saved model's
 * scoring ({@code MixtureAssignment}) both use it, so training customers get exactly their training
 * probabilities back.
 */
public final class PrecisionCholesky {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private PrecisionCholesky() {
    }

    /**
     * Fills {@code precChol} and {@code logDet} from {@code covariances}.
     *
     * @param full        full covariances (k x d x d, row-major) or diagonal ones (k x d)
     * @param covariances the covariances, regularisation included
     * @param precChol    out: k x d x d lower triangular inverse factors (full) or 1 / sd (diagonal)
     * @param logDet      out: per component the log-determinant of its inverse factor
     * @return -1, or the first component whose covariance is not positive definite (or not finite);
     *         the outputs of the components after it are not filled
     */
    public static int compute(boolean full, double[] covariances, int k, int d, double[] precChol, double[] logDet) {
        if (!full) {
            for (int c = 0; c < k; c++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double var = covariances[c * d + j];
                    if (!(var > 0) || !Double.isFinite(var)) {
                        return c;
                    }
                    precChol[c * d + j] = 1 / Math.sqrt(var);
                    s += Math.log(precChol[c * d + j]);
                }
                logDet[c] = s;
            }
            return -1;
        }
        double[] l = new double[d * d];
        for (int c = 0; c < k; c++) {
            int o = c * d * d;
            Arrays.fill(l, 0);
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) {
                    double s = covariances[o + a * d + b];
                    for (int m = 0; m < b; m++) {
                        s -= l[a * d + m] * l[b * d + m];
                    }
                    if (a == b) {
                        if (!(s > 0) || !Double.isFinite(s)) {
                            return c;
                        }
                        l[a * d + a] = Math.sqrt(s);
                    } else {
                        l[a * d + b] = s / l[b * d + b];
                    }
                }
            }
            // inverse of the lower triangular l, by forward substitution on the identity
            for (int col = 0; col < d; col++) {
                for (int a = 0; a < d; a++) {
                    double s = a == col ? 1 : 0;
                    for (int m = col; m < a; m++) {
                        s -= l[a * d + m] * precChol[o + m * d + col];
                    }
                    precChol[o + a * d + col] = a < col ? 0 : s / l[a * d + a];
                }
            }
            double ld = 0;
            for (int a = 0; a < d; a++) {
                ld += Math.log(precChol[o + a * d + a]);
            }
            logDet[c] = ld;
        }
        return -1;
    }

    /**
     * The log of weight times Gaussian density of component {@code c} at the customer in {@code x}
     * from {@code offset} (scikit-learn's {@code _estimate_weighted_log_prob} for one customer and
     * component), from the factors {@link #compute} filled.
     *
     * @param means k x d component means, row-major
     */
    public static double weightedLogDensity(boolean full, double[] precChol, double[] logDet, double[] logWeights,
                                            double[] means, int c, int d, double[] x, int offset) {
        int mo = c * d;
        double q = 0;
        if (full) {
            int o = c * d * d;
            for (int a = 0; a < d; a++) {
                double y = 0;
                for (int b = 0; b <= a; b++) {
                    y += (x[offset + b] - means[mo + b]) * precChol[o + a * d + b];
                }
                q += y * y;
            }
        } else {
            for (int j = 0; j < d; j++) {
                double y = (x[offset + j] - means[mo + j]) * precChol[mo + j];
                q += y * y;
            }
        }
        return -0.5 * (d * LOG_2PI + q) + logDet[c] + logWeights[c];
    }
}
