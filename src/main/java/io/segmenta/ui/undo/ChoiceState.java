package io.segmenta.ui.undo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values of every choice the window keeps for Undo at one moment, in the order they were read.
 * Values are immutable (strings, enums, booleans, copied lists and maps) so that two states compare
 * by value.
 */
public final class ChoiceState {
    /** What a choice "had" before it existed or after it went (a feature of a role no longer a feature). */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "absent";
        }
    };

    private final Map<String, Choice> choices;
    private final Map<String, Object> values;

    private ChoiceState(Map<String, Choice> choices, Map<String, Object> values) {
        this.choices = choices;
        this.values = values;
    }

    /** Reads a state choice by choice. */
    public static final class Builder {
        private final Map<String, Choice> choices = new LinkedHashMap<>();
        private final Map<String, Object> values = new LinkedHashMap<>();

        /** Adds a choice and its value now (null is a value too); a second choice with the same id is refused. */
        public Builder put(Choice choice, Object value) {
            if (choices.putIfAbsent(choice.id(), choice) != null) {
                throw new IllegalArgumentException("two choices named " + choice.id());
            }
            values.put(choice.id(), value);
            return this;
        }

        public ChoiceState build() {
            return new ChoiceState(Collections.unmodifiableMap(new LinkedHashMap<>(choices)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(values)));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The value of a choice, or {@link #ABSENT} when the state has no such choice. */
    public Object value(String id) {
        return values.containsKey(id) ? values.get(id) : ABSENT;
    }

    public int size() {
        return values.size();
    }

    /** One choice's value before and after. */
    public record Change(Choice choice, Object before, Object after) {
        /** True when the choice existed on both sides: a change the analyst made, not one of what exists. */
        public boolean isEdit() {
            return before != ABSENT && after != ABSENT;
        }
    }

    /**
     * What changed from this state to {@code next}: every choice whose value differs, and the choices that
     * appeared or went, in reading order (the choices of this state, then those new in {@code next}).
     */
    public List<Change> changesTo(ChoiceState next) {
        Objects.requireNonNull(next, "next");
        List<Change> out = new ArrayList<>();
        choices.forEach((id, c) -> {
            Object after = next.value(id);
            if (!Objects.equals(values.get(id), after)) {
                out.add(new Change(c, values.get(id), after));
            }
        });
        next.choices.forEach((id, c) -> {
            if (!choices.containsKey(id)) {
                out.add(new Change(c, ABSENT, next.values.get(id)));
            }
        });
        return out;
    }
}
