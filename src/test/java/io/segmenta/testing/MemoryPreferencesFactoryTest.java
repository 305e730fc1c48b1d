package io.segmenta.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.segmenta.ui.SegmentaApp;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

class MemoryPreferencesFactoryTest {
    @Test
    void testsNeverReachTheUsersRealPreferences() {
        // the build sets java.util.prefs.PreferencesFactory; without it this fails instead of writing to the user's store
        assertInstanceOf(MemoryPreferencesFactory.MemoryPreferences.class, Preferences.userRoot(),
                "surefire's argLine must set -Djava.util.prefs.PreferencesFactory=" + MemoryPreferencesFactory.class
                        .getName());
        assertInstanceOf(MemoryPreferencesFactory.MemoryPreferences.class,
                Preferences.userNodeForPackage(SegmentaApp.class));
    }

    @Test
    void nodesKeepValuesAndChildrenUntilRemoved() throws BackingStoreException {
        Preferences node = Preferences.userRoot().node("io/segmenta/test/memory-prefs");
        node.put("recent.0", "/tmp/a.csv");
        node.node("child").putInt("n", 3);
        assertEquals("/tmp/a.csv", Preferences.userRoot().node("io/segmenta/test/memory-prefs").get("recent.0", null));
        assertArrayEquals(new String[] {"recent.0"}, node.keys());
        assertArrayEquals(new String[] {"child"}, node.childrenNames());
        assertEquals(3, node.node("child").getInt("n", 0));
        node.removeNode();
        assertFalse(Preferences.userRoot().nodeExists("io/segmenta/test/memory-prefs"));
    }
}
