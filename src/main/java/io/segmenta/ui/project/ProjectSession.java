package io.segmenta.ui.project;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.DatabaseQuery;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.projectfile.DataFile;
import io.segmenta.core.projectfile.Project;
import io.segmenta.core.projectfile.ProjectData;
import io.segmenta.core.projectfile.ProjectFiles;
import io.segmenta.core.projectfile.ProjectRun;
import io.segmenta.core.projectfile.TableSource;
import io.segmenta.core.projectfile.WindowChoices;
import io.segmenta.ui.Formats;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.Step;
import io.segmenta.ui.data.ColumnInfo;
import io.segmenta.ui.data.DataViewModel;
import io.segmenta.ui.data.RecentFiles;
import io.segmenta.ui.prepare.PrepareState;
import io.segmenta.ui.prepare.PrepareViewModel;
import io.segmenta.ui.segment.SegmentState;
import io.segmenta.ui.segment.SegmentViewModel;
import io.segmenta.ui.segment.SegmentationRun;
import io.segmenta.ui.task.TaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

/**
 * The open analysis as a project file: {@link #capture()} reads the steps' state (the table's source,
 * roles, the Prepare and Segment choices, every kept run's spec, names and descriptions, the run on
 * show, the axes and the step) into a {@link Project}; {@link #save} writes it; {@link #open} reads a
 * project, checks its data file (moved: asks where it is; changed: asks whether to continue), reads
 * the table again and recomputes every run as one background job (progress and Cancel in the status
 * bar), then sets every step as it was. The steps' own state is read and set through their public
 * properties ({@link PrepareState}, {@link SegmentState}, {@link SegmentState#restoreRuns}).
 * {@link Recovery} autosaves the open project for crash recovery.
 */
public final class ProjectSession {
    private final TaskRunner runner;
    private final NoticeBoard notices;
    private final DataViewModel data;
    private final PrepareViewModel prepare;
    private final SegmentViewModel segment;
    private final ObjectProperty<Step> step;
    private final RecentFiles recent;
    private final String version;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");

