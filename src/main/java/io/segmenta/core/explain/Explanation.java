package io.segmenta.core.explain;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.data.Dataset;
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
        TreeInputs in = TreeInputs.of(data, result);
        return new Explanation(Drivers.of(in, result.k()), SegmentRules.of(in, result, rulesDepth, cancel),
                Warnings.of(data, in, result, sweep));
    }
}
