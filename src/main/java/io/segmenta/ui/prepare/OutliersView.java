package io.segmenta.ui.prepare;

import static io.segmenta.ui.prepare.ReportTables.fitRows;
import static io.segmenta.ui.prepare.ReportTables.number;
import static io.segmenta.ui.prepare.ReportTables.section;
import static io.segmenta.ui.prepare.ReportTables.shortReason;
import static io.segmenta.ui.prepare.ReportTables.text;

import io.segmenta.core.prep.FenceReport;
import io.segmenta.core.prep.FlaggedRow;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierReport;
import io.segmenta.ui.Formats;
import io.segmenta.ui.HoverTips;
import io.segmenta.ui.SortHeaders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * The Outliers tab, bound to {@link OutliersViewModel}: the fences (or bounds) and the flagged customers
 * of the latest preview, each with its reason, to keep or leave out one by one.
 */
public final class OutliersView {
    private final OutliersViewModel vm;

    @FXML private VBox outliersPane;
    @FXML private VBox outliersEmpty;
    @FXML private Label outliersEmptyTitle;
    @FXML private Label outliersEmptyText;
    @FXML private Label outliersTitle;
    @FXML private Label outliersNote;
    @FXML private VBox fenceSection;
    @FXML private Label fenceLabel;
    @FXML private TableView<FenceReport> fenceTable;
    @FXML private TableView<FlaggedRow> flaggedTable;
    @FXML private Button excludeSelectedButton;
    @FXML private Button keepSelectedButton;
    @FXML private Button resetChoicesButton;
    @FXML private Label choicesNote;
    private TableColumn<FlaggedRow, String> scoreColumn;
    private SortHeaders<FlaggedRow, FlaggedOrder.Key> headers;

    OutliersView(OutliersViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    @FXML
    private void initialize() {
        buildTables();
        outliersPane.visibleProperty().bind(vm.onProperty());
        outliersEmpty.visibleProperty().bind(vm.onProperty().not());
        outliersEmptyTitle.textProperty().bind(vm.emptyTitleProperty());
        outliersTitle.textProperty().bind(vm.titleProperty());
        outliersNote.textProperty().bind(vm.noteProperty());
        fenceLabel.textProperty().bind(vm.fenceTitleProperty());
        scoreColumn.visibleProperty().bind(vm.scoreShownProperty());
        scoreColumn.textProperty().bind(vm.scoreTitleProperty());
        choicesNote.textProperty().bind(vm.choicesNoteProperty());
        vm.reportProperty().subscribe(this::show);
        // a header click asks the view-model for the order; the table never sorts its items itself
        headers = SortHeaders.install(flaggedTable,
                (data, down) -> data instanceof FlaggedOrder.By by ? new FlaggedOrder.Key(by, down) : null,
                FlaggedOrder.Key::by, FlaggedOrder.Key::descending, vm::sortFlagged);
        vm.sortKeysProperty().subscribe(headers::show);
        vm.flaggedProperty().subscribe(this::showFlagged);
    }

    private void buildTables() {
        fenceTable.getColumns().setAll(List.of(
                text("Feature", FenceReport::feature, 220),
                number("Lower", f -> number(f.lower()), 110),
                number("Upper", f -> number(f.upper()), 110),
                number("Flagged", f -> Formats.count(f.flagged()), 90)));
        scoreColumn = number("Score", OutliersViewModel::score, 70);
        TableColumn<FlaggedRow, String> reason = text("Reason", FlaggedRow::reason, 200);
        reason.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : shortReason(item));
                HoverTips.set(this, empty || item == null || item.isEmpty() ? null : item);
            }
        });
        TableColumn<FlaggedRow, String> customer = text("Customer", FlaggedRow::label, 100);
        TableColumn<FlaggedRow, String> row = number("Row", f -> Formats.count(f.row() + 1L), 84);
        TableColumn<FlaggedRow, String> status = text("Status", vm::status, 175);
        customer.setUserData(FlaggedOrder.By.CUSTOMER);
        row.setUserData(FlaggedOrder.By.ROW);
        status.setUserData(FlaggedOrder.By.STATUS);
        scoreColumn.setUserData(FlaggedOrder.By.SCORE);
        reason.setUserData(FlaggedOrder.By.REASON);
        flaggedTable.getColumns().setAll(List.of(customer, row, status, scoreColumn, reason));
        fitRows(fenceTable);
        flaggedTable.setPlaceholder(new Label("No customer is flagged."));
        flaggedTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // single-customer choices show at once in the status; the next preview or run applies them
        var none = Bindings.isEmpty(flaggedTable.getSelectionModel().getSelectedItems());
        excludeSelectedButton.disableProperty().bind(none);
        keepSelectedButton.disableProperty().bind(none);
        resetChoicesButton.disableProperty().bind(Bindings.isEmpty(vm.choices()));
        vm.onStatusChange(flaggedTable::refresh);
        // the reason takes the width the other columns leave
        flaggedTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        reason.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double rest = 0;
            for (TableColumn<FlaggedRow, ?> c : flaggedTable.getColumns()) {
                if (c != reason && c.isVisible()) {
                    rest += c.getWidth();
                }
            }
            return Math.max(200, flaggedTable.getWidth() - rest - 18);
        }, flaggedTable.widthProperty(), scoreColumn.visibleProperty(), scoreColumn.widthProperty()));
    }

    private void show(OutlierReport o) {
        if (o.policy().isOff()) {
            fenceTable.getItems().clear();
            return;
        }
        fenceTable.getItems().setAll(o.fences());
        section(fenceSection, !o.fences().isEmpty());
    }

    /**
     * Shows the flagged customers (a new list: a new preview or order), keeping the customers selected
     * selected (by their dataset row: a flagged customer is made each time the list is asked for it).
     */
    private void showFlagged(ObservableList<FlaggedRow> rows) {
        List<Integer> selected = selectedRows();
        headers.setItems(rows);
        if (selected.isEmpty()) {
            return;
        }
        int[] again = vm.positionsOf(selected);
        if (again.length > 0) {
            flaggedTable.getSelectionModel().selectIndices(again[0], Arrays.copyOfRange(again, 1, again.length));
        }
    }

    private List<Integer> selectedRows() {
        return flaggedTable.getSelectionModel().getSelectedItems().stream().map(FlaggedRow::row).toList();
    }

    @FXML
    private void excludeSelected() {
        vm.choose(selectedRows(), OutlierAction.EXCLUDE);
    }

    @FXML
    private void keepSelected() {
        vm.choose(selectedRows(), OutlierAction.KEEP);
    }

    @FXML
    private void resetChoices() {
        vm.clearChoices();
    }
}
