package io.segmenta.ui.data;

import atlantafx.base.theme.Styles;
import io.segmenta.core.data.DatabaseQuery;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File > Open from database: a recent-query list, the JDBC URL (with the missing driver named under it),
 * user, password (asked each time, never stored), the query editor, the drivers and the drivers folder,
 * Preview (the first rows, in the background, with Stop) and Open, which runs the query in the
 * background with progress and Cancel in the status bar. Every text and action
 * comes from the {@link DatabaseViewModel}; this class only lays out and binds nodes.
 */
public final class DatabaseDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final DatabaseViewModel vm;
    private final PasswordField password = new PasswordField();
    private final ButtonType openType = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);

    public DatabaseDialog(Window owner, DatabaseViewModel vm) {
        this.vm = vm;
        dialog.initOwner(owner);
        dialog.setTitle("Open from database");
        dialog.setHeaderText("Read a customer table from a query. The connection is read-only, and only this query "
                + "runs.");
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(openType, ButtonType.CANCEL);
        vm.refreshDrivers(); // the drivers folder is read when the dialog opens: a jar added since is listed
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefSize(860, 680);
        dialog.getDialogPane().setMinSize(640, 520);
        Button open = (Button) dialog.getDialogPane().lookupButton(openType);
        open.setId("databaseOpen");
        open.disableProperty().bind(vm.urlProperty().isEmpty().or(vm.queryProperty().isEmpty()));
        open.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (vm.request() == null) {
                e.consume(); // the reason shows under the preview; the dialog stays open
            }
        });
    }

    private VBox content() {
        ComboBox<DatabaseQuery> recent = new ComboBox<>(vm.recentQueries());
        recent.setId("databaseRecent");
        recent.setPromptText(vm.recentQueries().isEmpty() ? "No recent queries" : "Recent queries");
        recent.setMaxWidth(Double.MAX_VALUE);
        recent.setConverter(new StringConverter<>() {
            @Override
            public String toString(DatabaseQuery q) {
                return q == null ? "" : DatabaseViewModel.describe(q);
            }

            @Override
            public DatabaseQuery fromString(String s) {
                return null;
            }
        });
        recent.valueProperty().addListener((o, was, q) -> {
            if (q != null) {
                vm.use(q);
            }
        });
        TextField url = new TextField();
        url.setId("databaseUrl");
        url.setPromptText("jdbc:postgresql://host:5432/shop  or  jdbc:sqlite:/path/to/crm.db");
        url.textProperty().bindBidirectional(vm.urlProperty());
        TextField user = new TextField();
        user.setId("databaseUser");
        user.setPromptText("not needed for SQLite");
        user.textProperty().bindBidirectional(vm.userProperty());
        password.setId("databasePassword");
        password.setPromptText("asked each time, never stored");
        TextArea query = new TextArea();
        query.setId("databaseQuery");
        query.setPromptText("SELECT customer_id, age, income, spending FROM customers");
        query.setPrefRowCount(5);
        query.setMinHeight(112);
        query.setWrapText(true);
        query.setStyle("-fx-font-family: monospace;");
        query.textProperty().bindBidirectional(vm.queryProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label("Recent"), recent);
        grid.addRow(1, new Label("JDBC URL"), url);
        grid.add(driverNote(), 1, 2);
        grid.addRow(3, new Label("User"), user);
        grid.addRow(4, new Label("Password"), password);
        grid.addRow(5, new Label("Query"), query);
        Label driversLabel = new Label("Drivers");
        GridPane.setValignment(driversLabel, javafx.geometry.VPos.TOP);
        grid.addRow(6, driversLabel, drivers());

        Button preview = new Button("Preview");
        preview.setId("databasePreview");
        preview.setOnAction(e -> vm.preview(takePassword()));
        preview.disableProperty().bind(vm.previewingProperty());
        preview.setMinWidth(Region.USE_PREF_SIZE);
        Button stop = new Button("Stop");
        stop.setId("databaseStop");
        stop.setOnAction(e -> vm.stopPreview());
        stop.visibleProperty().bind(vm.previewingProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.previewingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Label status = new Label();
        status.setId("databaseStatus");
        status.setWrapText(true);
        status.setPrefWidth(1); // takes the row's free width and wraps a long message instead of cutting it
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(vm.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox actions = new HBox(10, preview, stop, busy, status);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<List<String>> table = new TableView<>();
        table.setId("databasePreviewTable");
        table.setPlaceholder(new Label("The preview shows the first " + DatabaseViewModel.PREVIEW_ROWS + " rows."));
        table.getStyleClass().add("dense");
        VBox.setVgrow(table, Priority.ALWAYS);
        vm.previewProperty().subscribe(p -> {
            table.getColumns().clear();
            for (int j = 0; j < p.columns().size(); j++) {
                int col = j;
                TableColumn<List<String>, String> c = new TableColumn<>(p.columns().get(j));
                c.setCellValueFactory(r -> new SimpleStringProperty(r.getValue().get(col)));
                c.setSortable(false);
                table.getColumns().add(c);
            }
            table.getItems().setAll(p.rows());
        });
        VBox box = new VBox(12, grid, actions, table);
        box.setPadding(new Insets(8, 14, 0, 14));
        return box;
    }

    /** Which driver the URL typed is missing, where to get it and the folder to put it in (hidden when none is). */
    private Label driverNote() {
        Label note = new Label();
        note.setId("databaseDriverNote");
        note.setWrapText(true);
        note.setPrefWidth(1); // wraps to the column's width instead of widening the grid
        note.setMaxWidth(Double.MAX_VALUE);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add(Styles.WARNING);
        note.textProperty().bind(vm.driverNoteProperty());
        note.visibleProperty().bind(vm.driverNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    /** The drivers queries can use, the drivers folder (selectable, with Copy) and jars in it that are not drivers. */
    private VBox drivers() {
        Label list = new Label();
        list.setId("databaseDrivers");
        list.setWrapText(true);
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.textProperty().bind(vm.driversProperty());
        TextField folder = new TextField();
        folder.setId("databaseDriversFolder");
        folder.setEditable(false);
        folder.textProperty().bind(vm.driversFolderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button copy = new Button("Copy path");
        copy.setId("databaseDriversCopy");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setTooltip(new Tooltip("Copies the folder's path (and creates the folder if it does not exist yet)"));
        copy.setOnAction(e -> {
            vm.ensureDriversFolder();
            ClipboardContent c = new ClipboardContent();
            c.putString(folder.getText());
            Clipboard.getSystemClipboard().setContent(c);
        });
        Label folderLabel = new Label("Other drivers (MariaDB, MySQL…): put the driver's .jar in this folder");
        folderLabel.setWrapText(true);
        HBox folderRow = new HBox(8, folder, copy);
        folderRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label problems = new Label();
        problems.setId("databaseDriverProblems");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.getStyleClass().add(Styles.WARNING);
        problems.textProperty().bind(vm.driverProblemsProperty());
        problems.visibleProperty().bind(vm.driverProblemsProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        VBox box = new VBox(4, list, folderLabel, folderRow, problems);
        box.getStyleClass().add("text-muted");
        return box;
    }

    /** The password typed, as a fresh array that the run clears when done (the field is emptied on close). */
    private char[] takePassword() {
        return password.getText().toCharArray();
    }

    /** Shows the dialog; on Open, runs the query for all its rows. */
    public void showAndOpen() {
        dialog.showAndWait().filter(b -> b == openType).ifPresent(b -> {
            DatabaseQuery q = vm.request();
            if (q != null) {
                vm.open(q, takePassword());
            }
        });
        password.clear();
    }

    /** The dialog, for tests and screenshots. */
    public Dialog<ButtonType> dialog() {
        return dialog;
    }
}
