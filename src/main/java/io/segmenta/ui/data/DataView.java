package io.segmenta.ui.data;

import io.segmenta.core.data.Column;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.RowSort;
import io.segmenta.core.prep.ColumnRole;
import io.segmenta.ui.Formats;
import io.segmenta.ui.Fxml;
import io.segmenta.ui.HoverTips;
import io.segmenta.ui.SortHeaders;
import io.segmenta.ui.TextTipCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Data step's view: binds the column list and a virtualised row table to {@link DataViewModel}. */
public final class DataView {
    private final DataViewModel vm;

    @FXML private Label title;
    @FXML private Label summary;
    @FXML private Label origin;
    @FXML private HBox sheetBox;
    @FXML private ChoiceBox<String> sheetChoice;
    @FXML private TableView<ColumnInfo> columnsTable;
    @FXML private TableColumn<ColumnInfo, String> nameColumn;
    @FXML private TableColumn<ColumnInfo, String> typeColumn;
    @FXML private TableColumn<ColumnInfo, Number> missingColumn;
    @FXML private TableColumn<ColumnInfo, ColumnRole> roleColumn;
    @FXML private TableView<Integer> rowsTable;
    @FXML private Label sortNote;
    @FXML private SplitPane split;
    @FXML private Button customerTableButton;
    /** The headers ask the view-model for the rows' order. */
    private SortHeaders<Integer, RowSort.Key> headers;

    public DataView(DataViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    @FXML
    private void makeCustomerTable() {
        CustomerTableDialog.show(customerTableButton.getScene().getWindow(), vm.customerTable());
    }

    /** Loads the FXML and returns the view's root. */
    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(vm.datasetProperty().map(Dataset::name).orElse("No table open"));
        customerTableButton.visibleProperty().bind(vm.customerTable().offeredProperty());
        customerTableButton.managedProperty().bind(vm.customerTable().offeredProperty());
        summary.textProperty().bind(vm.summaryProperty());
        origin.textProperty().bind(vm.originProperty());
        origin.tooltipProperty().bind(vm.originProperty().map(Tooltip::new));
        bindSheets();

        columnsTable.setItems(vm.columns());
        columnsTable.setPlaceholder(new Label("Open a CSV file or the sample to see its columns."));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        nameColumn.setCellFactory(col -> new TextTipCell<>()); // a long name is cut: hovering shows it whole
        typeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().type().label()));
        typeColumn.setCellFactory(col -> new TableCell<>() { // a column of numbers read as text says why
            @Override
            protected void updateItem(String type, boolean empty) {
                super.updateItem(type, empty);
                ColumnInfo info = empty || getTableRow() == null ? null : getTableRow().getItem();
                String why = info == null ? null : info.notNumeric();
                String note = info == null ? null : info.typeNote();
                setText(empty ? null : type);
                setGraphic(why != null ? new FontIcon("mdi2a-alert-outline")
                        : note != null ? new FontIcon("mdi2i-information-outline") : null);
                setContentDisplay(ContentDisplay.LEFT);
                HoverTips.set(this, note, tip -> {
                    tip.setWrapText(true);
                    tip.setMaxWidth(420);
                });
                getStyleClass().removeAll("not-numeric", "number-rule");
                if (why != null) {
                    getStyleClass().add("not-numeric");
                } else if (note != null) {
                    getStyleClass().add("number-rule");
                }
            }
        });
        missingColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().missingCount()));
        missingColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : Formats.count(n.longValue()));
                getStyleClass().remove("has-missing");
                if (!empty && n != null && n.longValue() > 0) {
                    getStyleClass().add("has-missing");
                }
            }
        });
        roleColumn.setCellValueFactory(c -> c.getValue().roleProperty());
        roleColumn.setCellFactory(col -> new RoleCell());

        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        rowsTable.setPlaceholder(new Label("No rows."));
        rowsTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        rowsTable.setItems(vm.rows());
        // a header click asks the view-model for the order; the table never sorts its items itself
        headers = SortHeaders.install(rowsTable,
                (data, down) -> data instanceof Integer column ? new RowSort.Key(column, down) : null,
                RowSort.Key::column, RowSort.Key::descending, vm::sortRows);
        vm.sortKeysProperty().subscribe(headers::show);
        sortNote.textProperty().bind(vm.sortNoteProperty());
        vm.datasetProperty().subscribe(this::showRows);
    }

    /**
     * One column per dataset column over the row indices; cells format on demand. Each item is the
     * file row, so the "#" column shows the customer's row in the file in any order. Clicking a
     * header sorts by it (ascending, descending, back to file order; shift-click adds a column).
     */
    private void showRows(Dataset d) {
        headers.quietly(() -> {
            rowsTable.getSortOrder().clear();
            rowsTable.getColumns().clear();
        });
        if (d == null) {
            return;
        }
        TableColumn<Integer, String> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue() + 1)));
        number.setUserData(RowSort.ROW_NUMBER);
        number.setReorderable(false);
        number.getStyleClass().addAll("numeric", "row-number");
        number.setPrefWidth(Math.max(48, 9 * Integer.toString(d.rowCount()).length() + 20));
        rowsTable.getColumns().add(number);
        for (int i = 0; i < d.columnCount(); i++) {
            Column c = d.column(i);
            TableColumn<Integer, String> col = new TableColumn<>(c.name());
            col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(c.format(cell.getValue())));
            col.setUserData(i);
            if (c.type() == ColumnType.NUMERIC) {
                col.getStyleClass().add("numeric");
            }
            col.setPrefWidth(Math.min(280, Math.max(90, 9 * c.name().length() + 34)));
            rowsTable.getColumns().add(col);
        }
        rowsTable.scrollTo(0);
    }

    /** A role picker showing only the roles the column's type allows. */
    private static final class RoleCell extends TableCell<ColumnInfo, ColumnRole> {
        private final ComboBox<ColumnRole> box = new ComboBox<>();
        private ColumnInfo bound;

        RoleCell() {
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(ColumnRole r) {
                    return r == null ? "" : r.label().substring(0, 1).toUpperCase(Locale.ROOT) + r.label().substring(1);
                }

                @Override
                public ColumnRole fromString(String s) {
                    return ColumnRole.valueOf(s.toUpperCase(Locale.ROOT));
                }
            });
            box.setMaxWidth(Double.MAX_VALUE);
            box.getStyleClass().add("role-box");
            box.setOnAction(e -> {
                if (bound != null && box.getValue() != null && box.getValue() != bound.role()) {
                    bound.roleProperty().set(box.getValue());
                }
            });
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(ColumnRole role, boolean empty) {
            super.updateItem(role, empty);
            ColumnInfo info = empty || getTableRow() == null ? null : getTableRow().getItem();
            bound = null;
            if (info == null) {
                setGraphic(null);
                return;
            }
            box.getItems().setAll(info.allowedRoles());
            box.setValue(role);
            box.setAccessibleText("Role of " + info.name());
            bound = info;
            setGraphic(box);
        }
    }

    /** The sheet picker: shown for a workbook with several sheets; choosing one opens it. */
    private void bindSheets() {
        sheetChoice.setItems(vm.sheets());
        sheetBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.sheets()));
        sheetBox.managedProperty().bind(sheetBox.visibleProperty());
        vm.sheetProperty().subscribe(name -> sheetChoice.setValue(name));
        sheetChoice.setOnAction(e -> vm.openSheet(sheetChoice.getValue()));
    }
}
