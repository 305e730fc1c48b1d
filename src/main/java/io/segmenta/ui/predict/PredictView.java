package io.segmenta.ui.predict;

import io.segmenta.core.chart.SegmentPalette;
import io.segmenta.core.model.InputCheck;
import io.segmenta.core.model.ModelSegment;
import io.segmenta.core.model.Prediction;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.core.text.Texts;
import io.segmenta.ui.Fxml;
import io.segmenta.ui.charts.FxColors;
import io.segmenta.ui.charts.ScatterCanvas;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Predict step's view, bound to {@link PredictViewModel}; the form is generated from the model's inputs. */
public final class PredictView {
    private static final double BAR_WIDTH = 90;

    private final PredictViewModel vm;
    private final OneCustomerViewModel customer;
    private final CustomerFileViewModel file;
    private final PredictDialogs dialogs;

    @FXML private VBox contentBox;
    @FXML private VBox emptyBox;
    @FXML private Label sourceLabel;
    @FXML private Label summaryLabel;
    @FXML private VBox notesBox;
    @FXML private Label serveHint;
    @FXML private TextField serveCommand;
    @FXML private Button openModelButton;
    @FXML private Button useCurrentButton;
    @FXML private Button saveModelButton;
    @FXML private Button emptyUseButton;
    @FXML private TabPane tabs;
    @FXML private Tab customerTab;
    @FXML private Tab fileTab;
    @FXML private GridPane form;
    @FXML private Button predictButton;
    @FXML private Button exampleButton;
    @FXML private Label placeholderLabel;
    @FXML private Label errorLabel;
    @FXML private VBox resultBox;
    @FXML private VBox detailsBox;
    @FXML private Rectangle swatch;
    @FXML private Label segmentLabel;
    @FXML private Label segmentLine;
    @FXML private Label descriptionLabel;
    @FXML private Label typicalityLabel;
    @FXML private Label chartTitle;
    @FXML private VBox bars;
    @FXML private VBox warningsBox;
    @FXML private VBox plotPane;
    @FXML private ComboBox<String> xAxisBox;
    @FXML private ComboBox<String> yAxisBox;
    @FXML private ScatterCanvas scatter;
    @FXML private Label plotNoteLabel;
    @FXML private Button batchButton;
    @FXML private ProgressBar batchProgress;
    @FXML private Button batchCancel;
    @FXML private Label batchLabel;
    @FXML private GridPane countsGrid;
    @FXML private Label errorsTitle;
    @FXML private ListView<String> errorsList;

    public PredictView(PredictViewModel vm, PredictDialogs dialogs) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.customer = vm.customer();
        this.file = vm.file();
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    public Parent load() {
        Parent root = Fxml.load(this);
        root.getStylesheets().add(Objects.requireNonNull(PredictView.class.getResource("predict.css"))
                .toExternalForm());
        return root;
    }

    /** A zero-width space: where a line may break, drawn as nothing. */
    private static final char BREAK = '\u200B';

