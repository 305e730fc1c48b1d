package io.segmenta.ui.segment;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.explain.Explanation;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.profile.SegmentProfiler;
import io.segmenta.core.project.Pca;
import io.segmenta.core.project.PcaResult;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.Parallel;
import io.segmenta.core.work.ProgressListener;

/**
 * A segmentation with what the Segment step's views need, worked out in a run's background job: the PCA
 * of its features and the first scores, the whole-table profile, the drivers, rules and warnings.
 *
 * @param projected the PCA scores per dataset row, or null for a single prepared customer
 */
record Segmented(SegmentationResult result, ProjectedScores projected, SegmentProfile whole, Explanation explanation) {
    /** Segments {@code d} by {@code spec}, then works out the views. */
    static Segmented of(Dataset d, SegmentationSpec spec, SweepResult sweep, ProgressListener progress,
                        CancellationToken cancel) {
        SegmentationResult r = Segmenter.segment(d, spec, progress.range(0, 0.9), cancel);
        return views(d, r, sweep, progress.range(0.9, 1), cancel);
    }

    /**
     * The views of segmentation {@code r}. The explanation (its rules tree keeps one core busy) runs beside
     * the PCA and the whole-table profile.
     */
    static Segmented views(Dataset d, SegmentationResult r, SweepResult sweep, ProgressListener progress,
                           CancellationToken cancel) {
        Parallel.Both<Explanation, Pictures> both = Parallel.both(() -> Explanation.of(d, r, sweep, cancel), () -> {
            progress.progress(0, "Projecting the customers (PCA); finding what drives the segments");
            PcaResult pca = r.features().rows() >= 2 ? Pca.fit(r.features().matrix(), r.features().featureNames()) : null;
            ProjectedScores projected = pca == null ? null : ProjectedScores.of(r, pca, d.rowCount());
            cancel.throwIfCancelled();
            progress.progress(0.5, "Profiling all customers; finding what drives the segments");
            SegmentProfile all = SegmentProfiler.whole(d, r.segmentOfRow());
            cancel.throwIfCancelled();
            progress.progress(0.75, "Finding what drives the segments");
            return new Pictures(projected, all);
        });
        return new Segmented(r, both.second().projected(), both.second().whole(), both.first());
    }

    /** The PCA scores and the whole-table profile, worked out while the explanation is. */
    private record Pictures(ProjectedScores projected, SegmentProfile whole) {
    }
}