    public ProjectSession(TaskRunner runner, NoticeBoard notices, DataViewModel data, PrepareViewModel prepare,
                          SegmentViewModel segment, ObjectProperty<Step> step, RecentFiles recent, String version) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.data = Objects.requireNonNull(data, "data");
        this.prepare = Objects.requireNonNull(prepare, "prepare");
        this.segment = Objects.requireNonNull(segment, "segment");
        this.step = Objects.requireNonNull(step, "step");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.version = version;
        // another table is another analysis: it is saved under a new name
        data.tableSourceProperty().addListener((o, was, now) -> {
            if (!restoring) {
                file.set(null);
            }
        });
    }

    private boolean restoring;

    private Recovery recovery;
    private Runnable onRestored = () -> { };

    /**
     * Autosaves the open analysis to {@code recoveryFile} after each finished run and each reopened project (the window adds a
     * timer for every minute); returns the recovery, whose file a start-up may offer to restore.
     */
    public Recovery useRecovery(Path recoveryFile) {
        recovery = new Recovery(recoveryFile, this::capture);
        // a finished run is shown with its names: saved then (also when an older run is shown again)
        segment.currentRunProperty().addListener((o, was, now) -> {
            if (now != null) {
                recovery.autosave();
            }
        });
        return recovery;
    }

    /** The crash recovery in use, or null. */
    public Recovery recovery() {
        return recovery;
    }

    // ---- saving --------------------------------------------------------------------------------

    /** The open analysis as a project, or null when no table is open (or its source is not known). */
    public Project capture() {
        TableSource source = data.tableSourceProperty().get();
        if (data.dataset() == null || source == null) {
            return null;
        }
        Map<String, String> roles = new LinkedHashMap<>();
        data.columns().forEach(c -> roles.put(c.name(), c.role().name()));
        WindowChoices choices = new WindowChoices(roles, segment.features().selected(), PrepareState.snapshot(prepare),
                SegmentState.snapshot(segment));
        List<ProjectRun> runs = new ArrayList<>();
        for (SegmentationRun r : segment.runs()) {
            runs.add(new ProjectRun(r.number(), r.result().spec(), r.names(), r.descriptions()));
        }
        SegmentationRun shown = segment.currentRunProperty().get();
        return new Project(version, Instant.now().toString(), source, choices, runs, shown == null ? 0 : shown.number(),
                segment.xAxisProperty().get(), segment.yAxisProperty().get(), step.get().name());
    }

    /** True when there is an analysis to save. */
    public boolean canSave() {
        return capture() != null;
    }

    /**
     * Saves the open analysis to {@code target} (atomically; the data file is not touched) and makes it
     * the project's file; says why not on the notice board. Returns whether it was saved.
     */
    public boolean save(Path target) {
        Project p = capture();
        if (p == null) {
            notices.error("There is nothing to save yet: open a table first.");
            return false;
        }
        Path t = target.toAbsolutePath().normalize();
        try {
            if (t.equals(p.source().dataFile())) {
                throw new SegmentaException(t + " is the project's data file; choose another name for the project.");
            }
            ProjectFiles.write(p, t);
        } catch (SegmentaException e) {
            notices.error(e.getMessage());
            return false;
        }
        file.set(t);
        recent.add(t);
        notices.success("Saved the project to " + t + " (" + Formats.plural(p.runs().size(), "run", "runs") + ").");
        runner.announce("Saved " + t.getFileName());
        return true;
    }

    /** The project file the analysis was last saved to or opened from; null while it has none. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Recent projects, newest first. */
    public ObservableList<Path> recentProjects() {
        return recent.files();
    }

    public void clearRecentProjects() {
        recent.clear();
    }

    // ---- opening -------------------------------------------------------------------------------

    private record Checked(Project project, DataFile.Status status) {
    }

    private record Loaded(Dataset table, TableSource source, List<SegmentationResult> results) {
    }

    /** Runs {@code action} each time an opened project or a restored session is fully in place. */
    public void setOnRestored(Runnable action) {
        onRestored = Objects.requireNonNull(action, "action");
    }

    /** Opens the project in {@code projectFile} in the background, asking {@code ask} what it must. */
    public void open(Path projectFile, ProjectQuestions ask) {
        Path p = projectFile.toAbsolutePath().normalize();
        runner.run("Opening the project " + p.getFileName(), (progress, cancel) -> {
            progress.progress(-1, "checking its data file");
            Project project = ProjectFiles.read(p);
            return new Checked(project, DataFile.check(project.source()));
        }, c -> proceed(c.project(), c.status(), p, ask), message -> {
            if (!java.nio.file.Files.isRegularFile(p)) {
                recent.remove(p);
            }
            notices.error(message);
        });
    }

    /** Restores {@code project} (the recovery file's) as an unsaved analysis. */
    public void restore(Project project, ProjectQuestions ask) {
        runner.run("Restoring the last session", (progress, cancel) -> new Checked(project,
                DataFile.check(project.source())), c -> proceed(c.project(), c.status(), null, ask), notices::error);
    }

    private void proceed(Project project, DataFile.Status status, Path projectFile, ProjectQuestions ask) {
        TableSource source = project.source();
        switch (status) {
            case MISSING -> {
                Path now = ask.locateDataFile(source.dataFile());
                if (now == null) {
                    notices.warning("The project was not opened: its data file " + source.dataFile() + " is missing.");
                    return;
                }
                TableSource moved = source.movedTo(now, new DataFile.Fingerprint(recordedSize(source),
                        recordedHash(source)));
                runner.run("Checking " + now.getFileName(), (progress, cancel) -> DataFile.check(moved),
                        s -> proceed(project.withSource(moved), s, projectFile, ask), notices::error);
            }
            case CHANGED -> {
                if (ask.continueOnChangedData(source.dataFile())) {
                    load(project, true, projectFile, ask);
                } else {
                    notices.warning("The project was not opened: its data file " + source.dataFile()
                            + " changed since it was saved.");
                }
            }
            case SAME -> load(project, false, projectFile, ask);
        }
    }

    private static long recordedSize(TableSource s) {
        return s.kind() == TableSource.Kind.CUSTOMER_TABLE ? recordedSize(s.log()) : s.size() == null ? -1 : s.size();
    }

    private static String recordedHash(TableSource s) {
        return s.kind() == TableSource.Kind.CUSTOMER_TABLE ? recordedHash(s.log()) : s.sha256();
    }

    private void load(Project project, boolean changed, Path projectFile, ProjectQuestions ask) {
        DatabaseQuery query = project.source().databaseQuery();
        char[] password = null;
        if (query != null) {
            password = ask.databasePassword(query);
            if (password == null) {
                notices.warning("The project was not opened: it needs the password of " + query.displayName() + ".");
                return;
            }
        }
        char[] pw = password;
        String name = projectFile == null ? "the last session" : projectFile.getFileName().toString();
        runner.run("Reopening " + name, (progress, cancel) -> {
            Dataset d;
            try {
                d = ProjectData.read(project.source(), pw, progress.range(0, 0.2), cancel);
            } finally {
                if (pw != null) {
                    Arrays.fill(pw, '\0');
                }
            }
            Path f = project.source().dataFile();
            TableSource source = changed && f != null ? project.source().movedTo(f, DataFile.fingerprint(f))
                    : project.source();
            return new Loaded(d, source, ProjectData.recompute(d, project.runs(), progress.range(0.2, 1), cancel));
        }, l -> apply(project, l, projectFile), notices::error);
    }

    private void apply(Project project, Loaded l, Path projectFile) {
        restoring = true;
        try {
            data.showProjectTable(l.table(), l.source());
        } finally {
            restoring = false;
        }
        WindowChoices c = project.choices();
        if (c != null) {
            if (c.roles() != null) {
                for (ColumnInfo col : data.columns()) {
                    String role = c.roles().get(col.name());
                    col.allowedRoles().stream().filter(r -> r.name().equals(role)).findFirst()
                            .ifPresent(r -> col.roleProperty().set(r));
                }
            }
            PrepareState.restore(prepare, c.prepare());
            SegmentState.restoreFeatures(segment, c.features());
            SegmentState.restore(segment, c.segment());
        }
        file.set(projectFile);
        if (projectFile != null) {
            recent.add(projectFile);
        }
        for (Step s : Step.values()) {
            if (s.name().equals(project.step())) {
                step.set(s);
            }
        }
        String said = (projectFile == null ? "Restored the last session" : "Opened the project " + projectFile)
                + ": " + l.table().name() + " with " + Formats.plural(project.runs().size(), "run", "runs")
                + " computed again.";
        notices.success(said);
        SegmentState.restoreRuns(segment, l.table(), project.runs(), l.results(), project.selectedRun(), () -> {
            if (project.xAxis() != null && segment.axisChoices().contains(project.xAxis())) {
                segment.xAxisProperty().set(project.xAxis());
            }
            if (project.yAxis() != null && segment.axisChoices().contains(project.yAxis())) {
                segment.yAxisProperty().set(project.yAxis());
            }
            if (notices.current() == null) { // the run's own warnings come first
                notices.success(said);
            }
            if (recovery != null) {
                recovery.autosave();
            }
            onRestored.run();
        });
        runner.announce("Opened " + (projectFile == null ? "the last session" : projectFile.getFileName()));
    }
}
