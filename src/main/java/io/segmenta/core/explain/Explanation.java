package io.segmenta.core.explain;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.cluster.Clustering;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.prep.PreparedFeatures;
import io.segmenta.core.work.CancellationToken;
import java.util.List;

/**
 * Why a segmentation came out as it did and when not to believe it: the drivers, the rules and the
 * warnings, plain values for the window, the command line and reports to show.
 *
 * @param drivers  each feature's share in separating the segments, strongest first
 * @param rules    a shallow decision tree's rules per segment
 * @param warnings what the analyst should know before believing the result
 */
public record Explanation(List<Driver> drivers, RuleSet rules, List<ResultWarning> warnings) {
    public Explanation {
        drivers = List.copyOf(drivers);
        warnings = List.copyOf(warnings);
    }

    /**
     * Explains {@code result}.
     *
     * @param sweep the sweep k was chosen from (for the edge-of-range warning), or null
     */
    public static Explanation of(Dataset data, SegmentationResult result, SweepResult sweep, CancellationToken cancel) {
        return of(data, result, sweep, SegmentRules.DEFAULT_DEPTH, cancel);
    }

    /**
     * Explains {@code result} with rules from a tree of {@code rulesDepth} levels. The drivers, the
     * rules and the warnings share one description of the customers by their original columns.
     */
    public static Explanation of(Dataset data, SegmentationResult result, SweepResult sweep, int rulesDepth,
                                 CancellationToken cancel) {
        return groundwork(data, result.features(), result.clustering(), result.spec().seed(), rulesDepth, cancel)
                .with(result, sweep);
    }

    /**
     * The drivers and rules of a clustering of {@code features}, which need nothing else (the rules
     * tree is most of an explanation's work), so that they can be worked out while the validity
     * indices and profiles are; {@link Groundwork#with} adds the warnings.
     *
     * @param seed the segmentation's seed (it picks the rules tree's training sample on a large table)
     */
    public static Groundwork groundwork(Dataset data, PreparedFeatures features, Clustering clustering, long seed,
                                        int rulesDepth, CancellationToken cancel) {
        TreeInputs in = TreeInputs.of(data, features, clustering.labels());
        return new Groundwork(data, clustering, in, Drivers.of(in, clustering.k()),
                SegmentRules.of(in, seed, clustering.k(), rulesDepth, cancel));
    }

    /** The drivers and rules of a clustering, waiting for its result's warnings. */
    public static final class Groundwork {
        private final Dataset data;
        private final Clustering clustering;
        private final TreeInputs in;
        private final List<Driver> drivers;
        private final RuleSet rules;

        private Groundwork(Dataset data, Clustering clustering, TreeInputs in, List<Driver> drivers, RuleSet rules) {
            this.data = data;
            this.clustering = clustering;
            this.in = in;
            this.drivers = drivers;
            this.rules = rules;
        }

        /**
         * The explanation of {@code result}, which must be the result of this groundwork's clustering.
         *
         * @param sweep the sweep k was chosen from (for the edge-of-range warning), or null
         */
        public Explanation with(SegmentationResult result, SweepResult sweep) {
            if (result.clustering() != clustering) {
                throw new IllegalArgumentException("the result is not of the clustering this groundwork explains");
            }
            return new Explanation(drivers, rules, Warnings.of(data, in, result, sweep));
        }
    }
}
