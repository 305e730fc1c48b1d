package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.text.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Preparation stage: the numeric features the spec log-transforms ({@link PrepSpec#logged()}) are
 * checked on the kept rows, their missing cells filled, and marked so that their fitted form takes
 * log(1 + x) before outliers and scaling. A feature with values below -1 (where log1p is not
 * defined) is refused with the count, the lowest value and its row, and the two ways on: leave
 * those customers out, or take the feature out of the transform. With the analyst's choice to leave
 * them out ({@link PrepSpec#logLeaveOut()}) the rows go, counted per feature; nothing is changed
 * silently. A name that is not a numeric feature is refused.
 */
final class LogTransform extends PrepStage {
    /** The option on the command line that leaves the customers out, named in the refusal. */
    static final String LEAVE_OUT_OPTION = "--log-leave-out";

    LogTransform(PrepRun run) {
        super(run);
    }

    /** The kept rows, without those left out below -1 when the spec says so. */
    int[] apply(int[] kept) {
        boolean[] out = spec.logLeaveOut() ? new boolean[run.n] : null;
        List<String> parts = new ArrayList<>();
        for (String name : spec.logged()) {
            PrepInput in = inputs.stream().filter(i -> i.name.equals(name)).findFirst().orElse(null);
            if (in == null) {
                boolean excludedFeature = excluded.stream().anyMatch(e -> e.feature().equals(name));
                if (excludedFeature) {
                    continue;
                }
                List<String> numeric = new ArrayList<>();
                inputs.stream().filter(i -> !i.categorical()).forEach(i -> numeric.add(i.name));
                throw new SegmentaException("\"" + name + "\" is to be log-transformed, but it is not among the numeric "
                        + "features (" + String.join(", ", numeric) + "). Choose it as a feature, or log-transform "
                        + "another one.");
            }
            if (in.categorical()) {
                throw new SegmentaException("\"" + name + "\" is categorical, and log(1 + x) applies to numbers. "
                        + "Log-transform a numeric feature such as an amount or a count.");
            }
            int below = 0;
            double lowest = Double.POSITIVE_INFINITY;
            int lowestRow = -1;
            for (int row : kept) {
                double v = Double.isNaN(in.values[row]) ? in.fill : in.values[row];
                if (v < -1) {
                    below++;
                    if (out != null) {
                        out[row] = true;
                    }
                    if (v < lowest) {
                        lowest = v;
                        lowestRow = row;
                    }
                }
            }
            if (below > 0 && out == null) {
                throw new SegmentaException(describe(in) + " has " + Texts.count(below, "value", "values") + " below -1 (the "
                        + "lowest, " + Texts.number(lowest) + ", in data row " + (lowestRow + 1) + "), and log(1 + x) is "
                        + "not defined there. Leave " + (below == 1 ? "that customer" : "those " + below + " customers")
                        + " out of the segmentation (\"Leave out customers below -1\" under Log transform, or "
                        + LEAVE_OUT_OPTION + "), or take " + name + " out of the log transform.");
            }
            if (below > 0) {
                parts.add(below + " in " + name + " (the lowest, "
                        + Texts.number(lowest) + ", in data row " + (lowestRow + 1) + ")");
            }
            in.log = true;
        }
        if (out == null || parts.isEmpty()) {
            return kept;
        }
        int[] left = Arrays.stream(kept).filter(row -> !out[row]).toArray();
        run.rowsLeftOutLog = kept.length - left.length;
        run.logLeftOutSentence = Texts.count(run.rowsLeftOutLog, "customer is", "customers are") + " left out of the "
                + "segmentation because log(1 + x) is not defined below -1: " + String.join("; ", parts)
                + ". They have no segment in the export.";
        return left;
    }
}
