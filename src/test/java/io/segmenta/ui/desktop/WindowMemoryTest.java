package io.segmenta.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.ui.FileDialogs;
import io.segmenta.ui.MainWindow;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.task.SyncTaskRunner;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The main window comes back where and as large as it was, maximised or not (headless, Monocle). */
@ExtendWith(ApplicationExtension.class)
class WindowMemoryTest {
    private final Preferences node = Preferences.userRoot().node("io/segmenta/test/memory-" + UUID.randomUUID());
    private final UiFixture fixture = new UiFixture(new SyncTaskRunner());
    private Stage stage;

    @AfterEach
    void cleanUp() throws BackingStoreException {
        if (stage != null) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> stage.hide());
        }
        fixture.close();
        node.removeNode();
    }

    private Stage open() {
        stage = WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            Stage s = new Stage();
            MainWindow.show(s, fixture.vm(), FileDialogs.system(), new WindowMemory(node));
            return s;
        });
        return stage;
    }

    private void close(Stage s) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, s::hide);
        stage = null;
    }

    private static void settle() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(WindowMemory.SETTLE_MILLIS + 200);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void firstRunUsesTheDefaultSizeAndClosingSavesIt() throws Exception {
        Stage s = open();
        assertEquals(1280, s.getScene().getWidth(), 1);
        assertEquals(800, s.getScene().getHeight(), 1);
        settle();
        close(s);
        WindowState saved = WindowState.load(node).orElseThrow();
        assertEquals(1280, saved.width(), 1);
        assertEquals(800, saved.height(), 1);
        assertFalse(saved.maximized());
    }

    @Test
    void theWindowComesBackWhereItWasAndAsLarge() throws Exception {
        new WindowState(40, 30, 1000, 680, false).save(node);
        Stage s = open();
        assertEquals(40, s.getX(), 1);
        assertEquals(30, s.getY(), 1);
        assertEquals(1000, s.getScene().getWidth(), 1);
        assertEquals(680, s.getScene().getHeight(), 1);

        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            s.setX(60);
            s.setWidth(1100);
        });
        settle();
        close(s);
        WindowState saved = WindowState.load(node).orElseThrow();
        assertEquals(60, saved.x(), 1);
        assertEquals(30, saved.y(), 1);
        assertEquals(1100, saved.width(), 1, "the content width follows the window");
    }

    @Test
    void aMaximisedWindowKeepsItsNormalBoundsForLater() throws Exception {
        new WindowState(40, 30, 1000, 680, false).save(node);
        Stage s = open();
        settle();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> s.setMaximized(true));
        settle();
        assertTrue(s.isMaximized());
        close(s);
        assertEquals(new WindowState(40, 30, 1000, 680, true), WindowState.load(node).orElseThrow());

        Stage again = open();
        assertTrue(again.isMaximized(), "opens maximised");
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> again.setMaximized(false));
        settle();
        assertEquals(1000, again.getScene().getWidth(), 1, "un-maximising returns to the normal size");
        assertEquals(40, again.getX(), 1);
    }

    @Test
    void aWindowSavedOffTheScreensIsBroughtBack() throws Exception {
        new WindowState(9000, 9000, 1000, 680, false).save(node);
        Stage s = open();
        var screen = Screen.getPrimary().getVisualBounds();
        assertTrue(screen.contains(s.getX() + 10, s.getY() + 10), "on the primary screen: " + s.getX() + ", " + s.getY());
    }
}
