package io.segmenta.ui.undo;

import io.segmenta.ui.undo.ChoiceState.Change;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of choice changes: what the analyst changed between two quiet moments of the window (one
 * click, one typed character, one preset) with the changes it brought along (a role that removed a
 * ticked feature takes the tick with it). Undo puts the values back section by section
 * ({@link Choice.Section}), redo sets the new ones. Plain Java.
 */
final class ChoiceEdit implements Edit {
    /** Words of a tick list before "and N more". */
    static final int NAMED = 3;

    /** Runs a batch of restores (the window stops recording meanwhile and reads its state again after). */
    interface Applier {
        void apply(Runnable restores);
    }

    private final List<Change> changes;
    private final Applier applier;

    private ChoiceEdit(List<Change> changes, Applier applier) {
        this.changes = List.copyOf(changes);
        this.applier = Objects.requireNonNull(applier, "applier");
    }

    /**
     * The step from {@code before} to {@code after}, or null when no choice that exists in both changed
     * (only what exists changed: a new run's names, the rows of a new table's advice).
     */
    static ChoiceEdit between(ChoiceState before, ChoiceState after, Applier applier) {
        List<Change> changes = before.changesTo(after);
        return changes.stream().anyMatch(Change::isEdit) ? new ChoiceEdit(changes, applier) : null;
    }

    List<Change> changes() {
        return changes;
    }

    @Override
    public String what() {
        List<Change> edits = changes.stream().filter(Change::isEdit).toList();
        if (edits.isEmpty()) {
            return "Change";
        }
        if (edits.size() > 1 && edits.stream().allMatch(c -> c.choice().section() == Choice.Section.FEATURES)) {
            List<String> ticked = new ArrayList<>();
            List<String> unticked = new ArrayList<>();
            edits.forEach(c -> (Boolean.TRUE.equals(c.after()) ? ticked : unticked).add(c.choice().label()));
            List<String> parts = new ArrayList<>();
            if (!ticked.isEmpty()) {
                parts.add("Tick " + names(ticked));
            }
            if (!unticked.isEmpty()) {
                parts.add((parts.isEmpty() ? "Untick " : "untick ") + names(unticked));
            }
            return String.join(", ", parts);
        }
        Change first = edits.get(0);
        return first.choice().says(first.after());
    }

    /** "A", "A and B", "A, B, C and 2 more" */
    static String names(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        List<String> shown = names.subList(0, Math.min(NAMED, names.size()));
        int more = names.size() - shown.size();
        if (more > 0) {
            return String.join(", ", shown) + " and " + more + " more";
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }

    @Override
    public void undo() {
        applier.apply(() -> put(true));
    }

    @Override
    public void redo() {
        applier.apply(() -> put(false));
    }

    private void put(boolean before) {
        List<Change> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparing(c -> c.choice().section()));
        for (Change c : ordered) {
            Object v = before ? c.before() : c.after();
            if (v != ChoiceState.ABSENT) {
                c.choice().restore(v);
            }
        }
    }

    /** Typing on in the same field: the two steps are one, from this one's start to the next one's end. */
    @Override
    public Edit mergedWith(Edit next) {
        if (!(next instanceof ChoiceEdit n) || applier != n.applier) {
            return null;
        }
        Choice typed = typedChoice();
        if (typed == null || !typed.equals(n.typedChoice())) {
            return null;
        }
        Map<Choice, Change> merged = new LinkedHashMap<>();
        for (Change c : changes) {
            merged.put(c.choice(), c);
        }
        for (Change c : n.changes) {
            Change was = merged.get(c.choice());
            merged.put(c.choice(), was == null ? c : new Change(c.choice(), was.before(), c.after()));
        }
        return new ChoiceEdit(new ArrayList<>(merged.values()), applier);
    }

    /** The one typed choice this step changed, or null when it changed something else too. */
    private Choice typedChoice() {
        List<Change> edits = changes.stream().filter(Change::isEdit).toList();
        return edits.size() == 1 && edits.get(0).choice().kind() == Choice.Kind.TYPED ? edits.get(0).choice() : null;
    }

    @Override
    public boolean isEmpty() {
        return changes.stream().allMatch(c -> Objects.equals(c.before(), c.after()));
    }
}
