package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.text.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Preparation stage: the numeric features the spec log-transforms ({@link PrepSpec#logged()}) are
 * checked on the kept rows, their missing cells filled, and marked so that their fitted form takes
 * log(1 + x) before outliers and scaling. A feature with a value below -1 (where log1p is not
 * defined) is refused with the count, the lowest value and its row; so is a name that is not a
 * numeric feature.
 */
final class LogTransform extends PrepStage {
    LogTransform(PrepRun run) {
        super(run);
    }

    void apply(int[] kept) {
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
                    if (v < lowest) {
                        lowest = v;
                        lowestRow = row;
                    }
                }
            }
            if (below > 0) {
                throw new SegmentaException(describe(in) + " has " + Texts.count(below, "value", "values") + " below -1 (the "
                        + "lowest, " + Texts.number(lowest) + ", in data row " + (lowestRow + 1) + "), and log(1 + x) is "
                        + "not defined there. Take " + name + " out of the log transform, or choose a feature without "
                        + "such values.");
            }
            in.log = true;
        }
    }
}
