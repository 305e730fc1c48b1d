package io.segmenta.ui.segment;

import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.Covariance;
import io.segmenta.core.cluster.Linkage;
import io.segmenta.core.prep.FeaturePreset;
import io.segmenta.core.text.Texts;
import io.segmenta.ui.Converters;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The Segment step's choices (left column), bound to {@link SegmentViewModel} and its
 * {@link MethodChoice}: the features, the method and its parameters, Find k, Segment and the export.
 */
public final class SegmentChoicesView {
    private final SegmentViewModel vm;
    private final Supplier<Path> exportTarget;

    @FXML private Label tableLabel;
    @FXML private ComboBox<FeaturePreset> presetBox;
    @FXML private ListView<FeatureChoice> featureList;
    @FXML private Label selectionLabel;
    @FXML private Spinner<Integer> kSpinner;
    @FXML private Spinner<Integer> kFromSpinner;
    @FXML private Spinner<Integer> kToSpinner;
    @FXML private HBox kRangeRow;
    @FXML private TextField seedField;
    @FXML private Label seedErrorLabel;
    @FXML private ComboBox<Algorithm> methodBox;
    @FXML private HBox linkageRow;
    @FXML private ComboBox<Linkage> linkageBox;
    @FXML private HBox cutRow;
    @FXML private RadioButton cutByKButton;
    @FXML private RadioButton cutByHeightButton;
    @FXML private HBox kRow;
    @FXML private HBox heightRow;
    @FXML private TextField heightField;
    @FXML private HBox epsRow;
    @FXML private TextField epsField;
    @FXML private HBox minSamplesRow;
    @FXML private TextField minSamplesField;
    @FXML private HBox covarianceRow;
    @FXML private ComboBox<Covariance> covarianceBox;
    @FXML private HBox seedRow;
    @FXML private Label methodErrorLabel;
    @FXML private Label methodHintLabel;
    @FXML private Label prepLabel;
    @FXML private Button findKButton;
    @FXML private Button segmentButton;
    @FXML private Button exportButton;

    private boolean applyingPreset;

