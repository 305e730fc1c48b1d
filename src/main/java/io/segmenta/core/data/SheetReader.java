package io.segmenta.core.data;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one sheet of a workbook into a {@link Dataset}: the first rows are held to find the header
 * ({@link SheetRows}), then the rest stream into a {@link TableBuilder}; hidden rows, error values and
 * formulas without a saved value are counted in warnings, and a merged header is named at the end
 * ({@link MergedHeader}).
 */
final class SheetReader {
    private final SheetBook book;
    private final int index;
    private final String display;
    private final String shown;

    SheetReader(SheetBook book, int index, String display, String shown) {
        this.book = book;
        this.index = index;
        this.display = display;
        this.shown = shown;
    }

    Dataset read(ProgressListener progress, CancellationToken cancel) throws IOException {
        List<SheetRows.Row> head = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        State s = new State();
        SheetBook.Stats parser = book.parse(index, row -> {
            if (s.table == null) {
                head.add(row);
                if (head.size() >= SheetRows.LOOK_AHEAD) {
                    s.start(head, warnings);
                }
            } else {
                s.add(row, progress, cancel);
            }
        });
        if (s.table == null) {
            if (head.isEmpty()) {
                throw new SegmentaException(shown + " is empty. Choose the sheet that holds the table.");
            }
            s.start(head, warnings);
        }
        if (s.table.rows() == 0) {
            throw new SegmentaException(shown + ", row " + s.headerRow + ": the sheet has a header row but no "
                    + "data rows below it. Choose the sheet that holds the customers.");
        }
        if (s.hidden > 0) {
            warnings.add(String.format(Locale.ROOT, "%,d %s hidden in Excel (first: row %d); %s read like "
                            + "every other row.", s.hidden, s.hidden == 1 ? "row is" : "rows are", s.firstHidden,
                    s.hidden == 1 ? "it is" : "they are"));
        }
        if (parser.errors() > 0) {
            warnings.add(String.format(Locale.ROOT, "%,d %s an Excel error value such as #DIV/0! or #N/A "
                            + "(first: row %d), read as missing.", parser.errors(),
                    parser.errors() == 1 ? "cell holds" : "cells hold", parser.firstError()));
        }
        if (parser.uncalculated() > 0) {
            warnings.add(String.format(Locale.ROOT, "%,d %s no saved value (first: row %d), read as "
                            + "missing: open the workbook in Excel, let it calculate, save it and open it again.",
                    parser.uncalculated(), parser.uncalculated() == 1 ? "formula has" : "formulas have",
                    parser.firstUncalculated()));
        }
        String[] names = s.header;
        Dataset data = s.table.build((until, sink) -> {
            int[] k = {0};
            try {
                book.parse(index, row -> {
                    if (row.number() >= s.firstDataRow && k[0] < until) {
                        sink.row(k[0]++, SheetRows.slice(row, s.first, s.last));
                    } else if (k[0] >= until) {
                        throw new XlsxSheetParser.Stop();
                    }
                });
            } catch (XlsxSheetParser.Stop done) {
                // every row to recover was read
            }
        }, progress, cancel);
        return MergedHeader.apply(data, names, s.headerRow, s.first, parser.merged());
    }

    /** The table once its start is known. */
    private final class State {
        TableBuilder table;
        String[] header;
        long headerRow;
        long firstDataRow;
        int first;
        int last;
        int hidden;
        long firstHidden;

        void start(List<SheetRows.Row> head, List<String> warnings) {
            SheetRows.Start st = SheetRows.find(head);
            first = Math.max(0, st.firstColumn());
            last = Math.max(first, st.lastColumn());
            int width = last - first + 1;
            if (st.headerIndex() >= 0) {
                SheetRows.Row h = head.get(st.headerIndex());
                header = SheetRows.slice(h, first, last);
                headerRow = h.number();
                if (st.headerIndex() > 0) {
                    warnings.add(String.format(Locale.ROOT, "The header is row %d of the sheet; the %s above "
                            + "it (a title) %s skipped.", h.number(), st.headerIndex() == 1 ? "row" : "rows",
                            st.headerIndex() == 1 ? "was" : "were"));
                }
            } else {
                header = new String[width];
                headerRow = 0;
                warnings.add("No header row was recognised (the first row holds numbers or dates), so the "
                        + "columns are named Column 1 to Column " + width + ".");
                String[] generated = ColumnNames.generated(width);
                System.arraycopy(generated, 0, header, 0, width);
            }
            firstDataRow = st.dataIndex() < head.size() ? head.get(st.dataIndex()).number() : Long.MAX_VALUE;
            table = new TableBuilder(display, header, 1024, warnings);
            for (int i = st.dataIndex(); i < head.size(); i++) {
                add(head.get(i), ProgressListener.NONE, CancellationToken.NONE);
            }
            head.clear();
        }

        void add(SheetRows.Row row, ProgressListener progress, CancellationToken cancel) {
            if (firstDataRow == Long.MAX_VALUE) {
                firstDataRow = row.number();
            }
            if (row.hidden() && hidden++ == 0) {
                firstHidden = row.number();
            }
            table.add(SheetRows.slice(row, first, last), row.number());
            table.tick(progress, cancel, -1);
        }
    }
}
