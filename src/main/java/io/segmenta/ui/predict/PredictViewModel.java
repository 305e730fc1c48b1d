package io.segmenta.ui.predict;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.model.BatchPredictor;
import io.segmenta.core.model.BatchSummary;
import io.segmenta.core.model.ModelBuilder;
import io.segmenta.core.model.ModelFile;
import io.segmenta.core.model.ModelSegment;
import io.segmenta.core.model.Prediction;
import io.segmenta.core.model.RowError;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.ui.Formats;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.data.DataViewModel;
import io.segmenta.ui.segment.SegmentViewModel;
import io.segmenta.ui.task.TaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import io.segmenta.ui.charts.ScatterCanvas;
import io.segmenta.ui.charts.ScatterData;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Predict step: a segmentation model (opened from a file, or made from the current
 * segmentation), a form generated from its inputs that places one new customer, and batch
 * placement of a CSV file. Reading, building and writing models and whole files run in the
 * background; placing one customer is immediate.
 */
public final class PredictViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final TaskRunner runner;
    private final NoticeBoard notices;
    private final DataViewModel data;
    private final SegmentViewModel segment;
    private final String version;

    private final ReadOnlyObjectWrapper<SegmentModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyStringWrapper modelSource = new ReadOnlyStringWrapper(this, "modelSource", "");
    private final ReadOnlyStringWrapper modelSummary = new ReadOnlyStringWrapper(this, "modelSummary", "");
    private final ObservableList<String> modelNotes = FXCollections.observableArrayList();
    private final ObservableList<InputField> fields = FXCollections.observableArrayList(
            f -> new Observable[] {f.checkProperty(), f.textProperty()});
    private final ReadOnlyObjectWrapper<Prediction> prediction = new ReadOnlyObjectWrapper<>(this, "prediction");
    private final ReadOnlyStringWrapper predictionError = new ReadOnlyStringWrapper(this, "predictionError");
    private final ReadOnlyObjectWrapper<BatchSummary> batch = new ReadOnlyObjectWrapper<>(this, "batch");
    private final ReadOnlyStringWrapper batchText = new ReadOnlyStringWrapper(this, "batchText", "");
    private final ObservableList<String> batchErrors = FXCollections.observableArrayList();
    private final ObservableList<SegmentCount> batchCounts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper batchRunning = new ReadOnlyBooleanWrapper(this, "batchRunning", false);
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final ObservableList<String> plotAxes = FXCollections.observableArrayList();
    private final ObjectProperty<String> plotX = new SimpleObjectProperty<>(this, "plotX");
    private final ObjectProperty<String> plotY = new SimpleObjectProperty<>(this, "plotY");
    private final ReadOnlyObjectWrapper<ScatterData> plot = new ReadOnlyObjectWrapper<>(this, "plot");
    private final ReadOnlyObjectWrapper<ScatterCanvas.Highlight> highlight =
            new ReadOnlyObjectWrapper<>(this, "highlight");
    private final ReadOnlyStringWrapper plotNote = new ReadOnlyStringWrapper(this, "plotNote", "");
    /** The segment of each row of {@link #groupsTable} as {@link #groupsModel} places it; null until known. */
    private int[] groups;
    private Dataset groupsTable;
    private SegmentModel groupsModel;
    private final BooleanBinding canPredict;
    private final BooleanBinding canSave;
    /** The model in use was made from the current segmentation (and the segmentation changed since, when stale). */
    private boolean fromCurrent;
    private boolean stale;

    /**
     * @param version the Segmenta version recorded in saved models
     */
    public PredictViewModel(TaskRunner runner, NoticeBoard notices, DataViewModel data, SegmentViewModel segment,
                            String version) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.data = Objects.requireNonNull(data, "data");
        this.segment = Objects.requireNonNull(segment, "segment");
        this.version = Objects.requireNonNull(version, "version");
        canPredict = Bindings.createBooleanBinding(() -> model.get() != null
                && fields.stream().noneMatch(f -> f.check().isError()), model, fields);
        canSave = segment.resultProperty().isNotNull().and(runner.runningProperty().not());
        segment.resultProperty().subscribe(r -> segmentationChanged());
        segment.segmentNames().addListener((javafx.collections.ListChangeListener<String>) c -> segmentationChanged());
        segment.descriptions().addListener((javafx.collections.ListChangeListener<String>) c -> segmentationChanged());
        active.subscribe(a -> {
            if (a) {
                refreshFromCurrent();
            }
        });
        fields.addListener((javafx.collections.ListChangeListener<InputField>) c -> {
            prediction.set(null);
            predictionError.set(null);
        });
        data.datasetProperty().subscribe(d -> refreshPlot());
        plotX.addListener((o, a, b) -> refreshPlot());
        plotY.addListener((o, a, b) -> refreshPlot());
        prediction.addListener((o, a, b) -> refreshHighlight());
    }

    // ---- the model ------------------------------------------------------------------------------

    private void segmentationChanged() {
        if (fromCurrent) {
            stale = true;
        }
        if (active.get()) {
            refreshFromCurrent();
        }
    }

    /** With the step on show: use the current segmentation when there is no model yet, or when it changed. */
    private void refreshFromCurrent() {
        if (segment.result() == null || runner.isRunning()) {
            return;
        }
        if (model.get() == null || fromCurrent && stale) {
            useCurrentSegmentation();
        }
    }

    /** Makes a model of the current segmentation (with the analyst's names) and uses it, in the background. */
    public void useCurrentSegmentation() {
        SegmentationResult r = segment.result();
        Dataset d = segment.resultData();
        if (r == null || d == null) {
            notices.error("There is no segmentation yet. Segment the customers first, or open a model file.");
            return;
        }
        List<String> names = List.copyOf(segment.segmentNames());
        List<String> descriptions = List.copyOf(segment.descriptions());
        runner.run("Making the model", (progress, cancel) -> ModelBuilder.build(d, r, names, descriptions,
                        Instant.now(), version),
                m -> {
                    if (segment.result() != r) {
                        return;
                    }
                    use(m, "Current segmentation of " + d.name(), true);
                }, notices::error);
    }

    /** Reads a model file in the background and uses it. */
    public void openModel(Path file) {
        Path p = file.toAbsolutePath().normalize();
        runner.run("Opening " + p.getFileName(), (progress, cancel) -> ModelFile.read(p), m -> {
            notices.clear();
            runner.announce("Opened the model " + p.getFileName());
            use(m, "Model file " + p.getFileName() + " (" + parentOf(p) + ")", false);
        }, notices::error);
    }

    /** Saves the current segmentation (with the analyst's names) as a model file, in the background. */
    public void saveModel(Path file) {
        SegmentationResult r = segment.result();
        Dataset d = segment.resultData();
        if (r == null || d == null) {
            notices.error("There is no segmentation to save yet. Segment the customers first.");
            return;
        }
        Path target = file.toAbsolutePath().normalize();
        List<String> names = List.copyOf(segment.segmentNames());
        List<String> descriptions = List.copyOf(segment.descriptions());
        runner.run("Saving the model", (progress, cancel) -> {
            SegmentModel m = ModelBuilder.build(d, r, names, descriptions, Instant.now(), version);
            ModelFile.write(m, target);
            return m;
        }, m -> {
            notices.success("Saved the model to " + target + ". It places new customers here (Predict) and with "
                    + "'segmenta predict --model " + target.getFileName() + "'.");
            runner.announce("Saved the model " + target.getFileName());
            if (model.get() == null || fromCurrent) {
                use(m, "Current segmentation of " + d.name() + ", saved as " + target.getFileName(), true);
            }
        }, notices::error);
    }

    /** A file name for the save dialog: "Mall_Customers-model.json". */
    public String suggestedModelName() {
        Dataset d = data.dataset();
        String base = d == null ? "segments" : d.name().replaceFirst("(?i)\\.(csv|tsv|txt)$", "");
        return base + "-model.json";
    }

    /** Uses a model: a form for its inputs (keeping values typed for the same columns), the scatter's axes. */
    private void use(SegmentModel m, String source, boolean current) {
        fromCurrent = current;
        stale = false;
        Map<String, String> typed = new HashMap<>();
        fields.forEach(f -> typed.put(f.label(), f.text()));
        List<InputField> next = new ArrayList<>();
        java.util.Set<String> columns = new java.util.HashSet<>();
        for (var in : m.inputs()) {
            if (!columns.add(in.column())) {
                continue; // one field per column (a birth year may feed a number and an age)
            }
            InputField f = new InputField(in);
            String before = typed.get(in.column());
            if (before != null && (!f.isChoice() || f.choices().contains(before))) {
                f.setText(before);
            }
            next.add(f);
        }
        model.set(m);
        modelSource.set(source);
        modelSummary.set(summary(m));
        modelNotes.setAll(m.notes());
        fields.setAll(next);
        List<String> axes = PredictionPlot.axes(m);
        String x = axes.contains(plotX.get()) ? plotX.get() : axes.isEmpty() ? null : axes.get(0);
        String y = axes.contains(plotY.get()) && !plotY.get().equals(x) ? plotY.get()
                : axes.size() > 1 ? axes.stream().filter(a -> !a.equals(x)).findFirst().orElse(null) : x;
        groupsModel = null;
        groups = null;
        plotAxes.setAll(axes);
        plotX.set(x);
        plotY.set(y);
        refreshPlot();
        batch.set(null);
        batchText.set("");
        batchErrors.clear();
        batchCounts.clear();
    }

    /** "k-means · 5 segments · trained on Mall_Customers.csv (200 customers) on 15 Jan 2026 · silhouette 0.554" */
    static String summary(SegmentModel m) {
        var t = m.training();
        String silhouette = Double.isNaN(t.metric("silhouette")) ? ""
                : " · silhouette " + Formats.score(t.metric("silhouette"));
        return m.algorithm().label() + " · " + Formats.plural(m.k(), "segment", "segments") + " · features "
                + String.join(", ", m.features()) + " · trained on " + t.table() + " ("
                + Formats.plural(t.segmentedRows(), "customer", "customers") + ") on " + DAY.format(t.trained())
                + silhouette;
    }

    private static String parentOf(Path p) {
        Path parent = p.getParent();
        return parent == null ? "" : parent.toString();
    }

    // ---- the scatter ----------------------------------------------------------------------------

    /**
     * Redraws the scatter: the open table's customers in the model's segments (the segmentation's
     * own labels when the model is the current segmentation; otherwise the table placed by the model
     * in the background, when it has the model's columns), else the segment centres alone.
     */
    private void refreshPlot() {
        SegmentModel m = model.get();
        String x = plotX.get();
        String y = plotY.get();
        if (m == null || x == null || y == null) {
            plot.set(null);
            plotNote.set(m == null ? "" : "The scatter needs a numeric input; this model has none.");
            refreshHighlight();
            return;
        }
        Dataset table = data.dataset();
        if (groupsModel != m || groupsTable != table) {
            groups = null;
            placeTable(m, table);
        }
        plot.set(PredictionPlot.data(m, table, groups, x, y));
        if (groups != null && table != null) {
            plotNote.set("The customers of " + table.name() + " in their segments, the segment centres (numbered) and "
                    + "the new customer (diamond).");
        } else {
            plotNote.set("The segment centres (numbered) and the new customer (diamond). Open a table with the model's "
                    + "columns to see its customers too.");
        }
        refreshHighlight();
    }

    /** Finds the segment of every row of the open table: the segmentation's own, or placed by the model. */
    private void placeTable(SegmentModel m, Dataset table) {
        SegmentationResult r = segment.result();
        if (table == null || fromCurrent && r != null && segment.resultData() == table) {
            groups = table == null ? null : r.segmentOfRow();
            groupsModel = m;
            groupsTable = table;
            return;
        }
        try {
            io.segmenta.core.model.ColumnMatch.of(m.columns(), table);
        } catch (SegmentaException e) {
            groupsModel = m;
            groupsTable = table;
            return;
        }
        if (runner.isRunning()) {
            return; // tried again at the next redraw
        }
        runner.run("Placing the customers of " + table.name(), (progress, cancel) ->
                BatchPredictor.predict(m, table, progress, cancel).segment(), placed -> {
                    if (model.get() == m && data.dataset() == table) {
                        groups = placed;
                        groupsModel = m;
                        groupsTable = table;
                        refreshPlot();
                    }
                }, notices::error);
    }

    private void refreshHighlight() {
        SegmentModel m = model.get();
        Prediction p = prediction.get();
        String x = plotX.get();
        String y = plotY.get();
        if (m == null || p == null || x == null || y == null) {
            highlight.set(null);
            return;
        }
        highlight.set(new ScatterCanvas.Highlight(PredictionPlot.original(m, x, p.prepared()),
                PredictionPlot.original(m, y, p.prepared()), p.isNoise() ? -1 : p.segment(), "New customer"));
    }

    // ---- one customer ---------------------------------------------------------------------------

    /** Places the customer of the form; a value that cannot be read is reported in {@link #predictionErrorProperty()}. */
    public void predict() {
        SegmentModel m = model.get();
        fields.forEach(f -> f.touchedProperty().set(true));
        if (m == null) {
            predictionError.set("Open a model file or use the current segmentation first.");
            return;
        }
        InputField bad = fields.stream().filter(f -> f.check().isError()).findFirst().orElse(null);
        if (bad != null) {
            prediction.set(null);
            predictionError.set(bad.check().message());
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f.label(), f.text()));
        try {
            prediction.set(m.predict(values));
            predictionError.set(null);
        } catch (SegmentaException e) {
            prediction.set(null);
            predictionError.set(e.getMessage());
        }
    }

    /**
     * Fills the form with an example customer: for numbers read as they are, the centre of the
     * largest segment (rounded like the training values); for derived ages and tenures, the middle
     * of the training range (as a birth year or a date); for categories, the first level.
     */
    public void fillExample() {
        SegmentModel m = model.get();
        if (m == null) {
            return;
        }
        for (InputField f : fields) {
            f.setText(example(m, f.input()));
        }
        predictionError.set(null);
    }

    static String example(SegmentModel m, io.segmenta.core.model.ModelInput in) {
        if (in.kind() == io.segmenta.core.model.InputKind.CATEGORY) {
            return in.levels().isEmpty() ? "" : in.levels().get(0);
        }
        var n = (io.segmenta.core.prep.FittedNumeric) in.fitted();
        double v = n.derivation() == null && !m.segments().isEmpty()
                ? PredictionPlot.original(m, in.column(), m.segments().get(0).centroid()) : Double.NaN;
        if (Double.isNaN(v)) {
            v = in.hasRange() ? (in.min() + in.max()) / 2 : 0;
        }
        if (n.derivation() == io.segmenta.core.prep.DerivationKind.AGE_FROM_BIRTH_YEAR) {
            return Long.toString(Math.round(n.referenceYear() - v));
        }
        if (n.derivation() == io.segmenta.core.prep.DerivationKind.TENURE_DAYS) {
            return n.referenceDate().minusDays(Math.round(v)).toLocalDate().toString();
        }
        if (in.integral()) {
            return Long.toString(Math.round(v));
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** Empties every field. */
    public void clearForm() {
        fields.forEach(f -> {
            f.setText("");
            f.touchedProperty().set(false);
        });
        prediction.set(null);
        predictionError.set(null);
    }

    /** "Segment 2 of 5" for the prediction shown; "Noise" for DBSCAN noise. */
    public static String segmentLine(SegmentModel m, Prediction p) {
        return p.isNoise() ? "In no segment (DBSCAN noise)" : "Segment " + p.number() + " of " + m.k();
    }

    /**
     * How typical the customer is, in words: "Typical: farther from the segment's centre than 35% of
     * its training customers (distance 0.62)".
     */
    public static String typicality(Prediction p) {
        if (p.isNoise() || Double.isNaN(p.typicalPercentile())) {
            return "No core customer of any segment is near enough: DBSCAN would call this customer noise.";
        }
        double pct = p.typicalPercentile();
        String word = pct <= 50 ? "Very typical" : pct <= 90 ? "Typical" : pct <= 99 ? "Unusual"
                : "Unlike the training customers";
        String where = pct == 0 ? "closer to the segment's centre than every one of its training customers"
                : pct >= 100 ? "as far from the segment's centre as its farthest training customer, or farther"
                : String.format(Locale.ROOT, "farther from the segment's centre than %.0f%% of its training customers",
                pct);
        return String.format(Locale.ROOT, "%s: %s (distance %.3f)", word, where, p.distance());
    }

    // ---- a file of customers ---------------------------------------------------------------------

    /** Places every customer of {@code in} and writes {@code out}, in the background (progress, Cancel). */
    public void predictFile(Path in, Path out) {
        SegmentModel m = model.get();
        if (m == null) {
            notices.error("Open a model file or use the current segmentation before predicting a file.");
            return;
        }
        Path source = in.toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        batch.set(null);
        batchErrors.clear();
        batchCounts.clear();
        batchText.set("Predicting " + source.getFileName() + "…");
        batchRunning.set(true);
        runner.run("Predicting " + source.getFileName(), (progress, cancel) -> BatchPredictor.run(m, source, target,
                progress, cancel), s -> {
                    batchRunning.set(false);
                    showBatch(m, s);
                }, message -> {
                    batchRunning.set(false);
                    batchText.set("Not written: " + message);
                    notices.error(message);
                });
        if (!runner.isRunning()) {
            if (batchRunning.get()) {
                batchCancelled();
            }
            return;
        }
        // The runner turns "running" off before it calls back, so this runs first: a success or a
        // failure then replaces the text, and a cancel (no call back) leaves it.
        runner.runningProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    o.removeListener(this);
                    batchCancelled();
                }
            }
        });
    }

    private void batchCancelled() {
        batchRunning.set(false);
        batchText.set("Cancelled: nothing was written.");
    }

    private void showBatch(SegmentModel m, BatchSummary s) {
        batch.set(s);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Placed %s of %s in %.1f s",
                Formats.count(s.assigned()), Formats.plural(s.rows(), "customer", "customers"), s.millis() / 1000.0));
        if (s.noise() > 0) {
            text.append(" · ").append(Formats.count(s.noise())).append(" noise");
        }
        if (s.failed() > 0) {
            text.append(" · ").append(Formats.plural(s.failed(), "row", "rows")).append(" without a segment (bad cells)");
        }
        if (s.warned() > 0) {
            text.append(" · ").append(Formats.plural(s.warned(), "customer", "customers")).append(" with a warning");
        }
        text.append(" · wrote ").append(s.output().getFileName());
        batchText.set(text.toString());
        List<String> errors = new ArrayList<>();
        for (RowError e : s.errors()) {
            errors.add(e.describe());
        }
        if (s.failed() > s.errors().size()) {
            errors.add("… and " + Formats.count(s.failed() - s.errors().size()) + " more (see the Error column)");
        }
        batchErrors.setAll(errors);
        List<SegmentCount> counts = new ArrayList<>();
        for (ModelSegment seg : m.segments()) {
            counts.add(new SegmentCount(seg.id(), seg.colour(), seg.number() + " · " + seg.name(), s.counts()[seg.id()],
                    s.rows() == 0 ? 0 : (double) s.counts()[seg.id()] / s.rows()));
        }
        if (s.noise() > 0) {
            counts.add(new SegmentCount(-1, -1, "Noise", s.noise(), (double) s.noise() / s.rows()));
        }
        if (s.failed() > 0) {
            counts.add(new SegmentCount(-2, -1, "No segment (bad cells)", s.failed(), (double) s.failed() / s.rows()));
        }
        batchCounts.setAll(counts);
        if (s.failed() > 0) {
            notices.warning(Formats.plural(s.failed(), "row", "rows") + " of " + s.input().getFileName()
                    + " got no segment; the others were placed. " + String.join(" ", s.notes()));
        } else if (!s.notes().isEmpty()) {
            notices.info(String.join(" ", s.notes()));
        } else {
            notices.success("Placed " + Formats.plural(s.rows(), "customer", "customers") + " and wrote "
                    + s.output() + ".");
        }
        runner.announce("Predicted " + s.input().getFileName() + " into " + s.output().getFileName());
    }

    /** A file name for the output: "new_customers-predicted.csv". */
    public static String suggestedOutputName(Path in) {
        String base = in.getFileName().toString().replaceFirst("(?i)\\.(csv|tsv|txt)$", "");
        return base + "-predicted.csv";
    }

    /** Stops a running batch (nothing is written). */
    public void cancel() {
        runner.cancel();
    }

    // ---- properties -----------------------------------------------------------------------------

    /** The numeric inputs the scatter can show. */
    public ObservableList<String> plotAxes() {
        return plotAxes;
    }

    public ObjectProperty<String> plotXProperty() {
        return plotX;
    }

    public ObjectProperty<String> plotYProperty() {
        return plotY;
    }

    /** The scatter's points and centres, or null without a model. */
    public ReadOnlyObjectProperty<ScatterData> plotProperty() {
        return plot.getReadOnlyProperty();
    }

    /** The new customer on the scatter, or null before a prediction. */
    public ReadOnlyObjectProperty<ScatterCanvas.Highlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** What the scatter shows, in a sentence. */
    public ReadOnlyStringProperty plotNoteProperty() {
        return plotNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SegmentModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public SegmentModel model() {
        return model.get();
    }

    /** Where the model comes from: "Model file mall.json (/home/ana)", "Current segmentation of ...". */
    public ReadOnlyStringProperty modelSourceProperty() {
        return modelSource.getReadOnlyProperty();
    }

    /** One line on the model: method, k, features, training table, date, silhouette. */
    public ReadOnlyStringProperty modelSummaryProperty() {
        return modelSummary.getReadOnlyProperty();
    }

    /** How the model places customers, and what it cannot check. */
    public ObservableList<String> modelNotes() {
        return modelNotes;
    }

    /** The form, one field per model input. */
    public ObservableList<InputField> fields() {
        return fields;
    }

    /** The field of a column, or null. */
    public InputField field(String column) {
        return fields.stream().filter(f -> f.label().equals(column)).findFirst().orElse(null);
    }

    /** True when there is a model and no field holds an error. */
    public BooleanBinding canPredictBinding() {
        return canPredict;
    }

    /** True when there is a segmentation to save and nothing runs. */
    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    /** The latest prediction, or null (cleared when the form's fields change). */
    public ReadOnlyObjectProperty<Prediction> predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    public Prediction prediction() {
        return prediction.get();
    }

    /** Why the last Predict gave no prediction, or null. */
    public ReadOnlyStringProperty predictionErrorProperty() {
        return predictionError.getReadOnlyProperty();
    }

    /** The latest finished batch, or null. */
    public ReadOnlyObjectProperty<BatchSummary> batchProperty() {
        return batch.getReadOnlyProperty();
    }

    public BatchSummary batch() {
        return batch.get();
    }

    /** What the latest batch did, in a line. */
    public ReadOnlyStringProperty batchTextProperty() {
        return batchText.getReadOnlyProperty();
    }

    /** The latest batch's rows without a segment, "line 12: ...". */
    public ObservableList<String> batchErrors() {
        return batchErrors;
    }

    /** Customers per segment of the latest batch (then noise and rows without a segment, when there are any). */
    public ObservableList<SegmentCount> batchCounts() {
        return batchCounts;
    }

    /**
     * One line of a batch's counts.
     *
     * @param segment 0-based segment, -1 noise, -2 rows without a segment
     * @param colour  palette index, -1 for none
     * @param label   "2 · High income, high spending"
     * @param count   customers
     * @param share   of all rows
     */
    public record SegmentCount(int segment, int colour, String label, int count, double share) {
    }

    /** True while a batch runs. */
    public ReadOnlyBooleanProperty batchRunningProperty() {
        return batchRunning.getReadOnlyProperty();
    }

    /** Whether the step is on show (set by the window): then the current segmentation is used when there is no model. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public TaskRunner runner() {
        return runner;
    }
}
