package io.segmenta.ui.segment;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.SweepOutcome;
import io.segmenta.core.SweepSpec;
import io.segmenta.core.chart.ScatterData;
import io.segmenta.core.cluster.AlgorithmSpec;
import io.segmenta.core.cluster.DbscanSpec;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.explain.Explanation;
import io.segmenta.core.explain.ResultWarning;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.ui.Formats;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.data.DataViewModel;
import io.segmenta.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Segment step: which features ({@link FeaturesViewModel}: presets or a checklist of the
 * feature columns, prepared as the Prepare step says), which method ({@link MethodChoice}: k-means,
 * hierarchical, DBSCAN, Gaussian mixture, with their parameters), how many segments (k, 2..10)
 * and which seed. "Find k" sweeps the analyst's range of k ({@link KRange}) with the chosen method and recommends one (for DBSCAN
 * it draws the k-distance chart that suggests eps instead); "Segment" runs the method (with a PCA
 * of the prepared features and the profile of all customers). Both run in the background. The
 * latest result feeds the summary, the names and descriptions the analyst edits, the profiles, the
 * segmented CSV export and {@link SegmentVisuals} (scatters, PCA, silhouettes and the shared
 * selection). Every segmentation of the session is kept ({@link KeptRuns}) for the side-by-side
 * comparison and the adjusted Rand index, and any of them can be made current again; other steps change
 * them through {@link RunEdits}.
 */
public final class SegmentViewModel {
    public static final int K_MIN = 2;
    public static final int K_MAX = KRange.MAX;
    public static final long DEFAULT_SEED = 42;

    private final TaskRunner runner;
    private final NoticeBoard notices;
    private final DataViewModel data;

    private final FeaturesViewModel features;
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", 5);
    private final StringProperty seedText = new SimpleStringProperty(this, "seedText", Long.toString(DEFAULT_SEED));
    private final ReadOnlyStringWrapper seedError = new ReadOnlyStringWrapper(this, "seedError");

    private final ReadOnlyObjectWrapper<SweepOutcome> sweep = new ReadOnlyObjectWrapper<>(this, "sweep");
    private final ReadOnlyObjectWrapper<SegmentationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");
    private final KRange kRange;
    private final ReadOnlyObjectWrapper<Dataset> resultData = new ReadOnlyObjectWrapper<>(this, "resultData");
    private final ObservableList<String> segmentNames = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    private final ObservableList<String> descriptions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SegmentProfile> whole = new ReadOnlyObjectWrapper<>(this, "whole");
    private final SegmentVisuals visuals;
    private final MethodChoice method = new MethodChoice();
    private final ReadOnlyStringWrapper noiseLegend = new ReadOnlyStringWrapper(this, "noiseLegend", "");

    private final KeptRuns runs = new KeptRuns(segmentNames, descriptions);
    private final CompareRunsViewModel comparison;

    private final RunEdits runEdits = new RunEdits(runs);
    private final BooleanBinding canExport;

    /** Told the preparation of each find-k or segment run before it starts. */
    private Consumer<PrepSpec> preparing = spec -> { };

    public SegmentViewModel(TaskRunner runner, NoticeBoard notices, DataViewModel data) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.data = Objects.requireNonNull(data, "data");
        this.features = new FeaturesViewModel(data);
        this.kRange = new KRange(data.preferences().node("k-range"));
        this.visuals = new SegmentVisuals(runner, notices, segmentNames);

