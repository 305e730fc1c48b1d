package io.segmenta.ui.desktop;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.animation.Animation;
import javafx.application.Platform;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Remembers the main window's size, position and maximised state between runs in a
 * {@link Preferences} node (see {@link WindowState} for the keys). The size kept is the content's
 * (the scene's), the position the window's.
 */
public final class WindowMemory {
    private final Preferences node;
    /** How long the window must keep its place and size before they count as its normal bounds. */
    static final long SETTLE_MILLIS = 300;

    private WindowState normal;
    private boolean openedMaximized;

    public WindowMemory(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /**
     * The state saved last, fitted to the screens attached now (see {@link WindowState#fitTo}), or
     * null when nothing was saved. Its width and height are the scene's (the window's content):
     * window managers add their frame around it, which JavaFX learns only after showing.
     */
    public WindowState saved(double minWidth, double minHeight) {
        var saved = WindowState.load(node);
        if (saved.isEmpty()) {
            return null;
        }
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        for (Screen screen : Screen.getScreens()) {
            if (!screen.equals(Screen.getPrimary())) {
                screens.add(screen.getVisualBounds());
            }
        }
        return saved.get().fitTo(screens, minWidth, minHeight);
    }

    /** Puts {@code stage} where {@code state} says and maximises it if it was; the caller sized its scene. Call before showing. */
    public void place(Stage stage, WindowState state) {
        stage.setX(state.x());
        stage.setY(state.y());
        stage.setMaximized(state.maximized());
        normal = new WindowState(state.x(), state.y(), state.width(), state.height(), false);
        openedMaximized = state.maximized();
    }

    /**
     * Follows {@code stage}'s normal place and content size from now on and saves them when it
     * closes. A change counts once it has settled for {@value #SETTLE_MILLIS} ms and the window is
     * then neither maximised nor minimised: window managers move and resize a window in several
     * steps before they report it maximised, and those steps must not replace the normal bounds.
     */
    public void track(Stage stage) {
        Scene scene = stage.getScene();
        Runnable follow = () -> {
            if (stage.isShowing() && !stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                normal = new WindowState(stage.getX(), stage.getY(), scene.getWidth(), scene.getHeight(), false);
            }
        };
        PauseTransition settle = new PauseTransition(Duration.millis(SETTLE_MILLIS));
        settle.setOnFinished(e -> follow.run());
        InvalidationListener changed = o -> settle.playFromStart();
        stage.xProperty().addListener(changed);
        stage.yProperty().addListener(changed);
        scene.widthProperty().addListener(changed);
        scene.heightProperty().addListener(changed);
        stage.maximizedProperty().addListener(changed);
        stage.iconifiedProperty().addListener(changed);
        stage.maximizedProperty().addListener((o, was, now) -> {
            if (!now && openedMaximized) {
                openedMaximized = false;
                Platform.runLater(() -> restoreNormal(stage));
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> settle.playFromStart());
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> {
            if (settle.getStatus() == Animation.Status.RUNNING) {
                settle.stop();
                follow.run();
            }
            save(stage.isMaximized());
        });
    }

    /**
     * A window opened maximised has never had its normal size on screen, and not every platform
     * knows it when the user un-maximises (JavaFX's headless platform does not): apply it.
     */
    private void restoreNormal(Stage stage) {
        Scene scene = stage.getScene();
        if (normal == null || stage.isMaximized()
                || (Math.abs(scene.getWidth() - normal.width()) < 1 && Math.abs(scene.getHeight() - normal.height()) < 1)) {
            return;
        }
        double frameWidth = stage.getWidth() - scene.getWidth();
        double frameHeight = stage.getHeight() - scene.getHeight();
        stage.setX(normal.x());
        stage.setY(normal.y());
        stage.setWidth(normal.width() + frameWidth);
        stage.setHeight(normal.height() + frameHeight);
    }

    /** The normal bounds followed so far, or null before the window was shown. */
    public WindowState current() {
        return normal;
    }

    private void save(boolean maximized) {
        if (normal == null) {
            return;
        }
        new WindowState(normal.x(), normal.y(), normal.width(), normal.height(), maximized).save(node);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            System.err.println("Segmenta: could not save the window size: " + e.getMessage());
        }
    }
}
