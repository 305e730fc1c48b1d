package io.segmenta.core;

import io.segmenta.core.prep.PrepSpec;
import java.util.List;
import java.util.Objects;

/**
 * A k sweep: k-means for every k in [kMin, kMax] on the same prepared features, to choose k.
 *
 * @param starts k-means++ starts per k; 0 chooses automatically
 */
public record SweepSpec(PrepSpec prep, int kMin, int kMax, long seed, int starts) {
    public SweepSpec {
        Objects.requireNonNull(prep, "prep");
        if (kMin < 1) {
            throw new SegmentaException("The smallest k of a sweep must be at least 1 (got " + kMin + ").");
        }
        if (kMax < kMin) {
            throw new SegmentaException("The largest k (" + kMax + ") is smaller than the smallest k (" + kMin + ").");
        }
        if (starts < 0) {
            throw new SegmentaException("The number of starts must be 0 (automatic) or more (got " + starts + ").");
        }
    }

    public static SweepSpec of(List<String> features, int kMin, int kMax, long seed) {
        return new SweepSpec(PrepSpec.standard(features), kMin, kMax, seed, 0);
    }
}
