package io.segmenta.core.projectfile;

import java.util.List;
import java.util.Objects;

/**
 * A Segmenta project: an analysis that can be saved and reopened. It holds where the table came
 * from, the window's choices, every kept run's spec with its segment names and descriptions, the
 * run on show, the scatter's axes and the workflow step; {@link ProjectFiles} writes and reads it
 * as a {@code .segmenta} file (JSON, {@code "format": "segmenta-project"}, a format version).
 *
 * @param segmentaVersion the Segmenta that saved it ("0.9.0", "development build")
 * @param saved           when it was saved (ISO-8601 instant)
 * @param source          where the table came from and how it was read
 * @param choices         the window's choices
 * @param runs            the kept runs, oldest first
 * @param selectedRun     the number of the run on show, or 0 for none
 * @param xAxis           the scatter's horizontal axis, or null
 * @param yAxis           the scatter's vertical axis, or null
 * @param step            the workflow step on show ("DATA", "SEGMENT", ...)
 */
public record Project(String segmentaVersion, String saved, TableSource source, WindowChoices choices,
                      List<ProjectRun> runs, int selectedRun, String xAxis, String yAxis, String step) {
    /** The file extension, without the dot. */
    public static final String EXTENSION = "segmenta";
    /** The value of the file's {@code format} field. */
    public static final String FORMAT = "segmenta-project";
    /** The format version this Segmenta writes and the newest it reads. */
    public static final int VERSION = 1;

    public Project {
        Objects.requireNonNull(source, "source");
        runs = List.copyOf(runs);
    }

    /** The run on show, or null. */
    public ProjectRun selected() {
        return runs.stream().filter(r -> r.number() == selectedRun).findFirst().orElse(null);
    }

    /** The same project with the table read from another source (the data file moved). */
    public Project withSource(TableSource newSource) {
        return new Project(segmentaVersion, saved, newSource, choices, runs, selectedRun, xAxis, yAxis, step);
    }
}