        k.addListener((o, was, now) -> {
            int v = now.intValue();
            if (v < K_MIN || v > K_MAX) {
                k.set(Math.max(K_MIN, Math.min(K_MAX, v)));
            }
        });
        seedText.subscribe(t -> seedError.set(seedProblem(t)));
        data.datasetProperty().subscribe(this::datasetChanged);
        canExport = result.isNotNull().and(runner.runningProperty().not());
        comparison = new CompareRunsViewModel(this, runner, notices);
    }

    private void datasetChanged(Dataset d) {
        sweep.set(null);
        explanation.set(null);
        result.set(null);
        kRange.tableChanged(d == null ? null : data.originProperty().get() + "\n" + d.name());
        resultData.set(null);
        segmentNames.clear();
        descriptions.clear();
        whole.set(null);
        summary.set("");
        noiseLegend.set("");
        runs.clear();
        visuals.datasetChanged(d);
    }

    /**
     * Told the preparation a run is about to make, before it starts (the Prepare step lets a large preview of
     * another preparation go, so that two are not held at once).
     */
    public void onPreparing(Consumer<PrepSpec> listener) {
        preparing = Objects.requireNonNull(listener, "listener");
    }

    /** The preparation of the ticked features, or null after showing why it cannot be made. */
    private PrepSpec preparedSpec() {
        try {
            return features.preparedSpec();
        } catch (SegmentaException e) {
            notices.error(e.getMessage());
            return null;
        }
    }

    // ---- validation ----------------------------------------------------------------------------

    private static String seedProblem(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return "Enter a seed: a whole number such as 42.";
        }
        try {
            Long.parseLong(t);
            return null;
        } catch (NumberFormatException e) {
            return "The seed \"" + t + "\" is not a whole number. Enter a whole number such as 42.";
        }
    }

    /** The problem that stops a run, or null when the choices are valid. */
    private String choiceProblem(boolean sweeping) {
        Dataset d = data.dataset();
        if (d == null) {
            return "Open a table first (File > Open… or Open sample).";
        }
        if (features.selected().isEmpty()) {
            return features.choices().isEmpty()
                    ? "There are no feature columns. In the Data step, give at least one numeric or categorical "
                    + "column the role \"feature\"."
                    : "No features are selected. Tick at least one feature column or choose a preset.";
        }
        if (seedError.get() != null && method.usesSeed()) {
            return seedError.get();
        }
        if (method.errorProperty().get() != null) {
            return method.errorProperty().get();
        }
        if (!sweeping && method.takesK() && k.get() > d.rowCount()) {
            return "k = " + k.get() + " is more than the " + Formats.plural(d.rowCount(), "row", "rows") + " of "
                    + d.name() + ". Choose a smaller k.";
        }
        if (sweeping && d.rowCount() < 2) {
            return d.name() + " has " + Formats.plural(d.rowCount(), "row", "rows")
                    + "; finding k needs at least 2 customers.";
        }
        return null;
    }

    /** The seed typed, or the default where the method uses none and the text is not a number. */
    private long seed() {
        try {
            return Long.parseLong(seedText.get().trim());
        } catch (NumberFormatException e) {
            return DEFAULT_SEED;
        }
    }

    // ---- actions -------------------------------------------------------------------------------

    /**
     * Sweeps the range of k ({@link #kRange()}) with the chosen method in the background; on success shows the curves and sets
     * k to the recommendation. For DBSCAN it computes the k-distance chart for the chosen min samples
     * instead, which suggests eps (the analyst picks it: {@link MethodChoice#useEps}).
     */
    public void findK() {
        String problem = choiceProblem(true);
        if (problem != null) {
            notices.error(problem);
            return;
        }
        Dataset d = data.dataset();
        int kMax = Math.min(kRange.toProperty().get(), d.rowCount());
        int kMin = Math.min(kRange.fromProperty().get(), kMax);
        PrepSpec prep = preparedSpec();
        if (prep == null) {
            return;
        }
        AlgorithmSpec template = method.spec(K_MIN);
        boolean dbscan = template instanceof DbscanSpec;
        SweepSpec spec = dbscan ? new SweepSpec(prep, template, 1, 1, seed()) : new SweepSpec(prep, template, kMin,
                kMax, seed());
        preparing.accept(prep);
        runner.run(dbscan ? "Computing the k-distance chart" : "Finding k",
                (progress, cancel) -> Segmenter.sweep(d, spec, progress, cancel), outcome -> {
                    if (data.dataset() != d) {
                        return;
                    }
                    sweep.set(outcome);
                    notices.clear();
                    if (outcome.kDistanceChart().isPresent()) {
                        runner.announce("k-distance chart: suggested eps = "
                                + MethodChoice.format(outcome.kDistanceChart().get().suggestedEps()));
                        return;
                    }
                    int rec = outcome.result().recommendedK();
                    if (rec >= K_MIN && rec <= K_MAX) {
                        k.set(rec);
                    }
                    runner.announce("Find k: recommended k = " + rec);
                }, notices::error);
    }

    /** Runs the chosen method with the chosen features, parameters, k and seed in the background. */
    public void segment() {
        String problem = choiceProblem(false);
        if (problem != null) {
            notices.error(problem);
            return;
        }
        Dataset d = data.dataset();
        PrepSpec prep = preparedSpec();
        if (prep == null) {
            return;
        }
        SegmentationSpec spec = new SegmentationSpec(prep, method.spec(k.get()), seed());
        SweepOutcome found = sweep.get();
        // the edge-of-range warning applies when k was chosen from a sweep of the same preparation and method
        SweepResult from = found != null && found.result() != null && found.spec().prep().equals(prep)
                && found.spec().algorithm().algorithm() == spec.algorithm().algorithm() ? found.result() : null;
        preparing.accept(prep);
        runner.run("Segmenting (" + spec.algorithm().algorithm().label() + ")",
                (progress, cancel) -> Segmented.of(d, spec, from, progress, cancel), s -> {
                    if (data.dataset() != d) {
                        return;
                    }
                    SegmentationRun run = runs.add(s.result(), d, automaticNames(s.result()));
                    showResult(d, s, run);
                }, notices::error);
    }

    /**
     * Shows an earlier run again (its segments, names and descriptions); its PCA and the profile of
     * all customers are computed in the background.
     */
    public void makeCurrent(SegmentationRun run) {
        if (!runs.holds(run) || run == runs.currentProperty().get()) {
            return;
        }
        show(run, () -> { });
    }

    /** Shows a kept run, its PCA and whole-table profile computed in the background; then runs {@code shown}. */
    void show(SegmentationRun run, Runnable shown) {
        Dataset d = run.data();
        runner.run("Showing " + run.label(), (progress, cancel) -> Segmented.views(d, run.result(), null, progress, cancel), s -> {
            if (data.dataset() == d && runs.holds(run)) {
                showResult(d, s, run);
                shown.run();
            }
        }, notices::error);
    }

    static List<String> automaticNames(SegmentationResult r) {
        List<String> names = new ArrayList<>();
        for (SegmentProfile p : byLabel(r.profiles(), r.k())) {
            names.add(p == null ? "Segment" : p.name());
        }
        return names;
    }

    private void showResult(Dataset d, Segmented s, SegmentationRun run) {
        SegmentationResult r = s.result();
        runs.show(null); // names below belong to the run being shown, not to the one left
        resultData.set(d);
        segmentNames.setAll(run.names());
        descriptions.setAll(run.descriptions());
        runs.show(run);
        whole.set(s.whole());
        noiseLegend.set(r.noise() == 0 ? "" : SegmentationResult.NOISE_NAME + " · "
                + Formats.plural(r.noise(), "customer", "customers"));
        explanation.set(s.explanation());
        result.set(r);
        summary.set(describe(r));
        if (s.projected() != null) {
            visuals.show(d, r, s.projected());
        }
        // what preparation did (dropped rows, filled cells...) is the Prepare step's to show, in its
        // preview; the result's notice carries only what the analyst should know about the result
        List<String> notes = s.explanation().warnings().stream().map(ResultWarning::message).toList();
        if (notes.isEmpty()) {
            notices.clear();
        } else {
            notices.warning(resultNotice(notes));
        }
        runner.announce("Segmented " + Formats.plural(r.features().rows(), "customer", "customers") + " into "
                + Formats.plural(r.k(), "segment", "segments") + (r.noise() > 0 ? " and " + Formats.count(r.noise())
                + " noise" : "") + " (" + run.label() + ")");
    }

    /** The notice bar's text for a result's warnings (the Profiles page leaves them to the bar while it shows it). */
    public static String resultNotice(List<String> warnings) {
        return String.join(" ", warnings);
    }

    /** Profiles indexed by segment id (null where a segment has none). */
    public static List<SegmentProfile> byLabel(List<SegmentProfile> profiles, int k) {
        SegmentProfile[] out = new SegmentProfile[k];
        for (SegmentProfile p : profiles) {
            if (p.segment() >= 0 && p.segment() < k) {
                out[p.segment()] = p;
            }
        }
        return Arrays.asList(out);
    }

    /** "k-means · k = 5 · 200 customers · WCSS 65.6 · silhouette 0.555 (exact)", with noise and BIC where they apply. */
    static String describe(SegmentationResult r) {
        var s = r.silhouette();
        String silhouette = "silhouette " + Formats.score(s.value()) + (s.sampled()
                ? " (estimated on a sample of " + Formats.count(s.sampleSize()) + " customers)"
                : Double.isNaN(s.value()) ? "" : " (exact)");
        return r.algorithm().label() + " · k = " + r.k() + " · " + Formats.plural(r.features().rows(), "customer",
                "customers") + (r.noise() > 0 ? " (" + Formats.count(r.noise()) + " noise)" : "") + " · WCSS "
                + Formats.wcss(r.wcss()) + " · " + silhouette + (r.mixture().isPresent() ? " · BIC "
                + Formats.wcss(r.clustering().bic()) : "");
    }

    /** The analyst's name for segment {@code segment} (0-based); blank restores the automatic name. */
    public void rename(int segment, String name) {
        SegmentationResult r = result.get();
        if (r == null || segment < 0 || segment >= segmentNames.size()) {
            return;
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            SegmentProfile p = byLabel(r.profiles(), r.k()).get(segment);
            n = p == null ? "Segment" : p.name();
        }
        segmentNames.set(segment, n);
    }

    /** The analyst's free description of segment {@code segment} (0-based); kept as typed, trimmed. */
    public void describe(int segment, String text) {
        if (result.get() == null || segment < 0 || segment >= descriptions.size()) {
            return;
        }
        descriptions.set(segment, text == null ? "" : text.strip());
    }

    /**
     * Writes the open table plus "Segment", "Segment name" (and "Segment description" once a segment
     * is described) to {@code out} in the background.
     */
    public void export(Path out) {
        CsvExport.run(runner, notices, resultData.get(), result.get(), List.copyOf(segmentNames),
                List.copyOf(descriptions), out);
    }

    /**
     * Writes the report of the shown run (its names and descriptions, the k sweep for its method, the
     * charts, and how to use its model once saved) to {@code out} in the background: the same report
     * {@code segmenta report} writes.
     */
    public void exportReport(Path out) {
        SegmentationRun run = runs.currentProperty().get();
        ReportExport.run(runner, notices, resultData.get(), result.get(), List.copyOf(segmentNames),
                List.copyOf(descriptions), run == null ? null : run.modelFile(), out);
    }

    /** A file name for the report dialog: "Mall_Customers-report.html". */
    public String suggestedReportName() {
        return suggestedExportName().replaceFirst("-segmented\\.csv$", "-report.html");
    }

    /** A file name for the export dialog: "Mall_Customers-segmented.csv". */
    public String suggestedExportName() {
        Dataset d = resultData.get() != null ? resultData.get() : data.dataset();
        String base = d == null ? "customers" : d.name().replaceFirst("(?i)\\.(csv|tsv|txt)$", "");
        return base + "-segmented.csv";
    }

    // ---- properties ----------------------------------------------------------------------------

    /** The features to cluster on: the checklist, the presets and how the ticked ones are prepared. */
    public FeaturesViewModel features() {
        return features;
    }

    /** Number of segments, kept within 2..10. */
    public IntegerProperty kProperty() {
        return k;
    }

    public StringProperty seedTextProperty() {
        return seedText;
    }

    /** Why the seed text is not valid, or null. */
    public ReadOnlyStringProperty seedErrorProperty() {
        return seedError.getReadOnlyProperty();
    }

    /** The drivers, rules and warnings of the result on show, or null. */
    public ReadOnlyObjectProperty<Explanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /**
     * What opening another table would drop, as the question to ask first; null when there is nothing
     * to lose (no run yet).
     */
    public String leaveTableQuestion() {
        List<SegmentationRun> kept = runs.list();
        if (kept.isEmpty()) {
            return null;
        }
        boolean edited = !descriptions.stream().allMatch(String::isBlank)
                || kept.stream().anyMatch(r -> !r.names().equals(automaticNames(r.result())));
        Dataset d = kept.get(kept.size() - 1).data();
        return Formats.plural(kept.size(), "segmentation run", "segmentation runs") + " of " + d.name()
                + (edited ? ", with the segment names and descriptions you gave," : "") + (kept.size() == 1 ? " is" : " are")
                + " kept only in this session: opening another table drops them. Save them as a project (File > Save project),"
                + " export the segmented CSV first, or discard them.";
    }

    /** The range of k that Find k searches, remembered per table. */
    public KRange kRange() {
        return kRange;
    }

    /** The latest Find k outcome for the open table, or null. */
    public ReadOnlyObjectProperty<SweepOutcome> sweepProperty() {
        return sweep.getReadOnlyProperty();
    }

    /** The latest segmentation of the open table, or null. */
    public ReadOnlyObjectProperty<SegmentationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public SegmentationResult result() {
        return result.get();
    }

    /** Segment names by segment id (automatic names until the analyst renames one). */
    public ObservableList<String> segmentNames() {
        return segmentNames;
    }

    /** e.g. "k = 5 · 200 customers · WCSS 65.6 · silhouette 0.555 (exact)" */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Numeric columns and principal components the scatters can show. */
    public ObservableList<String> axisChoices() {
        return visuals.axisChoices();
    }

    public ObjectProperty<String> xAxisProperty() {
        return visuals.xAxisProperty();
    }

    public ObjectProperty<String> yAxisProperty() {
        return visuals.yAxisProperty();
    }

    public ReadOnlyObjectProperty<ScatterData> scatterProperty() {
        return visuals.scatterProperty();
    }

    /** The clustering method and its parameters. */
    public MethodChoice method() {
        return method;
    }

    /** "Noise · 12 customers" for the legend when the current result has DBSCAN noise, else "". */
    public ReadOnlyStringProperty noiseLegendProperty() {
        return noiseLegend.getReadOnlyProperty();
    }

    /** Every segmentation of this table in this session, oldest first (at most {@value KeptRuns#MAX_RUNS}). */
    public ObservableList<SegmentationRun> runs() {
        return runs.list();
    }

    /** The comparison of the runs: the pair compared, the adjusted Rand index of every pair. */
    public CompareRunsViewModel comparison() {
        return comparison;
    }

    /** Changes to the kept runs from other steps: removal (Undo), names put back, the model file saved. */
    public RunEdits runEdits() {
        return runEdits;
    }

    /** The kept runs themselves, for restoring a project's ({@link SegmentState#restoreRuns}). */
    KeptRuns keptRuns() {
        return runs;
    }

    /** The run on show, or null. */
    public ReadOnlyObjectProperty<SegmentationRun> currentRunProperty() {
        return runs.currentProperty();
    }

    /** The scatters, PCA, silhouettes and the shared selection. */
    public SegmentVisuals visuals() {
        return visuals;
    }

    /** The analyst's descriptions by segment id ("" until written). */
    public ObservableList<String> descriptions() {
        return descriptions;
    }

    /** The profile of all segmented customers together, or null. */
    public ReadOnlyObjectProperty<SegmentProfile> wholeProperty() {
        return whole.getReadOnlyProperty();
    }

    /** The open table (the Data step's). */
    public ReadOnlyObjectProperty<Dataset> tableProperty() {
        return data.datasetProperty();
    }

    /** The table the latest result belongs to, or null. */
    public Dataset resultData() {
        return resultData.get();
    }

    /** True when there is a result and nothing runs. */
    public BooleanBinding canExportBinding() {
        return canExport;
    }
}
