package io.segmenta.core.model;

import io.segmenta.core.prep.OutlierPolicy;
import io.segmenta.core.prep.PrepSpec;

/** The marketing preparation of {@link ModelRoundTripTest} for tests in other packages. */
public final class ModelRoundTripTestAccess {
    private ModelRoundTripTestAccess() {
    }

    /** Every preparation choice at once, no outlier detection. */
    public static PrepSpec everything() {
        return ModelRoundTripTest.everything(OutlierPolicy.NONE);
    }
}
