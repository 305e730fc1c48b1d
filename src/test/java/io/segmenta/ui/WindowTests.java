package io.segmenta.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** What the whole-window TestFX tests share: canned file dialogs, waiting for the runner, scrolling into view. */
public final class WindowTests {
    private WindowTests() {
    }

    /**
     * File dialogs that answer at once: "Open" gives {@code open}, an export goes to
     * {@code exportDir}/suggested name (or is cancelled when {@code exportDir} is null).
     */
    public static FileDialogs dialogs(Path open, Path exportDir) {
        return new FileDialogs() {
            @Override
            public Path chooseFileToOpen(Window owner, Path initialDirectory) {
                return open;
            }

            @Override
            public Path chooseExportTarget(Window owner, Path initialDirectory, String suggestedName) {
                return exportDir == null ? null : exportDir.resolve(suggestedName);
            }
        };
    }

    /** Waits until the window's background work has ended and its results are on screen. */
    public static void waitIdle(MainViewModel vm, long seconds) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> !vm.runner().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the node's scroll pane so that the node is in view (the robot clicks where a node is on screen). */
    public static void reveal(Node n) {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            for (Parent p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane sp) {
                    Node content = sp.getContent();
                    Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                    double free = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                    if (free > 0) {
                        double top = b.getMinY() - (sp.getViewportBounds().getHeight() - b.getHeight()) / 2;
                        sp.setVvalue(Math.max(0, Math.min(1, top / free)));
                    }
                    sp.layout();
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
