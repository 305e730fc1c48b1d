package io.segmenta.ui.segment;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.Dataset;
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
 * quarter of Java's memory (each keeps its prepared matrix); the newest always stays.
 */
final class KeptRuns {
    /** Runs kept for the comparison at most. */
    static final int MAX_RUNS = 12;

    private final ObservableList<SegmentationRun> runs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SegmentationRun> current = new ReadOnlyObjectWrapper<>(this, "currentRun");
    private int counter;

    /**
     * @param names        the segment names on show, kept into the current run as they change
     * @param descriptions the segment descriptions on show, likewise
     */
    KeptRuns(ObservableList<String> names, ObservableList<String> descriptions) {
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
