package io.segmenta.ui;

import atlantafx.base.theme.PrimerLight;
import io.segmenta.ui.desktop.Glass;
import io.segmenta.ui.desktop.WindowMemory;
import io.segmenta.ui.desktop.WindowState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the main window together on a stage: theme, CSS, icons, size, title and closing. */
public final class MainWindow {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    /** The window class on X11 (WM_CLASS) and the application name on macOS; the Linux .desktop file's StartupWMClass. */
    public static final String APP_ID = "Segmenta";
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private MainWindow() {
    }

    /** Builds the window for {@code vm} on {@code stage} at the default size and shows it. Must run on the FX thread. */
    public static MainView show(Stage stage, MainViewModel vm, FileDialogs dialogs) {
        return show(stage, vm, dialogs, null);
    }

    /**
     * Builds the window for {@code vm} on {@code stage} and shows it, where {@code memory} (may be
     * null) last saw it, or at the default size. Must run on the FX thread.
     */
    public static MainView show(Stage stage, MainViewModel vm, FileDialogs dialogs, WindowMemory memory) {
        return show(stage, vm, dialogs, memory, null);
    }

    /**
     * As {@link #show(Stage, MainViewModel, FileDialogs, WindowMemory)}, running {@code beforeShow}
     * (may be null) once the window's content is built and before it shows: what it puts in the view
     * model is in the window's first frame, laid out with the rest in one pass.
     */
    public static MainView show(Stage stage, MainViewModel vm, FileDialogs dialogs, WindowMemory memory,
            Runnable beforeShow) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainView view = new MainView(vm, dialogs);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(WIDTH, screen.getWidth());
        double h = Math.min(HEIGHT, screen.getHeight());
        double minW = Math.min(960, w);
        double minH = Math.min(640, h);
        WindowState saved = memory == null ? null : memory.saved(minW, minH);
        Scene scene = new Scene(view.load(), saved == null ? w : saved.width(), saved == null ? h : saved.height());
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("segmenta.css")).toExternalForm());
        InnerScroll.install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.getIcons().setAll(icons());
        stage.setMinWidth(minW);
        stage.setMinHeight(minH);
        stage.setOnCloseRequest(e -> vm.shutdown());
        if (saved != null) {
            memory.place(stage, saved);
        }
        if (memory != null) {
            memory.track(stage);
        }
        if (beforeShow != null) {
            beforeShow.run();
        }
        stage.show();
        return view;
    }

    /** The application icon in every size the window offers the system (title bar, taskbar, Alt+Tab). */
    public static List<Image> icons() {
        List<Image> icons = new ArrayList<>();
        for (int size : ICON_SIZES) {
            icons.add(new Image(Objects.requireNonNull(
                    MainWindow.class.getResource("icons/segmenta-" + size + ".png")).toExternalForm()));
        }
        return icons;
    }

    /**
     * Names the application to the windowing system before the first window exists: on Linux the
     * window class (WM_CLASS) that desktop menus and taskbars match with the .desktop file's
     * StartupWMClass, on macOS the name in the menu bar. JavaFX otherwise uses the Application
     * class name. Uses JavaFX's glass layer: call only where {@link Glass#reachable()}.
     */
    public static void nameApplication() {
        try {
            com.sun.glass.ui.Application.GetApplication().setName(APP_ID);
        } catch (LinkageError | RuntimeException notReachable) {
            System.err.println("Segmenta: could not set the window class (" + notReachable + ")");
        }
    }
}
