package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.DateColumn;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explore.Stats;
import io.segmenta.core.text.Texts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;

/**
 * Preparation stage: derived features as inputs: tenure in days from a date column (to a reference
 * date, by default the column's latest) and age from a birth-year column (to a reference year, by
 * default the year of the table's latest date).
 */
final class DerivedFeatures extends PrepStage {
    DerivedFeatures(PrepRun run) {
        super(run);
    }

    /** Adds each derived feature (once per name) as an input and reports its range. */
    void readDerived() {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (Derivation dv : spec.derived()) {
            if (!seen.add(dv.featureName())) {
                continue;
            }
            Column c = data.column(dv.column());
            FittedNumeric probe;
            String reference;
            boolean defaulted;
            double[] source;
            if (dv.kind() == DerivationKind.TENURE_DAYS) {
                if (!(c instanceof DateColumn dc)) {
                    throw new SegmentaException("Tenure is counted from a date column, and \"" + dv.column() + "\" is "
                            + Texts.article(c.type().label()) + " column. Choose a date column such as the customer's "
                            + "first purchase.");
                }
                source = FittedNumeric.sourceValues(data, c, true, dc.pattern());
                double latest = Stats.range(source)[1];
                defaulted = dv.referenceDate() == null;
                LocalDateTime ref;
                if (!defaulted) {
                    ref = dv.referenceDate().atStartOfDay();
                } else if (Double.isNaN(latest)) {
                    ref = LocalDate.of(1970, 1, 1).atStartOfDay(); // all missing: left out below
                } else {
                    ref = LocalDateTime.ofEpochSecond((long) latest, 0, ZoneOffset.UTC);
                }
                probe = new FittedNumeric(dv.column(), dv.featureName(), dv.kind(), ref, 0, dc.pattern(),
                        ImputeMethod.DROP_ROWS, Double.NaN);
                reference = dc.hasTime() ? ref.toString() : ref.toLocalDate().toString();
            } else {
                if (!(c instanceof NumericColumn)) {
                    throw new SegmentaException("Age is counted from a birth-year column of numbers, and \""
                            + dv.column() + "\" is " + Texts.article(c.type().label()) + " column. Choose a column such "
                            + "as Year_Birth.");
                }
                source = FittedNumeric.sourceValues(data, c, false, null);
                defaulted = dv.referenceYear() == null;
                int year = defaulted ? latestYear(dv) : dv.referenceYear();
                probe = new FittedNumeric(dv.column(), dv.featureName(), dv.kind(), null, year, null,
                        ImputeMethod.DROP_ROWS, Double.NaN);
                reference = Integer.toString(year);
            }
            double[] values = new double[n];
            int missing = 0;
            for (int i = 0; i < n; i++) {
                values[i] = probe.derive(source[i]);
                if (Double.isNaN(values[i])) {
                    missing++;
                }
            }
            PrepInput in = new PrepInput(dv.featureName(), dv.column(), null, values, missing);
            in.kind = dv.kind();
            in.referenceDate = probe.referenceDate();
            in.referenceYear = probe.referenceYear();
            in.datePattern = probe.datePattern();
            inputs.add(in);
            double[] range = Stats.range(values);
            if (!Double.isNaN(range[0])) {
                run.derivedReports.add(new DerivedFeatureReport(dv.featureName(), dv, reference, defaulted, range[0],
                        range[1], derivedSentence(dv, reference, defaulted, range)));
            }
        }
    }

    /** The year of the latest date in any date column, else a clear request for the year. */
    private int latestYear(Derivation dv) {
        long latest = Long.MIN_VALUE;
        for (Column c : data.columns()) {
            if (c instanceof DateColumn dc) {
                for (int i = 0; i < dc.size(); i++) {
                    latest = Math.max(latest, dc.epochSecond(i));
                }
            }
        }
        if (latest == Long.MIN_VALUE) {
            throw new SegmentaException("Age from " + dv.column() + " needs a reference year, and " + data.name()
                    + " has no dates to take it from. Set the year the ages are counted to, e.g. "
                    + dv.column() + "=age:" + LocalDate.now().getYear() + ".");
        }
        return LocalDateTime.ofEpochSecond(latest, 0, ZoneOffset.UTC).getYear();
    }

    private String derivedSentence(Derivation dv, String reference, boolean defaulted, double[] range) {
        if (dv.kind() == DerivationKind.TENURE_DAYS) {
            return "Derived \"" + dv.featureName() + "\": days from " + dv.column() + " to " + reference
                    + (defaulted ? " (the latest date in the column)" : "") + ", from " + Texts.number(range[0])
                    + " to " + Texts.number(range[1]) + " days.";
        }
        return "Derived \"" + dv.featureName() + "\": " + reference + (defaulted
                ? " (the year of the latest date in the table)" : "") + " minus " + dv.column() + ", from "
                + Texts.number(range[0]) + " to " + Texts.number(range[1]) + ".";
    }
}
