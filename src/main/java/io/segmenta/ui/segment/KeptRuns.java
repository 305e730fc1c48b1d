package io.segmenta.ui.segment;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.Dataset;
import java.util.List;
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

    /** Keeps a run of a reopened project under its saved number, with its names and descriptions. */
    SegmentationRun restore(int number, SegmentationResult result, Dataset data, List<String> names,
                            List<String> descriptions) {
        SegmentationRun run = new SegmentationRun(number, result, data, names);
        run.keepNames(names, descriptions);
        counter = Math.max(counter, number);
        runs.add(run);
        trim();
        return run;
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
