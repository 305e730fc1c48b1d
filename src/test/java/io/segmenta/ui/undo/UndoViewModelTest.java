package io.segmenta.ui.undo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.prep.ColumnRole;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.Scaling;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.Step;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.prepare.FillChoice;
import io.segmenta.ui.prepare.PrepareViewModel;
import io.segmenta.ui.segment.SegmentViewModel;
import io.segmenta.ui.segment.SegmentationRun;
import io.segmenta.ui.task.SyncTaskRunner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Undo and redo of each kind of change through the view-models, on the real core and shared tables,
 * with a synchronous runner; {@link SyncTaskRunner#runLater()} marks the end of one event of the
 * window (one click, one keystroke), where the window records a step.
 */
class UndoViewModelTest {
    private static final String INCOME = "Annual Income (k$)";
    private static final String SPENDING = "Spending Score (1-100)";
    private static final String TENURE = "Dt_Customer tenure (days)";

    private final SyncTaskRunner runner = new SyncTaskRunner();
    private final UiFixture fixture = new UiFixture(runner);
    private final MainViewModel main = fixture.vm();
    private final UndoViewModel undo = main.undo();
    private final PrepareViewModel prepare = main.prepare();
    private final SegmentViewModel segment = main.segmentStep();

    @AfterEach
    void close() {
        fixture.close();
    }

    private void open(String table) {
        main.start(List.of(SharedData.dataset(table).toString()));
        assertNotNull(main.data().dataset(), () -> "open failed: " + main.notices().current());
        runner.runLater();
    }

    /** One event of the window: the change, then the quiet moment after it. */
    private void event(Runnable change) {
        change.run();
        runner.runLater();
    }

    private String undoText() {
        return undo.undoTextProperty().get();
    }

    private String redoText() {
        return undo.redoTextProperty().get();
    }

    @Test
    void everyPreparationChoiceIsOneStepBackAndForth() {
        open(SharedData.MARKETING);
        main.stepProperty().set(Step.PREPARE);
        runner.runLater();
        assertNotNull(prepare.adviceProperty().get());
        assertFalse(undo.canUndoProperty().get(), () -> "the advice is no change: " + undoText());
        assertEquals("Undo", undoText());

        event(() -> prepare.scalingProperty().set(Scaling.ROBUST));
        assertEquals("Undo \u201cScaling: robust\u201d", undoText());
        event(() -> prepare.missingChoice("Income").choiceProperty().set(FillChoice.MEDIAN));
        assertEquals("Undo \u201cMissing values of Income: Median\u201d", undoText());
        event(() -> prepare.dropFirstProperty().set(true));
        event(() -> prepare.mergeRareProperty().set(true));
        // typing "2%" over "1%": three keystrokes, one step
        event(() -> prepare.rareThresholdProperty().set(""));
        event(() -> prepare.rareThresholdProperty().set("2"));
        event(() -> prepare.rareThresholdProperty().set("2%"));
        assertEquals("Undo \u201cRare-level threshold\u201d", undoText());
        // the method resets its threshold: one step
        event(() -> prepare.outliers().methodProperty().set(OutlierMethod.IQR));
        assertEquals("1.5", prepare.outliers().parameterProperty().get());
        assertEquals("Undo \u201cOutliers: IQR fences\u201d", undoText());
        event(() -> prepare.outliers().parameterProperty().set("3"));
        undo.seal();
        event(() -> prepare.outliers().actionProperty().set(OutlierAction.EXCLUDE));
        event(() -> prepare.outliers().choose(List.of(5, 9), OutlierAction.KEEP));
        event(() -> prepare.log().logged().add("Income"));
        assertEquals("Undo \u201cLog transform of Income\u201d", undoText());
        event(() -> prepare.log().leaveOutProperty().set(true));
        assertEquals("Undo \u201cLeave out customers below -1\u201d", undoText());
        assertEquals(11, undo.undoCount(), this::steps);

        undo.undo();
        assertFalse(prepare.log().leaveOutProperty().get());
        assertEquals(List.of("Income"), prepare.log().logged());
        undo.undo();
        assertTrue(prepare.log().logged().isEmpty());
        assertEquals("Redo \u201cLog transform of Income\u201d", redoText());
        undo.undo();
        assertTrue(prepare.outliers().choices().isEmpty());
        undo.undo();
        assertEquals(OutlierAction.KEEP, prepare.outliers().actionProperty().get());
        undo.undo();
        assertEquals("1.5", prepare.outliers().parameterProperty().get());
        undo.undo();
        assertEquals(OutlierMethod.NONE, prepare.outliers().methodProperty().get());
        assertEquals("", prepare.outliers().parameterProperty().get(), "the threshold of no method, as it was");
        undo.undo();
        assertEquals("1%", prepare.rareThresholdProperty().get(), "the typing went back in one step");
        undo.undo();
        assertFalse(prepare.mergeRareProperty().get());
        undo.undo();
        assertFalse(prepare.dropFirstProperty().get());
        undo.undo();
        assertEquals(FillChoice.DEFAULT, prepare.missingChoice("Income").choice());
        undo.undo();
        assertEquals(Scaling.STANDARD, prepare.scalingProperty().get());
        assertFalse(undo.canUndoProperty().get());
        assertEquals(11, redoCount());

        for (int i = 0; i < 11; i++) {
            undo.redo();
        }
        assertTrue(prepare.log().leaveOutProperty().get());
        assertEquals(Scaling.ROBUST, prepare.scalingProperty().get());
        assertEquals(FillChoice.MEDIAN, prepare.missingChoice("Income").choice());
        assertEquals("2%", prepare.rareThresholdProperty().get());
        assertEquals(OutlierMethod.IQR, prepare.outliers().methodProperty().get());
        assertEquals("3", prepare.outliers().parameterProperty().get());
        assertEquals(Map.of(5, OutlierAction.KEEP, 9, OutlierAction.KEEP), prepare.outliers().choices());
        assertEquals(List.of("Income"), prepare.log().logged());
        assertEquals(prepare.currentSpecProperty().get().scaling(), Scaling.ROBUST, "the spec follows the choices");
    }

    /** The steps that can be undone, newest first (undone and redone again to read them). */
    private String steps() {
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (undo.canUndoProperty().get()) {
            out.append(undoText()).append('\n');
            undo.undo();
            n++;
        }
        for (int i = 0; i < n; i++) {
            undo.redo();
        }
        return out.toString();
    }

    private int redoCount() {
        int n = 0;
        while (undo.canRedoProperty().get()) {
            undo.redo();
            n++;
        }
        for (int i = 0; i < n; i++) {
            undo.undo();
        }
        return n;
    }

    @Test
    void aDerivedFeatureComesAndGoesWithItsTick() {
        open(SharedData.MARKETING);
        main.stepProperty().set(Step.PREPARE);
        runner.runLater();
        event(() -> prepare.derivedChoice(TENURE).deriveProperty().set(true));
        assertTrue(segment.features().selected().contains(TENURE), "a derived feature joins the ticks");
        assertEquals("Undo \u201cDerive " + TENURE + "\u201d", undoText());
        assertEquals(1, undo.undoCount(), "deriving and ticking are one step");
        undo.undo();
        assertFalse(prepare.derivedChoice(TENURE).derive());
        assertTrue(segment.features().choices().stream().noneMatch(f -> f.name().equals(TENURE)));
        undo.redo();
        assertTrue(segment.features().selected().contains(TENURE));
    }

    @Test
    void featureTicksAndRolesComeBackTogether() {
        open(SharedData.MALL);
        assertEquals(List.of(INCOME, SPENDING), segment.features().selected());
        event(() -> segment.features().select("Age", true));
        assertEquals("Undo \u201cTick Age\u201d", undoText());
        event(() -> segment.features().applyPreset(segment.features().presets().stream()
                .filter(p -> p.label().equals("Income")).findFirst().orElseThrow()));
        assertEquals(List.of(INCOME), segment.features().selected());
        assertEquals("Undo \u201cUntick Age and " + SPENDING + "\u201d", undoText(), "a preset is one step");
        undo.undo();
        assertEquals(List.of("Age", INCOME, SPENDING), segment.features().selected());

        // the role takes the ticked Age out of the features; undo brings it back ticked
        event(() -> main.data().column("Age").roleProperty().set(ColumnRole.IGNORE));
        assertFalse(segment.features().choices().stream().anyMatch(f -> f.name().equals("Age")));
        assertEquals("Undo \u201cRole of Age: ignore\u201d", undoText());
        undo.undo();
        assertEquals(ColumnRole.FEATURE, main.data().column("Age").role());
        assertEquals(List.of("Age", INCOME, SPENDING), segment.features().selected());
        undo.redo();
        assertEquals(ColumnRole.IGNORE, main.data().column("Age").role());
        assertEquals(List.of(INCOME, SPENDING), segment.features().selected());
        undo.undo();
        undo.undo();
        assertEquals(List.of(INCOME, SPENDING), segment.features().selected());
    }

    @Test
    void namesDescriptionsAndRemovedRunsComeBackWithoutAnyRun() {
        open(SharedData.MALL);
        event(segment::segment);
        assertFalse(undo.canUndoProperty().get(), () -> "a run is not an edit: " + undoText());
        SegmentationRun first = segment.runs().get(0);
        SegmentationResult firstResult = first.result();
        String automatic = segment.segmentNames().get(0);
        event(() -> segment.rename(0, "Careful spenders"));
        assertEquals("Undo \u201cRename segment 1 to \u201cCareful spenders\u201d\u201d", undoText());
        event(() -> segment.describe(1, "Mail them in the first week"));
        assertEquals("Undo \u201cDescribe segment 1\u201d".replace("1", "2"), undoText());
        event(() -> segment.rename(0, "Careful savers"));
        assertEquals(3, undo.undoCount(), "each committed name is its own step");

        segment.kProperty().set(3);
        event(segment::segment);
        assertEquals(2, segment.runs().size());
        assertEquals(3, undo.undoCount(), "the second run added no step");
        SegmentationRun second = segment.runs().get(1);

        event(() -> segment.runEdits().removeRun(second));
        assertEquals(2, segment.runs().size(), "the run on show is not removed");
        event(() -> segment.runEdits().removeRun(first));
        assertEquals(List.of(second), segment.runs());
        assertEquals("Undo \u201cRemove Run 1\u201d", undoText());

        int jobs = runner.jobsRun();
        undo.undo();
        assertEquals(List.of(first, second), segment.runs(), "back at its place");
        assertSame(firstResult, segment.runs().get(0).result(), "with its result");
        assertEquals(jobs, runner.jobsRun(), "nothing computed again");
        assertEquals("Careful savers", first.names().get(0));

        // the names of a run not on show go back in that run
        undo.undo();
        assertEquals("Careful spenders", first.names().get(0));
        undo.undo();
        assertEquals("", first.descriptions().get(1));
        undo.undo();
        assertEquals(automatic, first.names().get(0));
        assertEquals(second, segment.currentRunProperty().get(), "undo never changes the run on show");
        assertEquals(jobs, runner.jobsRun());
        undo.redo();
        undo.redo();
        assertEquals("Mail them in the first week", first.descriptions().get(1));
        segment.makeCurrent(first);
        assertEquals(List.of("Careful spenders"), segment.segmentNames().subList(0, 1), "shown with its names");
        assertEquals("Mail them in the first week", segment.descriptions().get(1));
    }

    @Test
    void aRunKeepsTheChoicesThatMadeItWhenTheyAreUndone() {
        open(SharedData.MALL);
        event(() -> prepare.scalingProperty().set(Scaling.MINMAX));
        event(segment::segment);
        SegmentationRun run = segment.runs().get(0);
        String row = run.row().features();
        undo.undo();
        assertEquals(Scaling.STANDARD, prepare.scalingProperty().get());
        assertEquals(Scaling.MINMAX, run.result().spec().prep().scaling(), "the run keeps its spec");
        assertEquals(Scaling.MINMAX, segment.result().spec().prep().scaling());
        assertEquals(row, run.row().features());
        assertEquals(List.of(run), segment.runs(), "undoing a choice removes no run");
        assertTrue(prepare.choicesSummaryProperty().get().contains("standard"), prepare.choicesSummaryProperty().get());
    }

    @Test
    void openingAnotherTableClearsTheHistory() {
        open(SharedData.MALL);
        event(() -> prepare.scalingProperty().set(Scaling.ROBUST));
        assertTrue(undo.canUndoProperty().get());
        open(SharedData.MARKETING);
        assertFalse(undo.canUndoProperty().get());
        assertFalse(undo.canRedoProperty().get());
        assertEquals("Undo", undoText());
    }
}
