package io.segmenta.ui.desktop;

import io.segmenta.ui.FileDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.stage.Window;

/**
 * Remembers the folders the user last opened a table from and exported to, in a
 * {@link Preferences} node (keys {@value #OPEN} and {@value #EXPORT}), so the file choosers start
 * there after a restart. {@link #around(FileDialogs)} wraps the window's file dialogs with it.
 */
public final class LastFolders {
    static final String OPEN = "folder.open";
    static final String EXPORT = "folder.export";

    private final Preferences node;

    public LastFolders(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The folder of the table opened last (by any means), if it still exists. */
    public Path openFolder() {
        return existing(OPEN);
    }

    /** The folder exported to last, if it still exists. */
    public Path exportFolder() {
        return existing(EXPORT);
    }

    /** Remembers the folder of {@code file}, a table just opened (from the chooser, the recent list, a drop or a launch). */
    public void opened(Path file) {
        remember(OPEN, file);
    }

    /** Remembers the folder of {@code file}, an export target just chosen. */
    public void exported(Path file) {
        remember(EXPORT, file);
    }

    /**
     * {@code dialogs} starting in the remembered folders: the open chooser in the folder of the
     * table opened last, the export chooser in the folder exported to last; where nothing is
     * remembered (or the folder is gone) in the folder the window suggests.
     */
    public FileDialogs around(FileDialogs dialogs) {
        Objects.requireNonNull(dialogs, "dialogs");
        return new FileDialogs() {
            @Override
            public Path chooseFileToOpen(Window owner, Path initialDirectory) {
                Path remembered = openFolder();
                Path chosen = dialogs.chooseFileToOpen(owner, remembered != null ? remembered : initialDirectory);
                if (chosen != null) {
                    opened(chosen);
                }
                return chosen;
            }

            @Override
            public Path chooseExportTarget(Window owner, Path initialDirectory, String suggestedName) {
                Path remembered = exportFolder();
                Path chosen = dialogs.chooseExportTarget(owner, remembered != null ? remembered : initialDirectory,
                        suggestedName);
                if (chosen != null) {
                    exported(chosen);
                }
                return chosen;
            }

            @Override
            public Path chooseReportTarget(Window owner, Path initialDirectory, String suggestedName) {
                Path remembered = exportFolder();
                Path chosen = dialogs.chooseReportTarget(owner, remembered != null ? remembered : initialDirectory,
                        suggestedName);
                if (chosen != null) {
                    exported(chosen);
                }
                return chosen;
            }
        };
    }

    private Path existing(String key) {
        String stored = node.get(key, null);
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            Path p = Path.of(stored);
            return Files.isDirectory(p) ? p : null;
        } catch (RuntimeException badPath) {
            return null;
        }
    }

    private void remember(String key, Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder == null || folder.toString().equals(node.get(key, null))) {
            return;
        }
        node.put(key, folder.toString());
        PreferencesWriter.flushLater(node, "the last folder");
    }
}
