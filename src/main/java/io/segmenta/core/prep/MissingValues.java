package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.explore.Stats;
import io.segmenta.core.math.Quantiles;
import io.segmenta.core.text.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Preparation stage: missing values. Rows missing a feature with the "drop" choice are left out;
 * the other features' fill values (mean, median, most frequent, constant) are fitted on the
 * remaining rows. A category asked for a numeric-only fill gets its most frequent level.
 */
final class MissingValues extends PrepStage {
    MissingValues(PrepRun run) {
        super(run);
    }

    /** The rows kept after dropping, how many were dropped and how many had a cell filled. */
    record Outcome(int[] kept, int droppedCount, int rowsImputed) {
    }

    /** Drops the rows the "drop" choice asks for, then fits and applies the other inputs' fills on the rest. */
    Outcome apply() {
        boolean[] dropped = new boolean[n];
        int droppedCount = chooseMissing(dropped);
        int[] kept = rowsWhere(dropped, false);
        if (kept.length == 0) {
            throw new SegmentaException("Every row of " + data.name() + " has a missing value in "
                    + String.join(", ", droppingNames()) + ", so there is nothing to segment. Choose other features, "
                    + "or fill missing values (mean, median, most frequent or a constant) instead of dropping rows.");
        }
        int rowsImputed = fitFills(kept);
        return new Outcome(kept, droppedCount, rowsImputed);
    }

    /** Sets each input's choice, marks the rows to drop, and returns their number. */
    private int chooseMissing(boolean[] dropped) {
        for (PrepInput in : inputs) {
            in.asked = spec.missing().choiceFor(in.name, in.column);
            in.used = in.categorical() && in.asked.method().numericOnly() ? Imputation.MOST_FREQUENT : in.asked;
            if (!in.categorical() && in.used.method() == ImputeMethod.CONSTANT) {
                in.fill = FittedNumeric.parseNumber(in.used.constant());
                if (Double.isNaN(in.fill)) {
                    throw new SegmentaException("The fill value \"" + in.used.constant() + "\" for " + in.name
                            + " is not a number. Give a number, e.g. constant:0.");
                }
            }
            if (in.used.method() == ImputeMethod.DROP_ROWS && in.missingCells > 0) {
                for (int i = 0; i < n; i++) {
                    if (in.missing(i)) {
                        dropped[i] = true;
                    }
                }
            }
        }
        int count = 0;
        for (boolean b : dropped) {
            if (b) {
                count++;
            }
        }
        return count;
    }

    private List<String> droppingNames() {
        return inputs.stream().filter(in -> in.used.method() == ImputeMethod.DROP_ROWS && in.missingCells > 0)
                .map(in -> in.name).toList();
    }

    /** Fits fill values on the kept rows, records the reports; returns the rows with a filled cell. */
    private int fitFills(int[] kept) {
        boolean[] filledRow = new boolean[n];
        List<PrepInput> noValues = new ArrayList<>();
        for (PrepInput in : inputs) {
            ImputeMethod method = in.used.method();
            if (method == ImputeMethod.DROP_ROWS) {
                if (in.missingCells > 0) {
                    run.missingReports.add(new MissingValueReport(in.name, in.asked, in.used, null, in.missingCells, 0,
                            in.missingCells, in.name + ": " + Texts.count(in.missingCells, "row", "rows")
                            + " with a missing value left out of the segmentation (drop)."));
                }
                continue;
            }
            int filled = 0;
            for (int i : kept) {
                if (in.missing(i)) {
                    filled++;
                    filledRow[i] = true;
                }
            }
            in.cellsFilled = filled;
            String fillText;
            if (in.categorical()) {
                in.fillLevel = method == ImputeMethod.CONSTANT ? in.used.constant() : mostFrequentLevel(in.cat, kept);
                fillText = in.fillLevel;
            } else {
                if (method != ImputeMethod.CONSTANT) {
                    double[] present = new double[kept.length];
                    int p = 0;
                    for (int i : kept) {
                        if (!Double.isNaN(in.values[i])) {
                            present[p++] = in.values[i];
                        }
                    }
                    if (p == 0) {
                        noValues.add(in);
                        continue;
                    }
                    in.fill = switch (method) {
                        case MEAN -> Stats.mean(Arrays.copyOf(present, p));
                        case MEDIAN -> Quantiles.median(present, p);
                        default -> {
                            double[] sorted = Arrays.copyOf(present, p);
                            Arrays.sort(sorted);
                            yield Stats.mostFrequent(sorted);
                        }
                    };
                }
                fillText = Texts.number(in.fill);
            }
            if (in.missingCells > 0) {
                run.missingReports.add(new MissingValueReport(in.name, in.asked, in.used, fillText, in.missingCells, filled,
                        0, fillSentence(in, fillText, filled)));
            }
        }
        for (PrepInput in : noValues) {
            inputs.remove(in);
            excluded.add(new ExcludedFeature(in.name, ExclusionReason.ALL_MISSING, describe(in)
                    + " has no values in the rows kept for segmentation, so there is nothing to fill it with; it is "
                    + "left out."));
        }
        int rows = 0;
        for (boolean b : filledRow) {
            if (b) {
                rows++;
            }
        }
        return rows;
    }

    private String fillSentence(PrepInput in, String fillText, int filled) {
        String how = switch (in.used.method()) {
            case MEAN -> "the mean " + fillText;
            case MEDIAN -> "the median " + fillText;
            case MOST_FREQUENT -> "the most frequent " + (in.categorical() ? "level \"" + fillText + "\""
                    : "value " + fillText);
            case CONSTANT -> in.categorical() ? "the level \"" + fillText + "\"" : "the constant " + fillText;
            case DROP_ROWS -> throw new IllegalStateException();
        };
        String s = in.name + ": " + Texts.count(filled, "missing cell", "missing cells") + " filled with " + how
                + " (" + Texts.count(filled, "row", "rows") + ").";
        if (in.used.method() != in.asked.method()) {
            s += " " + Texts.capital(in.asked.method().label()) + " does not apply to a category, so the most frequent "
                    + "level was used.";
        }
        return s;
    }

    private static String mostFrequentLevel(CategoricalColumn cat, int[] kept) {
        int[] counts = new int[cat.levels().size()];
        for (int i : kept) {
            if (cat.code(i) >= 0) {
                counts[cat.code(i)]++;
            }
        }
        int best = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return cat.levels().get(best);
    }
}
