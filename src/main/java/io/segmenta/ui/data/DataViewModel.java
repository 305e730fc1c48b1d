package io.segmenta.ui.data;

import io.segmenta.core.data.Column;
import io.segmenta.core.data.DatabaseQuery;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.RowSort;
import io.segmenta.core.projectfile.DataFile;
import io.segmenta.core.projectfile.TableSource;
import io.segmenta.core.rfm.RfmOptions;
import io.segmenta.core.rfm.RfmRoles;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.ui.Formats;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.task.JobHandle;
import io.segmenta.ui.task.JobKind;
import io.segmenta.ui.task.LatestJob;
import io.segmenta.ui.task.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Future;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
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
 *
 * <p>The rows on show ({@link #rows()}) can be sorted by any columns ({@link #sortRows}); the table
 * itself never changes. Up to {@value #SORT_AT_ONCE_LIMIT} rows are sorted at once (a few
 * milliseconds); larger tables are sorted in the background through the task runner, with progress
 * and cancel, as jobs of kind {@link #SORT}: a new sort replaces the running or waiting one, and a sort
 * never interrupts other work but waits for it. When it is cancelled or fails, the rows keep their
 * order and {@link #sortKeysProperty()} goes back to it.
 */
public final class DataViewModel {
    /** Tables with at most this many rows are sorted on the calling thread (at most about 20 ms for text). */
    public static final int SORT_AT_ONCE_LIMIT = 20_000;
    /** The kind of the background sort jobs. */
    public static final JobKind SORT = JobKind.replacing("Sorting rows");

    private final TaskRunner runner;
    private final NoticeBoard notices;
    private final RecentFiles recent;
    private final DatasetSource source;

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "No table open");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper(this, "origin", "");
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObservableList<String> sheetsView = FXCollections.unmodifiableObservableList(sheets);
    private final ReadOnlyStringWrapper sheet = new ReadOnlyStringWrapper(this, "sheet", null);
    private final DatabaseViewModel database;
    private final ObservableList<ColumnInfo> columns =
            FXCollections.observableArrayList(c -> new Observable[] {c.roleProperty()});
    private final ObservableList<ColumnInfo> columnsView = FXCollections.unmodifiableObservableList(columns);
    private final RowIndexList rows = new RowIndexList(0);
    private final ReadOnlyObjectWrapper<List<RowSort.Key>> sortKeys =
            new ReadOnlyObjectWrapper<>(this, "sortKeys", List.of());
    private final ReadOnlyStringWrapper sortNote = new ReadOnlyStringWrapper(this, "sortNote", "");
    /** The keys the rows are in order of (empty: file order). */
    private List<RowSort.Key> shownKeys = List.of();
    /** The sort job wanted; a job no longer wanted has no say. */
    private final LatestJob sortJob;
    private final CustomerTableViewModel customerTable;
    /** How the open table was read: what a project file records. */
    private final ReadOnlyObjectWrapper<TableSource> tableSource = new ReadOnlyObjectWrapper<>(this, "tableSource");

    public DataViewModel(TaskRunner runner, NoticeBoard notices, RecentFiles recent, DatasetSource source) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.sortJob = new LatestJob(runner, SORT);
        this.notices = Objects.requireNonNull(notices, "notices");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.source = Objects.requireNonNull(source, "source");
        this.customerTable = new CustomerTableViewModel(runner, this);
        this.database = new DatabaseViewModel(runner, notices, source, new RecentQueries(recent.node().node("queries")),
                this::showQuery);
    }

    /** "Make a customer table" from a transaction log. */
    public CustomerTableViewModel customerTable() {
        return customerTable;
    }

    /**
     * Makes {@code table} the working table: made from the log {@code from}, held in memory, not
     * written anywhere until it is exported.
     */
    void showCustomerTable(io.segmenta.core.rfm.CustomerTable table, String from, RfmRoles roles, RfmOptions options) {
        TableSource log = tableSource.get();
        show(table.table(), null, "Customer table made from " + from + " (not saved: export it to keep it)");
        tableSource.set(log == null ? null : TableSource.customerTable(log, roles, options));
        runner.announce("Made " + Formats.plural(table.summary().customers(), "customer", "customers") + " from "
                + from);
    }

    void showError(String message) {
        notices.error(message);
    }

    /** A table read from a file, with the workbook's sheets when it is one. */
    private record Opened(Dataset dataset, List<String> sheets, String sheet, DataFile.Fingerprint fingerprint) {
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
        runner.run("Opening " + name, (progress, cancel) -> {
            // a project records what was read: the hash is taken while the table is read, not in a pass before
            Future<DataFile.Fingerprint> fingerprint = DataFile.fingerprintInBackground(p, cancel);
            try {
                List<String> names = source.sheets(p);
                if (names.size() > 1) {
                    String first = source.firstSheetWithData(p);
                    Dataset d = source.read(p, first, progress, cancel);
                    return new Opened(d, names, first, DataFile.await(fingerprint));
                }
                Dataset d = source.read(p, progress, cancel);
                return new Opened(d, names, names.isEmpty() ? null : names.get(0), DataFile.await(fingerprint));
            } finally {
                fingerprint.cancel(true); // a table that could not be read: no need to finish the hash
            }
        }, o -> {
            recent.add(p);
            show(o.dataset(), p, p.toString());
            sheets.setAll(o.sheets().size() > 1 ? o.sheets() : List.of());
            sheet.set(o.sheet());
            tableSource.set(TableSource.file(p, o.fingerprint(), o.sheets().size() > 1 ? o.sheet() : null, o.dataset()));
        }, notices::error);
    }

    /**
     * Reads sheet {@code name} of the open workbook in the background; on success it becomes the open
     * table (the other sheets stay listed).
     */
    public void openSheet(String name) {
        Path p = file.get();
        if (p == null || name == null || name.equals(sheet.get()) || !sheets.contains(name)) {
            return;
        }
        List<String> names = List.copyOf(sheets);
        runner.run("Opening sheet " + name, (progress, cancel) -> {
            Future<DataFile.Fingerprint> fingerprint = DataFile.fingerprintInBackground(p, cancel);
            try {
                return new Opened(source.read(p, name, progress, cancel), names, name, DataFile.await(fingerprint));
            } finally {
                fingerprint.cancel(true);
            }
        }, o -> {
            show(o.dataset(), p, p.toString());
            sheets.setAll(names);
            sheet.set(name);
            tableSource.set(TableSource.file(p, o.fingerprint(), name, o.dataset()));
        }, message -> {
            notices.error(message);
            String shown = sheet.get(); // the picker goes back to the sheet still on show
            sheet.set(null);
            sheet.set(shown);
        });
    }

    /** The sheets of the open workbook when it has several (empty otherwise): the Data step's sheet picker. */
    public ObservableList<String> sheets() {
        return sheetsView;
    }

    /** The sheet on show, or null when the table is not from a workbook. */
    public ReadOnlyStringProperty sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    /** Where this window's remembered settings live (the recent files' node; other steps keep theirs in children). */
    public Preferences preferences() {
        return recent.node();
    }

    /** File > Open from database: the query dialog's state, recent queries and preview. */
    public DatabaseViewModel database() {
        return database;
    }

    private void showQuery(Dataset d, DatabaseQuery q) {
        show(d, null, "Query on " + q.url());
        tableSource.set(TableSource.database(q));
    }

    /** Opens the built-in sample table in the background. */
    public void openSample() {
        runner.run("Opening the built-in sample", (progress, cancel) -> source.sample(), this::showSample,
                notices::error);
    }

    /** Makes {@code sample}, the built-in sample already read, the open table. */
    public void showSample(Dataset sample) {
        show(sample, null, "Built-in sample");
        tableSource.set(TableSource.sample());
    }

    /**
     * Makes {@code d}, read again from {@code from} for a project being reopened, the open table (no
     * recent-file entry: the project is the recent entry). The steps then take the project's choices.
     */
    public void showProjectTable(Dataset d, TableSource from) {
        Path p = from.kind() == TableSource.Kind.FILE ? from.dataFile() : null;
        show(d, p, from.kind() == TableSource.Kind.FILE ? p.toString() : from.describe());
        if (from.sheet() != null) {
            sheets.setAll(source.sheets(p));
            sheet.set(from.sheet());
        }
        tableSource.set(from);
    }

    /** How the open table was read (for a project file), or null when nothing is open. */
    public ReadOnlyObjectProperty<TableSource> tableSourceProperty() {
        return tableSource.getReadOnlyProperty();
    }

    private void show(Dataset d, Path from, String originText) {
        tableSource.set(null);
        stopSortJob();
        sheets.clear();
        sheet.set(null);
        shownKeys = List.of();
        sortKeys.set(List.of());
        rows.reset(d.rowCount());
        file.set(from);
        origin.set(originText);
        columns.setAll(d.columns().stream().map(c -> new ColumnInfo(c, d.notNumeric(c.name()).orElse(null),
                d.numberRule(c.name()).orElse(null))).toList());
        long missing = d.columns().stream().mapToLong(c -> c.missingCount()).sum();
        summary.set(Formats.plural(d.rowCount(), "row", "rows") + " · " + Formats.plural(d.columnCount(), "column", "columns")
                + " · " + (missing == 0 ? "no missing values" : Formats.plural(missing, "missing value", "missing values")));
        dataset.set(d);
        updateSortNote();
        if (d.warnings().isEmpty()) {
            notices.clear();
        } else {
            notices.warning(String.join(" ", d.warnings()));
        }
        runner.announce("Opened " + d.name());
    }

    // ---- row order -----------------------------------------------------------------------------

    /**
     * Shows the rows ordered by {@code keys} (the first key decides, the next breaks ties; missing
     * cells last; rows equal in every key in file order); no keys show the file order. Small tables
     * are sorted at once; large ones in the background, or once other work has ended.
     */
    public void sortRows(List<RowSort.Key> keys) {
        Dataset d = dataset.get();
        List<RowSort.Key> wanted = d == null ? List.of() : List.copyOf(keys);
        sortKeys.set(wanted);
        if (d == null) {
            return;
        }
        if (wanted.equals(shownKeys)) {
            stopSortJob();
        } else if (wanted.isEmpty() || d.rowCount() <= SORT_AT_ONCE_LIMIT) {
            stopSortJob();
            showOrder(wanted, wanted.isEmpty() ? null
                    : RowSort.sort(d, wanted, ProgressListener.NONE, CancellationToken.NONE));
        } else {
            startSortJob(d, wanted);
        }
        updateSortNote();
    }

    /** Submits the sort; it replaces an earlier sort job and waits for other work. */
    private void startSortJob(Dataset d, List<RowSort.Key> keys) {
        sortJob.submit("Sorting " + Formats.plural(d.rowCount(), "row", "rows") + " by " + names(d, keys),
                (progress, cancel) -> RowSort.sort(d, keys, progress, cancel), order -> {
                    showOrder(keys, order);
                    updateSortNote();
                }, message -> {
                    sortKeys.set(shownKeys);
                    updateSortNote();
                    notices.error(message);
                }, job -> {
                    if (job.state() == JobHandle.State.CANCELLED) {
                        // by the user, or by other work that interrupted it: the rows keep their order
                        sortKeys.set(shownKeys);
                    }
                    updateSortNote();
                });
    }

    /** Stops the sort job of this step that is no longer wanted (no effect on other work). */
    private void stopSortJob() {
        sortJob.stop();
    }

    /** Shows the rows in {@code order} (null: file order), which is the order of {@code keys}. */
    private void showOrder(List<RowSort.Key> keys, int[] order) {
        shownKeys = keys;
        rows.setOrder(order);
    }

    private void updateSortNote() {
        Dataset d = dataset.get();
        List<RowSort.Key> wanted = sortKeys.get();
        if (d == null) {
            sortNote.set("");
        } else if (sortJob.waiting()) {
            sortNote.set("Sorting by " + names(d, wanted) + " once the running work has finished…");
        } else if (sortJob.running()) {
            sortNote.set("Sorting by " + names(d, wanted) + "…");
        } else if (shownKeys.isEmpty()) {
            sortNote.set("In file order · click a header to sort");
        } else {
            boolean missing = shownKeys.stream()
                    .anyMatch(k -> !k.isRowNumber() && d.column(k.column()).missingCount() > 0);
            sortNote.set("Sorted by " + shownKeys.stream().map(k -> describe(d, k))
                    .collect(Collectors.joining(", then ")) + (missing ? " · missing values last" : ""));
        }
    }

    private static String names(Dataset d, List<RowSort.Key> keys) {
        return keys.isEmpty() ? "file order" : keys.stream()
                .map(k -> k.isRowNumber() ? "row number" : d.column(k.column()).name())
                .collect(Collectors.joining(", then "));
    }

    /** "Income, largest first", "Region, A to Z", "row number, last row first". */
    private static String describe(Dataset d, RowSort.Key k) {
        if (k.isRowNumber()) {
            return "row number" + (k.descending() ? ", last row first" : "");
        }
        Column c = d.column(k.column());
        return c.name() + ", " + switch (c.type()) {
            case NUMERIC -> k.descending() ? "largest first" : "smallest first";
            case DATE -> k.descending() ? "latest first" : "earliest first";
            default -> k.descending() ? "Z to A" : "A to Z";
        };
    }

    /**
     * The open table's row indices in the order on show (the Data step's row table shows these);
     * each element is the file row, so the row number stays the customer's line in the file.
     */
    public RowIndexList rows() {
        return rows;
    }

    /** The sort the row table's headers show: what the rows are sorted by, or are being sorted by. */
    public ReadOnlyObjectProperty<List<RowSort.Key>> sortKeysProperty() {
        return sortKeys.getReadOnlyProperty();
    }

    /** e.g. "Sorted by Income, largest first · missing values last" or "Sorting by Income…". */
    public ReadOnlyStringProperty sortNoteProperty() {
        return sortNote.getReadOnlyProperty();
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
