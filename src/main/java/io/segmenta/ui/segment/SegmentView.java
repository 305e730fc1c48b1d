package io.segmenta.ui.segment;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SweepOutcome;
import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.Covariance;
import io.segmenta.core.cluster.KDistance;
import io.segmenta.core.cluster.Linkage;
import io.segmenta.core.cluster.SweepPoint;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.prep.FeaturePreset;
import io.segmenta.ui.Formats;
import io.segmenta.ui.Fxml;
import io.segmenta.core.project.PcaResult;
import io.segmenta.ui.charts.KSweepChart;
import io.segmenta.ui.charts.RowSet;
import io.segmenta.ui.charts.Scatter3DView;
import io.segmenta.ui.charts.ScatterCanvas;
import io.segmenta.ui.charts.ScreeChart;
import io.segmenta.ui.charts.DivergingScale;
import io.segmenta.ui.charts.SegmentLegend;
import io.segmenta.ui.charts.SegmentPalette;
import io.segmenta.ui.charts.SilhouettePlot;
import io.segmenta.ui.charts.export.ChartSaver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Orientation;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Segment step's view, bound to {@link SegmentViewModel}: the choices on the left (features, the
 * method and its parameters); on the right the tuning aid of the method (Choose k: elbow and
 * silhouette, or BIC and AIC for a Gaussian mixture; Choose eps: DBSCAN's k-distance chart), the
 * dendrogram of a hierarchical segmentation, the scatter with its selection table (Segments 2D), the
 * 3D scatter, the silhouette plot, the PCA and the comparison of the session's runs. Every chart can
 * be exported (PNG, SVG where it draws vectors, the clipboard) from its Export button or its
 * right-click menu.
 */
public final class SegmentView {
    private final SegmentViewModel vm;
    private final SegmentVisuals visuals;
    private final Supplier<Path> exportTarget;
    private final Function<String, Path> csvTarget;
    private final ChartSaver charts;

    @FXML private Label tableLabel;
    @FXML private ComboBox<FeaturePreset> presetBox;
    @FXML private ListView<FeatureChoice> featureList;
    @FXML private Label selectionLabel;
    @FXML private Spinner<Integer> kSpinner;
    @FXML private TextField seedField;
    @FXML private Label seedErrorLabel;
    @FXML private ComboBox<Algorithm> methodBox;
    @FXML private javafx.scene.layout.HBox linkageRow;
    @FXML private ComboBox<Linkage> linkageBox;
    @FXML private javafx.scene.layout.HBox cutRow;
    @FXML private javafx.scene.control.RadioButton cutByKButton;
    @FXML private javafx.scene.control.RadioButton cutByHeightButton;
    @FXML private javafx.scene.layout.HBox kRow;
    @FXML private javafx.scene.layout.HBox heightRow;
    @FXML private TextField heightField;
    @FXML private javafx.scene.layout.HBox epsRow;
    @FXML private TextField epsField;
    @FXML private javafx.scene.layout.HBox minSamplesRow;
    @FXML private TextField minSamplesField;
    @FXML private javafx.scene.layout.HBox covarianceRow;
    @FXML private ComboBox<Covariance> covarianceBox;
    @FXML private javafx.scene.layout.HBox seedRow;
    @FXML private Label methodErrorLabel;
    @FXML private Label methodHintLabel;
    @FXML private Label prepLabel;
    @FXML private KSweepChart bicChart;
    @FXML private KSweepChart aicChart;
    @FXML private VBox kDistancePane;
    @FXML private KDistanceChart kDistanceChart;
    @FXML private Label kDistanceNote;
    @FXML private Button useEpsButton;
    @FXML private StackPane kDistanceExportHolder;
    @FXML private Label sweepEmptyTitle;
    @FXML private Label sweepEmptyText;
    @FXML private Tab dendrogramTab;
    @FXML private VBox dendrogramPane;
    @FXML private VBox dendrogramEmpty;
    @FXML private Label dendrogramNote;
    @FXML private StackPane dendrogramExportHolder;
    @FXML private DendrogramChart dendrogram;
    @FXML private Label noiseLegend;
    @FXML private Label cloudNoiseLegend;
    @FXML private Tab compareTab;
    @FXML private VBox comparePane;
    @FXML private VBox compareEmpty;
    @FXML private Label compareTitle;
    @FXML private Button makeCurrentButton;
    @FXML private TableView<SegmentationRun> runsTable;
    @FXML private ComboBox<SegmentationRun> compareABox;
    @FXML private ComboBox<SegmentationRun> compareBBox;
    @FXML private Label agreementLabel;
    @FXML private Button compareAllButton;
    @FXML private javafx.scene.layout.GridPane ariGrid;
    @FXML private Button findKButton;
    @FXML private Button segmentButton;
    @FXML private Button exportButton;
    @FXML private TabPane tabs;
    @FXML private Tab sweepTab;
    @FXML private Tab segmentsTab;
    @FXML private Tab cloudTab;
    @FXML private Tab silhouetteTab;
    @FXML private Tab pcaTab;
    @FXML private VBox sweepPane;
    @FXML private VBox sweepEmpty;
    @FXML private KSweepChart elbowChart;
    @FXML private KSweepChart silhouetteChart;
    @FXML private Label recommendationLabel;
    @FXML private Label ruleLabel;
    @FXML private Label sweepNoteLabel;
    @FXML private SplitPane resultPane;
    @FXML private VBox segmentsEmpty;
    @FXML private ChoiceBox<String> xChoice;
    @FXML private ChoiceBox<String> yChoice;
    @FXML private Label summaryLabel;
    @FXML private ScatterCanvas scatter;
    @FXML private SegmentLegend legend;
    @FXML private ToggleButton panMode;
    @FXML private ToggleButton boxMode;
    @FXML private ToggleButton lassoMode;
    @FXML private StackPane scatterExportHolder;
    @FXML private Label selectionLabel2;
    @FXML private Button clearSelectionButton;
    @FXML private Button exportSelectionButton;
    @FXML private TableView<Integer> selectionTable;
    @FXML private VBox cloudPane;
    @FXML private VBox cloudEmpty;
    @FXML private ChoiceBox<String> x3Choice;
    @FXML private ChoiceBox<String> y3Choice;
    @FXML private ChoiceBox<String> z3Choice;
    @FXML private StackPane cloudExportHolder;
    @FXML private Label cloudNote;
    @FXML private Scatter3DView cloud;
    @FXML private SegmentLegend cloudLegend;
    @FXML private VBox silhouettePane;
    @FXML private VBox silhouetteEmpty;
    @FXML private Button silhouetteComputeButton;
    @FXML private Label silhouetteEmptyTitle;
    @FXML private Button selectNegativeButton;
    @FXML private Label silhouetteSelection;
    @FXML private StackPane silhouetteExportHolder;
    @FXML private SilhouettePlot silhouettePlot;
    /** Below this width the PCA tab stacks the scree chart above the loadings. */
    private static final double PCA_SIDE_BY_SIDE_MIN = 560;

    @FXML private SplitPane pcaPane;
    @FXML private VBox pcaEmpty;
    @FXML private Label pcaSummary;
    @FXML private StackPane screeExportHolder;
    @FXML private ScreeChart scree;
    @FXML private TableView<Integer> loadingsTable;

    private boolean applyingPreset;
    /** Held here: bindings observe their sources weakly. */
    private javafx.beans.binding.ObjectBinding<List<String>> legendLabels;

    /**
     * @param exportTarget asks the user where to write the segmented CSV (null = cancelled)
     * @param csvTarget    asks where to write another CSV, given a suggested file name (null = cancelled)
     * @param charts       saves and copies charts
     */
    public SegmentView(SegmentViewModel vm, Supplier<Path> exportTarget, Function<String, Path> csvTarget,
                       ChartSaver charts) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.visuals = vm.visuals();
        this.exportTarget = Objects.requireNonNull(exportTarget, "exportTarget");
        this.csvTarget = Objects.requireNonNull(csvTarget, "csvTarget");
        this.charts = Objects.requireNonNull(charts, "charts");
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        bindChoices();
        bindMethod();
        bindSweep();
        bindDendrogram();
        bindCompare();
        bindResult();
        bindCloud();
        bindSilhouette();
        bindPca();
        bindExports();
    }

    private void bindChoices() {
        featureList.setItems(vm.features());
        featureList.setCellFactory(CheckBoxListCell.forListView(FeatureChoice::selectedProperty));
        featureList.setPlaceholder(new Label("No feature columns"));
        selectionLabel.textProperty().bind(vm.selectionTextProperty());

        presetBox.setItems(vm.presets());
        presetBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(FeaturePreset p) {
                return p == null ? "" : p.label();
            }

            @Override
            public FeaturePreset fromString(String s) {
                return vm.presets().stream().filter(p -> p.label().equals(s)).findFirst().orElse(null);
            }
        });
        presetBox.setOnAction(e -> {
            FeaturePreset p = presetBox.getValue();
            if (p != null && !applyingPreset) {
                vm.applyPreset(p);
            }
        });
        vm.matchingPresetProperty().subscribe(p -> {
            applyingPreset = true;
            presetBox.setValue(p);
            applyingPreset = false;
        });
        presetBox.disableProperty().bind(Bindings.isEmpty(vm.presets()));

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
        methodBox.setItems(javafx.collections.FXCollections.observableArrayList(Algorithm.values()));
        methodBox.setConverter(converter(a -> switch (a) {
            case KMEANS -> "k-means";
            case HIERARCHICAL -> "Hierarchical (agglomerative)";
            case DBSCAN -> "DBSCAN (density)";
            case GMM -> "Gaussian mixture";
        }));
        methodBox.valueProperty().bindBidirectional(m.algorithmProperty());
        linkageBox.setItems(javafx.collections.FXCollections.observableArrayList(Linkage.values()));
        linkageBox.setConverter(converter(l -> capital(l.label())));
        linkageBox.valueProperty().bindBidirectional(m.linkageProperty());
        covarianceBox.setItems(javafx.collections.FXCollections.observableArrayList(Covariance.values()));
        covarianceBox.setConverter(converter(c -> c == Covariance.FULL ? "Full" : "Diagonal"));
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
        show(linkageRow, hierarchical);
        show(cutRow, hierarchical);
        show(heightRow, hierarchical.and(m.cutByHeightProperty()));
        show(kRow, dbscan.not().and(hierarchical.and(m.cutByHeightProperty()).not()));
        show(epsRow, dbscan);
        show(minSamplesRow, dbscan);
        show(covarianceRow, algorithm.isEqualTo(Algorithm.GMM));
        show(seedRow, algorithm.isEqualTo(Algorithm.KMEANS).or(algorithm.isEqualTo(Algorithm.GMM)));
        methodErrorLabel.textProperty().bind(m.errorProperty());
        show(methodErrorLabel, m.errorProperty().isNotNull());
        methodHintLabel.textProperty().bind(m.hintProperty());
        findKButton.textProperty().bind(javafx.beans.binding.Bindings.when(dbscan).then("Suggest eps")
                .otherwise("Find k"));
        sweepTab.textProperty().bind(javafx.beans.binding.Bindings.when(dbscan).then("Choose eps")
                .otherwise("Choose k"));
        for (TextField f : List.of(heightField, epsField, minSamplesField)) {
            m.errorProperty().subscribe(e -> {
                f.getStyleClass().remove("invalid");
                if (e != null && f.isVisible() && mentions(e, f)) {
                    f.getStyleClass().add("invalid");
                }
            });
        }
        show(prepLabel, prepLabel.textProperty().isNotEmpty());
    }

    /** Whether a parameter's error message is about this field. */
    private boolean mentions(String error, TextField f) {
        String e = error.toLowerCase(Locale.ROOT);
        return f == epsField ? e.startsWith("eps") || e.startsWith("enter eps")
                : f == minSamplesField ? e.startsWith("min samples") : e.contains("height");
    }

    private static void show(javafx.scene.Node n, javafx.beans.value.ObservableValue<Boolean> shown) {
        n.visibleProperty().bind(shown);
        n.managedProperty().bind(n.visibleProperty());
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

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void bindSweep() {
        var method = vm.method().algorithmProperty();
        javafx.beans.binding.ObjectBinding<SweepOutcome> shown = Bindings.createObjectBinding(() -> {
            SweepOutcome o = vm.sweepProperty().get();
            return o != null && o.spec().algorithm().algorithm() == method.get() ? o : null;
        }, vm.sweepProperty(), method);
        shownSweep = shown;
        sweepPane.visibleProperty().bind(Bindings.createBooleanBinding(() -> shown.get() != null
                && shown.get().sweep().isPresent(), shown));
        kDistancePane.visibleProperty().bind(Bindings.createBooleanBinding(() -> shown.get() != null
                && shown.get().kDistanceChart().isPresent(), shown));
        sweepEmpty.visibleProperty().bind(shown.isNull());
        shown.subscribe(this::showSweep);
        method.subscribe(a -> {
            boolean db = a == Algorithm.DBSCAN;
            sweepEmptyTitle.setText(db ? "Which eps?" : "How many segments?");
            sweepEmptyText.setText(switch (a) {
                case DBSCAN -> "Press Suggest eps to draw the k-distance chart for the chosen min samples: its knee "
                        + "suggests eps. Click the chart to use a distance as eps.";
                case GMM -> "Press Find k to fit mixtures of k = 1 to 10 components: the lowest BIC (and AIC) "
                        + "suggests a k.";
                case HIERARCHICAL -> "Press Find k to cut the tree into k = 1 to 10 segments: the elbow of the WCSS "
                        + "curve and the silhouette both suggest a k.";
                case KMEANS -> "Press Find k to compare k = 1 to 10 on the chosen features: the elbow of the WCSS "
                        + "curve and the silhouette both suggest a k.";
            });
        });
        kDistanceChart.epsProperty().bind(Bindings.createDoubleBinding(() -> {
            try {
                return Double.parseDouble(vm.method().epsTextProperty().get().trim());
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }, vm.method().epsTextProperty()));
        kDistanceChart.setOnPick(v -> vm.method().useEps(v));
        kDistanceChart.epsProperty().addListener((o, a, b) -> updateKDistanceNote());
    }

    /** Held here: bindings observe their sources weakly. */
    private javafx.beans.binding.ObjectBinding<SweepOutcome> shownSweep;

    private void showSweep(SweepOutcome outcome) {
        if (outcome == null || outcome.sweep().isEmpty()) {
            elbowChart.clear();
            silhouetteChart.clear();
            bicChart.clear();
            aicChart.clear();
            recommendationLabel.setText("");
            ruleLabel.setText("");
            sweepNoteLabel.setText("");
        }
        kDistanceChart.dataProperty().set(outcome == null ? null : outcome.kDistanceChart().orElse(null));
        updateKDistanceNote();
        if (outcome == null) {
            return;
        }
        if (outcome.sweep().isEmpty()) {
            tabs.getSelectionModel().select(sweepTab);
            return;
        }
        SweepResult r = outcome.result();
        List<SweepPoint> points = r.points();
        int[] ks = points.stream().mapToInt(SweepPoint::k).toArray();
        boolean mixture = r.bicMinK() >= 1;
        for (javafx.scene.Node n : List.of(elbowChart, silhouetteChart)) {
            n.setVisible(!mixture);
            n.setManaged(!mixture);
        }
        for (javafx.scene.Node n : List.of(bicChart, aicChart)) {
            n.setVisible(mixture);
            n.setManaged(mixture);
        }
        if (mixture) {
            double[] bic = points.stream().mapToDouble(SweepPoint::bic).toArray();
            double[] aic = points.stream().mapToDouble(SweepPoint::aic).toArray();
            bicChart.show(ks, bic, r.bicMinK(), i -> "k = " + ks[i] + ": BIC " + Formats.wcss(bic[i])
                    + (ks[i] == r.bicMinK() ? " (lowest)" : ""));
            aicChart.show(ks, aic, r.aicMinK(), i -> "k = " + ks[i] + ": AIC " + Formats.wcss(aic[i])
                    + (ks[i] == r.aicMinK() ? " (lowest)" : ""));
        } else {
            double[] wcss = points.stream().mapToDouble(SweepPoint::wcss).toArray();
            double[] sil = points.stream().mapToDouble(SweepPoint::silhouette).toArray();
            elbowChart.show(ks, wcss, r.recommendedK(), r.kneeK(), i -> "k = " + ks[i] + ": WCSS "
                    + Formats.wcss(wcss[i]) + (ks[i] == r.kneeK() ? " (elbow)" : ""));
            silhouetteChart.show(ks, sil, r.recommendedK(), i -> "k = " + ks[i] + ": silhouette "
                    + Formats.score(sil[i]));
        }
        recommendationLabel.setText("Recommended: k = " + r.recommendedK());
        ruleLabel.setText(r.rule());
        sweepNoteLabel.setText(outcome.spec().algorithm().algorithm().label() + " · features: "
                + String.join(", ", outcome.features().featureNames()) + " · "
                + Formats.plural(outcome.features().rows(), "customer", "customers")
                + (r.silhouetteSampled() ? " · silhouette estimated on a sample of "
                + Formats.count(r.silhouetteSampleSize()) + " customers" : " · silhouette exact")
                + ". k was set to " + r.recommendedK() + "; change it on the left if you prefer another."
                + (mixture ? (r.aicMinK() != r.bicMinK() ? " The orange ring marks each curve's lowest point." : "")
                : r.kneeK() != r.recommendedK() ? " Orange ring: recommended k; grey ring: the elbow." : ""));
        tabs.getSelectionModel().select(sweepTab);
    }

    private void updateKDistanceNote() {
        KDistance d = kDistanceChart.dataProperty().get();
        if (d == null) {
            kDistanceNote.setText("");
            useEpsButton.setDisable(true);
            return;
        }
        useEpsButton.setDisable(false);
        useEpsButton.setText("Use eps " + MethodChoice.format(d.suggestedEps()));
        double eps = kDistanceChart.epsProperty().get();
        kDistanceNote.setText("min samples " + d.minSamples() + " (the customer itself counted) · "
                + Formats.plural(d.sorted().length, "customer", "customers") + ". "
                + (d.kneeIndex() >= 0 ? "The knee suggests eps " + MethodChoice.format(d.suggestedEps()) + ": "
                + KDistanceChart.share(d.coreShare(d.suggestedEps())) + " of the customers are core customers there."
                : "The curve has no clear knee; the median distance " + MethodChoice.format(d.suggestedEps())
                + " is offered.") + (Double.isNaN(eps) ? "" : " Now: " + kDistanceChart.describe(eps) + "."));
    }

    @FXML
    private void useSuggestedEps() {
        KDistance d = kDistanceChart.dataProperty().get();
        if (d != null) {
            vm.method().useEps(d.suggestedEps());
        }
    }

    private void bindDendrogram() {
        var hierarchicalMethod = vm.method().algorithmProperty().isEqualTo(Algorithm.HIERARCHICAL);
        javafx.beans.binding.BooleanBinding hierarchicalResult = Bindings.createBooleanBinding(() ->
                vm.resultProperty().get() != null && vm.resultProperty().get().clustering().hierarchy().isPresent(),
                vm.resultProperty());
        dendrogramShown = hierarchicalMethod.or(hierarchicalResult);
        dendrogramShown.subscribe(on -> {
            boolean there = tabs.getTabs().contains(dendrogramTab);
            if (on && !there) {
                tabs.getTabs().add(tabs.getTabs().indexOf(sweepTab) + 1, dendrogramTab);
            } else if (!on && there) {
                tabs.getTabs().remove(dendrogramTab);
            }
        });
        vm.resultProperty().subscribe(r -> {
            var h = r == null ? java.util.Optional.<io.segmenta.core.cluster.HierarchicalDetails>empty()
                    : r.clustering().hierarchy();
            if (h.isEmpty()) {
                dendrogram.dataProperty().set(null);
                dendrogramNote.setText("");
            } else {
                var spec = (io.segmenta.core.cluster.HierarchicalSpec) r.spec().algorithm();
                dendrogram.dataProperty().set(new DendrogramChart.Tree(h.get().tree(), r.clustering().labels(),
                        r.k(), h.get().cutHeight(), spec.linkage().label()));
                dendrogramNote.setText(r.spec().algorithm().describe() + " · " + Formats.plural(
                        r.features().rows(), "customer", "customers") + ". Branches below the cut line have their "
                        + "segment's colour. Click a height to cut there, then press Segment.");
            }
        });
        dendrogramPane.visibleProperty().bind(dendrogram.dataProperty().isNotNull());
        dendrogramEmpty.visibleProperty().bind(dendrogram.dataProperty().isNull());
        dendrogram.setOnCut(height -> {
            vm.method().cutAt(height);
            var t = dendrogram.dataProperty().get();
            if (t != null) {
                dendrogramNote.setText("The cut is set to height " + MethodChoice.format(height) + " ("
                        + Formats.plural(t.tree().clustersAt(height), "segment", "segments")
                        + "): press Segment to cut there.");
            }
        });
    }

    /** Held here: bindings observe their sources weakly. */
    private javafx.beans.binding.BooleanBinding dendrogramShown;

    private void bindCompare() {
        comparePane.visibleProperty().bind(Bindings.isNotEmpty(vm.runs()));
        compareEmpty.visibleProperty().bind(Bindings.isEmpty(vm.runs()));
        runsTable.setItems(vm.runs());
        runsTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        runsTable.setPlaceholder(new Label("No runs yet"));
        TableColumn<SegmentationRun, String> current = runColumn("", r -> r == vm.currentRunProperty().get() ? "●" : "",
                28);
        current.setStyle("-fx-alignment: center;");
        runsTable.getColumns().setAll(List.of(current,
                runColumn("Run", SegmentationRun::label, 64),
                runColumn("Method", SegmentationRun::method, 320),
                runColumn("k", r -> Integer.toString(r.row().k()), 44, true),
                runColumn("Customers", r -> Formats.count(r.row().customers()), 108, true),
                runColumn("Noise", r -> r.row().algorithm() == Algorithm.DBSCAN ? Formats.count(r.row().noise()) : "",
                        64, true),
                runColumn("WCSS", r -> Formats.wcss(r.row().wcss()), 90, true),
                runColumn("Silhouette", r -> Formats.score(r.row().silhouette())
                        + (r.row().silhouetteSampled() ? "*" : ""), 108, true),
                runColumn("CH", r -> number(r.row().calinskiHarabasz()), 80, true),
                runColumn("DB", r -> Formats.score(r.row().daviesBouldin()), 64, true),
                runColumn("BIC", r -> number(r.row().bic()), 90, true),
                runColumn("AIC", r -> number(r.row().aic()), 90, true),
                runColumn("Features", r -> r.row().features(), 320)));
        runsTable.getColumns().forEach(c -> c.setSortable(false));
        vm.currentRunProperty().addListener((o, a, b) -> runsTable.refresh());
        runsTable.setRowFactory(t -> {
            javafx.scene.control.TableRow<SegmentationRun> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.makeCurrent(row.getItem());
                }
            });
            return row;
        });
        makeCurrentButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            SegmentationRun sel = runsTable.getSelectionModel().getSelectedItem();
            return sel == null || sel == vm.currentRunProperty().get();
        }, runsTable.getSelectionModel().selectedItemProperty(), vm.currentRunProperty()).or(busy));
        compareTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            SegmentationRun c = vm.currentRunProperty().get();
            return Formats.plural(vm.runs().size(), "run", "runs") + (c == null ? "" : " · on show: " + c.label()
                    + " (●)");
        }, vm.runs(), vm.currentRunProperty()));
        for (ComboBox<SegmentationRun> box : List.of(compareABox, compareBBox)) {
            box.setItems(vm.runs());
        }
        compareABox.valueProperty().bindBidirectional(vm.compareAProperty());
        compareBBox.valueProperty().bindBidirectional(vm.compareBProperty());
        agreementLabel.textProperty().bind(vm.agreementProperty());
        compareAllButton.disableProperty().bind(Bindings.size(vm.runs()).lessThan(2).or(busy));
        vm.ariMatrixProperty().subscribe(this::showAriMatrix);
    }

    /** True while work runs (set by {@link #busy}). */
    private final javafx.beans.property.BooleanProperty busy = new javafx.beans.property.SimpleBooleanProperty(false);

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return Math.abs(v) >= 1e9 ? String.format(Locale.ROOT, "%.3e", v) : String.format(Locale.ROOT, "%,.1f", v);
    }

    private static TableColumn<SegmentationRun, String> runColumn(String title,
                                                                  Function<SegmentationRun, String> value,
                                                                  double width) {
        return runColumn(title, value, width, false);
    }

    private static TableColumn<SegmentationRun, String> runColumn(String title,
                                                                  Function<SegmentationRun, String> value,
                                                                  double width, boolean numeric) {
        TableColumn<SegmentationRun, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        if (numeric) {
            c.getStyleClass().add("numeric");
        }
        return c;
    }

    private void showAriMatrix(SegmentViewModel.AriMatrix m) {
        ariGrid.getChildren().clear();
        if (m == null) {
            return;
        }
        List<SegmentationRun> runs = m.runs();
        for (int i = 0; i < runs.size(); i++) {
            Label rowHead = new Label(runs.get(i).label());
            rowHead.getStyleClass().add("ari-head");
            rowHead.setTooltip(new Tooltip(runs.get(i).toString()));
            ariGrid.add(rowHead, 0, i + 1);
            Label colHead = new Label(runs.get(i).label());
            colHead.getStyleClass().add("ari-head");
            colHead.setTooltip(new Tooltip(runs.get(i).toString()));
            ariGrid.add(colHead, i + 1, 0);
            for (int j = 0; j < runs.size(); j++) {
                double v = m.values()[i][j];
                Label cell = new Label(String.format(Locale.ROOT, "%.2f", v));
                cell.getStyleClass().add("ari-cell");
                Color c = DivergingScale.DIFFERENCE.color(2 * Math.max(-1, Math.min(1, v)));
                cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgb(%d,%d,%d);%s",
                        Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255),
                        v >= 0.65 ? " -fx-text-fill: white;" : ""));
                cell.setTooltip(new Tooltip(runs.get(i).label() + " and " + runs.get(j).label() + ": adjusted Rand "
                        + "index " + String.format(Locale.ROOT, "%.3f", v)));
                ariGrid.add(cell, j + 1, i + 1);
            }
        }
    }

    @FXML
    private void makeCurrent() {
        vm.makeCurrent(runsTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void compareAll() {
        vm.compareAll();
    }

    private void bindResult() {
        resultPane.visibleProperty().bind(vm.resultProperty().isNotNull());
        segmentsEmpty.visibleProperty().bind(vm.resultProperty().isNull());
        xChoice.setItems(visuals.axisChoices());
        yChoice.setItems(visuals.axisChoices());
        xChoice.valueProperty().bindBidirectional(visuals.xAxisProperty());
        yChoice.valueProperty().bindBidirectional(visuals.yAxisProperty());
        summaryLabel.textProperty().bind(vm.summaryProperty());
        scatter.dataProperty().bind(visuals.scatterProperty());
        scatter.emptyTextProperty().set("Choose two numeric columns or components for the axes.");
        scatter.selectionProperty().bindBidirectional(visuals.selectionProperty());
        scatter.hiddenSegmentsProperty().bind(visuals.hiddenSegmentsProperty());
        scatter.setRowDescriber(visuals::describe);
        legend.hiddenSegmentsProperty().bindBidirectional(visuals.hiddenSegmentsProperty());
        legendLabels = vm.legendBinding();
        legendLabels.subscribe(legend::setEntries);
        for (Label l : List.of(noiseLegend, cloudNoiseLegend)) {
            l.textProperty().bind(vm.noiseLegendProperty());
            Circle swatch = new Circle(6, SegmentPalette.UNSEGMENTED);
            swatch.getStyleClass().add("segment-swatch");
            l.setGraphic(swatch);
            l.setGraphicTextGap(6);
            l.setTooltip(new Tooltip("DBSCAN's noise: customers in no dense group, drawn in grey"));
            show(l, vm.noiseLegendProperty().isNotEmpty());
        }

        ToggleGroup modes = new ToggleGroup();
        panMode.setToggleGroup(modes);
        boxMode.setToggleGroup(modes);
        lassoMode.setToggleGroup(modes);
        panMode.setUserData(ScatterCanvas.Mode.PAN);
        boxMode.setUserData(ScatterCanvas.Mode.BOX);
        lassoMode.setUserData(ScatterCanvas.Mode.LASSO);
        panMode.setTooltip(new Tooltip("Drag to pan (Shift-drag selects a box). Wheel zooms, double click resets."));
        boxMode.setTooltip(new Tooltip("Drag a box to select customers (Shift adds to the selection)"));
        lassoMode.setTooltip(new Tooltip("Draw around customers to select them (Shift adds to the selection)"));
        modes.selectToggle(panMode);
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                modes.selectToggle(was);
            } else {
                scatter.modeProperty().set((ScatterCanvas.Mode) now.getUserData());
            }
        });

        selectionTable.setItems(visuals.selectedRows());
        Label none = new Label("Click a customer, drag a box or draw a lasso in a chart to list customers here.");
        none.getStyleClass().addAll("text-muted", "text-small");
        selectionTable.setPlaceholder(none);
        selectionLabel2.textProperty().bind(visuals.selectionTextProperty());
        exportSelectionButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(visuals.selectedRows()));
        clearSelectionButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(visuals.selectedRows()));
        vm.segmentNames().addListener((javafx.collections.ListChangeListener<String>) c -> selectionTable.refresh());
        vm.resultProperty().subscribe(r -> {
            buildSelectionColumns(r);
            if (r != null) {
                tabs.getSelectionModel().select(segmentsTab);
            }
        });
    }

    /** Row, segment, segment name, then every column of the table. */
    private void buildSelectionColumns(SegmentationResult r) {
        selectionTable.getColumns().clear();
        if (r == null) {
            return;
        }
        TableColumn<Integer, Number> row = new TableColumn<>("Row");
        row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() + 1));
        row.setPrefWidth(64);
        row.getStyleClass().add("numeric");
        TableColumn<Integer, Number> segment = new TableColumn<>("Segment");
        segment.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(visuals.segmentOf(c.getValue()) + 1));
        segment.setCellFactory(c -> new SwatchCell());
        segment.setPrefWidth(90);
        TableColumn<Integer, String> name = new TableColumn<>("Segment name");
        name.setCellValueFactory(c -> {
            int s = visuals.segmentOf(c.getValue());
            return new ReadOnlyStringWrapper(s >= 0 && s < vm.segmentNames().size() ? vm.segmentNames().get(s)
                    : s == SegmentationResult.NOISE ? SegmentationResult.NOISE_NAME : "");
        });
        name.setPrefWidth(220);
        selectionTable.getColumns().addAll(List.of(row, segment, name));
        if (r.mixture().isPresent()) {
            TableColumn<Integer, String> probability = new TableColumn<>("Probability");
            probability.setCellValueFactory(c -> {
                double p = visuals.probability(c.getValue());
                return new ReadOnlyStringWrapper(Double.isNaN(p) ? "" : String.format(Locale.ROOT, "%.3f", p));
            });
            probability.setPrefWidth(110);
            probability.getStyleClass().add("numeric");
            selectionTable.getColumns().add(probability);
        }
        List<String> columns = visuals.columnNames();
        for (int j = 0; j < columns.size(); j++) {
            int col = j;
            TableColumn<Integer, String> c = new TableColumn<>(columns.get(j));
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(visuals.cell(cell.getValue(), col)));
            c.setPrefWidth(Math.max(90, 9 * columns.get(j).length() + 24));
            if (visuals.isNumeric(col)) {
                c.getStyleClass().add("numeric");
            }
            selectionTable.getColumns().add(c);
        }
        selectionTable.getColumns().forEach(c -> c.setSortable(false));
    }

    /** The segment number with its palette colour. */
    private static final class SwatchCell extends TableCell<Integer, Number> {
        @Override
        protected void updateItem(Number n, boolean empty) {
            super.updateItem(n, empty);
            if (empty || n == null || n.intValue() <= 0) {
                setText(empty ? null : "–");
                setGraphic(null);
                return;
            }
            Circle swatch = new Circle(6, SegmentPalette.color(n.intValue() - 1));
            swatch.getStyleClass().add("segment-swatch");
            setGraphic(swatch);
            setGraphicTextGap(8);
            setText(Integer.toString(n.intValue()));
        }
    }

    private void bindCloud() {
        cloudPane.visibleProperty().bind(vm.resultProperty().isNotNull());
        cloudEmpty.visibleProperty().bind(vm.resultProperty().isNull());
        x3Choice.setItems(visuals.axisChoices());
        y3Choice.setItems(visuals.axisChoices());
        z3Choice.setItems(visuals.axisChoices());
        x3Choice.valueProperty().bindBidirectional(visuals.axis3XProperty());
        y3Choice.valueProperty().bindBidirectional(visuals.axis3YProperty());
        z3Choice.valueProperty().bindBidirectional(visuals.axis3ZProperty());
        cloud.dataProperty().bind(visuals.cloudProperty());
        cloud.selectionProperty().bindBidirectional(visuals.selectionProperty());
        cloud.hiddenSegmentsProperty().bind(visuals.hiddenSegmentsProperty());
        cloud.setRowDescriber(visuals::describe);
        cloudLegend.hiddenSegmentsProperty().bindBidirectional(visuals.hiddenSegmentsProperty());
        legendLabels.subscribe(cloudLegend::setEntries);
        String hint = cloud.is3d()
                ? "Drag to rotate, right-drag or Shift-drag to pan, wheel to zoom, double click to reset. Point at a "
                + "customer to see it; click to select it."
                : "";
        cloudNote.textProperty().bind(cloud.noteProperty().map(n -> n.isEmpty() ? hint : n + ". " + hint));
        cloudNote.visibleProperty().bind(cloudNote.textProperty().isNotEmpty());
        cloudNote.managedProperty().bind(cloudNote.visibleProperty());
    }

    private void bindSilhouette() {
        silhouettePane.visibleProperty().bind(visuals.silhouetteProperty().isNotNull());
        silhouetteEmpty.visibleProperty().bind(visuals.silhouetteProperty().isNull());
        silhouettePlot.dataProperty().bind(visuals.silhouetteProperty());
        silhouettePlot.namesProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> List.copyOf(vm.segmentNames()), vm.segmentNames()));
        silhouettePlot.selectionProperty().bindBidirectional(visuals.selectionProperty());
        silhouetteSelection.textProperty().bind(visuals.selectionTextProperty());
        silhouetteEmptyTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var r = vm.resultProperty().get();
            return r == null ? "No segments yet" : r.k() < 2 ? "One segment has no silhouettes"
                    : visuals.silhouetteRunningProperty().get() ? "Computing each customer's silhouette…"
                    : "Silhouettes not computed";
        }, vm.resultProperty(), visuals.silhouetteRunningProperty()));
        // after a cancel (or when other work took the runner) the user starts them again here
        silhouetteComputeButton.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.resultProperty().get() != null && vm.resultProperty().get().k() >= 2
                        && !visuals.silhouetteRunningProperty().get(),
                vm.resultProperty(), visuals.silhouetteRunningProperty()));
        silhouetteComputeButton.managedProperty().bind(silhouetteComputeButton.visibleProperty());
        silhouetteComputeButton.setOnAction(e -> visuals.loadSilhouettes());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == silhouetteTab) {
                visuals.loadSilhouettes();
            }
        });
        vm.resultProperty().addListener((o, was, now) -> {
            if (now != null && tabs.getSelectionModel().getSelectedItem() == silhouetteTab) {
                visuals.loadSilhouettes();
            }
        });
    }

    @FXML
    private void selectNegative() {
        silhouettePlot.selectNegative();
    }

    private void bindPca() {
        pcaPane.visibleProperty().bind(visuals.pcaProperty().isNotNull());
        pcaEmpty.visibleProperty().bind(visuals.pcaProperty().isNull());
        scree.pcaProperty().bind(visuals.pcaProperty());
        loadingsTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        visuals.pcaProperty().subscribe(this::showLoadings);
        // side by side where both halves fit, the loadings under the scree chart in a narrow window
        Region tab = (Region) pcaPane.getParent();
        tab.widthProperty().subscribe(w -> pcaPane.setOrientation(w.doubleValue() < PCA_SIDE_BY_SIDE_MIN
                ? Orientation.VERTICAL : Orientation.HORIZONTAL));
    }

    private void showLoadings(PcaResult pca) {
        loadingsTable.getColumns().clear();
        if (pca == null) {
            loadingsTable.getItems().clear();
            pcaSummary.setText("");
            return;
        }
        int d = pca.dimensions();
        double[] cum = pca.cumulativeRatio();
        pcaSummary.setText(d == 1 ? "One feature: one component." : String.format(Locale.ROOT,
                "%d prepared features. PC1 explains %.1f%% of the variance%s.", d,
                100 * pca.explainedVarianceRatio()[0], d >= 2 ? String.format(Locale.ROOT,
                        ", PC1 and PC2 together %.1f%%%s", 100 * cum[1], d >= 3 ? String.format(Locale.ROOT,
                                ", the first three %.1f%%", 100 * cum[2]) : "") : ""));
        TableColumn<Integer, String> feature = new TableColumn<>("Feature");
        feature.setCellValueFactory(c -> new ReadOnlyStringWrapper(pca.featureNames().get(c.getValue())));
        feature.setPrefWidth(180);
        feature.setSortable(false);
        loadingsTable.getColumns().add(feature);
        for (int c = 0; c < d; c++) {
            int comp = c;
            TableColumn<Integer, Number> col = new TableColumn<>(PcaResult.componentName(c));
            col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(pca.loading(comp, cell.getValue())));
            col.setCellFactory(x -> new LoadingCell());
            col.setPrefWidth(70);
            col.setSortable(false);
            col.getStyleClass().add("numeric");
            loadingsTable.getColumns().add(col);
        }
        List<Integer> rows = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            rows.add(j);
        }
        loadingsTable.getItems().setAll(rows);
    }

    /** A loading, coloured by sign and strength like the profile heat map. */
    private static final class LoadingCell extends TableCell<Integer, Number> {
        @Override
        protected void updateItem(Number v, boolean empty) {
            super.updateItem(v, empty);
            if (empty || v == null) {
                setText(null);
                setStyle(null);
                return;
            }
            double w = v.doubleValue();
            setText(String.format(Locale.ROOT, "%.3f", w));
            Color c = DivergingScale.DIFFERENCE.color(2 * w);
            setStyle(String.format(Locale.ROOT, "-fx-background-color: rgb(%d,%d,%d);%s",
                    Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255),
                    Math.abs(w) >= 0.65 ? " -fx-text-fill: white; -fx-font-weight: bold;" : ""));
        }
    }

    private void bindExports() {
        addExport(scatterExportHolder, scatter, () -> chartName("scatter " + visuals.xAxisProperty().get() + " vs "
                + visuals.yAxisProperty().get()));
        addExport(cloudExportHolder, cloud, () -> chartName("3D scatter"));
        addExport(silhouetteExportHolder, silhouettePlot, () -> chartName("silhouettes"));
        addExport(screeExportHolder, scree, () -> chartName("PCA scree"));
        charts.install(elbowChart, () -> chartName("elbow"));
        charts.install(silhouetteChart, () -> chartName("silhouette by k"));
        charts.install(bicChart, () -> chartName("BIC by k"));
        charts.install(aicChart, () -> chartName("AIC by k"));
        addExport(kDistanceExportHolder, kDistanceChart, () -> chartName("k-distance"));
        addExport(dendrogramExportHolder, dendrogram, () -> chartName("dendrogram"));
    }

    private void addExport(StackPane holder, Region chart, Supplier<String> name) {
        MenuButton button = charts.button(chart, name);
        button.setGraphic(new FontIcon("mdi2e-export-variant"));
        button.getStyleClass().add("small");
        button.setMinWidth(Region.USE_PREF_SIZE);
        holder.getChildren().setAll(button);
        charts.install(chart, name);
    }

    private String chartName(String chart) {
        var d = vm.resultData();
        String base = d == null ? "segments" : d.name().replaceFirst("(?i)\\.(csv|tsv|txt)$", "");
        return base + " " + chart;
    }

    @FXML
    private void resetView() {
        scatter.resetView();
    }

    @FXML
    private void resetCloud() {
        cloud.resetView();
    }

    @FXML
    private void clearSelection() {
        visuals.selectionProperty().set(RowSet.EMPTY);
    }

    @FXML
    private void exportSelection() {
        Path target = csvTarget.apply(visuals.suggestedSelectionName());
        if (target != null) {
            visuals.exportSelection(target);
        }
    }

    /** Shows a tab by its title ("Choose k", "Segments 2D", "3D", "Silhouette", "PCA"). */
    public void showTab(String title) {
        tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Shows the Choose k tab (used when Find k is started from the toolbar). */
    public void showSweepTab() {
        tabs.getSelectionModel().select(sweepTab);
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
    public void tableText(javafx.beans.value.ObservableValue<String> text) {
        tableLabel.textProperty().bind(text);
    }

    /** Disables the run buttons while work runs. */
    public void busy(javafx.beans.value.ObservableValue<Boolean> running) {
        findKButton.disableProperty().bind(running);
        segmentButton.disableProperty().bind(running);
        busy.bind(running);
    }

    /** Binds the line saying how the features are prepared (the Prepare step's choices); called by the main view. */
    public void preparationText(javafx.beans.value.ObservableValue<String> text) {
        prepLabel.textProperty().bind(text);
    }
}
