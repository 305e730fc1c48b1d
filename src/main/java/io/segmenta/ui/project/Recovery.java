package io.segmenta.ui.project;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.projectfile.Project;
import io.segmenta.core.projectfile.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Crash recovery: the open analysis written to a recovery file in the configuration folder (every
 * minute and after each finished run; atomically, so a crash while writing leaves the last good copy),
 * removed on a clean exit. A recovery file found at start-up means the last session did not end
 * cleanly (a crash, a kill, a power cut): the window offers to restore it.
 */
public final class Recovery {
    /** The recovery file's name in the configuration folder. */
    public static final String FILE_NAME = "recovery.segmenta";

    private final Path file;
    private final Supplier<Project> project;
    private boolean warned;

    /**
     * @param file    the recovery file
     * @param project the open analysis, or null when there is none
     */
    public Recovery(Path file, Supplier<Project> project) {
        this.file = file;
        this.project = project;
    }

    /** The recovery file in {@code configDir}. */
    public static Path fileIn(Path configDir) {
        return configDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /**
     * Writes the open analysis to the recovery file (or removes the file when nothing is open). A
     * failure is said once on stderr: it must not interrupt the analyst's work.
     */
    public void autosave() {
        Project p = project.get();
        try {
            if (p == null) {
                Files.deleteIfExists(file);
                return;
            }
            Files.createDirectories(file.getParent());
            ProjectFiles.write(p, file);
        } catch (IOException | SegmentaException e) {
            if (!warned) {
                warned = true;
                System.err.println("Segmenta: could not write the recovery file " + file + ": " + e.getMessage());
            }
        }
    }

    /**
     * Whether a recovery file is there, that is whether the window should offer to restore
     * (without reading it: {@link #left} says whether it can be restored).
     */
    public boolean pending() {
        return Files.isRegularFile(file);
    }

    /** The session left by a Segmenta that did not exit cleanly, or null (none, or not readable). */
    public Project left() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return ProjectFiles.read(file);
        } catch (SegmentaException e) {
            System.err.println("Segmenta: the recovery file " + file + " cannot be restored: " + e.getMessage());
            return null;
        }
    }

    /** Removes the recovery file (a clean exit, or the analyst discarded it). */
    public void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("Segmenta: could not remove the recovery file " + file + ": " + e.getMessage());
        }
    }
}
