package io.segmenta.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmenta.core.data.DatabaseQuery;
import io.segmenta.testing.MemoryPreferencesFactory;
import io.segmenta.ui.data.RecentFiles;
import io.segmenta.ui.data.RecentQueries;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The recent files, recent queries and last folders reach their store without the caller waiting for it:
 * each node is written on the writer's thread, never on the thread that changed it (the window's), and the
 * values are there for the session at once. (Tests keep preferences in memory,
 * {@link MemoryPreferencesFactory}, which remembers who wrote each node.)
 */
class PreferencesWriterTest {
    private final Preferences node = Preferences.userRoot().node("io/segmenta/test/writer-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theWindowsListsAreWrittenOffTheCallingThread() throws Exception {
        Preferences folders = node.node("folders");
        Preferences queries = node.node("queries");
        new RecentFiles(node).add(Path.of("/data/customers.csv"));
        new LastFolders(folders).opened(Path.of("/data/customers.csv"));
        new RecentQueries(queries).add(new DatabaseQuery("jdbc:postgresql://db/shop", "analyst",
                "select * from customers"));
        assertEquals(Path.of("/data/customers.csv").toAbsolutePath(), new RecentFiles(node).files().get(0));

        List<Preferences> nodes = List.of(node, folders, queries);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (nodes.stream().anyMatch(n -> MemoryPreferencesFactory.writerOf(n) == null)
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(Arrays.asList(PreferencesWriter.THREAD, PreferencesWriter.THREAD, PreferencesWriter.THREAD),
                nodes.stream().map(MemoryPreferencesFactory::writerOf).toList(), "each written, by the writer");
    }
}
