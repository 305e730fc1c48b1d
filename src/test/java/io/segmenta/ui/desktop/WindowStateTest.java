package io.segmenta.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WindowStateTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1050);
    private static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1920, 0, 2560, 1400);
    private final Preferences node = Preferences.userRoot().node("io/segmenta/test/window-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void savedStateSurvivesARestart() {
        assertTrue(WindowState.load(node).isEmpty(), "nothing saved yet");
        new WindowState(120, 74.5, 1000, 700, true).save(node);
        assertEquals(new WindowState(120, 74.5, 1000, 700, true), WindowState.load(node).orElseThrow());
    }

    @Test
    void brokenValuesAreIgnored() {
        node.put(WindowState.X, "10");
        node.put(WindowState.Y, "10");
        node.put(WindowState.WIDTH, "-5");
        node.put(WindowState.HEIGHT, "700");
        assertTrue(WindowState.load(node).isEmpty());
        node.put(WindowState.WIDTH, "wide");
        assertTrue(WindowState.load(node).isEmpty());
    }

    @Test
    void aWindowOnAScreenStaysWhereItWas() {
        WindowState s = new WindowState(2100, 200, 1200, 800, false);
        assertEquals(s, s.fitTo(List.of(LAPTOP, RIGHT_MONITOR), 960, 640));
    }

    @Test
    void aWindowOnAnUnpluggedMonitorIsCentredOnThePrimary() {
        WindowState s = new WindowState(2100, 200, 1200, 800, true).fitTo(List.of(LAPTOP), 960, 640);
        assertEquals(new WindowState(360, 125, 1200, 800, true), s);
    }

    @Test
    void aWindowPartlyOffScreenIsMovedOnAndShrunkToTheScreen() {
        assertEquals(new WindowState(920, 250, 1000, 800, false),
                new WindowState(1500, 250, 1000, 800, false).fitTo(List.of(LAPTOP), 960, 640),
                "moved left until it is wholly on the screen");
        assertEquals(new WindowState(0, 0, 1920, 1050, false),
                new WindowState(-10, -10, 3000, 2000, false).fitTo(List.of(LAPTOP), 960, 640),
                "a window saved on a larger screen is no larger than this one");
        assertEquals(new WindowState(100, 100, 960, 640, false),
                new WindowState(100, 100, 300, 200, false).fitTo(List.of(LAPTOP), 960, 640),
                "never below the minimum size");
    }
}
