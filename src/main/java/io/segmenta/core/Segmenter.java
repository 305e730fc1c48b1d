package io.segmenta.core;

import io.segmenta.core.cluster.AlgorithmSweep;
import io.segmenta.core.cluster.Clusterers;
import io.segmenta.core.cluster.Clustering;
import io.segmenta.core.cluster.DbscanSpec;
import io.segmenta.core.cluster.KDistance;
import io.segmenta.core.cluster.MixtureDetails;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.cluster.Validity;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.export.AppendedColumn;
import io.segmenta.core.export.OutlierColumns;
import io.segmenta.core.export.SegmentedCsvWriter;
import io.segmenta.core.prep.FeaturePreparer;
import io.segmenta.core.prep.PreparedFeatures;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.profile.SegmentProfiler;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The segmentation pipeline, a pure function of (dataset, spec): prepare the features, cluster with
 * the spec's method, score, profile and name. The window and the command line both call this, so
 * they agree.
 */
public final class Segmenter {
    private Segmenter() {
    }

    /**
     * The method of the spec for every k, with WCSS, silhouette, Calinski-Harabasz, Davies-Bouldin
     * (and BIC/AIC for Gaussian mixtures) and a recommended k; for DBSCAN, the k-distance chart with
     * a suggested eps.
     */
    public static SweepOutcome sweep(Dataset data, SweepSpec spec, ProgressListener progress, CancellationToken cancel) {
        progress.progress(0, "Preparing features");
        PreparedFeatures features = FeaturePreparer.prepare(data, spec.prep(), cancel);
        cancel.throwIfCancelled();
        if (spec.algorithm() instanceof DbscanSpec db) {
            KDistance chart = KDistance.of(features.matrix(), db.minSamples(), progress.range(0.02, 1), cancel);
            return new SweepOutcome(spec, features, null, chart);
        }
        if (spec.kMin() > features.rows()) {
            throw tooFew(spec.kMin(), features);
        }
        int kMax = Math.min(spec.kMax(), features.rows());
        SweepResult result = AlgorithmSweep.run(features.matrix(), spec.algorithm(), spec.kMin(), kMax, spec.seed(),
                progress.range(0.02, 1), cancel);
        return new SweepOutcome(spec, features, result, null);
    }

    /** Whether a segmentation's profiles include their box figures ({@link SegmentProfile#boxes}). */
    public enum BoxFigures {
        /** Median, quartiles and whiskers of every numeric column per segment: what the window's box plots draw. */
        INCLUDED,
        /**
         * Left out ({@link SegmentProfile#boxes} empty): for the command line, which prints means, mixes and names.
         * They are the costliest figures of a profile (every column's values grouped by segment, then selected):
         * `segmenta cluster` on 1,000,000 x 7 took 1.76 s with them and 1.65 s without (medians of 5).
         */
        LEFT_OUT
    }

    /** One segmentation with its validity indices, profiles (with their box figures) and names. */
    public static SegmentationResult segment(Dataset data, SegmentationSpec spec, ProgressListener progress,
                                             CancellationToken cancel) {
        return segment(data, spec, BoxFigures.INCLUDED, progress, cancel);
    }

    /** One segmentation with its validity indices, profiles and names; the profiles' box figures as asked. */
    public static SegmentationResult segment(Dataset data, SegmentationSpec spec, BoxFigures boxFigures,
                                             ProgressListener progress, CancellationToken cancel) {
        boolean boxes = boxFigures == BoxFigures.INCLUDED;
        progress.progress(0, "Preparing features");
        PreparedFeatures features = FeaturePreparer.prepare(data, spec.prep(), cancel);
        if (spec.k() > features.rows()) {
            throw tooFew(spec.k(), features);
        }
        cancel.throwIfCancelled();
        Clustering c = Clusterers.fit(features.matrix(), spec.algorithm(), spec.seed(), progress.range(0.02, 0.8),
                cancel);
        if (c.k() == 0) {
            DbscanSpec db = (DbscanSpec) spec.algorithm();
            throw new SegmentaException(String.format(Locale.ROOT, "DBSCAN with eps %.4g and min samples %d found no"
                    + " segment: every one of the %,d customers is noise. Increase eps (the k-distance chart suggests"
                    + " one) or lower min samples.", db.eps(), db.minSamples(), features.rows()));
        }
        cancel.throwIfCancelled();
        progress.progress(0.8, "Computing validity indices");
        Validity validity = Validity.of(features.matrix(), c, spec.seed(), cancel);
        cancel.throwIfCancelled();
        progress.progress(0.95, "Profiling segments");
        int[] segmentOfRow = new int[data.rowCount()];
        Arrays.fill(segmentOfRow, SegmentationResult.NOT_SEGMENTED);
        int[] rows = features.datasetRows();
        int[] labels = c.labels();
        for (int r = 0; r < rows.length; r++) {
            segmentOfRow[rows[r]] = labels[r] == Clustering.NOISE ? SegmentationResult.NOISE : labels[r];
        }
        // the columns the segmentation used: a constant or all-missing column left out of it does not name segments
        List<String> used = features.sourceColumns();
        List<String> columns = spec.prep().features().stream().filter(used::contains).toList();
        List<SegmentProfile> profiles = SegmentProfiler.profile(data, segmentOfRow, c.k(), columns, boxes);
        SegmentProfile noise = null;
        if (c.noise() > 0 || c.mixture().isPresent()) {
            double clustered = features.rows();
            List<SegmentProfile> adjusted = new ArrayList<>();
            for (SegmentProfile p : profiles) {
                String name = p.size() == 0 ? "Empty component " + p.number() : p.name();
                adjusted.add(new SegmentProfile(p.segment(), name, p.size(), p.size() / clustered, p.means(),
                        p.categoryMix(), p.differences(), p.boxes(), p.description()));
            }
            profiles = adjusted;
            if (c.noise() > 0) {
                int[] noiseOnly = new int[segmentOfRow.length];
                for (int i = 0; i < noiseOnly.length; i++) {
                    noiseOnly[i] = segmentOfRow[i] == SegmentationResult.NOISE ? 0 : -1;
                }
                SegmentProfile p = SegmentProfiler.profile(data, noiseOnly, 1, columns, boxes).get(0);
                noise = new SegmentProfile(-1, SegmentationResult.NOISE_NAME, p.size(), p.size() / clustered,
                        p.means(), p.categoryMix(), p.differences(), p.boxes(), p.description());
            }
        }
        progress.progress(1, "Done");
        return new SegmentationResult(spec, features, c, validity, segmentOfRow,
                features.rowsToOriginal(c.centroids()), profiles, noise);
    }

