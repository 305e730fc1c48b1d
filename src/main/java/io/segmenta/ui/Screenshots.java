package io.segmenta.ui;

import io.segmenta.ui.charts.ScatterCanvas;
import io.segmenta.ui.charts.export.ChartExport;
import io.segmenta.ui.data.CoreDatasetSource;
import io.segmenta.ui.data.RecentFiles;
import io.segmenta.ui.desktop.FirstFrame;
import io.segmenta.ui.desktop.FxStallMonitor;
import io.segmenta.ui.task.FxTaskRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * {@code segmenta screenshots OUT_DIR}: opens the window on the built-in sample, walks through the
 * workflow (Data, Explore, Find k, Segment with the 2D scatter, 3D, silhouettes and PCA, Profiles
 * with their charts, Predict) and writes a PNG of the 1280 x 800 window at each step, so the
 * pictures in the README can be made again after any change. It runs headless (JavaFX's Monocle
 * platform with the software renderer: the 3D view then shows its 2D fallback) unless
 * {@code --display} is given, which uses the current display and its graphics pipeline instead.
 * The user's recent files and settings are not touched.
 */
public final class Screenshots {
    private static final long STEP_TIMEOUT_SECONDS = 1800;
    /** Above this many rows a --table walk leaves out the hierarchical run and the stability check. */
    static final int HIERARCHICAL_ROWS = 20_000;

