package io.segmenta.ui.data;

import io.segmenta.core.data.Dataset;
import io.segmenta.ui.Formats;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.task.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Data step: opens a table (CSV file or the built-in sample) in the background, lists its
 * columns with their inferred type, missing count and role, and remembers recent files. Other steps
 * observe {@link #datasetProperty()} and {@link #columns()} (which also reports role changes).
 */
public final class DataViewModel {
    private final TaskRunner runner;
    private final NoticeBoard notices;
    private final RecentFiles recent;
    private final DatasetSource source;

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "No table open");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper(this, "origin", "");
    private final ObservableList<ColumnInfo> columns =
            FXCollections.observableArrayList(c -> new Observable[] {c.roleProperty()});
    private final ObservableList<ColumnInfo> columnsView = FXCollections.unmodifiableObservableList(columns);

    public DataViewModel(TaskRunner runner, NoticeBoard notices, RecentFiles recent, DatasetSource source) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Reads {@code path} in the background; on success it becomes the open table and a recent file. */
    public void open(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(p)) {
            boolean wasRecent = recent.files().contains(p);
            recent.remove(p);
            notices.error("The file " + p + " does not exist (any more). Choose another file"
                    + (wasRecent ? "; it was removed from the recent files." : "."));
            return;
        }
        String name = p.getFileName().toString();
        runner.run("Opening " + name, (progress, cancel) -> source.read(p, progress, cancel), d -> {
            recent.add(p);
            show(d, p, p.toString());
        }, notices::error);
    }

    /** Opens the built-in sample table in the background. */
    public void openSample() {
        runner.run("Opening the built-in sample", (progress, cancel) -> source.sample(),
                d -> show(d, null, "Built-in sample"), notices::error);
    }

    private void show(Dataset d, Path from, String originText) {
        file.set(from);
        origin.set(originText);
        columns.setAll(d.columns().stream().map(ColumnInfo::new).toList());
        long missing = d.columns().stream().mapToLong(c -> c.missingCount()).sum();
        summary.set(Formats.plural(d.rowCount(), "row", "rows") + " · " + Formats.plural(d.columnCount(), "column", "columns")
                + " · " + (missing == 0 ? "no missing values" : Formats.plural(missing, "missing value", "missing values")));
        dataset.set(d);
        if (d.warnings().isEmpty()) {
            notices.clear();
        } else {
            notices.warning(String.join(" ", d.warnings()));
        }
        runner.announce("Opened " + d.name());
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** The open table, or null. */
    public Dataset dataset() {
        return dataset.get();
    }

    /** The file of the open table; null for the sample or when nothing is open. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** e.g. "200 rows · 5 columns · no missing values" */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The file path, or "Built-in sample". */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** The open table's columns; a list change is also fired when a role changes. */
    public ObservableList<ColumnInfo> columns() {
        return columnsView;
    }

    /** The column list entry called {@code name}, or null. */
    public ColumnInfo column(String name) {
        for (ColumnInfo c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** Names of the columns whose role is feature, in table order. */
    public List<String> featureColumns() {
        return columns.stream().filter(ColumnInfo::isFeature).map(ColumnInfo::name).toList();
    }

    /** Recent files, newest first. */
    public ObservableList<Path> recentFiles() {
        return recent.files();
    }

    public void clearRecentFiles() {
        recent.clear();
    }
}
