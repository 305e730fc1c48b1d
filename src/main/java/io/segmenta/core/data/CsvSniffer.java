package io.segmenta.core.data;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses the delimiter and whether the first row is a header from the first records of a file.
 *
 * <p>Delimiter: each of {@code , ; TAB |} splits the sample (quotes respected, with the same
 * parser as the import); a candidate is usable when its most common field count is at least 2,
 * and the one whose field counts agree on the most records wins, then the one giving more fields,
 * then the order {@code , TAB ; |}.
 *
 * <p>Header: the first row is a header when one of its cells is text above a column whose other
 * cells include numbers or dates. Otherwise a number or date in the first row, or a first-row text
 * that repeats further down its column ({@code Female} in a gender column), means the first row
 * is data; a first row of text alone is taken as a header.
 */
final class CsvSniffer {
    /** Candidate delimiters, in order of preference when they fit equally well. */
    static final char[] DELIMITERS = {',', '\t', ';', '|'};
    /** Records looked at. */
    static final int SAMPLE_RECORDS = 200;

    private CsvSniffer() {
    }

    /** What the sample says. */
    record Result(char delimiter, boolean header) {
    }

    /**
     * @param sample   the decoded start of the file
     * @param complete true when the sample is the whole file (else its last, maybe cut, line is ignored)
     */
    static Result sniff(String sample, boolean complete) {
        String text = sample;
        if (!complete) {
            int cut = text.lastIndexOf('\n');
            text = cut > 0 ? text.substring(0, cut + 1) : text;
        }
        char best = ',';
        double bestAgreement = -1;
        int bestWidth = 0;
        List<String[]> bestRecords = null;
        for (char d : DELIMITERS) {
            List<String[]> records = records(text, d);
            if (records.isEmpty()) {
                continue;
            }
            Map<Integer, Integer> widths = new HashMap<>();
            for (String[] r : records) {
                widths.merge(r.length, 1, Integer::sum);
            }
            int mode = 0;
            int modeCount = 0;
            for (Map.Entry<Integer, Integer> e : widths.entrySet()) {
                if (e.getValue() > modeCount || (e.getValue() == modeCount && e.getKey() > mode)) {
                    mode = e.getKey();
                    modeCount = e.getValue();
                }
            }
            if (mode < 2) {
                if (bestRecords == null) {
                    bestRecords = records; // single-column file: keep the records for the header test
                }
                continue;
            }
            double agreement = (double) modeCount / records.size();
            if (agreement > bestAgreement || (agreement == bestAgreement && mode > bestWidth)) {
                best = d;
                bestAgreement = agreement;
                bestWidth = mode;
                bestRecords = records;
            }
        }
        boolean header = bestRecords == null || hasHeader(bestRecords, new WrittenNumber());
        return new Result(best, header);
    }

    /** Up to {@link #SAMPLE_RECORDS} non-blank records of {@code text} split on {@code d}; stops at a parse error. */
    static List<String[]> records(String text, char d) {
        List<String[]> out = new ArrayList<>();
        CsvTokenizer r = new CsvTokenizer(new StringReader(text), d, RecordStream.MULTILINE_LIMIT);
        try {
            while (out.size() < SAMPLE_RECORDS && r.next()) {
                if (!r.blank()) {
                    out.add(r.texts());
                }
            }
        } catch (IOException e) {
            // the sample ends inside a quoted value, or is malformed: judge on what was read;
            // the full read reports the problem with its line
        }
        return out;
    }

    private enum Kind { MISSING, DATA, TEXT }

    private static Kind kind(String cell, WrittenNumber numbers, DateParser dates) {
        String t = cell.strip();
        if (MissingValues.isMissing(t, 0, t.length())) {
            return Kind.MISSING;
        }
        if (numbers.parse(t, 0, t.length()) || numbers.zeroPadded || dates.parse(t, 0, t.length())) {
            return Kind.DATA;
        }
        return Kind.TEXT;
    }

    static boolean hasHeader(List<String[]> records, WrittenNumber numbers) {
        DateParser dates = new DateParser();
        String[] first = records.get(0);
        boolean dataInFirst = false;
        boolean repeats = false;
        for (int j = 0; j < first.length; j++) {
            Kind k = kind(first[j], numbers, dates);
            if (k == Kind.DATA) {
                dataInFirst = true;
            } else if (k == Kind.TEXT) {
                String head = first[j].strip();
                for (int i = 1; i < records.size(); i++) {
                    String[] r = records.get(i);
                    if (j >= r.length) {
                        continue;
                    }
                    if (kind(r[j], numbers, dates) == Kind.DATA) {
                        return true;
                    }
                    repeats |= head.equals(r[j].strip());
                }
            }
        }
        return !dataInFirst && !repeats;
    }
}
