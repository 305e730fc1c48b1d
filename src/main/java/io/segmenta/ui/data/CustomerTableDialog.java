package io.segmenta.ui.data;

import io.segmenta.core.data.Dataset;
import io.segmenta.core.rfm.CustomerTable;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The "Make a customer table" dialog: the guessed column roles (editable), the reference day, the
 * definitions, and a preview of the first customers; OK makes the customer table the working table.
 */
final class CustomerTableDialog {
    static final String NONE = "(none)";

    private CustomerTableDialog() {
    }

    static void show(Window owner, CustomerTableViewModel vm) {
        vm.start();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Make a customer table");
        dialog.setHeaderText("One row per customer: Recency, Frequency, Monetary, RFM scores and segment, "
                + "behaviour features");
        dialog.setResizable(true);
        GridPane roles = new GridPane();
        roles.setHgap(10);
        roles.setVgap(6);
        int row = 0;
        row = role(roles, row, "Customer", vm.customerProperty(), vm, false);
        row = role(roles, row, "Date", vm.dateProperty(), vm, false);
        row = role(roles, row, "Time (beside a date of days)", vm.timeProperty(), vm, true);
        row = role(roles, row, "Invoice or order", vm.invoiceProperty(), vm, true);
        row = role(roles, row, "Amount", vm.amountProperty(), vm, true);
        row = role(roles, row, "Quantity (without amount)", vm.quantityProperty(), vm, true);
        row = role(roles, row, "Unit price (without amount)", vm.priceProperty(), vm, true);
        row = role(roles, row, "Product", vm.productProperty(), vm, true);
        row = role(roles, row, "Category (e.g. Country)", vm.categoryProperty(), vm, true);
        DatePicker day = new DatePicker();
        day.setPromptText("the day after the latest date");
        day.setPrefWidth(260);
        day.valueProperty().bindBidirectional(vm.referenceDayProperty());
        day.setId("referenceDay");
        roles.addRow(row, new Label("Reference day"), day);

        Label status = new Label();
        status.setId("customerTableStatus");
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        TableView<Integer> preview = new TableView<>();
        preview.setId("customerTablePreview");
        preview.getStyleClass().add("dense");
        preview.setPrefHeight(300);
        preview.setPlaceholder(new Label("The first customers show here."));
        vm.previewProperty().subscribe(t -> fill(preview, t));
        Label definitions = new Label(CustomerTableViewModel.definitions());
        definitions.setWrapText(true);
        definitions.setMaxWidth(860);
        definitions.setMinHeight(Label.USE_PREF_SIZE);
        TitledPane defs = new TitledPane("Definitions", definitions);
        defs.setExpanded(false);
        VBox content = new VBox(10, roles, status, preview, defs);
        content.setPadding(new Insets(8, 14, 0, 14));
        content.setPrefWidth(900);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Use as working table");
        ok.disableProperty().bind(vm.previewProperty().isNull());
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.accept());
    }

    private static int role(GridPane grid, int row, String label, ObjectProperty<String> role,
                            CustomerTableViewModel vm, boolean optional) {
        ObservableList<String> items = FXCollections.observableArrayList();
        Runnable sync = () -> {
            List<String> all = new ArrayList<>();
            if (optional) {
                all.add(NONE);
            }
            all.addAll(vm.columns());
            items.setAll(all);
        };
        sync.run();
        vm.columns().addListener((ListChangeListener<String>) c -> sync.run());
        ComboBox<String> box = new ComboBox<>(items);
        box.setId("role-" + label.split(" ")[0].toLowerCase(java.util.Locale.ROOT));
        box.setPrefWidth(260);
        box.setValue(role.get() == null ? (optional ? NONE : null) : role.get());
        box.valueProperty().addListener((o, was, now) -> role.set(now == null || now.equals(NONE) ? null : now));
        role.addListener((o, was, now) -> box.setValue(now == null ? (optional ? NONE : null) : now));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        grid.addRow(row, new Label(label), box);
        return row + 1;
    }

    private static void fill(TableView<Integer> table, CustomerTable made) {
        table.getColumns().clear();
        table.getItems().clear();
        if (made == null) {
            return;
        }
        Dataset d = made.table();
        for (int j = 0; j < d.columnCount(); j++) {
            int col = j;
            TableColumn<Integer, String> c = new TableColumn<>(d.column(j).name());
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(d.column(col).format(cell.getValue())));
            c.setSortable(false);
            table.getColumns().add(c);
        }
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(CustomerTableViewModel.PREVIEW_ROWS, d.rowCount()); i++) {
            rows.add(i);
        }
        table.getItems().setAll(rows);
    }
}
