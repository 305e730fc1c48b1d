package io.segmenta.core.prep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The missing-value choice of every feature: a default and per-feature overrides. An override is
 * keyed by a dataset column name or a derived feature's name (e.g. "Age from Year_Birth"; the
 * derived feature falls back to its source column's override).
 *
 * @param byDefault  the choice for features without an override
 * @param perFeature overrides by column or derived-feature name
 */
public record MissingPolicy(Imputation byDefault, Map<String, Imputation> perFeature) {
    /** Rows with a missing feature are left out (the behaviour of the first version). */
    public static final MissingPolicy DROP_ROWS = new MissingPolicy(Imputation.DROP, Map.of());

    public MissingPolicy {
        Objects.requireNonNull(byDefault, "byDefault");
        perFeature = Collections.unmodifiableMap(new LinkedHashMap<>(perFeature));
    }

    /** The same choice for every feature. */
    public static MissingPolicy of(Imputation byDefault) {
        return new MissingPolicy(byDefault, Map.of());
    }

    /** This policy with {@code feature} overridden (or the override replaced). */
    public MissingPolicy with(String feature, Imputation choice) {
        Map<String, Imputation> m = new LinkedHashMap<>(perFeature);
        m.put(feature, Objects.requireNonNull(choice, "choice"));
        return new MissingPolicy(byDefault, m);
    }

    /** This policy without an override for {@code feature}. */
    public MissingPolicy without(String feature) {
        Map<String, Imputation> m = new LinkedHashMap<>(perFeature);
        m.remove(feature);
        return new MissingPolicy(byDefault, m);
    }

    /** This policy with another default; the overrides stay. */
    public MissingPolicy withDefault(Imputation choice) {
        return new MissingPolicy(choice, perFeature);
    }

    /** The choice for a feature: its override, else its source column's override, else the default. */
    public Imputation choiceFor(String feature, String sourceColumn) {
        Imputation c = perFeature.get(feature);
        if (c == null && sourceColumn != null) {
            c = perFeature.get(sourceColumn);
        }
        return c == null ? byDefault : c;
    }
}
