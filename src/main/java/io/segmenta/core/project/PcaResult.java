package io.segmenta.core.project;

import io.segmenta.core.cluster.DataMatrix;
import java.util.List;
import java.util.Objects;

/**
 * A fitted principal component analysis, as scikit-learn's {@code PCA} with all components.
 *
 * @param featureNames           the d input features, in matrix column order
 * @param rows                   number of rows it was fitted on
 * @param mean                   per feature, the mean subtracted before projecting
 * @param components             d x d row-major: row c holds the unit weights ("loadings") of
 *                               component c on each feature, as scikit-learn's {@code components_}
 * @param explainedVariance      per component, the variance of its scores (denominator rows - 1,
 *                               as {@code explained_variance_})
 * @param explainedVarianceRatio per component, its share of the total variance
 *                               ({@code explained_variance_ratio_})
 */
public record PcaResult(List<String> featureNames, int rows, double[] mean, double[] components,
                        double[] explainedVariance, double[] explainedVarianceRatio) {
    public PcaResult {
        featureNames = List.copyOf(featureNames);
        int d = featureNames.size();
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(components, "components");
        if (mean.length != d || components.length != d * d || explainedVariance.length != d
                || explainedVarianceRatio.length != d) {
            throw new IllegalArgumentException("a PCA of " + d + " features needs " + d + " means, " + d * d
                    + " component weights and " + d + " variances");
        }
    }

    /** Number of features, and of components. */
    public int dimensions() {
        return featureNames.size();
    }

    /** Components named for people: "PC1", "PC2" ... */
    public static String componentName(int component) {
        return "PC" + (component + 1);
    }

    /** Weight of {@code feature} in {@code component} (both 0-based). */
    public double loading(int component, int feature) {
        return components[component * dimensions() + feature];
    }

    /** Running total of {@link #explainedVarianceRatio()}: the share explained by the first c + 1 components. */
    public double[] cumulativeRatio() {
        double[] out = new double[explainedVarianceRatio.length];
        double sum = 0;
        for (int c = 0; c < out.length; c++) {
            sum += explainedVarianceRatio[c];
            out[c] = sum;
        }
        return out;
    }

    /**
     * The scores of every row of {@code x} on the first {@code count} components, one array per
     * component ({@code result[c][i]} = score of row i on component c), computed in one pass over
     * the flat matrix.
     */
    public double[][] scores(DataMatrix x, int count) {
        int d = dimensions();
        if (x.cols() != d) {
            throw new IllegalArgumentException("the PCA has " + d + " features, the matrix " + x.cols());
        }
        int m = Math.max(0, Math.min(count, d));
        int n = x.rows();
        double[][] out = new double[m][n];
        double[] v = x.values();
        double[] centred = new double[d];
        for (int i = 0; i < n; i++) {
            int base = i * d;
            for (int j = 0; j < d; j++) {
                centred[j] = v[base + j] - mean[j];
            }
            for (int c = 0; c < m; c++) {
                int w = c * d;
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += centred[j] * components[w + j];
                }
                out[c][i] = s;
            }
        }
        return out;
    }
}
