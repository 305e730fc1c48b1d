package io.segmenta.ui.prepare;

import io.segmenta.core.data.Dataset;
import io.segmenta.core.prep.DerivationKind;
import io.segmenta.core.prep.DerivedFeatureReport;
import io.segmenta.core.prep.ExcludedFeature;
import io.segmenta.core.prep.FeaturePreset;
import io.segmenta.core.prep.FenceReport;
import io.segmenta.core.prep.FlaggedRow;
import io.segmenta.core.prep.LevelMerge;
import io.segmenta.core.prep.MissingValueReport;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.OutlierReport;
import io.segmenta.core.prep.PrepAdvice;
import io.segmenta.core.prep.PreparationReport;
import io.segmenta.core.prep.PreparedFeatures;
import io.segmenta.core.prep.Scaling;
import io.segmenta.core.text.Texts;
import io.segmenta.ui.Formats;
import io.segmenta.ui.Fxml;
import io.segmenta.ui.segment.FeatureChoice;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Prepare step's view, bound to {@link PrepareViewModel}. */
public final class PrepareView {
    /** Table rows shown before a report table scrolls. */
    private static final int MAX_TABLE_ROWS = 8;
    private static final double ROW_HEIGHT = 32;
    private static final double HEADER_HEIGHT = 40;
    /** Used on the FX thread only. */
    private static final DecimalFormat NUMBER = new DecimalFormat("#,##0.####",
            DecimalFormatSymbols.getInstance(Locale.ROOT));

    private final PrepareViewModel vm;
    private final Runnable showSegmentStep;

    @FXML private Label tableLabel;
    @FXML private ComboBox<FeaturePreset> presetBox;
    @FXML private ListView<FeatureChoice> featureList;
    @FXML private Label selectionLabel;
    @FXML private ComboBox<FillChoice> missingDefaultBox;
    @FXML private TextField missingDefaultConstant;
    @FXML private Label missingDefaultError;
    @FXML private VBox missingRows;
    @FXML private Label missingNone;
    @FXML private CheckBox dropFirstBox;
    @FXML private CheckBox mergeRareBox;
    @FXML private TextField rareField;
    @FXML private Label rareHint;
    @FXML private Label rareError;
    @FXML private ComboBox<Scaling> scalingBox;
    @FXML private Label scalingNote;
    @FXML private VBox derivedRows;
    @FXML private Label derivedNone;
    @FXML private ComboBox<OutlierMethod> outlierMethodBox;
    @FXML private Label outlierParameterLabel;
    @FXML private TextField outlierParameterField;
    @FXML private Label outlierSeedLabel;
    @FXML private TextField outlierSeedField;
    @FXML private VBox outlierActionBox;
    @FXML private RadioButton keepButton;
    @FXML private RadioButton excludeButton;
    @FXML private Label outlierNote;
    @FXML private Label outlierError;
    @FXML private Label problemLabel;
    @FXML private Button previewButton;
    @FXML private Label usesLabel;

    @FXML private TabPane tabs;
    @FXML private Tab adviceTab;
    @FXML private Tab previewTab;
    @FXML private Tab outliersTab;
    @FXML private ScrollPane adviceScroll;
    @FXML private Label adviceIntro;
    @FXML private VBox adviceList;
    @FXML private VBox adviceEmpty;
    @FXML private Label adviceEmptyTitle;
    @FXML private Label adviceEmptyText;

    @FXML private ScrollPane previewScroll;
    @FXML private VBox previewEmpty;
    @FXML private HBox staleBar;
    @FXML private Label previewSummary;
    @FXML private Label previewFeatures;
    @FXML private VBox missingSection;
    @FXML private TableView<MissingValueReport> missingTable;
    @FXML private VBox excludedSection;
    @FXML private VBox excludedList;
    @FXML private VBox mergeSection;
    @FXML private TableView<LevelMerge> mergeTable;
    @FXML private VBox derivedSection;
    @FXML private TableView<DerivedFeatureReport> derivedTable;
    @FXML private VBox outlierSection;
    @FXML private Label outlierSummary;
    @FXML private VBox notesSection;
    @FXML private VBox notesList;

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
    private boolean applyingPreset;

