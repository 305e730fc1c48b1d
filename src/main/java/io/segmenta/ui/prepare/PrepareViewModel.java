package io.segmenta.ui.prepare;

import static io.segmenta.ui.prepare.PrepTexts.describe;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.prep.CategoricalPolicy;
import io.segmenta.core.prep.Derivation;
import io.segmenta.core.prep.FeaturePreparer;
import io.segmenta.core.prep.Imputation;
import io.segmenta.core.prep.MissingPolicy;
import io.segmenta.core.prep.OutlierPolicy;
import io.segmenta.core.prep.PrepAdvice;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.prep.PreparedFeatures;
import io.segmenta.core.prep.RareLevels;
import io.segmenta.core.prep.Scaling;
import io.segmenta.ui.Formats;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.data.DataViewModel;
import io.segmenta.ui.segment.SegmentViewModel;
import io.segmenta.ui.task.JobHandle;
import io.segmenta.ui.task.JobKind;
import io.segmenta.ui.task.TaskRunner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.Observable;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Prepare step: what the open table needs ({@link PrepAdvice}, computed in the background when
 * the step is on show) and every preparation choice: missing values (a default and per column),
 * one-hot options and rare levels, scaling, derived features (tenure, age) with their references,
 * and outlier detection with keep or exclude. The features are the Segment step's: the same ticks,
 * and derived features join its checklist when they are ticked here. The Segment step prepares its
 * runs with {@link #specFor(List)}; "Preview" runs the preparation alone in the background and
 * keeps its report until a choice changes ({@link #staleProperty()}).
 *
 * <p>Keep or exclude applies to every flagged customer, except those the analyst chooses for one by
 * one in the preview's list of flagged customers ({@link OutlierChoice#choose}); those choices belong
 * to the open table and go with it.
 */
public final class PrepareViewModel {
    /** The kind of the job that checks an open table for preparation advice. */
    public static final JobKind ADVICE = JobKind.replacing("Checking a table for preparation");
    /** The rare-level threshold offered first: the share under which the advice calls a level rare. */
    public static final String DEFAULT_RARE_THRESHOLD = "1%";
    /** Rare levels named per column in the hint; the table check names them all. */
    static final int RARE_LEVELS_NAMED = 6;

    private final TaskRunner runner;
    private final NoticeBoard notices;
    private final SegmentViewModel segment;

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final ReadOnlyObjectWrapper<PrepAdvice> advice = new ReadOnlyObjectWrapper<>(this, "advice");
    private final ReadOnlyStringWrapper rareHint = new ReadOnlyStringWrapper(this, "rareHint", "");

    private final ObjectProperty<FillChoice> missingDefault =
            new SimpleObjectProperty<>(this, "missingDefault", FillChoice.DROP);
    private final StringProperty missingDefaultConstant = new SimpleStringProperty(this, "missingDefaultConstant", "");
    private final ReadOnlyStringWrapper missingDefaultError = new ReadOnlyStringWrapper(this, "missingDefaultError");
    private final ObservableList<MissingChoice> missingChoices =
            FXCollections.observableArrayList(m -> new Observable[] {m.choiceProperty(), m.constantProperty()});

    private final BooleanProperty dropFirst = new SimpleBooleanProperty(this, "dropFirst", false);
    private final BooleanProperty mergeRare = new SimpleBooleanProperty(this, "mergeRare", false);
    private final StringProperty rareThreshold = new SimpleStringProperty(this, "rareThreshold", DEFAULT_RARE_THRESHOLD);
    private final ReadOnlyStringWrapper rareError = new ReadOnlyStringWrapper(this, "rareError");

    private final ObjectProperty<Scaling> scaling = new SimpleObjectProperty<>(this, "scaling", Scaling.STANDARD);

    private final LogChoice log = new LogChoice();
    private final ObservableList<DerivedChoice> derivedChoices =
            FXCollections.observableArrayList(d -> new Observable[] {d.deriveProperty(), d.referenceProperty()});
    private final ObservableList<String> derivedFeatures = FXCollections.observableArrayList();

    private final OutlierChoice outliers = new OutlierChoice();

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyObjectWrapper<PrepSpec> currentSpec = new ReadOnlyObjectWrapper<>(this, "currentSpec");
    /** The preview on show (package-private: tests lower its {@code letGoCells}). */
    final PreparationPreview preview = new PreparationPreview(this);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);
    private final ReadOnlyStringWrapper choicesSummary = new ReadOnlyStringWrapper(this, "choicesSummary", "");

    /** The table whose advice is shown (or being computed). */
    private Dataset adviceFor;
    /** The advice job of {@link #adviceFor} while it waits or runs, else null. */
    private JobHandle adviceJob;
    private boolean updating;

    /**
     * @param data    the open table
     * @param segment the Segment step, whose feature ticks this step shares and which prepares its
     *                runs with this step's choices
     */
    public PrepareViewModel(TaskRunner runner, NoticeBoard notices, DataViewModel data, SegmentViewModel segment) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.segment = Objects.requireNonNull(segment, "segment");
        segment.features().usePreparation(this::specFor, derivedFeatures);
        segment.onPreparing(preview::letGoUnless);

        data.datasetProperty().subscribe(this::datasetChanged);
        active.addListener((o, was, now) -> scheduleAdvice());
        scaling.addListener((o, was, now) -> {
            if (now == null) {
                scaling.set(was);
            }
        });
        missingDefault.addListener((o, was, now) -> {
            if (now == null || now == FillChoice.DEFAULT) {
                missingDefault.set(was);
            }
        });
        derivedChoices.addListener((ListChangeListener<DerivedChoice>) c -> derivedChanged());
        Observable[] choices = {missingDefault, missingDefaultConstant, missingChoices, dropFirst, mergeRare,
                rareThreshold, scaling, derivedChoices, segment.features().choices()};
        for (Observable o : choices) {
            o.addListener(x -> update());
        }
        for (Observable o : outliers.observables()) {
            o.addListener(x -> update());
        }
        for (Observable o : log.observables()) {
            o.addListener(x -> update());
        }
        preview.shown.addListener(x -> update());
        update();
    }

    /** The runner this step's background work goes through (the Outliers tab sorts with it). */
    TaskRunner runner() {
        return runner;
    }

    // ---- the table and its advice --------------------------------------------------------------

    private void datasetChanged(Dataset d) {
        dataset.set(d);
        if (adviceJob != null) {
            adviceJob.cancel(); // the check of a table no longer open
        }
        adviceFor = null;
        advice.set(null);
        rareHint.set("");
        missingChoices.clear();
        derivedChoices.clear();
        log.clear();
        outliers.clearChoices();
        preview.clear();
        scheduleAdvice();
    }

    /**
     * Computes the advice of the open table when the step is on show and it is missing, as a job of
     * kind {@link #ADVICE}: it waits while other work runs (which it never cancels), replaces the
     * check of a table no longer open, and runs again when other work displaced it.
     */
    private void scheduleAdvice() {
        Dataset d = dataset.get();
        if (!active.get() || d == null || adviceFor == d) {
            return;
        }
        if (adviceJob != null && adviceJob.isActive()) {
            return;
        }
        adviceFor = d;
        JobHandle h = runner.submit(ADVICE, "Checking " + d.name() + " for preparation", (progress, cancel) -> {
            progress.progress(-1, "missing cells, rare levels, constant columns, dates");
            return TableAdvice.of(d);
        }, a -> {
            if (dataset.get() == d) {
                applyAdvice(d, a);
                int points = a.advice().sentences().size();
                runner.announce("Checked " + d.name() + ": " + (points == 0 ? "nothing to prepare"
                        : Formats.plural(points, "point", "points") + " to consider"));
            }
        }, notices::error, job -> {
            if (job.state().isDone() && adviceJob == job) {
                adviceJob = null;
            }
            if (job.state() == JobHandle.State.CANCELLED && adviceFor == d) {
                // not checked: look again when other work took its place, or when the step is next shown
                adviceFor = null;
                if (job.isDisplaced()) {
                    scheduleAdvice();
                }
            }
        });
        adviceJob = h.isActive() ? h : null;
    }

    /**
     * Computes the open table's advice now, on this thread, when it is not there yet (a reopened
     * project's per-column choices need the columns it lists); a waiting check is cancelled.
     */
    void adviseNow() {
        Dataset d = dataset.get();
        if (d == null || (adviceFor == d && advice.get() != null)) {
            return;
        }
        if (adviceJob != null) {
            adviceJob.cancel();
        }
        applyAdvice(d, TableAdvice.of(d));
    }

    private void applyAdvice(Dataset d, TableAdvice a) {
        adviceFor = d;
        List<MissingChoice> missing = new ArrayList<>();
        for (TableAdvice.Missing m : a.missing()) {
            missing.add(new MissingChoice(m.column(), m.type(), m.cells(), d.rowCount()));
        }
        List<DerivedChoice> derived = new ArrayList<>();
        Set<String> columns = new HashSet<>(d.columnNames());
        for (TableAdvice.Reference r : a.references()) {
            if (!columns.contains(r.derivation().featureName())) {
                derived.add(new DerivedChoice(r.derivation(), r.text(), r.note()));
            }
        }
        updating = true;
        try {
            missingChoices.setAll(missing);
            derivedChoices.setAll(derived);
        } finally {
            updating = false;
        }
        List<String> parts = new ArrayList<>();
        a.advice().rareLevels().forEach((column, levels) -> {
            List<String> l = new ArrayList<>();
            levels.forEach((level, count) -> {
                if (l.size() < RARE_LEVELS_NAMED) {
                    l.add(level + " " + count);
                }
            });
            int more = levels.size() - l.size();
            parts.add(column + ": " + String.join(", ", l) + (more > 0 ? " and " + more + " more" : ""));
        });
        rareHint.set(parts.isEmpty() ? "No category has levels held by under 1% of the rows."
                : "Levels held by under 1% of the rows: " + String.join("; ", parts) + ".");
        advice.set(a.advice());
        update();
    }

    // ---- derived features ----------------------------------------------------------------------

    /** Keeps the Segment step's checklist in step: a derived feature ticked here is offered there, ticked. */
    private void derivedChanged() {
        List<String> offered = derivedChoices.stream().filter(DerivedChoice::derive).map(DerivedChoice::featureName)
                .toList();
        if (offered.equals(derivedFeatures)) {
            return;
        }
        List<String> added = offered.stream().filter(n -> !derivedFeatures.contains(n)).toList();
        derivedFeatures.setAll(offered);
        if (!updating) {
            added.forEach(n -> segment.features().select(n, true));
        }
    }

    // ---- the spec ------------------------------------------------------------------------------

    /**
     * The preparation of {@code features} (the Segment step's ticks: dataset columns and derived
     * feature names) with this step's choices.
     *
     * @throws SegmentaException when a choice that applies to them cannot be read (the message says which)
     */
    public PrepSpec specFor(List<String> features) {
        Build b = build(features);
        if (b.problem != null) {
            throw new SegmentaException(b.problem);
        }
        return b.spec;
    }

    /** A spec and the first problem found on the way (then the spec is null). */
    private static final class Build {
        PrepSpec spec;
        String problem;

        void problem(String text) {
            if (problem == null && text != null) {
                problem = text;
            }
        }
    }

    private Build build(List<String> features) {
        Build b = new Build();
        Map<String, DerivedChoice> byName = new LinkedHashMap<>();
        derivedChoices.stream().filter(DerivedChoice::derive).forEach(d -> byName.put(d.featureName(), d));
        List<String> columns = new ArrayList<>();
        List<Derivation> derived = new ArrayList<>();
        for (String f : features) {
            DerivedChoice d = byName.get(f);
            if (d == null) {
                columns.add(f);
                continue;
            }
            try {
                derived.add(d.derivation());
            } catch (SegmentaException e) {
                b.problem(e.getMessage());
            }
        }
        Set<String> sources = new HashSet<>(columns);
        derived.forEach(d -> sources.add(d.column()));

        MissingPolicy missing = null;
        String defaultError = null;
        try {
            missing = MissingPolicy.of(missingDefault.get().imputation(missingDefaultConstant.get(), null, false));
        } catch (SegmentaException e) {
            defaultError = e.getMessage();
        }
        b.problem(defaultError);
        for (MissingChoice m : missingChoices) {
            if (m.choice() == FillChoice.DEFAULT) {
                continue;
            }
            try {
                Imputation imp = m.choice().imputation(m.constantProperty().get(), m.column(), !m.categorical());
                if (missing != null && sources.contains(m.column())) {
                    missing = missing.with(m.column(), imp);
                }
            } catch (SegmentaException e) {
                if (sources.contains(m.column())) {
                    b.problem(e.getMessage());
                }
            }
        }

        RareLevels rare = RareLevels.OFF;
        if (mergeRare.get()) {
            try {
                rare = RareLevels.parse(rareThreshold.get() == null ? "" : rareThreshold.get());
                if (rare.isOff()) {
                    throw new SegmentaException("Give the rare-level threshold above 0: a count such as 5 (levels with "
                            + "fewer than 5 customers) or a share such as 1%.");
                }
            } catch (SegmentaException e) {
                b.problem(e.getMessage());
            }
        }
        OutlierPolicy policy = null;
        try {
            policy = outliers.policy();
        } catch (SegmentaException e) {
            b.problem(e.getMessage());
        }
        if (b.problem == null) {
            b.spec = new PrepSpec(columns, scaling.get(), missing, new CategoricalPolicy(dropFirst.get(), rare), derived,
                    policy, outliers.choices(), log.among(features), log.leaveOutProperty().get());
        }
        return b;
    }

    /** Recomputes the field errors, the spec of the ticked features and whether the preview is out of date. */
    private void update() {
        missingDefaultError.set(fieldError(() -> missingDefault.get().imputation(missingDefaultConstant.get(), null,
                false)));
        for (MissingChoice m : missingChoices) {
            m.setError(m.choice() == FillChoice.DEFAULT ? null : fieldError(() -> m.choice().imputation(
                    m.constantProperty().get(), m.column(), !m.categorical())));
        }
        for (DerivedChoice d : derivedChoices) {
            d.setError(d.derive() ? fieldError(d::derivation) : null);
        }
        rareError.set(mergeRare.get() ? fieldError(() -> {
            if (RareLevels.parse(rareThreshold.get() == null ? "" : rareThreshold.get()).isOff()) {
                throw new SegmentaException("Give a threshold above 0: a count such as 5 or a share such as 1%.");
            }
            return null;
        }) : null);
        outliers.check();
        Build b = build(segment.features().selected());
        problem.set(b.problem);
        choicesSummary.set(b.spec == null ? b.problem : describe(b.spec));
        currentSpec.set(b.spec);
        stale.set(preview.staleFor(b.spec));
    }

    private static String fieldError(Supplier<?> check) {
        try {
            check.get();
            return null;
        } catch (SegmentaException e) {
            return e.getMessage();
        }
    }

    // ---- preview -------------------------------------------------------------------------------

    /** Runs the preparation of the ticked features in the background and shows its report. */
    public void preview() {
        Dataset d = dataset.get();
        if (d == null) {
            notices.error("Open a table first (File > Open… or Open sample).");
            return;
        }
        List<String> chosen = segment.features().selected();
        if (chosen.isEmpty()) {
            notices.error("No features are ticked. Tick at least one feature here or in the Segment step.");
            return;
        }
        PrepSpec spec;
        try {
            spec = specFor(chosen);
        } catch (SegmentaException e) {
            notices.error(e.getMessage());
            return;
        }
        preview.letGoIfLarge(); // never two large preparations held at once: the next may need the memory
        runner.run("Previewing the preparation", (progress, cancel) -> {
            progress.progress(-1, Formats.plural(spec.sourceColumns().size(), "column", "columns") + " of "
                    + Formats.plural(d.rowCount(), "row", "rows")
                    + (spec.outliers().isOff() ? "" : ", outliers by " + spec.outliers().describe()));
            return FeaturePreparer.prepare(d, spec, cancel);
        }, p -> {
            if (dataset.get() != d) {
                return;
            }
            preview.show(spec, p);
            notices.clear();
            runner.announce("Prepared " + Formats.plural(p.rows(), "customer", "customers") + " with "
                    + Formats.plural(p.cols(), "feature", "features"));
        }, notices::error);
    }

    // ---- properties ----------------------------------------------------------------------------

    /** The open table, or null. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** True while the step is on show (the advice is computed then). */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The open table's problems before any choice; null until computed. */
    public ReadOnlyObjectProperty<PrepAdvice> adviceProperty() {
        return advice.getReadOnlyProperty();
    }

    /** e.g. "Levels held by under 1% of the rows: Marital_Status: Alone 3, Absurd 2, YOLO 2." */
    public ReadOnlyStringProperty rareHintProperty() {
        return rareHint.getReadOnlyProperty();
    }

    /** The missing-value choice of columns without their own (never {@link FillChoice#DEFAULT}). */
    public ObjectProperty<FillChoice> missingDefaultProperty() {
        return missingDefault;
    }

    public StringProperty missingDefaultConstantProperty() {
        return missingDefaultConstant;
    }

    public ReadOnlyStringProperty missingDefaultErrorProperty() {
        return missingDefaultError.getReadOnlyProperty();
    }

    /** One entry per column with missing cells that a feature can come from. */
    public ObservableList<MissingChoice> missingChoices() {
        return missingChoices;
    }

    /** The missing-value choice of {@code column}, or null when it has no missing cells. */
    public MissingChoice missingChoice(String column) {
        return missingChoices.stream().filter(m -> m.column().equals(column)).findFirst().orElse(null);
    }

    /** One-hot: leave out the first level's indicator. */
    public BooleanProperty dropFirstProperty() {
        return dropFirst;
    }

    /** Merge rare levels into "Other". */
    public BooleanProperty mergeRareProperty() {
        return mergeRare;
    }

    /** A count ("5": fewer than 5 customers) or a share ("1%"). */
    public StringProperty rareThresholdProperty() {
        return rareThreshold;
    }

    public ReadOnlyStringProperty rareErrorProperty() {
        return rareError.getReadOnlyProperty();
    }

    public ObjectProperty<Scaling> scalingProperty() {
        return scaling;
    }

    /** The features the table can give (tenure, age). */
    public ObservableList<DerivedChoice> derivedChoices() {
        return derivedChoices;
    }

    /** The derived choice of {@code featureName}, or null. */
    public DerivedChoice derivedChoice(String featureName) {
        return derivedChoices.stream().filter(d -> d.featureName().equals(featureName)).findFirst().orElse(null);
    }

    /** Names of the derived features ticked here: the Segment step offers them as features. */
    public ObservableList<String> derivedFeatures() {
        return FXCollections.unmodifiableObservableList(derivedFeatures);
    }

    /** The first choice that stops the ticked features from being prepared, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The spec of the ticked features with the current choices; null while a choice is not valid. */
    public ReadOnlyObjectProperty<PrepSpec> currentSpecProperty() {
        return currentSpec.getReadOnlyProperty();
    }

    /** The latest preview of the open table, or null. */
    public ReadOnlyObjectProperty<PreparedFeatures> previewProperty() {
        return preview.shown.getReadOnlyProperty();
    }

    /** The spec the preview was made with. */
    public ReadOnlyObjectProperty<PrepSpec> previewSpecProperty() {
        return preview.spec.getReadOnlyProperty();
    }

    /** True when a choice or the ticked features changed since the preview. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** The preview's counts in one line. */
    public ReadOnlyStringProperty previewSummaryProperty() {
        return preview.summary.getReadOnlyProperty();
    }

    /** The current choices for the ticked features in one line (or why they cannot be used). */
    public ReadOnlyStringProperty choicesSummaryProperty() {
        return choicesSummary.getReadOnlyProperty();
    }

    /** True while background work runs (Preview waits). */
    public ReadOnlyBooleanProperty busyProperty() {
        return runner.runningProperty();
    }

    /** The outlier detection, keep or exclude, and the choices for single flagged customers. */
    public OutlierChoice outliers() {
        return outliers;
    }

    /** The log transform: which features, and whether customers below -1 are left out. */
    public LogChoice log() {
        return log;
    }

    /** The Segment step, whose feature ticks this step shows. */
    public SegmentViewModel segment() {
        return segment;
    }
}