    private Screenshots() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the process exit code (0 done, 1 failed, 2 bad arguments). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path dir = null;
        Path table = null;
        boolean display = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--display")) {
                display = true;
            } else if (a.equals("--table") && i + 1 < args.length) {
                table = Path.of(args[++i]).toAbsolutePath();
                if (!Files.isRegularFile(table)) {
                    err.println("The table " + table + " does not exist.");
                    return 2;
                }
            } else if (a.equals("-h") || a.equals("--help")) {
                out.println(usage());
                return 0;
            } else if (dir == null && !a.startsWith("-")) {
                dir = Path.of(a);
            } else {
                err.println("Unknown argument \"" + a + "\".\n" + usage());
                return 2;
            }
        }
        if (dir == null) {
            err.println("Say where to write the screenshots.\n" + usage());
            return 2;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            err.println("Cannot create the folder " + dir.toAbsolutePath() + ": " + e.getMessage());
            return 1;
        }
        if (!display) {
            if (!headlessAvailable()) {
                err.println("Headless screenshots need JavaFX's Monocle platform, which this build does not include. "
                        + "Run with --display on a desktop (or under Xvfb) instead.");
                return 1;
            }
            goHeadless();
        }
        Preferences prefs = Preferences.userRoot().node("io/segmenta/screenshots-" + UUID.randomUUID());
        try {
            List<Path> written = new Screenshots.Session(dir, table, prefs, out).run();
            out.println("Wrote " + written.size() + " screenshots to " + dir.toAbsolutePath());
            return 0;
        } catch (Exception e) {
            err.println("Screenshots failed: " + e.getMessage());
            return 1;
        } finally {
            try {
                prefs.removeNode();
            } catch (BackingStoreException | IllegalStateException ignored) {
                // nothing was stored
            }
            Platform.exit();
        }
    }

    static String usage() {
        return "Usage: segmenta screenshots OUT_DIR [--table FILE] [--display]\n"
                + "  Writes a PNG of every workflow step on the built-in sample into OUT_DIR, and says after each\n"
                + "  the longest time the window could not paint (the JavaFX thread's longest wait).\n"
                + "  --table    walk through the workflow on FILE instead (numeric columns as features; the\n"
                + "             hierarchical steps only up to " + String.format(Locale.ROOT, "%,d", HIERARCHICAL_ROWS)
                + " rows)\n"
                + "  --display  use the current display instead of running headless (shows real 3D where available)";
    }

    private static boolean headlessAvailable() {
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The same settings as the headless tests, set before the toolkit starts. */
    private static void goHeadless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", (int) MainWindow.WIDTH + "x" + (int) MainWindow.HEIGHT + "-32");
    }

    /** One walk through the workflow. */
    private static final class Session {
        private final Path dir;
        private final Path table;
        private final Preferences prefs;
        private FxStallMonitor stalls;
        private final PrintStream out;
        private final List<Path> written = new ArrayList<>();
        private MainViewModel vm;
        private MainView view;
        private Stage stage;

        Session(Path dir, Path table, Preferences prefs, PrintStream out) {
            this.dir = dir;
            this.table = table;
            this.prefs = prefs;
            this.out = out;
        }

        List<Path> run() throws Exception {
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            if (!started.await(60, TimeUnit.SECONDS)) {
                throw new TimeoutException("JavaFX did not start");
            }
            Platform.setImplicitExit(false);
            stalls = new FxStallMonitor(stall -> out.println("    stall: " + stall));
            CountDownLatch painted = new CountDownLatch(1);
            onFx(() -> {
                stage = new Stage();
                vm = new MainViewModel(new FxTaskRunner(), new RecentFiles(prefs), new CoreDatasetSource());
                view = MainWindow.show(stage, vm, FileDialogs.system());
                stage.setWidth(MainWindow.WIDTH);
                stage.setHeight(MainWindow.HEIGHT);
                vm.start(table == null ? List.of() : List.of(table.toString()));
                FirstFrame.afterNextFrame(stage.getScene(), painted::countDown);
                return null;
            });
            // building the window and its first frame are the start-up (its own measure), not a wait while work
            // runs; the watcher's no-op, queued during them, has run once the next action has, and is counted a
            // moment later
            if (!painted.await(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new TimeoutException("the window did not paint");
            }
            onFx(() -> null);
            Thread.sleep(2L * FxStallMonitor.PERIOD_MS);
            out.println("  window built and painted, " + stalls.takeLongest().describe());
            waitIdle();
            failIfNoTable();
            shot("01-data", () -> vm.stepProperty().set(Step.DATA));
            // as the app does once its window shows: the other steps' pages built ahead, one at a time
            CountDownLatch built = new CountDownLatch(1);
            onFx(() -> {
                view.prebuildPages(built::countDown);
                return null;
            });
            if (!built.await(120, TimeUnit.SECONDS)) {
                throw new TimeoutException("the pages were not built");
            }
            out.println("  pages built ahead, " + stalls.takeLongest().describe());
            shot("02-explore", () -> vm.stepProperty().set(Step.EXPLORE));
            onFx(() -> {
                vm.stepProperty().set(Step.PREPARE);
                vm.prepare().outliers().methodProperty().set(io.segmenta.core.prep.OutlierMethod.IQR);
                return null;
            });
            waitIdle();
            onFx(() -> {
                vm.prepare().preview();
                return null;
            });
            waitIdle();
            shot("03-prepare", () -> { });
            onFx(() -> {
                // the most isolated customer left out by hand, then previewed again
                var flagged = vm.prepare().previewProperty().get().outliers();
                if (!flagged.isEmpty()) {
                    vm.prepare().outliers().choose(List.of(flagged.get(flagged.size() - 1).row()),
                            io.segmenta.core.prep.OutlierAction.EXCLUDE);
                }
                vm.prepare().preview();
                return null;
            });
            waitIdle();
            shot("03b-prepare-outliers", () -> view.showPrepareTab("Outliers"));
            onFx(() -> { // a click on the Reason header: on a large table the customers are sorted in the background
                sortBy("#flaggedTable", "Reason");
                return null;
            });
            waitIdle();
            shot("03c-prepare-outliers-by-reason", () -> { });
            onFx(() -> {
                // the other pictures show the segmentation with every flagged customer kept
                vm.prepare().outliers().clearChoices();
                return null;
            });
            onFx(() -> {
                vm.stepProperty().set(Step.SEGMENT);
                var seg = vm.segmentStep();
                for (var f : seg.features().choices()) {
                    f.setSelected(f.type() == io.segmenta.core.data.ColumnType.NUMERIC);
                }
                vm.findK();
                return null;
            });
            waitIdle();
            shot("04-segment-choose-k", () -> view.showSegmentTab("Choose k"));
            onFx(() -> {
                vm.segment();
                return null;
            });
            waitIdle();
            requireResult();
            shot("05-segment-2d", () -> {
                view.showSegmentTab("Segments 2D");
                vm.segmentStep().visuals().selectSegment(1);
            });
            shot("06-segment-3d", () -> {
                vm.segmentStep().visuals().selectionProperty().set(io.segmenta.ui.charts.RowSet.EMPTY);
                view.showSegmentTab("3D");
            });
            onFx(() -> {
                view.showSegmentTab("Silhouette");
                return null;
            });
            waitIdle();
            shot("07-segment-silhouette", () -> { });
            shot("08-segment-pca", () -> view.showSegmentTab("PCA"));
            shot("09-profiles", () -> {
                vm.stepProperty().set(Step.PROFILES);
                selectTab("chartTabs", 0);
            });
            shot("10-profiles-box-plots", () -> selectTab("chartTabs", 2));
            shot("11-profiles-heat-map", () -> selectTab("chartTabs", 3));
            onFx(() -> {
                vm.stepProperty().set(Step.PREDICT);
                return null;
            });
            waitIdle();
            shot("12-predict", () -> {
                vm.predict().customer().fillExample();
                vm.predict().customer().predict();
            });
            int rows = onFx(() -> vm.data().dataset().rowCount());
            if (table != null && rows > HIERARCHICAL_ROWS) {
                out.println(String.format(Locale.ROOT, "  (no hierarchical run and stability check on %,d rows)", rows));
                finish();
                return written;
            }
            onFx(() -> {
                vm.segmentStep().method().algorithmProperty().set(io.segmenta.core.cluster.Algorithm.HIERARCHICAL);
                vm.segment();
                return null;
            });
            waitIdle();
            requireResult();
            shot("13-segment-dendrogram", () -> view.showSegmentTab("Dendrogram"));
            onFx(() -> {
                vm.segmentStep().comparison().stability().check();
                return null;
            });
            waitIdle();
            shot("14-segment-compare-runs", () -> view.showSegmentTab("Compare runs"));
            finish();
            return written;
        }

        private void finish() throws Exception {
            stalls.close();
            onFx(() -> {
                vm.shutdown();
                stage.hide();
                return null;
            });
        }

        private void failIfNoTable() throws Exception {
            if (onFx(() -> vm.data().dataset()) == null) {
                throw new IllegalStateException("the sample did not open: " + onFx(() -> String.valueOf(
                        vm.notices().current())));
            }
        }

        private void requireResult() throws Exception {
            if (onFx(() -> vm.segmentStep().result()) == null) {
                throw new IllegalStateException("segmenting the sample failed: " + onFx(() -> String.valueOf(
                        vm.notices().current())));
            }
        }

        private void selectTab(String id, int index) {
            if (stage.getScene().lookup("#" + id) instanceof TabPane tabs && index < tabs.getTabs().size()) {
                Tab t = tabs.getTabs().get(index);
                tabs.getSelectionModel().select(t);
            }
        }

        /** Does {@code action} on the FX thread, lets the window settle, then writes the window as NAME.png. */
        private void shot(String name, Runnable action) throws Exception {
            onFx(() -> {
                action.run();
                return null;
            });
            settle();
            FxStallMonitor.Longest longest = stalls.takeLongest(); // the work since the previous picture
            stalls.pause(); // the picture itself is the tour's work, not the window's
            WritableImage image = onFx(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                return stage.getScene().snapshot(null);
            });
            Path file = dir.resolve(name + ".png");
            onFx(() -> {
                ChartExport.writePng(image, file);
                return null;
            });
            stalls.resume();
            stalls.takeLongest();
            written.add(file);
            out.println(String.format(Locale.ROOT, "  %s (%d x %d), %s", file, (int) image.getWidth(),
                    (int) image.getHeight(), longest.describe()));
        }

        /** Sorts the table {@code tableId} by its column {@code title}, as a click on the header does. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private void sortBy(String tableId, String title) {
            TableView table = (TableView) stage.getScene().lookup(tableId);
            for (Object o : table.getColumns()) {
                TableColumn c = (TableColumn) o;
                if (title.equals(c.getText())) {
                    table.getSortOrder().setAll(c);
                }
            }
        }

        /** A few frames for layout, CSS and canvas repaints, and scatter charts' points drawn in the background. */
        private void settle() throws Exception {
            for (int i = 0; i < 4; i++) {
                Thread.sleep(120);
                onFx(() -> null);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STEP_TIMEOUT_SECONDS);
            if (ScatterCanvas.drawingAnywhere()) {
                while (ScatterCanvas.drawingAnywhere() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                for (int i = 0; i < 2; i++) {
                    Thread.sleep(60);
                    onFx(() -> null);
                }
            }
        }

        private void waitIdle() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STEP_TIMEOUT_SECONDS);
            do {
                Thread.sleep(100);
                if (!onFx(() -> vm.runner().isRunning())) {
                    settle();
                    if (!onFx(() -> vm.runner().isRunning())) {
                        return;
                    }
                }
            } while (System.nanoTime() < deadline);
            throw new TimeoutException("work did not finish within " + STEP_TIMEOUT_SECONDS + " s");
        }

        private static <T> T onFx(Supplier<T> action) throws Exception {
            CompletableFuture<T> f = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    f.complete(action.get());
                } catch (RuntimeException e) {
                    f.completeExceptionally(e);
                }
            });
            return f.get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }
}
