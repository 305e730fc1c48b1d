package io.segmenta.ui.segment;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.profile.SilhouetteValues;
import io.segmenta.ui.Formats;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.charts.SilhouetteData;
import io.segmenta.ui.task.JobHandle;
import io.segmenta.ui.task.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Every customer's silhouette for the segmentation on show in {@link SegmentVisuals}, computed in the
 * background on demand (a seeded sample above {@value SilhouetteValues#EXACT_LIMIT} customers), once per
 * segmentation; a new segmentation or table drops them and cancels their job.
 */
final class SegmentSilhouettes {
    private final TaskRunner runner;
    private final NoticeBoard notices;
    final ReadOnlyObjectWrapper<SilhouetteData> values;
    /** True while this object's silhouette job waits or runs (false again when it ends in any way). */
    final ReadOnlyBooleanWrapper running;
    /** The silhouette job while it waits or runs, else null. */
    private JobHandle job;
    private SegmentationResult result;

    /** @param bean the view-model whose properties these are */
    SegmentSilhouettes(Object bean, TaskRunner runner, NoticeBoard notices) {
        this.runner = runner;
        this.notices = notices;
        values = new ReadOnlyObjectWrapper<>(bean, "silhouette");
        running = new ReadOnlyBooleanWrapper(bean, "silhouetteRunning");
    }

    /** The segmentation on show (null for none): the silhouettes of the one before go, their job is cancelled. */
    void show(SegmentationResult r) {
        result = r;
        JobHandle h = job;
        if (h != null) {
            h.cancel();
        }
        values.set(null);
    }

    /** Computes the silhouettes of the segmentation on show unless they are known or being computed. */
    void load() {
        SegmentationResult r = result;
        if (r == null || values.get() != null || running.get() || r.k() < 2) {
            return;
        }
        int n = r.features().rows();
        String title = n > SilhouetteValues.EXACT_LIMIT ? "Computing silhouettes of a sample of "
                + Formats.count(SilhouetteValues.EXACT_LIMIT) + " customers" : "Computing silhouettes";
        JobHandle h = runner.submit(SegmentVisuals.SILHOUETTES, title,
                (progress, cancel) -> SilhouetteValues.of(r.features(), r.segmentOfRow(), r.k(), r.spec().seed(),
                        progress, cancel),
                v -> {
                    if (result == r) {
                        values.set(new SilhouetteData(v.values(), v.rows(), v.segments(), r.k(), v.mean(),
                                v.total()));
                        runner.announce("Silhouettes: mean " + Formats.score(v.mean()));
                    }
                }, notices::error, done -> {
                    // a cancelled job (by the user or by other work) calls neither callback: its end is seen here
                    if (done.state().isDone() && job == done) {
                        job = null;
                        running.set(false);
                    }
                });
        if (h.isActive()) {
            job = h;
            running.set(true);
        }
    }
}