    /** @param exportTarget asks the user where to write the segmented CSV (null = cancelled) */
    SegmentChoicesView(SegmentViewModel vm, Supplier<Path> exportTarget) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.exportTarget = Objects.requireNonNull(exportTarget, "exportTarget");
    }

    @FXML
    private void initialize() {
        bindChoices();
        bindMethod();
    }

    private void bindChoices() {
        featureList.setItems(vm.features().choices());
        featureList.setCellFactory(CheckBoxListCell.forListView(FeatureChoice::selectedProperty));
        featureList.setPlaceholder(new Label("No feature columns"));
        selectionLabel.textProperty().bind(vm.features().selectionTextProperty());

        presetBox.setItems(vm.features().presets());
        presetBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(FeaturePreset p) {
                return p == null ? "" : p.label();
            }

            @Override
            public FeaturePreset fromString(String s) {
                return vm.features().presets().stream().filter(p -> p.label().equals(s)).findFirst().orElse(null);
            }
        });
        presetBox.setOnAction(e -> {
            FeaturePreset p = presetBox.getValue();
            if (p != null && !applyingPreset) {
                vm.features().applyPreset(p);
            }
        });
        vm.features().matchingPresetProperty().subscribe(p -> {
            applyingPreset = true;
            presetBox.setValue(p);
            applyingPreset = false;
        });
        presetBox.disableProperty().bind(Bindings.isEmpty(vm.features().presets()));

        SpinnerValueFactory.IntegerSpinnerValueFactory kValues = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                SegmentViewModel.K_MIN, SegmentViewModel.K_MAX, vm.kProperty().get());
        kSpinner.setValueFactory(kValues);
        kValues.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.kProperty().set(b);
            }
        });
        vm.kProperty().subscribe(v -> kValues.setValue(v.intValue()));
        // a typed k is committed when the field loses focus, not only on Enter
        kSpinner.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitSpinnerText();
            }
        });

        bindRange(kFromSpinner, 1, KRange.MAX - 1, vm.kRange().fromProperty());
        bindRange(kToSpinner, 2, KRange.MAX, vm.kRange().toProperty());
        kRangeRow.visibleProperty().bind(vm.method().algorithmProperty().isNotEqualTo(Algorithm.DBSCAN));
        kRangeRow.managedProperty().bind(kRangeRow.visibleProperty());

        seedField.textProperty().bindBidirectional(vm.seedTextProperty());
        seedErrorLabel.textProperty().bind(vm.seedErrorProperty());
        seedErrorLabel.visibleProperty().bind(vm.seedErrorProperty().isNotNull().and(seedRow.visibleProperty()));
        seedErrorLabel.managedProperty().bind(seedErrorLabel.visibleProperty());
        vm.seedErrorProperty().subscribe(err -> {
            if (err == null) {
                seedField.getStyleClass().remove("invalid");
            } else if (!seedField.getStyleClass().contains("invalid")) {
                seedField.getStyleClass().add("invalid");
            }
        });

        exportButton.disableProperty().bind(vm.canExportBinding().not());
    }

    /** A spinner for one end of Find k's range, both ways with the view-model; typed text commits on leaving. */
    private static void bindRange(Spinner<Integer> spinner, int min, int max, javafx.beans.property.IntegerProperty end) {
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                min, max, end.get());
        spinner.setValueFactory(values);
        values.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                end.set(b);
            }
        });
        end.subscribe(v -> values.setValue(v.intValue()));
        spinner.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                try {
                    values.setValue(Math.max(min, Math.min(max, Integer.parseInt(spinner.getEditor().getText().trim()))));
                } catch (NumberFormatException e) {
                    spinner.getEditor().setText(Integer.toString(values.getValue()));
                }
            }
        });
    }

    private void commitSpinnerText() {
        String text = kSpinner.getEditor().getText();
        try {
            int v = Integer.parseInt(text.trim());
            kSpinner.getValueFactory().setValue(Math.max(SegmentViewModel.K_MIN, Math.min(SegmentViewModel.K_MAX, v)));
        } catch (NumberFormatException e) {
            kSpinner.getEditor().setText(Integer.toString(kSpinner.getValue()));
        }
    }

    private void bindMethod() {
        MethodChoice m = vm.method();
        methodBox.setItems(FXCollections.observableArrayList(Algorithm.values()));
        methodBox.setConverter(Converters.shownAs(a -> switch (a) {
            case KMEANS -> "k-means";
            case HIERARCHICAL -> "Hierarchical (agglomerative)";
            case DBSCAN -> "DBSCAN (density)";
            case GMM -> "Gaussian mixture";
        }));
        methodBox.valueProperty().bindBidirectional(m.algorithmProperty());
        linkageBox.setItems(FXCollections.observableArrayList(Linkage.values()));
        linkageBox.setConverter(Converters.shownAs(l -> Texts.capital(l.label())));
        linkageBox.valueProperty().bindBidirectional(m.linkageProperty());
        covarianceBox.setItems(FXCollections.observableArrayList(Covariance.values()));
        covarianceBox.setConverter(Converters.shownAs(c -> c == Covariance.FULL ? "Full" : "Diagonal"));
        covarianceBox.setTooltip(new Tooltip("Full: each segment an ellipse in any direction. Diagonal: ellipses "
                + "along the axes, fewer parameters."));
        covarianceBox.valueProperty().bindBidirectional(m.covarianceProperty());
        m.cutByHeightProperty().subscribe(h -> (h ? cutByHeightButton : cutByKButton).setSelected(true));
        cutByHeightButton.selectedProperty().addListener((o, a, b) -> m.cutByHeightProperty().set(b));
        heightField.textProperty().bindBidirectional(m.heightTextProperty());
        epsField.textProperty().bindBidirectional(m.epsTextProperty());
        minSamplesField.textProperty().bindBidirectional(m.minSamplesTextProperty());
        epsField.setTooltip(new Tooltip("The neighbourhood radius, in the prepared (e.g. standardised) units"));
        minSamplesField.setTooltip(new Tooltip("Customers within eps that make a core customer; it counts the "
                + "customer itself, as scikit-learn's min_samples"));
        var algorithm = m.algorithmProperty();
        var hierarchical = algorithm.isEqualTo(Algorithm.HIERARCHICAL);
        var dbscan = algorithm.isEqualTo(Algorithm.DBSCAN);
        Visibility.show(linkageRow, hierarchical);
        Visibility.show(cutRow, hierarchical);
        Visibility.show(heightRow, hierarchical.and(m.cutByHeightProperty()));
        Visibility.show(kRow, dbscan.not().and(hierarchical.and(m.cutByHeightProperty()).not()));
        Visibility.show(epsRow, dbscan);
        Visibility.show(minSamplesRow, dbscan);
        Visibility.show(covarianceRow, algorithm.isEqualTo(Algorithm.GMM));
        Visibility.show(seedRow, algorithm.isEqualTo(Algorithm.KMEANS).or(algorithm.isEqualTo(Algorithm.GMM)));
        methodErrorLabel.textProperty().bind(m.errorProperty());
        Visibility.show(methodErrorLabel, m.errorProperty().isNotNull());
        methodHintLabel.textProperty().bind(m.hintProperty());
        findKButton.textProperty().bind(Bindings.when(dbscan).then("Suggest eps")
                .otherwise("Find k"));
        for (TextField f : List.of(heightField, epsField, minSamplesField)) {
            m.errorProperty().subscribe(e -> {
                f.getStyleClass().remove("invalid");
                if (e != null && f.isVisible() && mentions(e, f)) {
                    f.getStyleClass().add("invalid");
                }
            });
        }
        Visibility.show(prepLabel, prepLabel.textProperty().isNotEmpty());
    }

    /** Whether a parameter's error message is about this field. */
    private boolean mentions(String error, TextField f) {
        String e = error.toLowerCase(Locale.ROOT);
        return f == epsField ? e.startsWith("eps") || e.startsWith("enter eps")
                : f == minSamplesField ? e.startsWith("min samples") : e.contains("height");
    }



    @FXML
    private void findK() {
        commitSpinnerText();
        vm.findK();
    }

    @FXML
    private void segment() {
        commitSpinnerText();
        vm.segment();
    }

    @FXML
    private void export() {
        Path target = exportTarget.get();
        if (target != null) {
            vm.export(target);
        }
    }

    /** Binds the table label (which table is open); called by the main view. */
    void tableText(ObservableValue<String> text) {
        tableLabel.textProperty().bind(text);
    }

    /** Disables the run buttons while work runs. */
    void busy(ObservableValue<Boolean> running) {
        findKButton.disableProperty().bind(running);
        segmentButton.disableProperty().bind(running);
    }

    /** Binds the line saying how the features are prepared (the Prepare step's choices); called by the main view. */
    void preparationText(ObservableValue<String> text) {
        prepLabel.textProperty().bind(text);
    }
}
