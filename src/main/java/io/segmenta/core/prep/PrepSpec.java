package io.segmenta.core.prep;

import java.util.List;
import java.util.Objects;

/**
 * Every preparation choice, as an immutable value: the dataset columns used as features (numeric
 * columns as they are, categorical columns one-hot encoded) and the scaling. Rows with a missing
 * value in any chosen feature are left out of the clustering and reported.
 */
public record PrepSpec(List<String> features, Scaling scaling) {
    public PrepSpec {
        features = List.copyOf(Objects.requireNonNull(features, "features"));
        Objects.requireNonNull(scaling, "scaling");
    }

    /** Standard scaling of the given columns (the default). */
    public static PrepSpec standard(List<String> features) {
        return new PrepSpec(features, Scaling.STANDARD);
    }
}