    /**
     * Writes the segmented CSV: every input row and column unchanged, plus "Segment" (1..k, empty
     * where the row was not segmented or is noise) and "Segment name" ("Noise" for DBSCAN noise,
     * empty where the row was not segmented). A Gaussian mixture adds "Segment probability", the
     * probability of the customer's own segment (0..1, 4 decimals); outlier detection adds "Outlier"
     * and "Outlier reason" ({@link OutlierColumns}).
     *
     * @param names the analyst's names per segment, or null for the automatic ones
     */
    public static void exportSegmented(Dataset data, SegmentationResult result, List<String> names, Path out,
                                       ProgressListener progress, CancellationToken cancel) {
        exportSegmented(data, result, names, null, out, progress, cancel);
    }

    /**
     * As {@link #exportSegmented(Dataset, SegmentationResult, List, Path, ProgressListener,
     * CancellationToken)}; when the analyst has described at least one segment, "Segment description"
     * follows "Segment name" with each segment's description (empty for segments not described, for
     * noise and for rows not segmented).
     *
     * @param descriptions the analyst's descriptions per segment, or null for none
     */
    public static void exportSegmented(Dataset data, SegmentationResult result, List<String> names,
                                       List<String> descriptions, Path out, ProgressListener progress,
                                       CancellationToken cancel) {
        List<String> finalNames = names == null ? result.names() : List.copyOf(names);
        if (finalNames.size() != result.k()) {
            throw new IllegalArgumentException("expected " + result.k() + " names, got " + finalNames.size());
        }
        if (descriptions != null && descriptions.size() != result.k()) {
            throw new IllegalArgumentException("expected " + result.k() + " descriptions, got " + descriptions.size());
        }
        int[] seg = result.segmentOfRow();
        List<AppendedColumn> extra = new ArrayList<>();
        extra.add(new AppendedColumn("Segment", row -> seg[row] < 0 ? "" : Integer.toString(seg[row] + 1)));
        extra.add(new AppendedColumn("Segment name", row -> seg[row] == SegmentationResult.NOISE
                ? SegmentationResult.NOISE_NAME : seg[row] < 0 ? "" : finalNames.get(seg[row])));
        if (descriptions != null && descriptions.stream().anyMatch(t -> t != null && !t.isBlank())) {
            List<String> said = descriptions.stream().map(t -> t == null ? "" : t.strip()).toList();
            extra.add(new AppendedColumn("Segment description", row -> seg[row] < 0 ? "" : said.get(seg[row])));
        }
        if (result.mixture().isPresent()) {
            MixtureDetails m = result.mixture().get();
            extra.add(new AppendedColumn("Segment probability", row -> {
                int r = result.preparedRow(row);
                return r < 0 ? "" : Double.toString(Math.round(m.maxProbability(r) * 1e4) / 1e4);
            }));
        }
        extra.addAll(OutlierColumns.of(result.features(), data.rowCount()));
        SegmentedCsvWriter.write(data, extra, out, progress, cancel);
    }

    private static SegmentaException tooFew(int k, PreparedFeatures features) {
        return new SegmentaException("k = " + k + " is larger than the " + features.rows()
                + " customers that can be segmented" + (features.rowsDropped() > 0
                ? " (" + features.rowsDropped() + " rows have missing values)" : "") + ". Choose k of at most "
                + features.rows() + ".");
    }
}
