package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sweep over k for any method that takes k: k-means ({@link KSweep}, unchanged), hierarchical
 * clustering (the tree is built once and cut at every k) and Gaussian mixtures (one fit per k, with
 * BIC and AIC). Every point carries WCSS, silhouette, Calinski-Harabasz and Davies-Bouldin, computed
 * as in {@link KSweep}. DBSCAN has no k: its tuning aid is the {@link KDistance} chart.
 */
public final class AlgorithmSweep {
    private AlgorithmSweep() {
    }

    /**
     * @param template the method and its other parameters; its k is replaced by each k of the sweep
     * @throws SegmentaException for DBSCAN, an empty table or a k range outside 1..rows
     */
    public static SweepResult run(DataMatrix x, AlgorithmSpec template, int kMin, int kMax, long seed,
            ProgressListener p, CancellationToken c) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(template, "template");
        if (template instanceof KMeansSpec km) {
            return KSweep.run(x, kMin, kMax, km.starts(), seed, p, c);
        }
        if (template instanceof DbscanSpec) {
            throw new SegmentaException("DBSCAN finds the number of segments itself, so there is no k to sweep. Use"
                    + " the k-distance chart to choose eps.");
        }
        if (kMin > kMax) {
            throw new SegmentaException("The k range " + kMin + " to " + kMax + " is empty: the smallest k must not"
                    + " be larger than the largest.");
        }
        Checks.requireClusterable(x, template.algorithm().label());
        KMeans.validateK(kMin, x.rows());
        KMeans.validateK(kMax, x.rows());
        boolean sampled = x.rows() > Silhouette.EXACT_LIMIT;
        int[] sampleRows = sampled ? Silhouette.sampleRows(x.rows(), seed) : null;
        DataMatrix silhouetteData = sampled ? Silhouette.subset(x, sampleRows) : x;
        if (template instanceof HierarchicalSpec h) {
            List<SweepPoint> points = new ArrayList<>();
            MergeTree tree = Hierarchical.tree(x, h.linkage(), p.range(0, 0.6), c);
            for (int k = kMin; k <= kMax; k++) {
                c.throwIfCancelled();
                p.progress(0.6 + 0.4 * (k - kMin) / (kMax - kMin + 1.0), "k = " + k + " of " + kMax + ": scoring");
                Clustering cut = Hierarchical.cut(x, h.withK(k), tree);
                points.add(KSweep.score(x, silhouetteData, sampleRows, k, cut.wcss(), cut.labels(), cut.sizes(),
                        Double.NaN, Double.NaN, c));
            }
            SweepResult r = KSweep.recommend(points, sampled, silhouetteData.rows(), x.rows(), -1);
            p.progress(1.0, "Sweep done: recommended k = " + r.recommendedK());
            return r;
        }
        GmmSpec g = (GmmSpec) template;
        KSweep.Fits fits = KSweep.fitEach(x, silhouetteData, sampleRows, kMin, kMax, (k, fitProgress) -> {
            Clustering fit = GaussianMixture.fit(x, g.withK(k), seed, fitProgress, c);
            return new KSweep.Fit(fit.wcss(), fit.labels(), fit.sizes(), fit.bic(), fit.aic());
        }, p, c);
        SweepResult r = recommendByBic(fits.points(), sampled, silhouetteData.rows(), x.rows(), fits.distinctPoints());
        p.progress(1.0, "Sweep done: lowest BIC at k = " + r.recommendedK());
        return r;
    }

    /** Gaussian mixtures: the lowest BIC is recommended; the lowest AIC and the WCSS elbow are reported. */
    static SweepResult recommendByBic(List<SweepPoint> points, boolean sampled, int sampleSize, int rows,
            int distinct) {
        SweepResult base = KSweep.recommend(points, sampled, sampleSize, rows, distinct);
        SweepPoint bic = points.get(0);
        SweepPoint aic = points.get(0);
        for (SweepPoint pt : points) {
            if (pt.bic() < bic.bic()) {
                bic = pt;
            }
            if (pt.aic() < aic.aic()) {
                aic = pt;
            }
        }
        StringBuilder rule = new StringBuilder(String.format(Locale.ROOT,
                "Recommended k = %d: lowest BIC (%.1f).", bic.k(), bic.bic()));
        if (aic.k() == bic.k()) {
            rule.append(" AIC is lowest there too.");
        } else {
            rule.append(String.format(Locale.ROOT, " AIC, which penalises extra components less, is lowest at k = %d.",
                    aic.k()));
        }
        if (sampled) {
            rule.append(String.format(Locale.ROOT,
                    " Silhouettes were estimated on a random sample of %,d of the %,d customers.", sampleSize, rows));
        }
        rule.append(KSweep.stopNote(points, distinct));
        return new SweepResult(points, bic.k(), base.kneeK(), rule.toString(), sampled, sampleSize, bic.k(), aic.k());
    }
}
