package io.segmenta.ui.segment;

import io.segmenta.core.explain.Stability;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.task.JobHandle;
import io.segmenta.ui.task.JobKind;
import io.segmenta.ui.task.TaskRunner;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;

/**
 * "How stable are these segments?" in the Compare runs tab: refits the run on show on bootstrap
 * resamples in the background ({@link Stability}), with progress and Cancel, and says the verdict
 * and each segment's share of customers that stay together.
 */
public final class StabilityCheck {
    /** Stability refits: a newer request replaces the one running. */
    static final JobKind STABILITY = JobKind.replacing("Stability");

    private final TaskRunner runner;
    private final NoticeBoard notices;
    private final ObservableValue<SegmentationRun> current;
    private final List<String> names;
    private final IntegerProperty resamples = new SimpleIntegerProperty(this, "resamples", Stability.DEFAULT_RESAMPLES);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private JobHandle handle;
    private SegmentationRun checked;

    StabilityCheck(TaskRunner runner, NoticeBoard notices, ObservableValue<SegmentationRun> current, List<String> names) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.current = Objects.requireNonNull(current, "current");
        this.names = names;
        current.addListener((o, was, now) -> {
            if (now != checked) {
                cancel();
                verdict.set("");
                details.set("");
            }
        });
        resamples.addListener((o, was, now) -> {
            int v = Math.max(1, Math.min(Stability.MAX_RESAMPLES, now.intValue()));
            if (v != now.intValue()) {
                resamples.set(v);
            }
        });
    }

    /** Refits the run on show {@link #resamplesProperty()} times, in the background. */
    public void check() {
        SegmentationRun run = current.getValue();
        if (run == null) {
            notices.error("Segment first: stability is checked for the run on show.");
            return;
        }
        int n = resamples.get();
        long seed = run.result().spec().seed();
        checked = run;
        verdict.set("");
        details.set("");
        handle = runner.submit(STABILITY, "Checking stability of " + run.label() + " (" + n + " refits)",
                (progress, cancel) -> Stability.of(run.result(), n, seed, progress, cancel), s -> {
                    if (current.getValue() == run) {
                        show(run, s);
                        runner.announce(run.label() + ": " + s.verdict());
                    }
                }, notices::error, h -> running.set(h.isActive()));
    }

    /** Stops a check that is running or waiting. */
    public void cancel() {
        if (handle != null && handle.isActive()) {
            handle.cancel();
        }
    }

    private void show(SegmentationRun run, Stability s) {
        verdict.set(run.label() + ": " + s.verdict());
        StringBuilder b = new StringBuilder("Share of each segment's customers that stay together in a refit:");
        for (int i = 0; i < s.together().length; i++) {
            double t = s.together()[i];
            String name = i < names.size() ? names.get(i) : "Segment " + (i + 1);
            b.append(String.format(Locale.ROOT, "%n%d. %s: %s", i + 1, name, Double.isNaN(t) ? "not drawn"
                    : String.format(Locale.ROOT, "%.0f%%", 100 * t)));
        }
        details.set(b.toString());
    }

    /** The window's progress (0 to 1), which follows the check while it runs. */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return runner.progressProperty();
    }

    /** How many bootstrap refits (1 to 1000; 20 by default). */
    public IntegerProperty resamplesProperty() {
        return resamples;
    }

    /** True while a check runs or waits. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** "Run 2: Highly stable: refits ... Mean adjusted Rand index 0.98 over 20 refits (lowest 0.93).", or "". */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** Per segment, the share of its customers that stay together; "" before a check. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }
}
