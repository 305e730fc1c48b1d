package io.segmenta.ui.segment;

import io.segmenta.core.Comparison;
import io.segmenta.core.ComparisonRow;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.Dataset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One segmentation the analyst ran in this session, kept so runs can be compared side by side and
 * any of them made current again, with the segment names and descriptions it had.
 */
public final class SegmentationRun {
    private final int number;
    private final SegmentationResult result;
    private final Dataset data;
    private final ComparisonRow row;
    private final List<String> names;
    private final List<String> descriptions;
    /** The model file this run was last saved as (File > Save model…), or null. */
    private java.nio.file.Path modelFile;

    /**
     * @param number the run's number in the session (1, 2, ...)
     * @param names  the segment names it starts with (the automatic ones)
     */
    SegmentationRun(int number, SegmentationResult result, Dataset data, List<String> names) {
        this.number = number;
        this.result = Objects.requireNonNull(result, "result");
        this.data = Objects.requireNonNull(data, "data");
        this.row = Comparison.row(label(), result);
        this.names = new ArrayList<>(names);
        this.descriptions = new ArrayList<>(Collections.nCopies(result.k(), ""));
    }

    public int number() {
        return number;
    }

    /** "Run 3" */
    public String label() {
        return "Run " + number;
    }

    public SegmentationResult result() {
        return result;
    }

    /** The table it segmented. */
    public Dataset data() {
        return data;
    }

    /** Its line of the comparison table: method, parameters, k, noise, WCSS, silhouette, CH, DB, BIC, AIC. */
    public ComparisonRow row() {
        return row;
    }

    /** "k-means, k = 5", "DBSCAN, eps 0.4, min samples 5", ... */
    public String method() {
        return result.spec().algorithm().describe();
    }

    /** The segment names it had when last shown. */
    public List<String> names() {
        return List.copyOf(names);
    }

    /** The segment descriptions it had when last shown. */
    public List<String> descriptions() {
        return List.copyOf(descriptions);
    }

    /** The model file this run was last saved as, or null: its report says how to use it. */
    public java.nio.file.Path modelFile() {
        return modelFile;
    }

    void savedAs(java.nio.file.Path file) {
        this.modelFile = file;
    }

    /** Sets one segment's name or description while the run is not on show (Undo). */
    void keep(int segment, String name, String description) {
        if (name != null && segment >= 0 && segment < names.size()) {
            names.set(segment, name);
        }
        if (description != null && segment >= 0 && segment < descriptions.size()) {
            descriptions.set(segment, description);
        }
    }

    void keepNames(List<String> current, List<String> currentDescriptions) {
        if (current.size() == names.size()) {
            names.clear();
            names.addAll(current);
        }
        if (currentDescriptions.size() == descriptions.size()) {
            descriptions.clear();
            descriptions.addAll(currentDescriptions);
        }
    }

    /** "Run 3 · DBSCAN, eps 0.4, min samples 5" */
    @Override
    public String toString() {
        return label() + " · " + method();
    }
}
