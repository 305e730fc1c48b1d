package io.segmenta.core.report;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.data.Dataset;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a report shows: the table, the segmentation, the k sweep that chose k (null for a
 * method without k, DBSCAN), the analyst's names and descriptions, and how to use the model.
 *
 * @param data         the customer table the segmentation ran on
 * @param result       the segmentation
 * @param sweep        the sweep over k on the same features, or null
 * @param names        segment names by segment id (empty: the automatic names)
 * @param descriptions segment descriptions by segment id (empty or blank: none)
 * @param title        the report's title
 * @param date         the date written under the title
 * @param modelFile    the file name of the saved model, or null when none was saved
 * @param version      the Segmenta version that wrote the report
 */
public record ReportInput(Dataset data, SegmentationResult result, SweepResult sweep, List<String> names,
                          List<String> descriptions, String title, LocalDate date, String modelFile, String version) {
    public ReportInput {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(result, "result");
        names = names == null ? List.of() : List.copyOf(names);
        descriptions = descriptions == null ? List.of() : List.copyOf(descriptions);
        title = title == null || title.isBlank() ? "Customer segments: " + data.name() : title;
        Objects.requireNonNull(date, "date");
        version = version == null ? "" : version;
    }

    /** The name of segment {@code s}: the analyst's when given, else the automatic one. */
    public String name(int s) {
        String n = s < names.size() ? names.get(s) : null;
        return n == null || n.isBlank() ? result.profiles().get(s).name() : n;
    }

    /** The description of segment {@code s}: the analyst's, else the profile's, else "". */
    public String description(int s) {
        String d = s < descriptions.size() ? descriptions.get(s) : null;
        return d == null || d.isBlank() ? result.profiles().get(s).description() : d;
    }
}
