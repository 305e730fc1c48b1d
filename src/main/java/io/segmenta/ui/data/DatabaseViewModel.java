package io.segmenta.ui.data;

import io.segmenta.core.AppDirs;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.DatabaseQuery;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.JdbcDrivers;
import io.segmenta.ui.Formats;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.task.JobHandle;
import io.segmenta.ui.task.JobKind;
import io.segmenta.ui.task.TaskRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * File > Open from database: the JDBC URL, user and query being edited, a preview of the first
 * {@value #PREVIEW_ROWS} rows, and the recent queries (never a password). The preview and the query
 * itself run in the background through the task runner, with progress and Cancel; the password is
 * handed to each run and cleared after it, and is kept nowhere else. It lists the JDBC drivers and the
 * drivers folder, and says which driver a typed URL is missing before it is run.
 */
public final class DatabaseViewModel {
    /** Rows shown in the preview. */
    public static final int PREVIEW_ROWS = 100;
    /** What the preview says when it failed for the driver the note under the URL names. */
    static final String MISSING_DRIVER = "No driver for this URL: see under the JDBC URL what to download and where "
            + "to put it, then Preview again.";
    /** The kind of preview jobs: a newer preview replaces the running one. */
    public static final JobKind PREVIEW = JobKind.replacing("Previewing the query");

    /** The first rows of a result: column names and each row's cells as shown. */
    public record Preview(List<String> columns, List<List<String>> rows) {
        static final Preview EMPTY = new Preview(List.of(), List.of());
    }

    private final TaskRunner runner;
    private final NoticeBoard notices;
    private final DatasetSource source;
    private final RecentQueries recent;
    private final BiConsumer<Dataset, DatabaseQuery> onOpened;

    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview", Preview.EMPTY);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Type the query, then Preview shows its first rows.");
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper(this, "previewing");
    private final ReadOnlyStringWrapper drivers = new ReadOnlyStringWrapper(this, "drivers", "");
    private final ReadOnlyStringWrapper driversFolder = new ReadOnlyStringWrapper(this, "driversFolder", "");
    private final ReadOnlyStringWrapper driverProblems = new ReadOnlyStringWrapper(this, "driverProblems", "");
    private final ReadOnlyStringWrapper driverNote = new ReadOnlyStringWrapper(this, "driverNote", "");
    private JdbcDrivers jdbc;
    private JobHandle previewJob;

    DatabaseViewModel(TaskRunner runner, NoticeBoard notices, DatasetSource source, RecentQueries recent,
                      BiConsumer<Dataset, DatabaseQuery> onOpened) {
        this.runner = runner;
        this.notices = notices;
        this.source = source;
        this.recent = recent;
        this.onOpened = onOpened;
        if (!recent.queries().isEmpty()) {
            use(recent.queries().get(0));
        }
        url.addListener((o, was, now) -> noteDriver());
    }

    /**
     * Reads the drivers (Segmenta's and the drivers folder's jars, again when they changed) for the lists
     * below; the dialog calls it when it opens and after a query that failed.
     */
    public void refreshDrivers() {
        jdbc = source.drivers();
        drivers.set(jdbc.drivers().stream().map(JdbcDrivers.Available::toString).collect(Collectors.joining(", ")));
        driversFolder.set(jdbc.folder().toString());
        driverProblems.set(String.join("\n", jdbc.problems()));
        noteDriver();
    }

    private void noteDriver() {
        driverNote.set(jdbc == null ? "" : jdbc.missingDriver(url.get()).map(DatabaseViewModel::note).orElse(""));
    }

    /** The note under the URL: short, since the drivers folder shows below it. */
    static String note(JdbcDrivers.Missing m) {
        return m.database() != null
                ? "No driver for " + m.database() + " is installed (Segmenta does not ship it). Download the jar of "
                        + m.coordinates() + " from Maven Central (" + m.downloadPage() + ") and put it in the drivers "
                        + "folder below."
                : "No driver accepts " + m.scheme() + " URLs. Put the database's JDBC driver jar in the drivers "
                        + "folder below.";
    }

    /**
     * Creates the drivers folder if it does not exist yet (private to the user), so the path the dialog
     * hands out can be opened in a file manager; a folder that cannot be created is said in the status.
     */
    public void ensureDriversFolder() {
        try {
            AppDirs.ensure(Path.of(driversFolder.get()));
        } catch (IOException | RuntimeException e) {
            status.set("Could not create the drivers folder " + driversFolder.get() + ": " + e.getMessage()
                    + ". Create it yourself, or check its parent folder's permissions.");
        }
    }

    /** The drivers queries can use, e.g. {@code MariaDB 3.5.8 (mariadb-java-client-3.5.8.jar), PostgreSQL ...}. */
    public ReadOnlyStringProperty driversProperty() {
        return drivers.getReadOnlyProperty();
    }

    /** The drivers folder: the place for a driver jar Segmenta does not ship (MariaDB, MySQL...). */
    public ReadOnlyStringProperty driversFolderProperty() {
        return driversFolder.getReadOnlyProperty();
    }

    /** Jars in the drivers folder that are not drivers or cannot be read, one a line; empty when all are fine. */
    public ReadOnlyStringProperty driverProblemsProperty() {
        return driverProblems.getReadOnlyProperty();
    }

    /** For the URL typed: which driver is missing, where to get it and where to put it; empty when one is there. */
    public ReadOnlyStringProperty driverNoteProperty() {
        return driverNote.getReadOnlyProperty();
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The latest preview (empty before the first). */
    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** What the dialog says under the preview: how to start, what is running, how many rows, or what failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    /** The recent queries, newest first. */
    public ObservableList<DatabaseQuery> recentQueries() {
        return recent.queries();
    }

    /** Fills the fields from a recent query. */
    public void use(DatabaseQuery q) {
        url.set(q.url());
        user.set(q.user());
        query.set(q.query());
    }

    /** How a recent query is listed: {@code shop (query): SELECT ...}. */
    public static String describe(DatabaseQuery q) {
        String sql = q.query().replaceAll("\\s+", " ");
        return q.displayName().replace(" (query)", "") + ": " + (sql.length() > 70 ? sql.substring(0, 69) + "…" : sql);
    }

    /** The query as typed, checked; null (and the reason in {@link #statusProperty()}) when it cannot run. */
    public DatabaseQuery request() {
        try {
            return new DatabaseQuery(url.get(), user.get(), query.get()).validated();
        } catch (SegmentaException e) {
            status.set(e.getMessage());
            return null;
        }
    }

    /** Runs the query for its first rows in the background; clears {@code password} when done. */
    public void preview(char[] password) {
        DatabaseQuery q = request();
        if (q == null) {
            Arrays.fill(password, '\0');
            return;
        }
        status.set("Running the query for a preview…");
        previewing.set(true);
        previewJob = runner.submit(PREVIEW, "Previewing the query on " + q.displayName(), (progress, cancel) -> {
            try {
                return source.query(q, password, PREVIEW_ROWS, progress, cancel);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, d -> {
            preview.set(preview(d));
            status.set(Formats.plural(d.columnCount(), "column", "columns") + "; the first "
                    + Formats.plural(d.rowCount(), "row", "rows") + (d.rowCount() == PREVIEW_ROWS ? " (of more)" : "")
                    + ". Open reads every row.");
        }, message -> {
            refreshDrivers(); // a jar put in the folder since shows at once
            // the note under the URL already says which driver and where: not the same words twice
            status.set(!driverNote.get().isEmpty() && message.startsWith("No JDBC driver") ? MISSING_DRIVER : message);
        }, h -> {
            previewing.set(h.state() == JobHandle.State.WAITING || h.state() == JobHandle.State.RUNNING);
            if (h.state() == JobHandle.State.CANCELLED) {
                status.set("Preview stopped.");
            }
        });
    }

    /** Stops the running preview (the query is cancelled on the server). */
    public void stopPreview() {
        if (previewJob != null) {
            previewJob.cancel();
        }
    }

    /**
     * Runs the query for all its rows in the background (progress and Cancel in the status bar); on
     * success the table opens and the query (URL, user, text; no password) goes first in the recent
     * list. Clears {@code password} when done.
     */
    public void open(DatabaseQuery q, char[] password) {
        stopPreview();
        runner.run("Running the query on " + q.displayName(), (progress, cancel) -> {
            try {
                return source.query(q, password, 0, progress, cancel);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, d -> {
            recent.add(q);
            onOpened.accept(d, q);
        }, notices::error);
    }

    private static Preview preview(Dataset d) {
        List<List<String>> rows = new ArrayList<>(d.rowCount());
        for (int r = 0; r < d.rowCount(); r++) {
            List<String> row = new ArrayList<>(d.columnCount());
            for (int j = 0; j < d.columnCount(); j++) {
                row.add(d.column(j).format(r));
            }
            rows.add(row);
        }
        return new Preview(d.columnNames(), rows);
    }
}
