package io.segmenta.ui;

import atlantafx.base.theme.PrimerLight;
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
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private MainWindow() {
    }

    /** Builds the window for {@code vm} on {@code stage} and shows it. Must run on the FX thread. */
    public static MainView show(Stage stage, MainViewModel vm, FileDialogs dialogs) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainView view = new MainView(vm, dialogs);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(WIDTH, screen.getWidth());
        double h = Math.min(HEIGHT, screen.getHeight());
        Scene scene = new Scene(view.load(), w, h);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("segmenta.css")).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        for (int size : ICON_SIZES) {
            stage.getIcons().add(new Image(Objects.requireNonNull(
                    MainWindow.class.getResource("icons/segmenta-" + size + ".png")).toExternalForm()));
        }
        stage.setMinWidth(Math.min(960, w));
        stage.setMinHeight(Math.min(640, h));
        stage.setOnCloseRequest(e -> vm.shutdown());
        stage.show();
        return view;
    }
}
