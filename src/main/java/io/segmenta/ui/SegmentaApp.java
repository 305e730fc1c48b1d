package io.segmenta.ui;

import io.segmenta.ui.data.CoreDatasetSource;
import io.segmenta.ui.data.RecentFiles;
import io.segmenta.ui.task.FxTaskRunner;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The Segmenta window. Started by {@code io.segmenta.Launcher} (or directly); with a CSV path as
 * argument it opens that file, otherwise the built-in sample.
 */
public class SegmentaApp extends Application {
    private MainViewModel vm;

    @Override
    public void start(Stage stage) {
        vm = new MainViewModel(new FxTaskRunner(), new RecentFiles(Preferences.userNodeForPackage(SegmentaApp.class)),
                new CoreDatasetSource());
        MainWindow.show(stage, vm, FileDialogs.system());
        vm.start(getParameters().getRaw());
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.shutdown();
        }
    }

    /** Starts the window directly (the jar's entry point is {@code io.segmenta.Launcher}). */
    public static void main(String[] args) {
        launch(SegmentaApp.class, args);
    }
}
