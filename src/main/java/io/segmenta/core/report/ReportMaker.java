package io.segmenta.core.report;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.SweepSpec;
import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;

/**
 * The work behind a report, the same for the window and {@code segmenta report}: the segmentation
 * (when not already made) and the k sweep that shows why its k was chosen, on the same prepared
 * features, method and seed.
 */
public final class ReportMaker {
    /** The sweep runs from k = 1 to this k (or the segmentation's k, when larger). */
    public static final int SWEEP_MAX_K = 10;

    private ReportMaker() {
    }

    /** Segments {@code data} by {@code spec} (progress 0-60%). */
    public static SegmentationResult segment(Dataset data, SegmentationSpec spec, ProgressListener progress,
                                             CancellationToken cancel) {
        return Segmenter.segment(data, spec, progress.range(0, 0.6), cancel);
    }

    /**
     * The sweep over k for the segmentation's method, preparation and seed (progress 60-100%); null
     * for DBSCAN, which has no k.
     */
    public static SweepResult sweep(Dataset data, SegmentationResult result, ProgressListener progress,
                                    CancellationToken cancel) {
        SegmentationSpec spec = result.spec();
        if (spec.algorithm().algorithm() == Algorithm.DBSCAN) {
            return null;
        }
        int rows = result.features().rows();
        int kMax = Math.max(2, Math.min(Math.max(SWEEP_MAX_K, result.k()), rows - 1));
        SweepSpec sweep = new SweepSpec(spec.prep(), spec.algorithm(), 1, kMax, spec.seed());
        return Segmenter.sweep(data, sweep, progress.range(0.6, 1), cancel).result();
    }
}
