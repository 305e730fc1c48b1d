package io.segmenta.core.project;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.cluster.DataMatrix;
import java.util.List;

/**
 * Principal component analysis of a prepared feature matrix, matching scikit-learn's
 * {@code PCA(n_components=None)} (full SVD of the centred data): the components are the
 * eigenvectors of the covariance matrix, largest variance first.
 *
 * <p>The covariance is computed in one pass over the flat row-major matrix, accumulating the
 * cross-products of the values shifted by the first row (which keeps the sums small, so the
 * subtraction of the mean's product loses no precision even for raw, uncentred units). The d x d
 * eigen-decomposition is a Jacobi solver ({@link SymmetricEigen}): d is small, and it needs no
 * native LAPACK. A million rows of six features take a few tens of milliseconds.
 *
 * <p>Sign convention: an eigenvector's sign is arbitrary; each component is flipped so that its
 * largest weight in absolute value is positive. That is scikit-learn's {@code svd_flip} with
 * {@code u_based_decision=False}, which {@code PCA} uses from scikit-learn 1.5 (older versions
 * decided on the scores instead, so signs may differ from theirs; the variances never do).
 */
public final class Pca {
    private Pca() {
    }

    /**
     * Fits the PCA.
     *
     * @param x            prepared features, one row per customer (no NaN)
     * @param featureNames one name per matrix column
     * @throws SegmentaException with fewer than 2 rows or no features
     */
    public static PcaResult fit(DataMatrix x, List<String> featureNames) {
        int n = x.rows();
        int d = x.cols();
        if (featureNames.size() != d) {
            throw new IllegalArgumentException(d + " columns but " + featureNames.size() + " names");
        }
        if (d == 0) {
            throw new SegmentaException("A projection needs at least one feature. Choose features and segment again.");
        }
        if (n < 2) {
            throw new SegmentaException("A projection needs at least 2 customers; there " + (n == 1 ? "is 1" : "are " + n)
                    + ". Open a larger table.");
        }
        double[] v = x.values();
        double[] shift = new double[d];
        System.arraycopy(v, 0, shift, 0, d);
        double[] sum = new double[d];
        double[] cross = new double[d * d];
        double[] t = new double[d];
        for (int i = 0; i < n; i++) {
            int base = i * d;
            for (int j = 0; j < d; j++) {
                double s = v[base + j] - shift[j];
                t[j] = s;
                sum[j] += s;
            }
            for (int j = 0; j < d; j++) {
                double tj = t[j];
                int row = j * d;
                for (int k = j; k < d; k++) {
                    cross[row + k] += tj * t[k];
                }
            }
        }
        double[] mean = new double[d];
        double[] shiftedMean = new double[d];
        for (int j = 0; j < d; j++) {
            shiftedMean[j] = sum[j] / n;
            mean[j] = shift[j] + shiftedMean[j];
        }
        double[] cov = new double[d * d];
        double total = 0;
        for (int j = 0; j < d; j++) {
            for (int k = j; k < d; k++) {
                double c = (cross[j * d + k] - n * shiftedMean[j] * shiftedMean[k]) / (n - 1);
                cov[j * d + k] = c;
                cov[k * d + j] = c;
            }
            total += cov[j * d + j];
        }
        SymmetricEigen eig = SymmetricEigen.of(cov, d);
        double[] variance = new double[d];
        double[] ratio = new double[d];
        double[] components = eig.vectors.clone();
        for (int c = 0; c < d; c++) {
            // rounding can leave a tiny negative eigenvalue where the true one is 0
            variance[c] = Math.max(0, eig.values[c]);
            ratio[c] = total > 0 ? variance[c] / total : 0;
            flipSign(components, c, d);
        }
        return new PcaResult(featureNames, n, mean, components, variance, ratio);
    }

    /** Makes the largest |weight| of component c positive (scikit-learn's svd_flip on the components). */
    private static void flipSign(double[] components, int c, int d) {
        int base = c * d;
        int largest = 0;
        for (int j = 1; j < d; j++) {
            if (Math.abs(components[base + j]) > Math.abs(components[base + largest])) {
                largest = j;
            }
        }
        if (components[base + largest] < 0) {
            for (int j = 0; j < d; j++) {
                components[base + j] = -components[base + j];
            }
        }
    }
}
