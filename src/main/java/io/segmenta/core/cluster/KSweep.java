package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Runs k-means for every k of a range and measures each clustering: WCSS (for the elbow),
 * silhouette, Calinski-Harabasz and Davies-Bouldin. The point for k is exactly
 * {@code KMeans.fit(x, new Options(k, starts, seed, 300, 1e-4))}, so the clustering the user
 * then asks for at the recommended k is the one the sweep showed. Above
 * {@link Silhouette#EXACT_LIMIT} rows the silhouette of every k is computed on the same seeded
 * sample of customers.
 */
public final class KSweep {
    private KSweep() {
    }

    /**
     * @param starts k-means++ starts per k; 0 for automatic ({@link KMeans#autoStarts})
     * @param p      progress, "k = 4 of 10: Start 3 of 10"; may be called from worker threads
     * @param c      polled between k values, starts, iterations and silhouette chunks; may be
     *               called from worker threads
     * @throws SegmentaException for an empty table, kMin < 1, kMax > rows, kMin > kMax, or fewer
     *                           distinct customers than kMin
     */
    public static SweepResult run(DataMatrix x, int kMin, int kMax, int starts, long seed, ProgressListener p,
            CancellationToken c) {
        Objects.requireNonNull(x, "x");
        if (kMin > kMax) {
            throw new SegmentaException("The k range " + kMin + " to " + kMax + " is empty: the smallest k must not"
                    + " be larger than the largest.");
        }
        KMeans.Options base = new KMeans.Options(kMin, starts, seed, 300, 1e-4);
        KMeans.validate(x.rows(), x.cols(), base);
        KMeans.validateK(kMax, x.rows());
        BlockedData data = BlockedData.of(x, c);
        boolean sampled = x.rows() > Silhouette.EXACT_LIMIT;
        int[] sampleRows = sampled ? Silhouette.sampleRows(x.rows(), seed) : null;
        DataMatrix silhouetteData = sampled ? Silhouette.subset(x, sampleRows) : x;

        Fits fits = fitEach(x, silhouetteData, sampleRows, kMin, kMax, (k, fitProgress) -> {
            KMeansResult r = KMeans.fit(data, base.withK(k), fitProgress, c);
            return new Fit(r.wcss(), r.labels(), r.sizes(), Double.NaN, Double.NaN);
        }, p, c);
        List<SweepPoint> points = fits.points();
        int distinct = fits.distinctPoints();
        SweepResult result = recommend(points, sampled, silhouetteData.rows(), x.rows(), distinct);
        p.progress(1.0, "Sweep done: recommended k = " + result.recommendedK());
        return result;
    }

    /** One clustering of a sweep, as {@link #score} needs it (BIC and AIC NaN where they do not apply). */
    record Fit(double wcss, int[] labels, int[] sizes, double bic, double aic) {
    }

    /** Fits the clustering for one k, reporting its own progress (already labelled "k = 4 of 10: ..."). */
    @FunctionalInterface
    interface FitK {
        Fit fit(int k, ProgressListener progress);
    }

    /**
     * The points of a sweep and, when it stopped early because the data have fewer distinct customers
     * than the next k, their number (else -1).
     */
    record Fits(List<SweepPoint> points, int distinctPoints) {
    }

    /**
     * Fits and scores every k from kMin to kMax. Progress is shared out by the work of each k (k + 1
     * units): 80% of a k's share for the fit, the rest for its scores. When a k exceeds the number
     * of distinct customers the sweep stops there, unless it is the first k (then the error stands).
     */
    static Fits fitEach(DataMatrix x, DataMatrix silhouetteData, int[] sampleRows, int kMin, int kMax, FitK fitK,
            ProgressListener p, CancellationToken c) {
        double totalWork = 0;
        for (int k = kMin; k <= kMax; k++) {
            totalWork += k + 1;
        }
        List<SweepPoint> points = new ArrayList<>();
        int distinct = -1;
        double done = 0;
        for (int k = kMin; k <= kMax; k++) {
            c.throwIfCancelled();
            double from = done / totalWork;
            done += k + 1;
            double to = done / totalWork;
            String label = "k = " + k + " of " + kMax;
            p.progress(from, label);
            Fit fit;
            try {
                ProgressListener fitProgress = p.range(from, from + 0.8 * (to - from));
                fit = fitK.fit(k, (f, m) -> fitProgress.progress(f, label + ": " + m));
            } catch (TooFewDistinctPointsException e) {
                if (points.isEmpty()) {
                    throw e;
                }
                distinct = e.distinctPoints();
                break;
            }
            p.progress(from + 0.8 * (to - from), label + ": silhouette");
            points.add(score(x, silhouetteData, sampleRows, k, fit.wcss(), fit.labels(), fit.sizes(), fit.bic(),
                    fit.aic(), c));
        }
        return new Fits(points, distinct);
    }

    /**
     * Scores one labelling of a sweep: silhouette on {@code silhouetteData} (all rows, or the seeded
     * sample {@code sampleRows}), Calinski-Harabasz and Davies-Bouldin on all rows; NaN where the
     * indices are undefined.
     */
    static SweepPoint score(DataMatrix x, DataMatrix silhouetteData, int[] sampleRows, int k, double wcss, int[] labels,
            int[] sizes, double bic, double aic, CancellationToken c) {
        double sil = Double.NaN;
        double ch = Double.NaN;
        double db = Double.NaN;
        int segments = Labels.nonEmpty(sizes);
        if (Labels.defined(segments, x.rows())) {
            int[] sampleLabels = sampleRows != null ? Silhouette.subset(labels, sampleRows) : labels;
            int[] sampleCounts = Labels.counts(silhouetteData, sampleLabels, k);
            if (Labels.defined(Labels.nonEmpty(sampleCounts), silhouetteData.rows())) {
                sil = Silhouette.mean(Silhouette.samples(silhouetteData, sampleLabels, k, c));
            }
            double[] indices = ClusterIndices.both(x, labels, k);
            ch = indices[0];
            db = indices[1];
        }
        int[] desc = sizes.clone();
        Arrays.sort(desc);
        for (int i = 0, j = desc.length - 1; i < j; i++, j--) {
            int t = desc[i];
            desc[i] = desc[j];
            desc[j] = t;
        }
        return new SweepPoint(k, wcss, sil, ch, db, desc, bic, aic);
    }

    static SweepResult recommend(List<SweepPoint> points, boolean sampled, int sampleSize, int rows, int distinct) {
        double[] ks = new double[points.size()];
        double[] wcss = new double[points.size()];
        for (int i = 0; i < ks.length; i++) {
            ks[i] = points.get(i).k();
            wcss[i] = points.get(i).wcss();
        }
        int kneeIndex = Knee.index(ks, wcss);
        int kneeK = kneeIndex < 0 ? -1 : points.get(kneeIndex).k();
        SweepPoint best = null;
        for (SweepPoint pt : points) {
            if (!Double.isNaN(pt.silhouette()) && (best == null || pt.silhouette() > best.silhouette())) {
                best = pt;
            }
        }
        StringBuilder rule = new StringBuilder();
        int recommended;
        if (best != null) {
            recommended = best.k();
            rule.append(String.format(Locale.ROOT, "Recommended k = %d: highest silhouette (%.3f).", recommended,
                    best.silhouette()));
        } else {
            recommended = kneeK > 0 ? kneeK : points.get(0).k();
            rule.append("Recommended k = ").append(recommended).append(kneeK > 0
                    ? ": the elbow of the WCSS curve (no k of this sweep has a silhouette; it needs k = 2 or more)."
                    : ": no k of this sweep has a silhouette (it needs k = 2 or more) and there are too few k"
                            + " values for an elbow.");
        }
        if (kneeK > 0 && best != null) {
            rule.append(" The elbow of the WCSS curve is at k = ").append(kneeK).append('.');
        } else if (kneeK < 0 && best != null) {
            rule.append(" Too few k values to find an elbow of the WCSS curve.");
        }
        if (sampled && best != null) {
            rule.append(String.format(Locale.ROOT,
                    " The silhouette was estimated on a random sample of %,d of the %,d customers.", sampleSize, rows));
        }
        rule.append(stopNote(points, distinct));
        return new SweepResult(points, recommended, kneeK, rule.toString(), sampled, sampleSize);
    }

    /** " The data have only 3 distinct customers, so the sweep stops at k = 3." when it stopped early, else "". */
    static String stopNote(List<SweepPoint> points, int distinct) {
        return distinct > 0 ? " The data have only " + distinct + " distinct customers, so the sweep stops at k = "
                + points.get(points.size() - 1).k() + "." : "";
    }
}
