package io.segmenta.ui.prepare;

import io.segmenta.core.data.Column;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.DateColumn;
import io.segmenta.core.prep.Derivation;
import io.segmenta.core.prep.DerivationKind;
import io.segmenta.core.prep.PrepAdvice;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Prepare step shows for a freshly opened table, computed off the FX thread: the core's
 * {@link PrepAdvice}, the columns whose missing cells can be given a choice, and the reference each
 * suggested derived feature resolves to.
 *
 * @param advice     the table's problems and the derivations that apply
 * @param missing    columns with missing cells that a feature can come from, with their type and count
 * @param references per suggested derivation, its reference as text and where it comes from
 */
record TableAdvice(PrepAdvice advice, List<Missing> missing, List<Reference> references) {
    /** A column with missing cells. */
    record Missing(String column, ColumnType type, int cells) {
    }

    /** A suggested derivation and the reference it resolves to. */
    record Reference(Derivation derivation, String text, String note) {
    }

    static TableAdvice of(Dataset data) {
        PrepAdvice advice = PrepAdvice.of(data);
        List<String> derivedFrom = advice.derivations().stream().map(Derivation::column).toList();
        List<Missing> missing = new ArrayList<>();
        advice.missingCells().forEach((name, cells) -> {
            Column c = data.column(name);
            boolean feature = c.type() == ColumnType.NUMERIC || c.type() == ColumnType.CATEGORICAL;
            if (feature || derivedFrom.contains(name)) {
                missing.add(new Missing(name, c.type(), cells));
            }
        });
        List<Reference> refs = new ArrayList<>();
        for (Derivation d : advice.derivations()) {
            if (d.kind() == DerivationKind.TENURE_DAYS) {
                DateColumn dc = (DateColumn) data.column(d.column());
                LocalDateTime last = latest(dc);
                refs.add(new Reference(d, dc.hasTime() ? last.toString() : last.toLocalDate().toString(),
                        "the latest date in " + d.column()));
            } else if (d.referenceYear() != null) {
                refs.add(new Reference(d, d.referenceYear().toString(), "this year: the table has no dates"));
            } else {
                LocalDateTime last = null;
                for (Column c : data.columns()) {
                    if (c instanceof DateColumn dc && dc.missingCount() < dc.size()) {
                        LocalDateTime l = latest(dc);
                        last = last == null || l.isAfter(last) ? l : last;
                    }
                }
                refs.add(new Reference(d, Integer.toString(last.getYear()), "the year of the table's latest date"));
            }
        }
        return new TableAdvice(advice, missing, refs);
    }

    private static LocalDateTime latest(DateColumn dc) {
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < dc.size(); i++) {
            latest = Math.max(latest, dc.epochSecond(i));
        }
        return LocalDateTime.ofEpochSecond(latest, 0, ZoneOffset.UTC);
    }
}
