package io.segmenta.ui;

import io.segmenta.ui.charts.export.ChartSaver;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user for files. The window uses the platform's file choosers; tests substitute answers.
 */
public interface FileDialogs {
    /** A table to open (CSV, Excel or Parquet), or null when the user cancels. */
    Path chooseFileToOpen(Window owner, Path initialDirectory);

    /** Where to write the segmented CSV, or null when the user cancels. */
    Path chooseExportTarget(Window owner, Path initialDirectory, String suggestedName);

    /**
     * Saves and copies charts: the window asks with dialogs and remembers the last folder in the
     * user's preferences; tests give their own answers and preferences.
     */
    default ChartSaver chartSaver(Consumer<String> onSaved, Consumer<String> onError) {
        return new ChartSaver(Preferences.userNodeForPackage(ChartSaver.class), ChartSaver.Questions.dialogs(), onSaved,
                onError);
    }

    /** What the analyst chooses when opening another table would drop the session's runs. */
    enum LeaveTable {
        /** Export the segmented CSV first (the other table is not opened). */
        EXPORT,
        /** Save the analysis as a project, then open the other table. */
        SAVE_PROJECT,
        /** Drop the runs and open the other table. */
        DISCARD,
        /** Keep the table open. */
        CANCEL
    }

    /**
     * Asks before opening another table drops the runs, names and descriptions of this one
     * ({@code message} says which); a dialog unless a test answers.
     */
    default LeaveTable askBeforeLeavingTable(Window owner, String message) {
        javafx.scene.control.ButtonType save = new javafx.scene.control.ButtonType("Save project…");
        javafx.scene.control.ButtonType export = new javafx.scene.control.ButtonType("Export segmented CSV…");
        javafx.scene.control.ButtonType discard = new javafx.scene.control.ButtonType("Discard and open",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                message, save, export, discard, javafx.scene.control.ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Segmenta");
        alert.setHeaderText("Open another table?");
        alert.getDialogPane().setMinWidth(700); // four buttons, none cut short
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.ButtonType answer = alert.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL);
        return answer == save ? LeaveTable.SAVE_PROJECT : answer == export ? LeaveTable.EXPORT
                : answer == discard ? LeaveTable.DISCARD : LeaveTable.CANCEL;
    }

    /** A project file to open, or null when the user cancels. */
    default Path chooseProjectToOpen(Window owner, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a project");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Segmenta project (*.segmenta)",
                "*.segmenta", "*.SEGMENTA"), new FileChooser.ExtensionFilter("All files", "*"));
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        File f = chooser.showOpenDialog(owner);
        return f == null ? null : f.toPath();
    }

    /** Where to save the project, or null when the user cancels. */
    default Path chooseProjectTarget(Window owner, Path initialDirectory, String suggestedName) {
        return chooseSaveTarget(owner, initialDirectory, suggestedName, "Save the project", "Segmenta project",
                "segmenta");
    }

    /**
     * Asks a yes-or-no question about a project (its data file changed; a session to restore): true
     * for {@code yes}, false for {@code no} or closing the dialog.
     */
    default boolean askAboutProject(Window owner, String header, String message, String yes, String no) {
        javafx.scene.control.ButtonType y = new javafx.scene.control.ButtonType(yes,
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType n = new javafx.scene.control.ButtonType(no,
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                message, y, n);
        alert.initOwner(owner);
        alert.setTitle("Segmenta");
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(520);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return alert.showAndWait().orElse(n) == y;
    }

    /** The password of a project's database query, or null when the user cancels. */
    default char[] askDatabasePassword(Window owner, String where) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Open project");
        dialog.setHeaderText("The project's table comes from " + where + ".");
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setPromptText("Password");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, new javafx.scene.control.Label(
                "Password (not kept in the project):"), field);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        boolean ok = dialog.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL)
                == javafx.scene.control.ButtonType.OK;
        char[] typed = field.getText().toCharArray();
        field.clear();
        return ok ? typed : null;
    }

    /** A model file to open, or null when the user cancels (the platform's chooser unless a test answers). */
    default Path chooseModelToOpen(Window owner, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a segmentation model");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Segmenta model (*.json)", "*.json",
                "*.JSON"), new FileChooser.ExtensionFilter("All files", "*"));
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        File f = chooser.showOpenDialog(owner);
        return f == null ? null : f.toPath();
    }

    /** Where to write the HTML report, or null when the user cancels. */
    default Path chooseReportTarget(Window owner, Path initialDirectory, String suggestedName) {
        return chooseSaveTarget(owner, initialDirectory, suggestedName, "Export the report", "Web page", "html");
    }

    /** Where to save a model file, or null when the user cancels. */
    default Path chooseModelTarget(Window owner, Path initialDirectory, String suggestedName) {
        return chooseSaveTarget(owner, initialDirectory, suggestedName, "Save the segmentation model",
                "Segmenta model", "json");
    }

    /** A save dialog for one kind of file; a name typed without an extension gets {@code extension}. */
    private static Path chooseSaveTarget(Window owner, Path initialDirectory, String suggestedName, String title,
                                         String kind, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind + " (*." + extension + ")",
                "*." + extension));
        chooser.setInitialFileName(suggestedName);
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return null;
        }
        Path p = f.toPath();
        return p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + "." + extension);
    }

    /** The platform's file choosers. */
    static FileDialogs system() {
        return new FileDialogs() {
            @Override
            public Path chooseFileToOpen(Window owner, Path initialDirectory) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Open a customer table");
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter("Customer tables (*.csv, *.xlsx, *.xls, *.parquet, *.tsv, *.txt)",
                                "*.csv", "*.CSV", "*.xlsx", "*.XLSX", "*.xlsm", "*.xls", "*.XLS", "*.parquet", "*.PARQUET", "*.tsv",
                                "*.TSV", "*.txt", "*.TXT"),
                        new FileChooser.ExtensionFilter("CSV and text tables (*.csv, *.tsv, *.txt)", "*.csv", "*.CSV",
                                "*.tsv", "*.TSV", "*.txt", "*.TXT"),
                        new FileChooser.ExtensionFilter("Excel workbooks (*.xlsx, *.xls)", "*.xlsx", "*.XLSX", "*.xlsm", "*.xls",
                                "*.XLS"),
                        new FileChooser.ExtensionFilter("Parquet files (*.parquet)", "*.parquet", "*.PARQUET"),
                        new FileChooser.ExtensionFilter("All files", "*"));
                directory(chooser, initialDirectory);
                File f = chooser.showOpenDialog(owner);
                return f == null ? null : f.toPath();
            }

            @Override
            public Path chooseExportTarget(Window owner, Path initialDirectory, String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Export segmented CSV");
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV file (*.csv)", "*.csv"));
                chooser.setInitialFileName(suggestedName);
                directory(chooser, initialDirectory);
                File f = chooser.showSaveDialog(owner);
                if (f == null) {
                    return null;
                }
                Path p = f.toPath();
                return p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ".csv");
            }

            private void directory(FileChooser chooser, Path dir) {
                if (dir != null && Files.isDirectory(dir)) {
                    chooser.setInitialDirectory(dir.toFile());
                }
            }
        };
    }
}
