package io.segmenta.ui.predict;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.chart.ScatterData;
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
import io.segmenta.ui.charts.ScatterCanvas;
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
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Predict step: a segmentation model (opened from a file, or made from the current
 * segmentation) and the scatter of its segments; the form that places one new customer
 * ({@link OneCustomerViewModel}) and the placing of a CSV file of customers
 * ({@link CustomerFileViewModel}) use that model. Reading, building and writing models run in the
 * background.
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
    private final ReadOnlyStringWrapper serveCommand = new ReadOnlyStringWrapper(this, "serveCommand", "");
    private final ReadOnlyStringWrapper serveHint = new ReadOnlyStringWrapper(this, "serveHint", "");
    private final OneCustomerViewModel customer;
    private final CustomerFileViewModel file;
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
        customer = new OneCustomerViewModel(model.getReadOnlyProperty());
        file = new CustomerFileViewModel(runner, notices, model.getReadOnlyProperty());
        canSave = segment.resultProperty().isNotNull().and(runner.runningProperty().not());
        segment.resultProperty().subscribe(r -> segmentationChanged());
        segment.segmentNames().addListener((ListChangeListener<String>) c -> segmentationChanged());
        segment.descriptions().addListener((ListChangeListener<String>) c -> segmentationChanged());
        active.subscribe(a -> {
            if (a) {
                refreshFromCurrent();
            }
        });
        data.datasetProperty().subscribe(d -> refreshPlot());
        plotX.addListener((o, a, b) -> refreshPlot());
        plotY.addListener((o, a, b) -> refreshPlot());
        customer.predictionProperty().addListener((o, a, b) -> refreshHighlight());
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
        runner.run("Making the model", (progress, cancel) -> {
                    SegmentModel made = ModelBuilder.build(d, r, names, descriptions, Instant.now(), version);
                    PredictionPlot.rangesAhead(made, d);
                    return made;
                },
                m -> {
                    if (segment.result() != r) {
                        return;
                    }
                    use(m, "Current segmentation of " + d.name(), true, null);
                }, notices::error);
    }

    /** Reads a model file in the background and uses it. */
    public void openModel(Path file) {
        Path p = file.toAbsolutePath().normalize();
        runner.run("Opening " + p.getFileName(), (progress, cancel) -> ModelFile.read(p), m -> {
            notices.clear();
            runner.announce("Opened the model " + p.getFileName());
            use(m, "Model file " + p.getFileName() + " (" + parentOf(p) + ")", false, p);
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
            segment.runEdits().modelSaved(r, target);
            if (model.get() == null || fromCurrent) {
                use(m, "Current segmentation of " + d.name() + ", saved as " + target.getFileName(), true, target);
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
    private void use(SegmentModel m, String source, boolean current, Path modelFile) {
        serveCommand.set(serveCommand(modelFile));
        serveHint.set(modelFile == null ? "Save the model (Save model above), then serve it to other systems, an HTTP API "
                + "and a web form, with:" : "Serve this model to other systems, an HTTP API and a web form, with:");
        fromCurrent = current;
        stale = false;
        model.set(m);
        modelSource.set(source);
        modelSummary.set(summary(m));
        List<String> notes = new ArrayList<>(m.notes());
        notes.addAll(m.explanation().lines());
        modelNotes.setAll(notes);
        customer.useModel(m);
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
        file.clear();
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

    /**
     * The command that serves a model file: "segmenta serve --model /home/ana/mall-model.json", the
     * path quoted for a POSIX shell when it needs it; "segmenta serve --model MODEL.json" without a file.
     */
    static String serveCommand(Path file) {
        if (file == null) {
            return "segmenta serve --model MODEL.json";
        }
        String path = file.toString();
        boolean plain = path.matches("[A-Za-z0-9_./:@%+=,-]+");
        return "segmenta serve --model " + (plain ? path : "'" + path.replace("'", "'\\''") + "'");
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
        runner.run("Placing the customers of " + table.name(), (progress, cancel) -> {
                    int[] segments = BatchPredictor.predict(m, table, progress, cancel).segment();
                    PredictionPlot.rangesAhead(m, table);
                    return segments;
                }, placed -> {
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
        Prediction p = customer.prediction();
        String x = plotX.get();
        String y = plotY.get();
        if (m == null || p == null || x == null || y == null) {
            highlight.set(null);
            return;
        }
        highlight.set(new ScatterCanvas.Highlight(PredictionPlot.original(m, x, p.prepared()),
                PredictionPlot.original(m, y, p.prepared()), p.isNoise() ? -1 : p.segment(), "New customer"));
    }

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
    /** The command that serves the model in use (see {@link #serveCommand(Path)}). */
    public ReadOnlyStringProperty serveCommandProperty() {
        return serveCommand.getReadOnlyProperty();
    }

    /** The sentence before {@link #serveCommandProperty()}. */
    public ReadOnlyStringProperty serveHintProperty() {
        return serveHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modelSummaryProperty() {
        return modelSummary.getReadOnlyProperty();
    }

    /** How the model places customers, and what it cannot check. */
    public ObservableList<String> modelNotes() {
        return modelNotes;
    }

    /** True when there is a segmentation to save and nothing runs. */
    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    /** The form that places one new customer. */
    public OneCustomerViewModel customer() {
        return customer;
    }

    /** The placing of a whole file of customers. */
    public CustomerFileViewModel file() {
        return file;
    }

    /** Whether the step is on show (set by the window): then the current segmentation is used when there is no model. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public TaskRunner runner() {
        return runner;
    }
}
