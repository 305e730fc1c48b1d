package io.segmenta.ui.explore;

import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explore.ColumnSummary;
import io.segmenta.core.explore.DateSummary;
import io.segmenta.core.explore.LevelCount;
import io.segmenta.core.explore.LevelSummary;
import io.segmenta.core.explore.NumericSummary;
import io.segmenta.core.explore.TextSummary;
import io.segmenta.core.export.AtomicFiles;
import io.segmenta.core.export.CsvCells;
import io.segmenta.core.export.SafeCsvWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the Summary table as CSV (comma-separated, UTF-8, header line): the same columns as the
 * clipboard text of {@code Describe.toTabSeparated}, numbers in full precision. Cells are
 * neutralised against formula injection (a column could be called "=cmd"). The file is written to a
 * temporary file in the target folder and moved into place.
 */
final class SummaryCsv {
    static final String[] HEADER = {"column", "type", "count", "missing", "mean", "std", "min", "q1", "median", "q3",
        "max", "levels or distinct"};

    private SummaryCsv() {
    }

    /** The rows of the file, header first. */
    static List<String[]> rows(List<ColumnSummary> summaries) {
        List<String[]> out = new ArrayList<>();
        out.add(HEADER.clone());
        for (ColumnSummary s : summaries) {
            String[] r = new String[HEADER.length];
            Arrays.fill(r, "");
            r[0] = CsvCells.neutralise(s.name());
            r[1] = s.type().label();
            r[2] = Integer.toString(s.count());
            r[3] = Integer.toString(s.missing());
            if (s instanceof NumericSummary n) {
                double[] v = {n.mean(), n.std(), n.min(), n.q1(), n.median(), n.q3(), n.max()};
                for (int i = 0; i < v.length; i++) {
                    r[4 + i] = Double.isNaN(v[i]) ? "" : NumericColumn.formatNumber(v[i]);
                }
            } else if (s instanceof LevelSummary l) {
                List<String> parts = new ArrayList<>();
                for (LevelCount c : l.levels()) {
                    parts.add(c.level() + " " + c.count());
                }
                r[11] = CsvCells.neutralise(String.join("; ", parts));
            } else if (s instanceof TextSummary t) {
                r[11] = t.distinct() + " distinct";
            } else if (s instanceof DateSummary d) {
                r[11] = d.distinct() + " distinct" + (d.min() == null ? "" : ", " + d.min() + " to " + d.max());
            }
            out.add(r);
        }
        return out;
    }

    /** Writes the summaries to {@code file}. */
    static void write(List<ColumnSummary> summaries, Path file) {
        AtomicFiles.write(file, out -> {
            SafeCsvWriter csv = new SafeCsvWriter(out, ',');
            csv.writeRows(rows(summaries));
            csv.finish();
        });
    }
}
