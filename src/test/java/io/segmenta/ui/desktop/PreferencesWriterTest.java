package io.segmenta.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmenta.core.data.DatabaseQuery;
import io.segmenta.ui.data.RecentFiles;
import io.segmenta.ui.data.RecentQueries;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.prefs.AbstractPreferences;
import org.junit.jupiter.api.Test;

/**
 * The recent files, recent queries and last folders reach the disk without the caller waiting for it: their
 * store is written on the writer's thread, never on the thread that changed them (the window's), and the
 * values are there for the session at once.
 */
class PreferencesWriterTest {
    @Test
    void theWindowsListsAreWrittenOffTheCallingThread() throws Exception {
        RecordingStore store = new RecordingStore(null, "");
        RecentFiles recent = new RecentFiles(store);
        recent.add(Path.of("/data/customers.csv"));
        new LastFolders(store.node("folders")).opened(Path.of("/data/customers.csv"));
        new RecentQueries(store.node("queries")).add(new DatabaseQuery("jdbc:postgresql://db/shop", "analyst",
                "select * from customers"));
        assertEquals(Path.of("/data/customers.csv").toAbsolutePath(), new RecentFiles(store).files().get(0));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!WRITES.keySet().containsAll(Set.of("/", "/folders", "/queries")) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(Set.of("/", "/folders", "/queries"), WRITES.keySet(), "every node written");
        assertEquals(Set.of("Segmenta preferences"), Set.copyOf(WRITES.values()), "written by the writer only");
    }

    /** Node path -> the thread that last wrote it. */
    private static final Map<String, String> WRITES = new ConcurrentHashMap<>();

    /** An in-memory preferences tree that records which thread writes each node. */
    private static final class RecordingStore extends AbstractPreferences {
        private final Map<String, String> values = new ConcurrentHashMap<>();
        private final Map<String, RecordingStore> children = new ConcurrentHashMap<>();

        RecordingStore(RecordingStore parent, String name) {
            super(parent, name);
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
            values.clear();
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return children.keySet().toArray(String[]::new);
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            return children.computeIfAbsent(name, n -> new RecordingStore(this, n));
        }

        @Override
        protected void syncSpi() {
        }

        @Override
        protected void flushSpi() {
            WRITES.put(absolutePath(), Thread.currentThread().getName());
        }
    }
}