    @FXML
    private void initialize() {
        var hasModel = vm.modelProperty().isNotNull();
        contentBox.visibleProperty().bind(hasModel);
        emptyBox.visibleProperty().bind(hasModel.not());
        sourceLabel.textProperty().bind(vm.modelSourceProperty());
        summaryLabel.textProperty().bind(vm.modelSummaryProperty());
        serveHint.textProperty().bind(vm.serveHintProperty());
        serveCommand.textProperty().bind(vm.serveCommandProperty());
        serveHint.visibleProperty().bind(vm.modelProperty().isNotNull());
        serveHint.managedProperty().bind(serveHint.visibleProperty());
        serveCommand.visibleProperty().bind(serveHint.visibleProperty());
        serveCommand.managedProperty().bind(serveHint.visibleProperty());
        vm.modelNotes().subscribe(() -> notesBox.getChildren().setAll(vm.modelNotes().stream().map(n -> {
            Label l = new Label(n);
            l.getStyleClass().add("model-note");
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            return l;
        }).toList()));
        var running = vm.runner().runningProperty();
        var noSegmentation = vm.canSaveBinding().not();
        saveModelButton.disableProperty().bind(noSegmentation);
        useCurrentButton.disableProperty().bind(noSegmentation);
        emptyUseButton.disableProperty().bind(noSegmentation);
        openModelButton.disableProperty().bind(file.batchRunningProperty());
        saveModelButton.setTooltip(new Tooltip("Save the current segmentation as a model file (JSON)"));
        useCurrentButton.setTooltip(new Tooltip("Predict with the segmentation of the Segment step, with your "
                + "segment names"));
        predictButton.disableProperty().bind(hasModel.not());
        exampleButton.setTooltip(new Tooltip("Fill in a typical customer of the largest segment and predict"));

        buildForm();
        customer.fields().addListener((ListChangeListener<InputField>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= !c.wasUpdated();
            }
            if (structural) {
                buildForm();
            }
        });
        customer.predictionProperty().subscribe(p -> showPrediction());
        customer.predictionErrorProperty().subscribe(e -> showPrediction());

        xAxisBox.setItems(vm.plotAxes());
        yAxisBox.setItems(vm.plotAxes());
        xAxisBox.valueProperty().bindBidirectional(vm.plotXProperty());
        yAxisBox.valueProperty().bindBidirectional(vm.plotYProperty());
        scatter.dataProperty().bind(vm.plotProperty());
        scatter.highlightProperty().bind(vm.highlightProperty());
        plotNoteLabel.textProperty().bind(vm.plotNoteProperty());
        plotPane.visibleProperty().bind(vm.plotProperty().isNotNull());
        plotPane.managedProperty().bind(plotPane.visibleProperty());

