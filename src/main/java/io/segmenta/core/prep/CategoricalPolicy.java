package io.segmenta.core.prep;

import java.util.Objects;

/**
 * How categorical features are one-hot encoded. A two-level category always becomes one 0/1
 * indicator of its second level (e.g. "Gender=Male"); a category with more levels becomes one
 * indicator per level, or one fewer with {@code dropFirst}.
 *
 * @param dropFirst leave out the indicator of the first level (alphabetical; "Other" comes last)
 * @param rare      which levels are merged into "Other" before encoding
 */
public record CategoricalPolicy(boolean dropFirst, RareLevels rare) {
    public static final CategoricalPolicy DEFAULT = new CategoricalPolicy(false, RareLevels.OFF);

    public CategoricalPolicy {
        Objects.requireNonNull(rare, "rare");
    }

    public CategoricalPolicy withDropFirst(boolean drop) {
        return new CategoricalPolicy(drop, rare);
    }
}
