package io.segmenta.core;

import io.segmenta.core.prep.PrepSpec;
import java.util.List;
import java.util.Objects;

/**
 * Every choice of one segmentation, as an immutable value: the same spec on the same data gives
 * the same result in the window, on the command line and when reopened.
 *
 * @param prep   features and their preparation
 * @param k      number of segments
 * @param seed   random seed of the k-means++ starts
 * @param starts number of k-means++ starts, the best kept; 0 chooses automatically (10 to 50 by size)
 */
public record SegmentationSpec(PrepSpec prep, int k, long seed, int starts) {
    /** The default seed, as in the window and the command line. */
    public static final long DEFAULT_SEED = 42;

    public SegmentationSpec {
        Objects.requireNonNull(prep, "prep");
        if (k < 1) {
            throw new SegmentaException("The number of segments k must be at least 1 (got " + k + ").");
        }
        if (starts < 0) {
            throw new SegmentaException("The number of starts must be 0 (automatic) or more (got " + starts + ").");
        }
    }

    /** Standard-scaled features, automatic starts. */
    public static SegmentationSpec of(List<String> features, int k, long seed) {
        return new SegmentationSpec(PrepSpec.standard(features), k, seed, 0);
    }
}
