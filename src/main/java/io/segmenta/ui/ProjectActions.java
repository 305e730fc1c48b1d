package io.segmenta.ui;

import io.segmenta.core.data.DatabaseQuery;
import io.segmenta.core.projectfile.Project;
import io.segmenta.ui.project.ProjectQuestions;
import io.segmenta.ui.project.ProjectSession;
import io.segmenta.ui.project.Recovery;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

/**
 * The window's project actions: File > Save project, Save project as…, Open project…, the recent
 * projects menu, the questions reopening a project may ask, and the offer to restore a session that
 * did not end cleanly. All through {@link FileDialogs}, so tests answer them.
 */
final class ProjectActions implements ProjectQuestions {
    private final MainViewModel vm;
    private final FileDialogs dialogs;
    private final Supplier<Window> window;
    private final Supplier<Path> folder;

    ProjectActions(MainViewModel vm, FileDialogs dialogs, Supplier<Window> window, Supplier<Path> folder) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.window = window;
        this.folder = folder;
    }

    private ProjectSession session() {
        return vm.project();
    }

    /** Saves to the project's file, or asks where when it has none. Returns whether it was saved. */
    boolean save() {
        Path file = session().fileProperty().get();
        return file == null ? saveAs() : session().save(file);
    }

    /** Asks where and saves there. Returns whether it was saved. */
    boolean saveAs() {
        if (!session().canSave()) {
            vm.notices().error("There is nothing to save yet: open a table first.");
            return false;
        }
        Path current = session().fileProperty().get();
        Path target = dialogs.chooseProjectTarget(window.get(), current != null ? current.getParent() : folder.get(),
                suggestedName());
        return target != null && session().save(target);
    }

    private String suggestedName() {
        Path current = session().fileProperty().get();
        if (current != null) {
            return current.getFileName().toString();
        }
        var d = vm.data().dataset();
        String base = d == null ? "analysis" : d.name().replaceFirst("(?i)\\.(csv|tsv|txt|xlsx|xlsm|xls|parquet)$", "");
        return base + "." + Project.EXTENSION;
    }

    /** Asks for a project file and opens it. */
    void open() {
        Path p = dialogs.chooseProjectToOpen(window.get(), folder.get());
        if (p != null) {
            open(p);
        }
    }

    /** Opens {@code file}. */
    void open(Path file) {
        session().open(file, this);
    }

    /** Fills {@code menu} with the recent projects, kept up to date. */
    void bindRecent(Menu menu, java.util.function.BooleanSupplier mayLeave) {
        session().recentProjects().subscribe(() -> {
            List<Path> files = List.copyOf(session().recentProjects());
            menu.getItems().clear();
            if (files.isEmpty()) {
                MenuItem none = new MenuItem("No recent projects");
                none.setDisable(true);
                menu.getItems().add(none);
                return;
            }
            for (int i = 0; i < files.size(); i++) {
                Path p = files.get(i);
                Path parent = p.getParent();
                MenuItem item = new MenuItem((i + 1) + "  " + p.getFileName() + "  —  " + (parent == null ? "" : parent));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> {
                    if (mayLeave.getAsBoolean()) {
                        open(p);
                    }
                });
                menu.getItems().add(item);
            }
            MenuItem clear = new MenuItem("Clear recent projects");
            clear.setOnAction(e -> session().clearRecentProjects());
            menu.getItems().addAll(new SeparatorMenuItem(), clear);
        });
    }

    /**
     * At start-up: when {@code recovery} holds a session that did not end cleanly, offers to restore
     * it (true: restoring) or discards it (false: the caller opens what it would have opened).
     */
    boolean offerRecovery(Recovery recovery) {
        Project left = recovery == null ? null : recovery.left();
        if (left == null) {
            return false;
        }
        String what = left.source().describe() + ", " + Formats.plural(left.runs().size(), "run", "runs")
                + (left.saved() == null ? "" : ", last saved " + left.saved().replace('T', ' ').replaceFirst("\\.\\d+Z$",
                " UTC").replaceFirst("Z$", " UTC"));
        boolean restore = dialogs.askAboutProject(window.get(), "Restore the last session?",
                "Segmenta did not close normally last time. Its work was saved automatically: " + what + ".\n\n"
                        + "Restore it, or discard it and start afresh.", "Restore", "Discard");
        if (!restore) {
            recovery.discard();
            return false;
        }
        session().restore(left, this);
        return true;
    }

    @Override
    public Path locateDataFile(Path missing) {
        boolean look = dialogs.askAboutProject(window.get(), "Where is the project's data file?",
                "The project's data file " + missing + " is not there any more (moved, renamed or deleted).\n\n"
                        + "Choose where it is now; the project checks that it is the same data.", "Choose the file…",
                "Stop");
        return look ? dialogs.chooseFileToOpen(window.get(), missing.getParent()) : null;
    }

    @Override
    public boolean continueOnChangedData(Path file) {
        return dialogs.askAboutProject(window.get(), "The data changed since the project was saved",
                file + " is not the file the project was saved with: its content changed (the SHA-256 differs).\n\n"
                        + "Continue on the new data (every run is computed again on it, so its figures may differ), "
                        + "or stop and leave the project closed.", "Continue on the new data", "Stop");
    }

    @Override
    public char[] databasePassword(DatabaseQuery query) {
        return dialogs.askDatabasePassword(window.get(), query.displayName());
    }
}