    /**
     * @param showSegmentStep shows the Segment step
     */
    public PrepareView(PrepareViewModel vm, Runnable showSegmentStep) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.showSegmentStep = Objects.requireNonNull(showSegmentStep, "showSegmentStep");
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        bindFeatures();
        bindMissing();
        bindCategories();
        bindScaling();
        bindDerived();
        bindOutliers();
        bindAdvice();
        buildReportTables();
        bindPreview();
        problemLabel.textProperty().bind(vm.problemProperty());
        showWhenText(problemLabel);
        usesLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.currentSpecProperty().get() == null ? "" : "Find k and Segment use: "
                        + vm.choicesSummaryProperty().get() + ".", vm.currentSpecProperty(), vm.choicesSummaryProperty()));
        showWhenText(usesLabel);
        previewButton.disableProperty().bind(vm.busyProperty().or(vm.datasetProperty().isNull())
                .or(vm.problemProperty().isNotNull()));
    }

    // ---- choices -------------------------------------------------------------------------------

    private void bindFeatures() {
        tableLabel.textProperty().bind(vm.datasetProperty().map(d -> "Table: " + d.name() + " ("
                + Formats.plural(d.rowCount(), "row", "rows") + "). The features are the Segment step's: tick them "
                + "here or there.").orElse("No table open"));
        featureList.setItems(vm.segment().features());
        featureList.setCellFactory(CheckBoxListCell.forListView(FeatureChoice::selectedProperty));
        featureList.setPlaceholder(new Label("No feature columns"));
        selectionLabel.textProperty().bind(vm.segment().selectionTextProperty());
        var segment = vm.segment();
        presetBox.setItems(segment.presets());
        presetBox.setConverter(converter(FeaturePreset::label));
        presetBox.setOnAction(e -> {
            FeaturePreset p = presetBox.getValue();
            if (p != null && !applyingPreset) {
                segment.applyPreset(p);
            }
        });
        segment.matchingPresetProperty().subscribe(p -> {
            applyingPreset = true;
            presetBox.setValue(p);
            applyingPreset = false;
        });
        presetBox.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(segment.presets()));
        previewButton.setTooltip(new Tooltip("Prepare the ticked features with these choices and show what each "
                + "choice did"));
    }

    private void bindMissing() {
        List<FillChoice> defaults = new ArrayList<>(List.of(FillChoice.values()));
        defaults.remove(FillChoice.DEFAULT);
        missingDefaultBox.setItems(FXCollections.observableArrayList(defaults));
        missingDefaultBox.valueProperty().bindBidirectional(vm.missingDefaultProperty());
        missingDefaultBox.setTooltip(new Tooltip("What to do with a missing cell of a feature without its own choice"));
        missingDefaultConstant.textProperty().bindBidirectional(vm.missingDefaultConstantProperty());
        showWhen(missingDefaultConstant, vm.missingDefaultProperty().isEqualTo(FillChoice.CONSTANT));
        bindError(missingDefaultError, missingDefaultConstant, vm.missingDefaultErrorProperty());
        vm.missingChoices().addListener((ListChangeListener<MissingChoice>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    rebuildMissingRows();
                    return;
                }
            }
        });
        rebuildMissingRows();
    }

    private void rebuildMissingRows() {
        List<Node> rows = new ArrayList<>();
        for (MissingChoice m : vm.missingChoices()) {
            Label name = new Label(m.label());
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            ComboBox<FillChoice> box = new ComboBox<>(FXCollections.observableArrayList(m.options()));
            box.valueProperty().bindBidirectional(m.choiceProperty());
            box.setMaxWidth(Double.MAX_VALUE);
            box.setId("missing-" + m.column());
            box.setAccessibleText("Missing values of " + m.column());
            HBox.setHgrow(box, Priority.ALWAYS);
            TextField constant = new TextField();
            constant.setPromptText(m.categorical() ? "level" : "value");
            constant.setPrefWidth(90);
            constant.setMaxWidth(90);
            constant.textProperty().bindBidirectional(m.constantProperty());
            showWhen(constant, m.choiceProperty().isEqualTo(FillChoice.CONSTANT));
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.setMinHeight(Region.USE_PREF_SIZE);
            bindError(error, constant, m.errorProperty());
            HBox line = new HBox(8, box, constant);
            line.setAlignment(Pos.CENTER_LEFT);
            VBox row = new VBox(3, name, line, error);
            row.getStyleClass().add("missing-row");
            rows.add(row);
        }
        missingRows.getChildren().setAll(rows);
        missingNone.setText("No numeric or categorical column has missing cells.");
        section(missingNone, rows.isEmpty() && vm.adviceProperty().get() != null);
    }

    private void bindCategories() {
        dropFirstBox.selectedProperty().bindBidirectional(vm.dropFirstProperty());
        dropFirstBox.setTooltip(new Tooltip("A category with three or more levels gets one 0/1 feature per level; "
                + "this leaves out the first (alphabetical) one. A two-level category is always one 0/1 feature."));
        mergeRareBox.selectedProperty().bindBidirectional(vm.mergeRareProperty());
        rareField.textProperty().bindBidirectional(vm.rareThresholdProperty());
        rareField.disableProperty().bind(vm.mergeRareProperty().not());
        rareField.setAccessibleText("Rare-level threshold");
        rareHint.textProperty().bind(vm.rareHintProperty());
        showWhenText(rareHint);
        bindError(rareError, rareField, vm.rareErrorProperty());
    }

    private void bindScaling() {
        scalingBox.setItems(FXCollections.observableArrayList(Scaling.values()));
        scalingBox.setConverter(converter(s -> switch (s) {
            case STANDARD -> "Standard (z-score)";
            case MINMAX -> "Min-max (0 to 1)";
            case ROBUST -> "Robust (median and IQR)";
            case NONE -> "None (original units)";
        }));
        scalingBox.valueProperty().bindBidirectional(vm.scalingProperty());
        scalingNote.textProperty().bind(vm.scalingProperty().map(s -> Texts.capital(s.description()) + "."));
    }

    private void bindDerived() {
        vm.derivedChoices().addListener((ListChangeListener<DerivedChoice>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    rebuildDerivedRows();
                    return;
                }
            }
        });
        rebuildDerivedRows();
    }

    private void rebuildDerivedRows() {
        List<Node> rows = new ArrayList<>();
        for (DerivedChoice d : vm.derivedChoices()) {
            CheckBox derive = new CheckBox(d.featureName());
            derive.setId("derive-" + d.column() + "-" + d.kind().label());
            derive.selectedProperty().bindBidirectional(d.deriveProperty());
            derive.setWrapText(true);
            derive.setMnemonicParsing(false);
            Label what = new Label(d.referenceLabel());
            TextField ref = new TextField();
            ref.textProperty().bindBidirectional(d.referenceProperty());
            ref.setPrefWidth(d.kind() == DerivationKind.TENURE_DAYS ? 150 : 80);
            ref.setMaxWidth(ref.getPrefWidth());
            ref.setAccessibleText("Reference of " + d.featureName());
            ref.setPromptText(d.defaultReference());
            ref.disableProperty().bind(d.deriveProperty().not());
            HBox line = new HBox(8, what, ref);
            line.setAlignment(Pos.CENTER_LEFT);
            line.setPadding(new Insets(0, 0, 0, 26));
            Label note = new Label("Suggested: " + d.defaultReference() + ", " + d.defaultNote() + ".");
            note.getStyleClass().addAll("text-muted", "text-small");
            note.setWrapText(true);
            note.setMinHeight(Region.USE_PREF_SIZE);
            note.setPadding(new Insets(0, 0, 0, 26));
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.setMinHeight(Region.USE_PREF_SIZE);
            bindError(error, ref, d.errorProperty());
            VBox row = new VBox(4, derive, line, note, error);
            rows.add(row);
        }
        derivedRows.getChildren().setAll(rows);
        derivedNone.setText("The table has no date or birth-year column to derive tenure or age from.");
        section(derivedNone, rows.isEmpty() && vm.adviceProperty().get() != null);
    }

    private void bindOutliers() {
        outlierMethodBox.setItems(FXCollections.observableArrayList(OutlierMethod.values()));
        outlierMethodBox.setConverter(converter(m -> switch (m) {
            case NONE -> "None";
            case IQR -> "IQR fences";
            case ZSCORE -> "z-score";
            case ISOLATION_FOREST -> "Isolation Forest";
        }));
        outlierMethodBox.valueProperty().bindBidirectional(vm.outlierMethodProperty());
        var on = vm.outlierMethodProperty().isNotEqualTo(OutlierMethod.NONE);
        outlierParameterLabel.textProperty().bind(vm.outlierMethodProperty().map(m -> switch (m) {
            case IQR -> "IQR factor";
            case ZSCORE -> "|z| above";
            case ISOLATION_FOREST -> "Share flagged";
            case NONE -> "";
        }));
        outlierParameterField.textProperty().bindBidirectional(vm.outlierParameterProperty());
        showWhen(outlierParameterLabel, on);
        showWhen(outlierParameterField, on);
        var forest = vm.outlierMethodProperty().isEqualTo(OutlierMethod.ISOLATION_FOREST);
        outlierSeedField.textProperty().bindBidirectional(vm.outlierSeedProperty());
        showWhen(outlierSeedLabel, forest);
        showWhen(outlierSeedField, forest);
        showWhen(outlierActionBox, on);
        keepButton.setSelected(vm.outlierActionProperty().get() == OutlierAction.KEEP);
        excludeButton.setSelected(vm.outlierActionProperty().get() == OutlierAction.EXCLUDE);
        keepButton.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                vm.outlierActionProperty().set(OutlierAction.KEEP);
            }
        });
        excludeButton.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                vm.outlierActionProperty().set(OutlierAction.EXCLUDE);
            }
        });
        vm.outlierActionProperty().subscribe(a -> (a == OutlierAction.EXCLUDE ? excludeButton : keepButton)
                .setSelected(true));
        outlierNote.textProperty().bind(vm.outlierMethodProperty().map(m -> switch (m) {
            case NONE -> "No customer is flagged.";
            case IQR -> "Flags a customer with a numeric feature below Q1 − factor × IQR or above Q3 + factor × IQR "
                    + "(Tukey's fences: 1.5), before scaling.";
            case ZSCORE -> "Flags a customer with a numeric feature more than the threshold of standard deviations from "
                    + "its mean (3 is usual), before scaling.";
            case ISOLATION_FOREST -> "An Isolation Forest on all features flags this share of the customers, "
                    + "those easiest to isolate (5% or 0.05); the same seed flags the same customers.";
        }));
        bindError(outlierError, outlierParameterField, vm.outlierErrorProperty());
    }

    // ---- advice --------------------------------------------------------------------------------

    private void bindAdvice() {
        vm.adviceProperty().subscribe(a -> {
            showAdvice(a);
            rebuildMissingRows();
            rebuildDerivedRows();
        });
        vm.datasetProperty().subscribe(d -> showAdvice(vm.adviceProperty().get()));
    }

    private void showAdvice(PrepAdvice a) {
        Dataset d = vm.datasetProperty().get();
        boolean shown = a != null && d != null;
        adviceScroll.setVisible(shown);
        adviceEmpty.setVisible(!shown);
        if (!shown) {
            adviceEmptyTitle.setText(d == null ? "No table open" : "Checking the table…");
            adviceEmptyText.setText(d == null ? "Open a CSV file or the built-in sample to see its missing cells, rare "
                    + "levels, constant columns and the features its dates can give."
                    : "Counting missing cells, rare levels and constant columns of " + d.name() + ".");
            adviceList.getChildren().clear();
            return;
        }
        adviceIntro.setText(d.name() + ": " + Formats.plural(d.rowCount(), "row", "rows") + ", "
                + Formats.plural(d.columnCount(), "column", "columns") + ". " + (a.sentences().isEmpty()
                ? "Nothing needs attention: no missing cells, rare levels, constant columns or dates. Scaling and the "
                + "outlier check on the left still apply."
                : Formats.plural(a.sentences().size(), "point", "points") + " to consider; the choices on the left act "
                + "on them."));
        List<Node> items = new ArrayList<>();
        for (String s : a.sentences()) {
            items.add(adviceItem(iconFor(a, s), s));
        }
        adviceList.getChildren().setAll(items);
    }

    /** The icon of an advice sentence: missing cells, rare levels, left-out columns, derivable features. */
    private static String iconFor(PrepAdvice a, String sentence) {
        for (String c : a.missingCells().keySet()) {
            if (sentence.startsWith(c + " has ") && sentence.contains("missing")) {
                return "mdi2a-alert-outline";
            }
        }
        for (String c : a.constant()) {
            if (sentence.startsWith(c + " has ")) {
                return "mdi2m-minus-circle-outline";
            }
        }
        for (String c : a.allMissing()) {
            if (sentence.startsWith(c + " has no values")) {
                return "mdi2m-minus-circle-outline";
            }
        }
        if (sentence.contains(" derive ")) {
            return "mdi2c-calendar-plus";
        }
        return "mdi2i-information-outline";
    }

    private static Node adviceItem(String icon, String text) {
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add("advice-icon");
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("advice-text");
        HBox.setHgrow(l, Priority.ALWAYS);
        HBox box = new HBox(10, i, l);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("advice-item");
        return box;
    }

    // ---- preview -------------------------------------------------------------------------------

    private void buildReportTables() {
        missingTable.getColumns().setAll(List.of(
                text("Feature", MissingValueReport::feature, 150),
                text("Choice", m -> m.used().label() + (m.used().method() != m.asked().method()
                        ? " (asked: " + m.asked().label() + ")" : ""), 120),
                text("Filled with", m -> m.fillValue() == null ? "" : m.fillValue(), 100),
                number("Missing", m -> Formats.count(m.missingCells()), 80),
                number("Filled", m -> Formats.count(m.cellsFilled()), 80),
                number("Rows dropped", m -> Formats.count(m.rowsDropped()), 120)));
        mergeTable.getColumns().setAll(List.of(
                text("Column", LevelMerge::column, 150),
                text("Merged levels (customers)", m -> {
                    List<String> parts = new ArrayList<>();
                    m.levels().forEach((l, c) -> parts.add(l + " " + c));
                    return String.join(", ", parts);
                }, 260),
                text("Into", LevelMerge::into, 80),
                number("Customers", m -> Formats.count(m.rows()), 90)));
        derivedTable.getColumns().setAll(List.of(
                text("Feature", DerivedFeatureReport::feature, 210),
                text("Counted to", r -> r.reference() + (r.referenceDefaulted()
                        ? (r.derivation().kind() == DerivationKind.TENURE_DAYS ? " (latest date in the column)"
                        : " (year of the latest date)") : " (given)"), 260),
                number("From", r -> number(r.min()), 80),
                number("To", r -> number(r.max()), 80)));
        fenceTable.getColumns().setAll(List.of(
                text("Feature", FenceReport::feature, 220),
                number("Lower", f -> number(f.lower()), 110),
                number("Upper", f -> number(f.upper()), 110),
                number("Flagged", f -> Formats.count(f.flagged()), 90)));
        scoreColumn = number("Score", f -> Double.isNaN(f.score()) ? "" : String.format(Locale.ROOT, "%.3f",
                f.score()), 70);
        TableColumn<FlaggedRow, String> reason = text("Reason", FlaggedRow::reason, 300);
        reason.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : shortReason(item));
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        flaggedTable.getColumns().setAll(List.of(
                text("Customer", FlaggedRow::label, 100),
                number("Row", f -> Formats.count(f.row() + 1L), 60),
                text("Status", this::status, 175),
                scoreColumn,
                reason));
        for (TableView<?> t : List.of(missingTable, mergeTable, derivedTable, fenceTable)) {
            fitRows(t);
        }
        flaggedTable.setPlaceholder(new Label("No customer is flagged."));
        flaggedTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // single-customer choices show at once in the status; the next preview or run applies them
        var none = javafx.beans.binding.Bindings.isEmpty(flaggedTable.getSelectionModel().getSelectedItems());
        excludeSelectedButton.disableProperty().bind(none);
        keepSelectedButton.disableProperty().bind(none);
        resetChoicesButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.outlierChoices()));
        javafx.beans.InvalidationListener choices = x -> {
            flaggedTable.refresh();
            int n = vm.outlierChoices().size();
            choicesNote.setText(n == 0 ? "Select customers to keep or leave out single ones."
                    : Formats.plural(n, "customer", "customers") + " chosen one by one; Preview or Segment applies "
                    + "the choice.");
        };
        vm.outlierChoices().addListener(choices);
        vm.outlierActionProperty().addListener(choices);
        choices.invalidated(null);
        // the reason takes the width the other columns leave
        flaggedTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        reason.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double rest = 0;
            for (TableColumn<FlaggedRow, ?> c : flaggedTable.getColumns()) {
                if (c != reason && c.isVisible()) {
                    rest += c.getWidth();
                }
            }
            return Math.max(300, flaggedTable.getWidth() - rest - 18);
        }, flaggedTable.widthProperty(), scoreColumn.visibleProperty(), scoreColumn.widthProperty()));
    }

    private void bindPreview() {
        vm.previewProperty().subscribe(this::showPreview);
        staleBar.visibleProperty().bind(vm.staleProperty());
        staleBar.managedProperty().bind(staleBar.visibleProperty());
        previewSummary.textProperty().bind(vm.previewSummaryProperty());
    }

    private void showPreview(PreparedFeatures p) {
        previewScroll.setVisible(p != null);
        previewEmpty.setVisible(p == null);
        showOutlierTab(p);
        if (p == null) {
            for (TableView<?> t : List.of(missingTable, mergeTable, derivedTable)) {
                t.getItems().clear();
            }
            excludedList.getChildren().clear();
            notesList.getChildren().clear();
            return;
        }
        PreparationReport r = p.report();
        previewFeatures.setText("Features (" + p.cols() + ", " + r.scaling().label() + " scaling): "
                + String.join(", ", p.featureNames()));
        missingTable.getItems().setAll(r.missing());
        List<Node> left = new ArrayList<>();
        for (ExcludedFeature e : r.excluded()) {
            left.add(adviceItem("mdi2m-minus-circle-outline", e.sentence()));
        }
        excludedList.getChildren().setAll(left);
        mergeTable.getItems().setAll(r.merges());
        derivedTable.getItems().setAll(r.derived());
        section(missingSection, !r.missing().isEmpty());
        section(excludedSection, !r.excluded().isEmpty());
        section(mergeSection, !r.merges().isEmpty());
        section(derivedSection, !r.derived().isEmpty());
        OutlierReport o = r.outliers();
        section(outlierSection, !o.policy().isOff());
        outlierSummary.setText(o.sentence());
        List<Node> notes = new ArrayList<>();
        for (String s : r.sentences()) {
            Label l = new Label("• " + s);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            notes.add(l);
        }
        notesList.getChildren().setAll(notes);
        section(notesSection, !notes.isEmpty());
        tabs.getSelectionModel().select(previewTab);
        previewScroll.setVvalue(0);
    }

    private void showOutlierTab(PreparedFeatures p) {
        OutlierReport o = p == null ? OutlierReport.NONE : p.report().outliers();
        boolean on = !o.policy().isOff();
        outliersPane.setVisible(on);
        outliersEmpty.setVisible(!on);
        outliersTab.setText(on ? "Outliers (" + Formats.count(o.flaggedCount()) + ")" : "Outliers");
        outliersEmptyTitle.setText(p == null ? "No outliers checked" : "Outlier detection is off");
        if (!on) {
            fenceTable.getItems().clear();
            flaggedTable.getItems().clear();
            return;
        }
        long excluded = o.rows().stream().filter(FlaggedRow::excluded).count();
        outliersTitle.setText(Formats.plural(o.flaggedCount(), "customer", "customers") + " flagged by "
                + o.policy().describe() + (o.flaggedCount() == 0 ? ""
                : excluded == o.flaggedCount() ? ", excluded from the segments"
                : excluded == 0 ? ", kept in the segments"
                : ", " + Formats.count(excluded) + " excluded from the segments, " + Formats.count(
                o.flaggedCount() - excluded) + " kept"));
        List<String> note = new ArrayList<>();
        note.add("The action on the left applies to every flagged customer but those you keep or leave out one by one "
                + "below; either way they stay in the export with the reason.");
        if (!Double.isNaN(o.threshold())) {
            note.add("Anomaly scores above " + String.format(Locale.ROOT, "%.3f", o.threshold()) + " are flagged.");
        }
        note.addAll(o.skipped());
        outliersNote.setText(String.join(" ", note));
        fenceTable.getItems().setAll(o.fences());
        fenceLabel.setText(o.policy().method() == OutlierMethod.ZSCORE ? "Bounds (mean ∓ threshold × std)"
                : "Fences (Q1 − factor × IQR, Q3 + factor × IQR)");
        section(fenceSection, !o.fences().isEmpty());
        flaggedTable.getItems().setAll(o.rows());
        scoreColumn.setVisible(o.policy().method() != OutlierMethod.IQR);
        scoreColumn.setText(o.policy().method() == OutlierMethod.ZSCORE ? "Largest |z|" : "Score");
    }

    @FXML
    private void preview() {
        vm.preview();
    }

    /** "Excluded", "Kept", with "(your choice)" where the analyst chose for this customer. */
    private String status(FlaggedRow f) {
        String s = vm.outlierActionOf(f.row()) == OutlierAction.EXCLUDE ? "Excluded" : "Kept";
        return vm.outlierChoices().containsKey(f.row()) ? s + " (your choice)" : s;
    }

    private List<Integer> selectedRows() {
        return flaggedTable.getSelectionModel().getSelectedItems().stream().map(FlaggedRow::row).toList();
    }

    @FXML
    private void excludeSelected() {
        vm.chooseOutliers(selectedRows(), OutlierAction.EXCLUDE);
    }

    @FXML
    private void keepSelected() {
        vm.chooseOutliers(selectedRows(), OutlierAction.KEEP);
    }

    @FXML
    private void resetChoices() {
        vm.clearOutlierChoices();
    }

    /** Shows the report tab whose title starts with {@code title} ("Table check", "Preview", "Outliers"). */
    public void showTab(String title) {
        tabs.getTabs().stream().filter(t -> t.getText().startsWith(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    @FXML
    private void showOutliers() {
        tabs.getSelectionModel().select(outliersTab);
    }

    @FXML
    private void toSegment() {
        showSegmentStep.run();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static <S> TableColumn<S, String> text(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new SimpleStringProperty(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <S> TableColumn<S, String> number(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = text(title, value, width);
        c.getStyleClass().add("numeric");
        return c;
    }

    /** A table as tall as its rows (up to {@link #MAX_TABLE_ROWS}), so the report reads as one page. */
    private static void fitRows(TableView<?> t) {
        t.setFixedCellSize(ROW_HEIGHT);
        t.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(t.getItems())
                .map(n -> HEADER_HEIGHT + ROW_HEIGHT * Math.max(1, Math.min(MAX_TABLE_ROWS, n.intValue())) + 2));
        t.minHeightProperty().bind(t.prefHeightProperty());
        t.maxHeightProperty().bind(t.prefHeightProperty());
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static void section(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    private static void showWhen(Node n, ObservableValue<Boolean> shown) {
        n.visibleProperty().bind(shown);
        n.managedProperty().bind(shown);
    }

    private static void showWhenText(Label l) {
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
    }

    /** Shows {@code error} under a field and marks the field invalid while there is one. */
    private static void bindError(Label label, TextField field, ReadOnlyStringProperty error) {
        label.textProperty().bind(error.map(e -> e).orElse(""));
        showWhenText(label);
        error.subscribe(e -> {
            field.getStyleClass().remove("invalid");
            if (e != null) {
                field.getStyleClass().add("invalid");
            }
        });
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : text.apply(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** 132.75, -13.25, 2,014, 666,666: the figure as it is, up to four decimals. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return NUMBER.format(v);
    }

    /**
     * The reason as the table shows it: an Isolation Forest reason without its score and threshold
     * (they have their own column and line), so the most unusual feature is in view; the whole
     * reason is the cell's tooltip.
     */
    static String shortReason(String reason) {
        if (reason == null) {
            return null;
        }
        String marker = "; most unusual: ";
        int i = reason.indexOf(marker);
        return reason.startsWith("anomaly score ") && i > 0 ? "Most unusual: " + reason.substring(i + marker.length())
                : reason;
    }
}
