package io.segmenta.ui;

import io.segmenta.core.AppDirs;
import io.segmenta.core.data.Dataset;
import io.segmenta.ui.data.CoreDatasetSource;
import io.segmenta.ui.data.DatasetSource;
import io.segmenta.ui.data.RecentFiles;
import io.segmenta.ui.desktop.FirstFrame;
import io.segmenta.ui.desktop.Glass;
import io.segmenta.ui.desktop.LastFolders;
import io.segmenta.ui.desktop.LaunchOptions;
import io.segmenta.ui.desktop.MacOpenFiles;
import io.segmenta.ui.desktop.SingleInstance;
import io.segmenta.ui.desktop.StartupClock;
import io.segmenta.ui.desktop.WindowFailure;
import io.segmenta.ui.desktop.WindowMemory;
import io.segmenta.ui.project.Recovery;
import io.segmenta.ui.task.FxTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The Segmenta window. Started by {@code io.segmenta.Launcher} through {@link #run} (or directly);
 * with a CSV path as argument it opens that file, otherwise the built-in sample. Remembers the
 * window's size and place, the last folders and the recent files in the user's preferences
 * (node {@code /io/segmenta/ui}); opens the files later launches hand over; with
 * {@code --startup-timing} or {@code --smoke-test} reports when the first frames were painted.
 */
public class SegmentaApp extends Application {
    /** How long the smoke test waits for the window and the table before it fails. */
    static final long SMOKE_TEST_LIMIT_MILLIS = 120_000;

    private static volatile LaunchOptions launchOptions;
    private static volatile SingleInstance singleInstance;
    private static volatile int exitCode;
    private static volatile boolean verdict;

    private MainViewModel vm;
    private Preferences scratch;
    private MainView view;
    /** The crash recovery (null in a smoke test): removed on a clean exit. */
    private Recovery recovery;
    private long fxStartMillis;
    private long windowMillis;

    /**
     * JavaFX constructs the application on its thread just before it names the application after
     * this class; the first name given sticks, so the window class (WM_CLASS) is set here. It is
     * also the earliest moment to catch the documents macOS hands over at launch. Both need JavaFX's
     * glass layer; where it is not reachable (JavaFX on the module path without the grant) one line
     * says so and the window opens without them.
     */
    public SegmentaApp() {
        if (Platform.isFxApplicationThread()) {
            if (Glass.reachable()) {
                MainWindow.nameApplication();
                MacOpenFiles.install();
            } else {
                System.err.println(Glass.notReachableLine());
            }
        }
    }

    /**
     * Runs the window until it closes. {@code instance} (may be null) receives the files of later
     * launches. Returns the process exit code: 0, 1 when a smoke test failed, or
     * {@link WindowFailure#EXIT_NO_WINDOW} when no window could open (one sentence on stderr says why).
     */
    public static int run(LaunchOptions options, SingleInstance instance) {
        launchOptions = options;
        singleInstance = instance;
        exitCode = 0;
        verdict = false;
        try {
            Application.launch(SegmentaApp.class);
        } catch (RuntimeException failure) {
            String why = WindowFailure.explain(failure, System.getenv()).orElseThrow(() -> failure);
            System.err.println(why);
            return WindowFailure.EXIT_NO_WINDOW;
        }
        if (options.smokeTest() && !verdict) {
            System.err.println("Segmenta smoke test FAILED: the window closed before it showed the table");
            return 1;
        }
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        fxStartMillis = StartupClock.sinceProcessStartMillis();
        LaunchOptions options = launchOptions != null ? launchOptions : LaunchOptions.parse(getParameters().getRaw());
        if (options.smokeTest()) {
            Thread.setDefaultUncaughtExceptionHandler((t, e) -> fail("uncaught " + e + " on " + t.getName()));
            startSmokeTimer();
        }
        Path first = options.firstFile();
        DatasetSource source = new CoreDatasetSource();
        CompletableFuture<Dataset> sampleAhead = first == null ? readSampleAhead(source) : null;
        Preferences prefs = preferences(options);
        vm = new MainViewModel(new FxTaskRunner(), new RecentFiles(prefs), source);
        LastFolders folders = new LastFolders(prefs);
        vm.data().fileProperty().subscribe(f -> {
            if (f != null) {
                folders.opened(f);
            }
        });
        if (!options.smokeTest()) {
            recovery = vm.project().useRecovery(Recovery.fileIn(AppDirs.config()));
            Timeline autosave = new Timeline(new KeyFrame(Duration.minutes(1), e -> recovery.autosave()));
            autosave.setCycleCount(Animation.INDEFINITE);
            autosave.play();
        }
        Dataset sample = sampleAhead != null && (recovery == null || !recovery.pending()) ? sampleOrNull(sampleAhead)
                : null;
        view = MainWindow.show(stage, vm, folders.around(FileDialogs.system()), options.smokeTest() ? null
                : new WindowMemory(prefs), sample == null ? null : () -> vm.data().showSample(sample));
        SingleInstance instance = singleInstance;
        if (sample == null && !view.offerRecovery(recovery)) {
            if (first != null) {
                view.openAny(first);
            } else {
                vm.start(List.of());
            }
        }
        if (instance != null) {
            instance.onRequest(files -> Platform.runLater(() -> openFromAnotherLaunch(stage, files)));
        }
        MacOpenFiles.onFiles(files -> Platform.runLater(() -> openFromAnotherLaunch(stage, files)));
        if (options.startupTiming() || options.smokeTest()) {
            watchStartup(stage, options);
        }
        if (!options.smokeTest()) { // the smoke test builds them once its first frame is reported
            FirstFrame.afterNextFrame(stage.getScene(), () -> view.prebuildPages(() -> { }));
        }
    }

    /**
     * The built-in sample for the window's first frame, once {@link #readSampleAhead} has read it, or
     * null when it could not be read: the window then opens it as a background job, which says why
     * it fails.
     */
    private static Dataset sampleOrNull(CompletableFuture<Dataset> reading) {
        try {
            return reading.join();
        } catch (CompletionException | CancellationException unreadable) {
            return null;
        }
    }

    /**
     * Reads the built-in sample on a thread of its own while the window is built, so that the
     * window's first frame can show it: the window is then laid out and painted once with the table
     * in it, instead of painted empty and laid out again when a background job hands the table over.
     * Measured on the app image under Xvfb (medians of 11 alternating starts): the table on screen
     * 985 ms after the process started instead of 1,018; read before JavaFX starts instead, it
     * delayed JavaFX by 20 ms and gained less.
     */
    private static CompletableFuture<Dataset> readSampleAhead(DatasetSource source) {
        return CompletableFuture.supplyAsync(source::sample, task -> {
            Thread reader = new Thread(task, "segmenta-sample-ahead");
            reader.setDaemon(true);
            reader.start();
        });
    }

    /** The user's preferences; a throw-away node for a smoke test, which must leave the user's settings alone. */
    private Preferences preferences(LaunchOptions options) {
        if (options.smokeTest()) {
            scratch = Preferences.userRoot().node("io/segmenta/smoke-test-" + UUID.randomUUID());
            return scratch;
        }
        return Preferences.userNodeForPackage(SegmentaApp.class);
    }

    /**
     * A later launch (or macOS, for a document opened from Finder) asked to open {@code files}, or
     * only to show the window: open the first and come to the front.
     */
    private void openFromAnotherLaunch(Stage stage, List<Path> files) {
        if (!files.isEmpty()) {
            view.openAny(files.get(0));
        }
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        stage.toFront();
        stage.requestFocus();
    }

    private void watchStartup(Stage stage, LaunchOptions options) {
        // the table already open before the first frame (the sample, read ahead) is in that frame
        boolean tableInFirstFrame = tableReady();
        FirstFrame.afterNextFrame(stage.getScene(), () -> {
            windowMillis = StartupClock.sinceProcessStartMillis();
            Runnable shown = () -> {
                long tableMillis = tableInFirstFrame ? windowMillis : StartupClock.sinceProcessStartMillis();
                System.out.println(StartupClock.report(fxStartMillis, windowMillis, tableMillis));
                if (options.smokeTest()) { // then every step's page built, as a user's window does next
                    view.prebuildPages(() -> finishSmokeTest(stage));
                }
            };
            if (tableInFirstFrame) {
                shown.run();
                return;
            }
            whenTableReady(() -> FirstFrame.afterNextFrame(stage.getScene(), shown), why -> {
                if (options.smokeTest()) {
                    fail("the table did not open: " + why);
                } else {
                    System.out.println("Segmenta startup: window painted " + windowMillis
                            + " ms after the process started; the table did not open");
                }
            });
        });
    }

    /** Runs {@code then} once the first table is open and no work runs, or {@code failed} with the message when it did not open. */
    private void whenTableReady(Runnable then, Consumer<String> failed) {
        Runnable check = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (done) {
                    return;
                }
                Notice notice = vm.notices().current();
                if (notice != null && notice.level() == Notice.Level.ERROR) {
                    done = true;
                    failed.accept(notice.text());
                } else if (tableReady()) {
                    done = true;
                    then.run();
                }
            }
        };
        ChangeListener<Object> listener = (o, was, now) -> check.run();
        vm.data().datasetProperty().addListener(listener);
        vm.runner().runningProperty().addListener(listener);
        vm.notices().currentProperty().addListener(listener);
        check.run();
    }

    /** Whether a table is open and no job runs (the table is in the window). */
    private boolean tableReady() {
        return vm.data().dataset() != null && !vm.runner().isRunning();
    }

    private void finishSmokeTest(Stage stage) {
        if (!stage.isShowing() || stage.getIcons().isEmpty() || stage.getScene().getRoot() == null) {
            fail("the window is not showing with its icon");
            return;
        }
        if (view.builtPages() < Step.values().length) {
            fail("the pages of " + view.builtPages() + " of the " + Step.values().length + " steps were built");
            return;
        }
        System.out.println("Segmenta smoke test passed: \"" + stage.getTitle() + "\", "
                + vm.data().dataset().rowCount() + " rows, " + stage.getIcons().size() + " icon sizes, window "
                + Math.round(stage.getWidth()) + " x " + Math.round(stage.getHeight()) + ", the pages of "
                + view.builtPages() + " steps built");
        exitCode = 0;
        verdict = true;
        Platform.exit();
    }

    private void startSmokeTimer() {
        Thread timer = new Thread(() -> {
            try {
                Thread.sleep(SMOKE_TEST_LIMIT_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            fail("no painted window with a table after " + SMOKE_TEST_LIMIT_MILLIS / 1000 + " s");
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(1);
        }, "segmenta-smoke-test-timer");
        timer.setDaemon(true);
        timer.start();
    }

    private static void fail(String why) {
        System.err.println("Segmenta smoke test FAILED: " + why);
        exitCode = 1;
        verdict = true;
        Platform.exit();
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.shutdown();
        }
        if (recovery != null) {
            recovery.discard(); // a clean exit leaves nothing to recover
        }
        SingleInstance instance = singleInstance;
        if (instance != null) {
            instance.close();
        }
        if (scratch != null) {
            try {
                scratch.removeNode();
                Preferences.userRoot().flush();
            } catch (BackingStoreException | IllegalStateException e) {
                System.err.println("Segmenta: could not remove the smoke test's preferences: " + e.getMessage());
            }
        }
    }

    /** Starts the window directly (the jar's entry point is {@code io.segmenta.Launcher}). */
    public static void main(String[] args) {
        StartupClock.markMain();
        launch(SegmentaApp.class, args);
    }
}
