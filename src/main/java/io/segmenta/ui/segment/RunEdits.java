package io.segmenta.ui.segment;

import io.segmenta.core.SegmentationResult;
import io.segmenta.ui.undo.Edit;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What other steps change in the kept runs ({@link KeptRuns}) from outside the Segment step: a run
 * removed in Compare runs (an {@link Edit} for the window's Undo history), a segment's name and
 * description put back by Undo, and the model file a run was saved as (Predict).
 */
public final class RunEdits {
    private final KeptRuns runs;
    private Consumer<Edit> edits = e -> { }; // where a removed run's edit goes (the window's Undo history)

    RunEdits(KeptRuns runs) {
        this.runs = Objects.requireNonNull(runs, "runs");
    }

    /** Sets a segment's name and description in a kept run as they were (Undo); null leaves one unchanged. */
    public void restoreText(SegmentationRun run, int segment, String name, String description) {
        runs.restoreText(run, segment, name, description);
    }

    /** Removes a kept run that is not on show; Edit > Undo brings it back with its result. */
    public void removeRun(SegmentationRun run) {
        Optional.ofNullable(runs.remove(run)).ifPresent(edits);
    }

    /** Hands every run removal to {@code sink} (the window's Undo history). */
    public void recordEditsTo(Consumer<Edit> sink) {
        this.edits = Objects.requireNonNull(sink, "sink");
    }

    /** Notes that the run of {@code r} was saved as the model {@code file}: its report then says how to use it. */
    public void modelSaved(SegmentationResult r, Path file) {
        runs.savedAs(r, file);
    }
}
