package io.segmenta.core;

import io.segmenta.core.cluster.KMeans;
import io.segmenta.core.cluster.KMeansResult;
import io.segmenta.core.cluster.KSweep;
import io.segmenta.core.cluster.Silhouette;
import io.segmenta.core.cluster.SilhouetteScore;
import io.segmenta.core.cluster.SweepResult;
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

/**
 * The segmentation pipeline, a pure function of (dataset, spec): prepare the features, cluster,
 * score, profile and name. The window and the command line both call this, so they agree.
 */
public final class Segmenter {
    private Segmenter() {
    }

    /** k-means for every k of the spec, with WCSS, silhouette and a recommended k. */
    public static SweepOutcome sweep(Dataset data, SweepSpec spec, ProgressListener progress, CancellationToken cancel) {
        progress.progress(0, "Preparing features");
        PreparedFeatures features = FeaturePreparer.prepare(data, spec.prep(), cancel);
        int kMax = spec.kMax();
        if (spec.kMin() > features.rows()) {
            throw tooFew(spec.kMin(), features);
        }
        kMax = Math.min(kMax, features.rows());
        cancel.throwIfCancelled();
        SweepResult result = KSweep.run(features.matrix(), spec.kMin(), kMax, spec.starts(), spec.seed(),
                progress.range(0.02, 1), cancel);
        return new SweepOutcome(spec, features, result);
    }

    /** One k-means segmentation with its silhouette, profiles and names. */
    public static SegmentationResult segment(Dataset data, SegmentationSpec spec, ProgressListener progress,
                                             CancellationToken cancel) {
        progress.progress(0, "Preparing features");
        PreparedFeatures features = FeaturePreparer.prepare(data, spec.prep(), cancel);
        if (spec.k() > features.rows()) {
            throw tooFew(spec.k(), features);
        }
        cancel.throwIfCancelled();
        KMeansResult km = KMeans.fit(features.matrix(), new KMeans.Options(spec.k(), spec.starts(), spec.seed(),
                300, 1e-4), progress.range(0.02, 0.8), cancel);
        cancel.throwIfCancelled();
        progress.progress(0.8, "Computing the silhouette");
        SilhouetteScore silhouette = spec.k() < 2
                ? new SilhouetteScore(Double.NaN, false, 0)
                : Silhouette.score(features.matrix(), km.labels(), km.k(), spec.seed());
        cancel.throwIfCancelled();
        progress.progress(0.95, "Profiling segments");
        int[] segmentOfRow = new int[data.rowCount()];
        Arrays.fill(segmentOfRow, -1);
        int[] rows = features.datasetRows();
        for (int r = 0; r < rows.length; r++) {
            segmentOfRow[rows[r]] = km.labels()[r];
        }
        List<SegmentProfile> profiles = SegmentProfiler.profile(data, segmentOfRow, km.k(), spec.prep().features());
        progress.progress(1, "Done");
        return new SegmentationResult(spec, features, km, silhouette, segmentOfRow,
                features.rowsToOriginal(km.centroids()), profiles);
    }

    /**
     * Writes the segmented CSV: every input row and column unchanged, plus "Segment" (1..k, empty
     * where the row was not segmented) and "Segment name"; with outlier detection also "Outlier"
     * and "Outlier reason" ({@link OutlierColumns}).
     *
     * @param names the analyst's names per segment, or null for the automatic ones
     */
    public static void exportSegmented(Dataset data, SegmentationResult result, List<String> names, Path out,
                                       ProgressListener progress, CancellationToken cancel) {
        List<String> finalNames = names == null ? result.names() : List.copyOf(names);
        if (finalNames.size() != result.k()) {
            throw new IllegalArgumentException("expected " + result.k() + " names, got " + finalNames.size());
        }
        int[] seg = result.segmentOfRow();
        List<AppendedColumn> extra = new ArrayList<>(List.of(
                new AppendedColumn("Segment", row -> seg[row] < 0 ? "" : Integer.toString(seg[row] + 1)),
                new AppendedColumn("Segment name", row -> seg[row] < 0 ? "" : finalNames.get(seg[row]))));
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
