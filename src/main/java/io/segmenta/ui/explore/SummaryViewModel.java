package io.segmenta.ui.explore;

import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.export.ReadFiles;
import io.segmenta.core.explore.ColumnSummary;
import io.segmenta.core.explore.Describe;
import io.segmenta.ui.Formats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Summary tab: for every column its count and missing cells, and the mean, standard deviation,
 * minimum, quartiles and maximum (numeric) or level counts (categorical), with the figures of pandas
 * {@code describe()}. The table can be copied as tab-separated text or exported as CSV.
 */
public final class SummaryViewModel {
    private final ExploreViewModel explore;
    private final Computation<List<ColumnSummary>> computation;
    private final ObservableList<ColumnSummary> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");

    SummaryViewModel(ExploreViewModel explore) {
        this.explore = explore;
        this.computation = explore.computation("Summarising columns", hint -> {
            Dataset d = explore.dataset();
            if (d == null) {
                hint.set("Open a table to see its summary.");
                return null;
            }
            return (progress, cancel) -> {
                List<ColumnSummary> out = new ArrayList<>(d.columnCount());
                for (int i = 0; i < d.columnCount(); i++) {
                    cancel.throwIfCancelled();
                    Column c = d.column(i);
                    progress.progress((double) i / d.columnCount(), c.name());
                    out.add(Describe.column(c));
                }
                return List.copyOf(out);
            };
        });
        computation.valueProperty().subscribe(v -> {
            rows.setAll(v == null ? List.of() : v);
            Dataset d = explore.dataset();
            caption.set(v == null || d == null ? "" : Formats.plural(d.columnCount(), "column", "columns") + " · "
                    + Formats.plural(d.rowCount(), "row", "rows")
                    + " · std with n − 1 and quartiles interpolated linearly, as pandas describe()");
        });
    }

    void datasetChanged() {
        computation.invalidate(false);
    }

    Computation<List<ColumnSummary>> computation() {
        return computation;
    }

    /** One summary per column, in column order (empty until computed). */
    public ObservableList<ColumnSummary> rows() {
        return rows;
    }

    /** "5 columns of Mall_Customers.csv · 200 rows · ..." */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /**
     * The given summaries (or every one when {@code selected} is empty) as tab-separated text with a
     * header line, for the clipboard.
     */
    public String copyText(List<ColumnSummary> selected) {
        return Describe.toTabSeparated(selected == null || selected.isEmpty() ? rows : selected);
    }

    /** Confirms a copy to the clipboard. */
    public void copied(int columns) {
        explore.notices().success("Copied the summary of " + Formats.plural(columns, "column", "columns")
                + " to the clipboard as tab-separated text.");
    }

    /** A file name for the export dialog: "Mall_Customers-summary.csv". */
    public String suggestedCsvName() {
        Dataset d = explore.dataset();
        String base = d == null ? "summary" : d.name().replaceFirst("(?i)\\.(csv|tsv|txt)$", "");
        return base + "-summary.csv";
    }

    /** Writes the summary table to {@code file} as CSV in the background. */
    public void exportCsv(Path file) {
        List<ColumnSummary> all = List.copyOf(rows);
        if (all.isEmpty()) {
            explore.notices().error("There is no summary to export yet. Open a table first.");
            return;
        }
        Path target = file.toAbsolutePath().normalize();
        Dataset d = explore.dataset();
        explore.jobs().runNow("Exporting " + target.getFileName(), (progress, cancel) -> {
            if (d != null) {
                ReadFiles.refuse(d, target);
            }
            SummaryCsv.write(all, target);
            return target;
        }, p -> {
            explore.notices().success("Exported the summary of " + Formats.plural(all.size(), "column", "columns")
                    + " to " + p);
            explore.runner().announce("Exported " + p.getFileName());
        }, explore.notices()::error);
    }
}
