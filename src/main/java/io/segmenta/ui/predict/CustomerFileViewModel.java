package io.segmenta.ui.predict;

import io.segmenta.core.model.BatchPredictor;
import io.segmenta.core.model.BatchSummary;
import io.segmenta.core.model.ModelSegment;
import io.segmenta.core.model.RowError;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.ui.Formats;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Predict step's file of customers: places every customer of a CSV file with the model in use
 * (see {@link PredictViewModel}) and writes the file with their segments, in the background
 * (progress, Cancel); then what it did, in a line, the rows it could not place and the count per segment.
 */
public final class CustomerFileViewModel {
    private final TaskRunner runner;
    private final NoticeBoard notices;
    private final ReadOnlyObjectProperty<SegmentModel> model;
    private final ReadOnlyObjectWrapper<BatchSummary> batch = new ReadOnlyObjectWrapper<>(this, "batch");
    private final ReadOnlyStringWrapper batchText = new ReadOnlyStringWrapper(this, "batchText", "");
    private final ObservableList<String> batchErrors = FXCollections.observableArrayList();
    private final ObservableList<SegmentCount> batchCounts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper batchRunning = new ReadOnlyBooleanWrapper(this, "batchRunning", false);

    /** @param model the model in use (null before one is chosen) */
    public CustomerFileViewModel(TaskRunner runner, NoticeBoard notices, ReadOnlyObjectProperty<SegmentModel> model) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.model = Objects.requireNonNull(model, "model");
    }

    /** Forgets the latest batch (another model is in use). */
    void clear() {
        batch.set(null);
        batchText.set("");
        batchErrors.clear();
        batchCounts.clear();
    }

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
        runner.runningProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
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
            notices.warning(Formats.plural(s.failed(), "row", "rows") + " of " + s.inputName()
                    + " got no segment; the others were placed. " + String.join(" ", s.notes()));
        } else if (!s.notes().isEmpty()) {
            notices.info(String.join(" ", s.notes()));
        } else {
            notices.success("Placed " + Formats.plural(s.rows(), "customer", "customers") + " and wrote "
                    + s.output() + ".");
        }
        runner.announce("Predicted " + s.inputName() + " into " + s.output().getFileName());
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
}
