package io.segmenta.ui.prepare;

import io.segmenta.core.prep.Derivation;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.prep.PreparationReport;
import io.segmenta.ui.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Prepare step's one-line texts: the choices of a spec, and the counts of a preparation. */
final class PrepTexts {
    private PrepTexts() {
    }

    /**
     * The choices of a spec in one line, e.g. "standard scaling · missing cells: drop rows, Income: median
     * · rare levels merged (under 1% of the customers) · outliers: IQR fences (factor 1.5), kept".
     */
    static String describe(PrepSpec spec) {
        List<String> parts = new ArrayList<>();
        parts.add(spec.scaling().label() + " scaling");
        List<String> missing = new ArrayList<>();
        missing.add(FillChoice.of(spec.missing().byDefault().method()).label().toLowerCase(Locale.ROOT)
                + (spec.missing().byDefault().constant() == null ? "" : " " + spec.missing().byDefault().constant()));
        spec.missing().perFeature().forEach((f, imp) -> missing.add(f + ": " + imp.label()));
        parts.add("missing cells: " + String.join(", ", missing));
        if (!spec.logged().isEmpty()) {
            parts.add("log(1 + x) of " + String.join(", ", spec.logged()));
        }
        if (spec.categorical().dropFirst()) {
            parts.add("one-hot without the first level");
        }
        if (!spec.categorical().rare().isOff()) {
            parts.add("rare levels merged (" + spec.categorical().rare().describe() + ")");
        }
        for (Derivation d : spec.derived()) {
            parts.add(d.featureName() + (d.referenceDate() != null ? " to " + d.referenceDate()
                    : d.referenceYear() != null ? " in " + d.referenceYear() : ""));
        }
        if (!spec.outliers().isOff()) {
            long other = spec.outlierChoices().values().stream().filter(a -> a != spec.outliers().action()).count();
            parts.add("outliers: " + spec.outliers().describe() + ", "
                    + (spec.outliers().action() == OutlierAction.EXCLUDE ? "excluded" : "kept")
                    + (other == 0 ? "" : " (" + Formats.plural(other, "customer", "customers") + " "
                    + (spec.outliers().action() == OutlierAction.EXCLUDE ? "kept" : "excluded") + " by choice)"));
        }
        return String.join(" · ", parts);
    }

    /** "2,240 rows · 2,216 segmented · 24 dropped (missing values) · 3 flagged as outliers, kept · 9 features" */
    static String summarize(PreparationReport r, int features) {
        List<String> parts = new ArrayList<>();
        parts.add(Formats.plural(r.rowsIn(), "row", "rows"));
        parts.add(Formats.count(r.rowsUsed()) + " segmented");
        if (r.rowsDroppedMissing() > 0) {
            parts.add(Formats.count(r.rowsDroppedMissing()) + " dropped (missing values)");
        }
        if (r.rowsLeftOutLog() > 0) {
            parts.add(Formats.count(r.rowsLeftOutLog()) + " left out (below -1, log)");
        }
        if (r.cellsImputed() > 0) {
            parts.add(Formats.plural(r.cellsImputed(), "cell", "cells") + " filled in "
                    + Formats.plural(r.rowsImputed(), "row", "rows"));
        }
        if (!r.outliers().policy().isOff()) {
            int flagged = r.outliers().flaggedCount();
            int excluded = r.rowsExcludedOutliers();
            parts.add(Formats.count(flagged) + " flagged as outliers" + (flagged == 0 ? ""
                    : excluded == flagged ? ", excluded" : excluded == 0 ? ", kept"
                    : " (" + Formats.count(excluded) + " excluded, " + Formats.count(flagged - excluded) + " kept)"));
        }
        parts.add(Formats.plural(features, "feature", "features"));
        return String.join(" · ", parts);
    }
}
