package io.segmenta.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
    private final Preferences node = Preferences.userRoot().node("io/segmenta/test/recent-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void newestFirstWithoutDuplicatesAndAtMostTen() {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 1; i <= 12; i++) {
            recent.add(Path.of("/data/t" + i + ".csv"));
        }
        recent.add(Path.of("/data/t5.csv"));
        assertEquals(RecentFiles.MAX, recent.files().size());
        assertEquals(Path.of("/data/t5.csv"), recent.files().get(0));
        assertEquals(Path.of("/data/t12.csv"), recent.files().get(1));
        assertEquals(1, recent.files().stream().filter(p -> p.endsWith("t5.csv")).count());
        assertTrue(recent.files().stream().noneMatch(p -> p.endsWith("t1.csv") || p.endsWith("t2.csv")));
    }

    @Test
    void survivesARestart() {
        RecentFiles first = new RecentFiles(node);
        first.add(Path.of("/data/a.csv"));
        first.add(Path.of("/data/b.csv"));
        RecentFiles again = new RecentFiles(node);
        assertEquals(first.files(), again.files());
        assertEquals(Path.of("/data/b.csv"), again.files().get(0));
    }

    @Test
    void removeAndClear() {
        RecentFiles recent = new RecentFiles(node);
        recent.add(Path.of("/data/a.csv"));
        recent.add(Path.of("/data/b.csv"));
        recent.remove(Path.of("/data/a.csv"));
        assertEquals(1, new RecentFiles(node).files().size());
        recent.clear();
        assertTrue(new RecentFiles(node).files().isEmpty());
    }
}
