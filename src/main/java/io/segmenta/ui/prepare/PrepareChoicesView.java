package io.segmenta.ui.prepare;

import static io.segmenta.ui.prepare.ReportTables.bindError;
import static io.segmenta.ui.prepare.ReportTables.section;
import static io.segmenta.ui.prepare.ReportTables.showWhen;
import static io.segmenta.ui.prepare.ReportTables.showWhenText;

import io.segmenta.core.prep.DerivationKind;
import io.segmenta.core.prep.FeaturePreset;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.Scaling;
import io.segmenta.core.text.Texts;
import io.segmenta.ui.Converters;
import io.segmenta.ui.Formats;
import io.segmenta.ui.segment.FeatureChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Prepare step's choices (left column), bound to {@link PrepareViewModel}: the features, missing
 * values, categories, scaling, derived features and outliers, then Preview and the way to the Segment step.
 */
public final class PrepareChoicesView {
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
    @FXML private VBox logRows;
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
    private boolean applyingPreset;

    /** @param showSegmentStep shows the Segment step */
    PrepareChoicesView(PrepareViewModel vm, Runnable showSegmentStep) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.showSegmentStep = Objects.requireNonNull(showSegmentStep, "showSegmentStep");
    }

    /** One check box per numeric column: log-transform it (the view-model's {@code logged} list). */
    private void rebuildLogRows(io.segmenta.core.data.Dataset d) {
        logRows.getChildren().clear();
        if (d == null) {
            return;
        }
        for (io.segmenta.core.data.Column c : d.columns()) {
            if (c.type() != io.segmenta.core.data.ColumnType.NUMERIC) {
                continue;
            }
            CheckBox box = new CheckBox(c.name());
            box.setId("log-" + c.name());
            box.setMnemonicParsing(false);
            box.setSelected(vm.log().logged().contains(c.name()));
            box.setUserData(c.name());
            box.selectedProperty().addListener((o, was, now) -> {
                if (now && !vm.log().logged().contains(c.name())) {
                    vm.log().logged().add(c.name());
                } else if (!now) {
                    vm.log().logged().remove(c.name());
                }
            });
            logRows.getChildren().add(box);
        }
        CheckBox leaveOut = new CheckBox("Leave out customers below -1 (log(1 + x) is not defined there)");
        leaveOut.setId("logLeaveOut");
        leaveOut.setMnemonicParsing(false);
        leaveOut.selectedProperty().bindBidirectional(vm.log().leaveOutProperty());
        leaveOut.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.log().logged()));
        logRows.getChildren().add(leaveOut);
    }

    @FXML
    private void initialize() {
        bindFeatures();
        bindMissing();
        bindCategories();
        bindScaling();
        vm.datasetProperty().subscribe(this::rebuildLogRows);
        vm.log().logged().addListener((ListChangeListener<String>) c -> logRows.getChildren().forEach(n ->
                ((CheckBox) n).setSelected(vm.log().logged().contains((String) n.getUserData()))));
        bindDerived();
        bindOutliers();
        vm.adviceProperty().subscribe(a -> {
            rebuildMissingRows();
            rebuildDerivedRows();
        });
        problemLabel.textProperty().bind(vm.problemProperty());
        showWhenText(problemLabel);
        usesLabel.textProperty().bind(Bindings.createStringBinding(() ->
                vm.currentSpecProperty().get() == null ? "" : "Find k and Segment use: "
                        + vm.choicesSummaryProperty().get() + ".", vm.currentSpecProperty(), vm.choicesSummaryProperty()));
        showWhenText(usesLabel);
        previewButton.disableProperty().bind(vm.busyProperty().or(vm.datasetProperty().isNull())
                .or(vm.problemProperty().isNotNull()));
    }

    private void bindFeatures() {
        tableLabel.textProperty().bind(vm.datasetProperty().map(d -> "Table: " + d.name() + " ("
                + Formats.plural(d.rowCount(), "row", "rows") + "). The features are the Segment step's: tick them "
                + "here or there.").orElse("No table open"));
        featureList.setItems(vm.segment().features().choices());
        featureList.setCellFactory(CheckBoxListCell.forListView(FeatureChoice::selectedProperty));
        featureList.setPlaceholder(new Label("No feature columns"));
        selectionLabel.textProperty().bind(vm.segment().features().selectionTextProperty());
        var segment = vm.segment();
        presetBox.setItems(segment.features().presets());
        presetBox.setConverter(Converters.shownAs(FeaturePreset::label));
        presetBox.setOnAction(e -> {
            FeaturePreset p = presetBox.getValue();
            if (p != null && !applyingPreset) {
                segment.features().applyPreset(p);
            }
        });
        segment.features().matchingPresetProperty().subscribe(p -> {
            applyingPreset = true;
            presetBox.setValue(p);
            applyingPreset = false;
        });
        presetBox.disableProperty().bind(Bindings.isEmpty(segment.features().presets()));
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
        scalingBox.setConverter(Converters.shownAs(s -> switch (s) {
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
        outlierMethodBox.setConverter(Converters.shownAs(m -> switch (m) {
            case NONE -> "None";
            case IQR -> "IQR fences";
            case ZSCORE -> "z-score";
            case ISOLATION_FOREST -> "Isolation Forest";
        }));
        outlierMethodBox.valueProperty().bindBidirectional(vm.outliers().methodProperty());
        var on = vm.outliers().methodProperty().isNotEqualTo(OutlierMethod.NONE);
        outlierParameterLabel.textProperty().bind(vm.outliers().methodProperty().map(m -> switch (m) {
            case IQR -> "IQR factor";
            case ZSCORE -> "|z| above";
            case ISOLATION_FOREST -> "Share flagged";
            case NONE -> "";
        }));
        outlierParameterField.textProperty().bindBidirectional(vm.outliers().parameterProperty());
        showWhen(outlierParameterLabel, on);
        showWhen(outlierParameterField, on);
        var forest = vm.outliers().methodProperty().isEqualTo(OutlierMethod.ISOLATION_FOREST);
        outlierSeedField.textProperty().bindBidirectional(vm.outliers().seedProperty());
        showWhen(outlierSeedLabel, forest);
        showWhen(outlierSeedField, forest);
        showWhen(outlierActionBox, on);
        keepButton.setSelected(vm.outliers().actionProperty().get() == OutlierAction.KEEP);
        excludeButton.setSelected(vm.outliers().actionProperty().get() == OutlierAction.EXCLUDE);
        keepButton.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                vm.outliers().actionProperty().set(OutlierAction.KEEP);
            }
        });
        excludeButton.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                vm.outliers().actionProperty().set(OutlierAction.EXCLUDE);
            }
        });
        vm.outliers().actionProperty().subscribe(a -> (a == OutlierAction.EXCLUDE ? excludeButton : keepButton)
                .setSelected(true));
        outlierNote.textProperty().bind(vm.outliers().methodProperty().map(m -> switch (m) {
            case NONE -> "No customer is flagged.";
            case IQR -> "Flags a customer with a numeric feature below Q1 − factor × IQR or above Q3 + factor × IQR "
                    + "(Tukey's fences: 1.5), before scaling.";
            case ZSCORE -> "Flags a customer with a numeric feature more than the threshold of standard deviations from "
                    + "its mean (3 is usual), before scaling.";
            case ISOLATION_FOREST -> "An Isolation Forest on all features flags this share of the customers, "
                    + "those easiest to isolate (5% or 0.05); the same seed flags the same customers.";
        }));
        bindError(outlierError, outlierParameterField, vm.outliers().errorProperty());
    }

    // ---- advice --------------------------------------------------------------------------------

    @FXML
    private void preview() {
        vm.preview();
    }

    @FXML
    private void toSegment() {
        showSegmentStep.run();
    }
}
