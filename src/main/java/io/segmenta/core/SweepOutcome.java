package io.segmenta.core;

import io.segmenta.core.cluster.KDistance;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.prep.PreparedFeatures;
import java.util.Optional;

/**
 * A finished sweep with the features it ran on.
 *
 * @param result    one point per k with the recommendation (k-means, hierarchical, Gaussian
 *                  mixture); null for DBSCAN
 * @param kDistance the sorted k-distance chart with its suggested eps (DBSCAN); null otherwise
 */
public record SweepOutcome(SweepSpec spec, PreparedFeatures features, SweepResult result, KDistance kDistance) {
    /** A sweep over k. */
    public SweepOutcome(SweepSpec spec, PreparedFeatures features, SweepResult result) {
        this(spec, features, result, null);
    }

    /** The sweep over k, when the method has a k. */
    public Optional<SweepResult> sweep() {
        return Optional.ofNullable(result);
    }

    /** The k-distance chart, for DBSCAN. */
    public Optional<KDistance> kDistanceChart() {
        return Optional.ofNullable(kDistance);
    }
}
