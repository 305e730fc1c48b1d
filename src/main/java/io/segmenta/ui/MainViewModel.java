package io.segmenta.ui;

import io.segmenta.ui.data.DataViewModel;
import io.segmenta.ui.data.DatasetSource;
import io.segmenta.ui.data.RecentFiles;
import io.segmenta.ui.explore.ExploreViewModel;
import io.segmenta.ui.predict.PredictViewModel;
import io.segmenta.ui.prepare.PrepareViewModel;
import io.segmenta.ui.profiles.ProfilesViewModel;
import io.segmenta.ui.project.ProjectSession;
import io.segmenta.ui.segment.SegmentViewModel;
import io.segmenta.ui.task.TaskRunner;
import io.segmenta.ui.undo.UndoViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's view-model: the shared task runner and message board, the workflow step on show, the
 * window title, and one view-model per step.
 */
public final class MainViewModel {
    /** The window title without a table. */
    public static final String APP_NAME = "Segmenta";

    private final TaskRunner runner;
    private final NoticeBoard notices = new NoticeBoard();
    private final DataViewModel data;
    private final SegmentViewModel segment;
    private final PrepareViewModel prepare;
    private final ProfilesViewModel profiles;
    private final ExploreViewModel explore;
    private final PredictViewModel predict;
    private final UndoViewModel undo;
    private final ProjectSession project;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.DATA);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);

    public MainViewModel(TaskRunner runner, RecentFiles recent, DatasetSource source) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.data = new DataViewModel(runner, notices, recent, source);
        this.segment = new SegmentViewModel(runner, notices, data);
        this.prepare = new PrepareViewModel(runner, notices, data, segment);
        prepare.activeProperty().bind(step.isEqualTo(Step.PREPARE));
        this.profiles = new ProfilesViewModel(segment, notices);
        this.explore = new ExploreViewModel(runner, notices, data, segment);
        explore.activeProperty().bind(step.isEqualTo(Step.EXPLORE));
        String version = MainViewModel.class.getPackage().getImplementationVersion();
        this.predict = new PredictViewModel(runner, notices, data, segment, version == null ? "development build"
                : version);
        predict.activeProperty().bind(step.isEqualTo(Step.PREDICT));
        this.undo = new UndoViewModel(data, prepare, segment, runner::later);
        this.project = new ProjectSession(runner, notices, data, prepare, segment, step, recent.child("projects"),
                version == null ? "development build" : version);
        project.setOnRestored(undo::startFresh);
        data.datasetProperty().subscribe(d -> title.set(d == null ? APP_NAME : APP_NAME + " — " + d.name()));
        step.addListener((o, was, now) -> {
            if (now == null) {
                step.set(was);
            }
        });
    }

    /** Opens the CSV named by the first argument that is not an option, else the built-in sample. */
    public void start(List<String> args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                data.open(Path.of(a));
                return;
            }
        }
        data.openSample();
    }

    /** Find k from anywhere (toolbar): shows the Segment step and runs the sweep. */
    public void findK() {
        step.set(Step.SEGMENT);
        segment.findK();
    }

    /** Segment from anywhere (toolbar): shows the Segment step and runs k-means. */
    public void segment() {
        step.set(Step.SEGMENT);
        segment.segment();
    }

    public TaskRunner runner() {
        return runner;
    }

    public NoticeBoard notices() {
        return notices;
    }

    public DataViewModel data() {
        return data;
    }

    public SegmentViewModel segmentStep() {
        return segment;
    }

    /** The Prepare step: the preparation choices every Find k and Segment uses. */
    public PrepareViewModel prepare() {
        return prepare;
    }

    public ProfilesViewModel profiles() {
        return profiles;
    }

    public ExploreViewModel explore() {
        return explore;
    }

    public PredictViewModel predict() {
        return predict;
    }

    /** Edit > Undo and Redo of the choices, names and removed runs. */
    public UndoViewModel undo() {
        return undo;
    }

    /** The open analysis as a project file: save, open, recent projects, crash recovery. */
    public ProjectSession project() {
        return project;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public Step step() {
        return step.get();
    }

    /** "Segmenta — Mall_Customers.csv" */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Stops running work (the window is closing). */
    public void shutdown() {
        runner.shutdown();
    }
}
