package io.segmenta.ui.data;

import io.segmenta.ui.desktop.PreferencesWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The files the user opened last, newest first, at most {@value #MAX}, kept in
 * {@link Preferences} (keys {@code recent.0} ... {@code recent.9}) so they survive a restart; written to disk
 * off the calling thread ({@link PreferencesWriter}).
 */
public final class RecentFiles {
    public static final int MAX = 10;
    private static final String KEY = "recent.";

    private final Preferences node;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    /** Reads the list stored in {@code node}. */
    public RecentFiles(Preferences node) {
        this.node = node;
        List<Path> loaded = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String p = node.get(KEY + i, null);
            if (p != null && !p.isBlank()) {
                try {
                    loaded.add(Path.of(p));
                } catch (RuntimeException badPath) {
                    // a path from another system that this one cannot represent: leave it out
                }
            }
        }
        files.setAll(loaded);
    }

    /** Where the list is kept (the recent queries live in a child node). */
    Preferences node() {
        return node;
    }

    /** Another list kept beside this one, in child node {@code name} (the recent projects). */
    public RecentFiles child(String name) {
        return new RecentFiles(node.node(name));
    }

    /** Newest first. */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Puts {@code file} first (moving it if it is already listed) and drops the oldest beyond {@value #MAX}. */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        while (next.size() > MAX) {
            next.remove(next.size() - 1);
        }
        files.setAll(next);
        save();
    }

    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            save();
        }
    }

    public void clear() {
        files.clear();
        save();
    }

    private void save() {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        PreferencesWriter.flushLater(node, "the recent files list");
    }
}
