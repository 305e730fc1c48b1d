package io.segmenta.core.projectfile;

import io.segmenta.core.SegmentationSpec;
import java.util.List;
import java.util.Objects;

/**
 * A kept run of a project: its number in the session, its full spec (preparation, method and
 * parameters, seed), and the names and descriptions the analyst gave its segments. Its figures are
 * not stored: reopening the project runs the spec again on the same table, which gives them to the
 * last digit.
 *
 * @param number       "Run 3" is 3
 * @param spec         every choice that made it
 * @param names        segment names by segment id
 * @param descriptions segment descriptions by segment id ("" where none)
 */
public record ProjectRun(int number, SegmentationSpec spec, List<String> names, List<String> descriptions) {
    public ProjectRun {
        Objects.requireNonNull(spec, "spec");
        names = List.copyOf(names);
        descriptions = List.copyOf(descriptions);
    }
}
