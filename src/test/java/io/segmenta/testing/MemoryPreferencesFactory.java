package io.segmenta.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.Preferences;
import java.util.prefs.PreferencesFactory;

/**
 * Preferences kept in memory for the life of the test JVM: the build points
 * {@code java.util.prefs.PreferencesFactory} here (surefire {@code argLine}), so no test (nor the
 * app code it drives, such as the chart saver's last folder) reads or writes the user's real
 * preferences. It remembers which thread wrote each node last ({@link #writerOf}).
 */
public final class MemoryPreferencesFactory implements PreferencesFactory {
    private static final Preferences USER = new MemoryPreferences(null, "");
    private static final Preferences SYSTEM = new MemoryPreferences(null, "");
    /** Node path -> the name of the thread that flushed it last. */
    private static final Map<String, String> WRITERS = new ConcurrentHashMap<>();

    /** The name of the thread that last wrote {@code node} to its (memory) store, or null if none did. */
    public static String writerOf(Preferences node) {
        return WRITERS.get(node.absolutePath());
    }

    @Override
    public Preferences userRoot() {
        return USER;
    }

    @Override
    public Preferences systemRoot() {
        return SYSTEM;
    }

    /** One node; its children are kept by {@link AbstractPreferences}' own cache. */
    static final class MemoryPreferences extends AbstractPreferences {
        private final Map<String, String> values = new TreeMap<>();

        MemoryPreferences(MemoryPreferences parent, String name) {
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
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            return new MemoryPreferences(this, name);
        }

        @Override
        protected void syncSpi() {
            // nothing to sync: memory only
        }

        @Override
        protected void flushSpi() {
            // nothing to write (memory only) but who wrote it
            WRITERS.put(absolutePath(), Thread.currentThread().getName());
        }
    }
}
