package io.segmenta.ui.segment;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.Dataset;
import io.segmenta.ui.undo.Edit;
import io.segmenta.core.projectfile.ProjectRun;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The segmentations of the open table in this session, oldest first, and the one on show. The run
 * on show keeps the names and descriptions the analyst gives its segments. Old runs are let go
 * while there are more than {@value #MAX_RUNS} or while together they would hold more than a
 * quarter of Java's memory (each keeps its prepared matrix); the newest always stays. The analyst
 * can remove a run that is not on show, as an {@link Edit} that brings it back with its result.
 */
final class KeptRuns {
    /** Runs kept for the comparison at most. */
    static final int MAX_RUNS = 12;

    private final ObservableList<SegmentationRun> runs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SegmentationRun> current = new ReadOnlyObjectWrapper<>(this, "currentRun");
    private final ObservableList<String> names;
    private final ObservableList<String> descriptions;
    private int counter;

    /**
     * @param names        the segment names on show, kept into the current run as they change
     * @param descriptions the segment descriptions on show, likewise
     */
    KeptRuns(ObservableList<String> names, ObservableList<String> descriptions) {
        this.names = names;
        this.descriptions = descriptions;
        ListChangeListener<String> keep = c -> {
            SegmentationRun run = current.get();
            if (run != null) {
                run.keepNames(names, descriptions);
            }
        };
        names.addListener(keep);
        descriptions.addListener(keep);
    }

    /** Keeps a new run numbered after the last one, letting old ones go; it is not shown yet. */
    SegmentationRun add(SegmentationResult result, Dataset data, List<String> names) {
        SegmentationRun run = new SegmentationRun(++counter, result, data, names);
        runs.add(run);
        trim();
        return run;
    }

    /**
     * Keeps the runs of a reopened project under their saved numbers with their names and descriptions
     * (the automatic names where the saved ones do not fit); returns the one numbered {@code selected}, or null.
     */
    SegmentationRun restore(Dataset data, List<ProjectRun> saved, List<SegmentationResult> results,
                            Function<SegmentationResult, List<String>> automatic, int selected) {
        SegmentationRun chosen = null;
        for (int i = 0; i < saved.size(); i++) {
            ProjectRun p = saved.get(i);
            SegmentationResult r = results.get(i);
            SegmentationRun run = new SegmentationRun(p.number(), r, data, p.names().size() == r.k() ? p.names()
                    : automatic.apply(r));
            run.keepNames(run.names(), p.descriptions().size() == r.k() ? p.descriptions()
                    : Collections.nCopies(r.k(), ""));
            counter = Math.max(counter, p.number());
            runs.add(run);
            chosen = p.number() == selected ? run : chosen;
        }
        trim();
        return chosen != null && runs.contains(chosen) ? chosen : null;
    }

    boolean holds(SegmentationRun run) {
        return run != null && runs.contains(run);
    }

    /** Makes {@code run} the one on show (null: none, e.g. while the names of the next are set). */
    void show(SegmentationRun run) {
        current.set(run);
    }

    /**
     * Removes a run that is not on show and returns the edit that puts it back at its place, with its
     * result, names and descriptions (nothing is computed again); null when the run is not kept or is on show.
     */
    Edit remove(SegmentationRun run) {
        if (!holds(run) || run == current.get()) {
            return null;
        }
        runs.remove(run);
        return Edit.of("Remove " + run.label(), () -> putBack(run), () -> runs.remove(run), footprint(run.result()));
    }

    /**
     * Sets a segment's name and description in a run as they were (Undo): in the lists on show for the
     * run on show, else in the run; null leaves one unchanged.
     */
    void restoreText(SegmentationRun run, int segment, String name, String description) {
        if (run != current.get()) {
            run.keep(segment, name, description);
            return;
        }
        if (name != null && segment >= 0 && segment < names.size()) {
            names.set(segment, name);
        }
        if (description != null && segment >= 0 && segment < descriptions.size()) {
            descriptions.set(segment, description);
        }
    }

    /** Notes that the run of {@code result} was saved as the model {@code file}. */
    void savedAs(SegmentationResult result, java.nio.file.Path file) {
        runs.stream().filter(r -> r.result() == result).forEach(r -> r.savedAs(file));
    }

    /** Puts a removed run back among the others in run order (it may make one more than {@value #MAX_RUNS}). */
    private void putBack(SegmentationRun run) {
        if (runs.contains(run)) {
            return;
        }
        int at = 0;
        while (at < runs.size() && runs.get(at).number() < run.number()) {
            at++;
        }
        runs.add(at, run);
    }

    /** Forgets every run (a new table); the next run is Run 1 again, so run numbers count per table. */
    void clear() {
        current.set(null);
        runs.clear();
        counter = 0;
    }

    private void trim() {
        long budget = Runtime.getRuntime().maxMemory() / 4;
        long total = runs.stream().mapToLong(r -> footprint(r.result())).sum();
        while (runs.size() > 1 && (runs.size() > MAX_RUNS || total > budget)) {
            total -= footprint(runs.get(0).result());
            runs.remove(0);
        }
    }

    /** Bytes a kept run holds: its prepared matrix, labels and row maps, and a mixture's probabilities. */
    static long footprint(SegmentationResult r) {
        long rows = r.features().rows();
        long bytes = rows * r.features().cols() * Double.BYTES + rows * 3L * Integer.BYTES
                + (long) r.segmentOfRow().length * Integer.BYTES;
        if (r.mixture().isPresent()) {
            bytes += rows * r.k() * Double.BYTES;
        }
        return bytes;
    }

    ObservableList<SegmentationRun> list() {
        return runs;
    }

    ReadOnlyObjectProperty<SegmentationRun> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
