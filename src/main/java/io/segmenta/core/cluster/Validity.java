package io.segmenta.core.cluster;

import io.segmenta.core.work.CancellationToken;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Validity indices of any clustering, as scikit-learn computes them: WCSS, mean silhouette
 * ({@code silhouette_score}), Calinski-Harabasz ({@code calinski_harabasz_score}) and
 * Davies-Bouldin ({@code davies_bouldin_score}). DBSCAN's noise customers are left out of all four
 * (scikit-learn would treat noise as one more segment); {@link #note()} says so.
 *
 * @param wcss             within-segment sum of squares of the customers in segments
 * @param silhouette       mean silhouette, exact up to {@link Silhouette#EXACT_LIMIT} customers and
 *                         estimated on a seeded sample above; NaN when undefined (fewer than 2
 *                         non-empty segments, or every customer alone)
 * @param calinskiHarabasz higher is better; NaN where undefined
 * @param daviesBouldin    lower is better; NaN where undefined
 * @param rowsScored       customers the indices were computed on
 * @param noiseLeftOut     noise customers left out
 */
public record Validity(double wcss, SilhouetteScore silhouette, double calinskiHarabasz, double daviesBouldin,
        int rowsScored, int noiseLeftOut) {

    /**
     * Hands the indices to {@code put} by the names Segmenta's JSON uses (the CLI's output, the model
     * file's metrics), finite values only, in this order: silhouette, calinski_harabasz, davies_bouldin.
     */
    public static void putIndices(double silhouette, double calinskiHarabasz, double daviesBouldin,
                                  BiConsumer<String, Double> put) {
        putFinite(put, "silhouette", silhouette);
        putFinite(put, "calinski_harabasz", calinskiHarabasz);
        putFinite(put, "davies_bouldin", daviesBouldin);
    }

    /** As {@link #putIndices(double, double, double, BiConsumer)}, for these indices. */
    public void putIndices(BiConsumer<String, Double> put) {
        putIndices(silhouette.value(), calinskiHarabasz, daviesBouldin, put);
    }

    private static void putFinite(BiConsumer<String, Double> put, String name, double value) {
        if (Double.isFinite(value)) {
            put.accept(name, value);
        }
    }

    /** Computes every index of {@code c}, a clustering of {@code x}. */
    public static Validity of(DataMatrix x, Clustering c, long seed, CancellationToken cancel) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(c, "c");
        if (c.rows() != x.rows()) {
            throw new IllegalArgumentException(c.rows() + " labels for " + x.rows() + " rows");
        }
        DataMatrix scored = x;
        int[] labels = c.labels();
        if (c.noise() > 0) {
            int[] rows = new int[x.rows() - c.noise()];
            for (int i = 0, r = 0; i < labels.length; i++) {
                if (labels[i] >= 0) {
                    rows[r++] = i;
                }
            }
            scored = Silhouette.subset(x, rows);
            labels = Silhouette.subset(labels, rows);
        }
        int n = scored.rows();
        int k = c.k();
        double sil = Double.NaN;
        boolean sampled = false;
        int sampleSize = 0;
        double ch = Double.NaN;
        double db = Double.NaN;
        if (k >= 1 && n > 0 && Labels.defined(Labels.nonEmpty(Labels.counts(scored, labels, k)), n)) {
            cancel.throwIfCancelled();
            if (n > Silhouette.EXACT_LIMIT) {
                int[] sample = Silhouette.sampleRows(n, seed);
                int[] sampleLabels = Silhouette.subset(labels, sample);
                DataMatrix sx = Silhouette.subset(scored, sample);
                sampled = true;
                sampleSize = sample.length;
                if (Labels.defined(Labels.nonEmpty(Labels.counts(sx, sampleLabels, k)), sample.length)) {
                    sil = Silhouette.mean(Silhouette.samples(sx, sampleLabels, k, cancel));
                }
            } else {
                sil = Silhouette.mean(Silhouette.samples(scored, labels, k, cancel));
                sampleSize = n;
            }
            double[] indices = ClusterIndices.both(scored, labels, k);
            ch = indices[0];
            db = indices[1];
        }
        return new Validity(c.wcss(), new SilhouetteScore(sil, sampled, sampleSize), ch, db, n, c.noise());
    }

    /** What the figures are based on, for the user; empty when every customer counts. */
    public String note() {
        StringBuilder s = new StringBuilder();
        if (noiseLeftOut > 0) {
            s.append(String.format(Locale.ROOT, "WCSS, silhouette, Calinski-Harabasz and Davies-Bouldin are computed on"
                    + " the %,d customers in segments; the %,d noise customers are left out.", rowsScored, noiseLeftOut));
        }
        if (silhouette.sampled()) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(String.format(Locale.ROOT, "The silhouette is estimated on a random sample of %,d customers.",
                    silhouette.sampleSize()));
        }
        return s.toString();
    }
}