        batchButton.disableProperty().bind(running.or(hasModel.not()));
        batchProgress.visibleProperty().bind(file.batchRunningProperty());
        batchProgress.managedProperty().bind(batchProgress.visibleProperty());
        batchProgress.progressProperty().bind(vm.runner().progressProperty());
        batchCancel.visibleProperty().bind(file.batchRunningProperty());
        batchCancel.managedProperty().bind(batchCancel.visibleProperty());
        batchLabel.textProperty().bind(file.batchTextProperty());
        file.batchCounts().subscribe(this::showCounts);
        errorsList.setItems(file.batchErrors());
        var noErrors = Bindings.isEmpty(file.batchErrors());
        errorsList.visibleProperty().bind(noErrors.not());
        errorsList.managedProperty().bind(errorsList.visibleProperty());
        errorsTitle.visibleProperty().bind(errorsList.visibleProperty());
        errorsTitle.managedProperty().bind(errorsTitle.visibleProperty());
    }

    /** Rebuilds the form: per input a label, a text field or a choice box with the hint, and a message line. */
    private void buildForm() {
        form.getChildren().clear();
        int row = 0;
        for (InputField f : customer.fields()) {
            Label label = new Label(wrappable(f.label()));
            label.getStyleClass().add("field-label");
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            Control input = f.isChoice() ? choiceBox(f) : textField(f);
            input.setId("field-" + f.label().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT));
            input.setAccessibleText(f.label() + ", " + f.hint());
            label.setLabelFor(input);
            Label message = new Label();
            message.getStyleClass().add("field-message");
            message.setWrapText(true);
            message.setMinHeight(Region.USE_PREF_SIZE);
            Runnable update = () -> showCheck(f, input, message);
            f.checkProperty().subscribe(c -> update.run());
            f.touchedProperty().subscribe(t -> update.run());
            form.add(label, 0, row);
            form.add(input, 1, row);
            form.add(message, 1, row + 1);
            GridPane.setFillWidth(input, true);
            row += 2;
        }
    }

    /**
     * {@code name} with invisible break opportunities (zero-width spaces) after each "_" or "." and
     * between a lower-case letter and a capital, so that a long column name wraps between its words
     * (PURCHASES_ | INSTALLMENTS_ | FREQUENCY, Num | Catalog | Purchases) and never inside one.
     */
    static String wrappable(String name) {
        StringBuilder b = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1))) {
                b.append(BREAK);
            }
            b.append(c);
            if ((c == '_' || c == '.') && i + 1 < name.length()) {
                b.append(BREAK);
            }
        }
        return b.toString();
    }

    private TextField textField(InputField f) {
        TextField t = new TextField();
        t.setPromptText(f.isDate() ? "yyyy-mm-dd · " + f.hint() : f.hint());
        t.textProperty().bindBidirectional(f.textProperty());
        t.setTooltip(new Tooltip(f.label() + ": " + f.hint()));
        t.setMaxWidth(Double.MAX_VALUE);
        return t;
    }

    private ComboBox<String> choiceBox(InputField f) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(f.choices());
        box.setPromptText("Choose: " + f.hint());
        box.setButtonCell(new LevelCell());
        box.setCellFactory(l -> new LevelCell());
        // no value (null) shows the prompt; the field's text is "" then, which the model reads as missing
        box.setValue(f.text().isEmpty() ? null : f.text());
        box.valueProperty().addListener((o, was, now) -> f.setText(now == null ? "" : now));
        f.textProperty().addListener((o, was, now) -> {
            String value = now.isEmpty() ? null : now;
            if (!Objects.equals(box.getValue(), value)) {
                box.setValue(value);
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** Shows the missing choice as "(missing)". */
    private static final class LevelCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.isEmpty() ? "(missing)" : item);
        }
    }

    private static void showCheck(InputField f, Control input, Label message) {
        InputCheck c = f.check();
        input.getStyleClass().removeAll("invalid", "unusual");
        message.getStyleClass().removeAll("error", "warning");
        if (c == null || c.message().isEmpty() || c.isError() && !f.touchedProperty().get()) {
            message.setText("");
            return;
        }
        message.setText(c.message());
        input.getStyleClass().add(c.isError() ? "invalid" : "unusual");
        message.getStyleClass().add(c.isError() ? "error" : "warning");
    }

    private void showPrediction() {
        Prediction p = customer.prediction();
        SegmentModel m = vm.model();
        String error = customer.predictionErrorProperty().get();
        errorLabel.setText(error == null ? "" : error);
        errorLabel.setVisible(error != null);
        errorLabel.setManaged(error != null);
        boolean shown = p != null && m != null;
        resultBox.setVisible(shown);
        resultBox.setManaged(shown);
        detailsBox.setVisible(shown);
        detailsBox.setManaged(shown);
        placeholderLabel.setVisible(!shown && error == null);
        placeholderLabel.setManaged(placeholderLabel.isVisible());
        if (!shown) {
            bars.getChildren().clear();
            warningsBox.getChildren().clear();
            return;
        }
        Color colour = FxColors.fx(SegmentPalette.color(p.colour()));
        swatch.setFill(colour);
        segmentLabel.setText(p.name());
        segmentLine.setText(OneCustomerViewModel.segmentLine(m, p));
        descriptionLabel.setText(p.isNoise() ? "" : m.segments().get(p.segment()).description());
        typicalityLabel.setText(OneCustomerViewModel.typicality(p));
        boolean probabilities = m.hasProbabilities();
        chartTitle.setText(probabilities ? "Membership probability of each segment"
                : "Distance to each segment's centre");
        double max = 0;
        for (double v : probabilities ? p.probabilities() : p.distances()) {
            max = Math.max(max, v);
        }
        bars.getChildren().clear();
        for (ModelSegment s : m.segments()) {
            double v = probabilities ? p.probabilities()[s.id()] : p.distances()[s.id()];
            bars.getChildren().add(bar(s, v, probabilities ? 1 : max, probabilities, s.id() == p.segment()));
        }
        warningsBox.getChildren().clear();
        for (String w : p.warnings()) {
            FontIcon icon = new FontIcon("mdi2a-alert-outline");
            Label l = new Label(w, icon);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            warningsBox.getChildren().add(l);
        }
    }

    private static HBox bar(ModelSegment s, double value, double max, boolean probability, boolean own) {
        Rectangle dot = new Rectangle(10, 10, FxColors.fx(SegmentPalette.color(s.colour())));
        Label name = new Label(s.number() + " · " + s.name());
        name.getStyleClass().add("bar-name");
        name.setPrefWidth(160);
        name.setMinWidth(80);
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        name.setTooltip(new Tooltip(s.number() + " · " + s.name()));
        Region fill = new Region();
        fill.getStyleClass().add("bar-fill");
        fill.setStyle("-fx-background-color: " + SegmentPalette.hex(s.colour()) + ";");
        double ratio = max > 0 ? Math.max(0, Math.min(1, value / max)) : 0;
        fill.setPrefHeight(12);
        StackPane track = new StackPane(fill);
        fill.setMinWidth(0);
        fill.prefWidthProperty().bind(track.widthProperty().multiply(ratio));
        fill.maxWidthProperty().bind(track.widthProperty().multiply(ratio));
        track.getStyleClass().add("bar-track");
        track.setAlignment(Pos.CENTER_LEFT);
        track.setMinWidth(BAR_WIDTH / 2);
        track.setPrefWidth(BAR_WIDTH);
        track.setMaxWidth(BAR_WIDTH);
        track.setMaxHeight(12);
        Label number = new Label(probability ? Texts.percentOneDecimal(value)
                : String.format(Locale.ROOT, "%.3f", value));
        number.getStyleClass().add("bar-value");
        number.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, dot, name, track, number);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("segment-bar");
        if (own) {
            row.getStyleClass().add("bar-own");
        }
        HBox.setHgrow(name, Priority.ALWAYS);
        return row;
    }

    /** The latest batch's customers per segment: swatch, name, count, share. */
    private void showCounts() {
        countsGrid.getChildren().clear();
        int row = 0;
        for (CustomerFileViewModel.SegmentCount c : file.batchCounts()) {
            Rectangle dot = new Rectangle(10, 10, FxColors.fx(SegmentPalette.color(c.colour())));
            Label name = new Label(c.label());
            Label count = new Label(io.segmenta.ui.Formats.count(c.count()));
            count.getStyleClass().add("count");
            Label share = new Label(io.segmenta.ui.Formats.percent(c.share()));
            share.getStyleClass().add("text-muted");
            countsGrid.addRow(row++, dot, name, count, share);
        }
    }

    @FXML
    private void predict() {
        customer.predict();
    }

    @FXML
    private void example() {
        customer.fillExample();
        customer.predict();
    }

    @FXML
    private void clear() {
        customer.clearForm();
        if (!form.getChildren().isEmpty()) {
            form.getChildren().get(1).requestFocus();
        }
    }

    @FXML
    private void openModel() {
        Path p = dialogs.chooseModelToOpen();
        if (p != null) {
            vm.openModel(p);
        }
    }

    @FXML
    private void useCurrent() {
        vm.useCurrentSegmentation();
    }

    @FXML
    private void saveModel() {
        Path p = dialogs.chooseModelTarget(vm.suggestedModelName());
        if (p != null) {
            vm.saveModel(p);
        }
    }

    @FXML
    private void predictFile() {
        Path in = dialogs.chooseCustomersToOpen();
        if (in == null) {
            return;
        }
        Path out = dialogs.chooseResultTarget(CustomerFileViewModel.suggestedOutputName(in));
        if (out != null) {
            file.predictFile(in, out);
        }
    }

    @FXML
    private void cancelBatch() {
        file.cancel();
    }

    /** Shows the file tab (e.g. after File > Predict a file). */
    public void showFileTab() {
        tabs.getSelectionModel().select(fileTab);
    }

    /** Shows the one-customer tab. */
    public void showCustomerTab() {
        tabs.getSelectionModel().select(customerTab);
    }
}
