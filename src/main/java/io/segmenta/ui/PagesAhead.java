package io.segmenta.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.scene.Parent;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

/**
 * Builds the pages of the steps not shown yet and styles them out of sight, one at a time while no work runs,
 * with a pause after each building and after each of the parts it loads in a wait of their own
 * ({@link BuiltAhead}: its choices, its tab on show), and styling each a part at a time ({@link PartStyling}),
 * so the window answers clicks in between. A step's first opening then only lays its page out: on the built-in
 * sample the first opening of Prepare held the window 0.34 s (building 117 ms, styling 134 ms, layout 31 ms),
 * of Explore 0.20 s and of Segment 0.18 s. The pages' view-models compute nothing for a step that is not on show.
 */
final class PagesAhead {
    /** The pause between two pages built ahead, and between a page's building and its styling. */
    private static final Duration GAP = Duration.millis(150);
    /** The wait while work runs before building the next page. */
    private static final Duration WAIT = Duration.millis(500);
    /** The pause between two waits that style parts of a page ({@link PartStyling}). */
    private static final Duration PART_GAP = Duration.millis(40);

    private final Map<Step, Parent> pages;
    private final Function<Step, Parent> create;
    private final Pane content;
    private final BooleanSupplier working;
    /** The page being styled a part at a time, or null. */
    private PartStyling styling;
    /** The loads of the parts of the page built last not run yet ({@link BuiltAhead}), in order. */
    private final Deque<Runnable> partLoads = new ArrayDeque<>();

    /**
     * @param pages   the pages built so far, by step (shown or built ahead); built pages are added to it
     * @param create  builds a step's page
     * @param content where the step on show is (pages are styled in it, out of sight)
     * @param working whether work runs (a table being read, a run): it goes first
     */
    PagesAhead(Map<Step, Parent> pages, Function<Step, Parent> create, Pane content, BooleanSupplier working) {
        this.pages = pages;
        this.create = create;
        this.content = content;
        this.working = working;
    }

    /** Starts building the pages of every step but Data not built yet; runs {@code done} when all are. */
    void start(Runnable done) {
        Objects.requireNonNull(done, "done");
        Deque<Step> steps = new ArrayDeque<>(List.of(Step.EXPLORE, Step.PREPARE, Step.SEGMENT, Step.PROFILES,
                Step.PREDICT));
        after(GAP, () -> next(steps, done));
    }

    /** Makes a page being built or styled whole at once: a step is about to show. */
    void finishStyling() {
        while (!partLoads.isEmpty()) {
            partLoads.removeFirst().run();
        }
        if (styling != null) {
            styling.finishNow();
            styling = null;
        }
    }

    private void next(Deque<Step> steps, Runnable done) {
        while (!steps.isEmpty() && pages.containsKey(steps.peekFirst())) {
            steps.removeFirst();
        }
        if (steps.isEmpty() || content.getScene() == null) {
            done.run();
            return;
        }
        if (working.getAsBoolean()) {
            after(WAIT, () -> next(steps, done));
            return;
        }
        Step step = steps.removeFirst();
        Parent page = BuiltAhead.collecting(partLoads, () -> create.apply(step));
        pages.put(step, page);
        // built; its parts loaded one per wait after a pause each; then styled: shorter waits than one
        after(GAP, () -> loadParts(page, steps, done));
    }

    private void loadParts(Parent page, Deque<Step> steps, Runnable done) {
        if (partLoads.isEmpty()) {
            style(page, steps, done);
        } else {
            partLoads.removeFirst().run();
            after(GAP, () -> loadParts(page, steps, done));
        }
    }

    private void style(Parent page, Deque<Step> steps, Runnable done) {
        if (page.getScene() != null) { // shown in between
            after(GAP, () -> next(steps, done));
            return;
        }
        styling = new PartStyling(content, page);
        styleParts(styling, () -> next(steps, done));
    }

    /** Styles the next parts of {@code ps}, then again after a pause until it is whole; then runs {@code then}. */
    private void styleParts(PartStyling ps, Runnable then) {
        if (ps.next()) { // whole: styled, or made whole by finishStyling
            if (styling == ps) {
                styling = null;
            }
            after(GAP, then);
        } else {
            after(PART_GAP, () -> styleParts(ps, then));
        }
    }

    private static void after(Duration wait, Runnable then) {
        PauseTransition pause = new PauseTransition(wait);
        pause.setOnFinished(e -> then.run());
        pause.play();
    }
}
