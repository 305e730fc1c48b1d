package io.segmenta.ui.segment;

import io.segmenta.core.Comparison;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.explain.Agreement;
import io.segmenta.ui.Formats;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.task.TaskRunner;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Compare runs tab's state: the pair of runs compared and how much they agree, the adjusted Rand
 * index of every pair, and the tab's texts (its title, the columns of the runs table, the cells of the
 * matrix). The runs themselves are {@link SegmentViewModel}'s, which makes this one.
 */
public final class CompareRunsViewModel {
    private final SegmentViewModel vm;
    private final TaskRunner runner;
    private final NoticeBoard notices;
    private final ObservableList<SegmentationRun> runs;
    private final ObjectProperty<SegmentationRun> compareA = new SimpleObjectProperty<>(this, "compareA");
    private final ObjectProperty<SegmentationRun> compareB = new SimpleObjectProperty<>(this, "compareB");
    private final ReadOnlyStringWrapper agreement = new ReadOnlyStringWrapper(this, "agreement", "");
    private final ReadOnlyObjectWrapper<AriMatrix> ariMatrix = new ReadOnlyObjectWrapper<>(this, "ariMatrix");
    private final StringBinding title;
    private final StabilityCheck stability;

    /** A column of the runs table: its title, its text for a run, its preferred width and alignment. */
    public record Column(String title, Function<SegmentationRun, String> text, double width, boolean numeric) {
    }

    CompareRunsViewModel(SegmentViewModel vm, TaskRunner runner, NoticeBoard notices) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.runs = vm.runs();
        this.stability = new StabilityCheck(runner, notices, vm.currentRunProperty(), vm.segmentNames());
        title = Bindings.createStringBinding(() -> {
            SegmentationRun c = vm.currentRunProperty().get();
            return Formats.plural(vm.runs().size(), "run", "runs") + (c == null ? "" : " · on show: " + c.label()
                    + " (●)");
        }, vm.runs(), vm.currentRunProperty());
        compareA.addListener(o -> updateAgreement());
        compareB.addListener(o -> updateAgreement());
        runs.addListener((ListChangeListener<SegmentationRun>) c -> {
            if (!runs.contains(compareA.get())) {
                compareA.set(null);
            }
            if (!runs.contains(compareB.get())) {
                compareB.set(null);
            }
            // a second run offers itself against the one before it
            if (runs.size() >= 2 && compareA.get() == null && compareB.get() == null) {
                compareA.set(runs.get(runs.size() - 2));
                compareB.set(runs.get(runs.size() - 1));
            }
            AriMatrix m = ariMatrix.get();
            if (m != null && !m.runs().equals(List.copyOf(runs))) {
                ariMatrix.set(null);
            }
        });
    }

    /** The adjusted Rand index of every pair of runs, for the runs it was computed for. */
    public record AriMatrix(List<SegmentationRun> runs, double[][] values) {
        public AriMatrix {
            runs = List.copyOf(runs);
        }
    }

    private void updateAgreement() {
        SegmentationRun a = compareA.get();
        SegmentationRun b = compareB.get();
        if (a == null || b == null) {
            agreement.set("");
            return;
        }
        try {
            double ari = Comparison.adjustedRand(a.result(), b.result());
            agreement.set("Adjusted Rand index of " + a.label() + " and " + b.label() + ": "
                    + String.format(Locale.ROOT, "%.3f", ari) + " (" + readAri(ari) + ")");
        } catch (io.segmenta.core.SegmentaException e) {
            agreement.set(e.getMessage());
        }
    }

    /**
     * How an adjusted Rand index reads, with its band ({@link Agreement}): 1 the same segments, 0 what
     * chance would give.
     */
    static String readAri(double ari) {
        return ari >= 0.999_999 ? "the same segments" : Agreement.wordsWithBand(ari);
    }

    /** "How stable are these segments?": bootstrap refits of the run on show. */
    public StabilityCheck stability() {
        return stability;
    }

    /** Computes the adjusted Rand index of every pair of runs in the background. */
    public void compareAll() {
        List<SegmentationRun> snapshot = List.copyOf(runs);
        if (snapshot.size() < 2) {
            notices.error("Run at least two segmentations to compare them.");
            return;
        }
        List<SegmentationResult> results = snapshot.stream().map(SegmentationRun::result).toList();
        runner.run("Comparing " + snapshot.size() + " runs", (progress, cancel) -> {
            progress.progress(-1, "adjusted Rand index of every pair");
            return Comparison.adjustedRandMatrix(results);
        }, m -> {
            if (List.copyOf(runs).equals(snapshot)) {
                ariMatrix.set(new AriMatrix(snapshot, m));
                runner.announce("Compared " + snapshot.size() + " runs");
            }
        }, notices::error);
    }

    /** The first run of the pair compared by the adjusted Rand index. */
    public ObjectProperty<SegmentationRun> compareAProperty() {
        return compareA;
    }

    /** The second run of the pair compared by the adjusted Rand index. */
    public ObjectProperty<SegmentationRun> compareBProperty() {
        return compareB;
    }

    /** "Adjusted Rand index of Run 1 and Run 3: 0.873 (nearly the same segments)", or "" without a pair. */
    public ReadOnlyStringProperty agreementProperty() {
        return agreement.getReadOnlyProperty();
    }

    /** The adjusted Rand index of every pair of runs, once {@link #compareAll()} finished (null after a new run). */
    public ReadOnlyObjectProperty<AriMatrix> ariMatrixProperty() {
        return ariMatrix.getReadOnlyProperty();
    }

    /** The runs table's columns; the first marks the run on show. */
    public List<Column> columns() {
        return List.of(
                new Column("", r -> r == vm.currentRunProperty().get() ? "●" : "", 28, false),
                new Column("Run", SegmentationRun::label, 64, false),
                new Column("Method", SegmentationRun::method, 320, false),
                new Column("k", r -> Integer.toString(r.row().k()), 44, true),
                new Column("Customers", r -> Formats.count(r.row().customers()), 108, true),
                new Column("Noise", r -> r.row().algorithm() == Algorithm.DBSCAN ? Formats.count(r.row().noise())
                        : "", 64, true),
                new Column("WCSS", r -> Formats.wcss(r.row().wcss()), 90, true),
                new Column("Silhouette", r -> Formats.score(r.row().silhouette())
                        + (r.row().silhouetteSampled() ? "*" : ""), 108, true),
                new Column("CH", r -> number(r.row().calinskiHarabasz()), 80, true),
                new Column("DB", r -> Formats.score(r.row().daviesBouldin()), 64, true),
                new Column("BIC", r -> number(r.row().bic()), 90, true),
                new Column("AIC", r -> number(r.row().aic()), 90, true),
                new Column("Features", r -> r.row().features(), 320, false));
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return Math.abs(v) >= 1e9 ? String.format(Locale.ROOT, "%.3e", v) : String.format(Locale.ROOT, "%,.1f", v);
    }

    /** A cell of the adjusted Rand index matrix: "0.87". */
    public static String ariText(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** The tooltip of a cell of the matrix. */
    public static String ariTip(SegmentationRun a, SegmentationRun b, double v) {
        return a.label() + " and " + b.label() + ": adjusted Rand index " + String.format(Locale.ROOT, "%.3f", v);
    }

    /** "4 runs · on show: Run 3 (●)" */
    public StringBinding titleProperty() {
        return title;
    }
}
