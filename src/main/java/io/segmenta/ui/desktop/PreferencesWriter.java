package io.segmenta.ui.desktop;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Writes the preferences the window keeps while it runs (the recent files, projects and queries, the last
 * folders) to disk on a thread of its own, so that the window never waits for the disk: Java's first write of a
 * session took 72-85 ms after the preferences had been read, as the window reads them at start (it loads its
 * XML writer then), later ones 2-7 ms on a quiet machine, and one write held the window 293 ms while a
 * 10,000,000-row table was read. The values hold for the session as soon as they are put;
 * a write that fails is reported on the error stream, as before. Java also writes unsaved preferences when the
 * process ends normally.
 */
public final class PreferencesWriter {
    /** The writer thread's name, as Segmenta's other threads are named. */
    static final String THREAD = "segmenta-preferences";
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, THREAD);
        t.setDaemon(true);
        return t;
    });

    private PreferencesWriter() {
    }

    /**
     * Writes {@code node} to disk soon, after the writes asked for before, on the writer's thread.
     *
     * @param what what the node holds, for the message when it cannot be written ("the recent files list")
     */
    public static void flushLater(Preferences node, String what) {
        WRITER.execute(() -> {
            try {
                node.flush();
            } catch (BackingStoreException e) {
                // the values still work for this session; they are only not remembered
                System.err.println("Segmenta: could not save " + what + ": " + e.getMessage());
            } catch (IllegalStateException removed) {
                // the node was removed meanwhile: nothing left to keep
            }
        });
    }
}
