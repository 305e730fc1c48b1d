package io.segmenta.core.rfm;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.DateColumn;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;

/**
 * A time column beside a date column of days (InvoiceTime, Time, Hour): each cell as seconds into
 * the day. A cell is a time of day written {@code H:MM} or {@code HH:MM:SS} (24-hour clock), or a
 * whole hour 0-23; an empty cell is the start of the day. Every figure of a customer table counts
 * calendar days, so the time changes none of them: it makes each row's moment (date + time), from
 * which the summary reports the latest purchase.
 */
final class LogTimes {
    private static final int SECONDS_PER_DAY = 86_400;

    private LogTimes() {
    }

    /**
     * Seconds into the day per row.
     *
     * @throws SegmentaException when the date column already holds times of day, or a cell is not a
     *                           time of day (naming the row and the cell)
     */
    static int[] of(Dataset log, DateColumn date, Column time) {
        if (time == date) {
            throw new SegmentaException("The time column \"" + time.name() + "\" is also the date column. Choose a "
                    + "separate column with the time of day (e.g. InvoiceTime), or no time column.");
        }
        if (date.hasTime()) {
            throw new SegmentaException("The date column \"" + date.name() + "\" of " + log.name() + " already holds the "
                    + "time of day (" + first(date) + "), so a time column \"" + time.name() + "\" is not needed. "
                    + "Leave the time column out, or choose a date column of days.");
        }
        int n = time.size();
        int[] seconds = new int[n];
        for (int row = 0; row < n; row++) {
            if (time.isMissing(row)) {
                continue;
            }
            int s = time instanceof NumericColumn num ? hour(num.get(row)) : clock(time.format(row).strip());
            if (s < 0) {
                throw new SegmentaException("The time column \"" + time.name() + "\" of " + log.name() + " has \""
                        + time.format(row) + "\" in row " + (row + 1) + ", which is not a time of day. Times are "
                        + "written like 14:30 or 14:30:05 (24-hour clock), or as a whole hour 0-23; an empty cell "
                        + "counts as the start of the day.");
            }
            seconds[row] = s;
        }
        return seconds;
    }

    /** A whole hour 0-23 in seconds, or -1. */
    static int hour(double v) {
        return v >= 0 && v <= 23 && v == Math.rint(v) ? (int) v * 3600 : -1;
    }

    /** {@code H:MM}, {@code HH:MM} or {@code HH:MM:SS} in seconds, or -1. */
    static int clock(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            return -1;
        }
        int[] v = new int[3];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 2 || (i > 0 && p.length() != 2)) {
                return -1;
            }
            for (int k = 0; k < p.length(); k++) {
                if (p.charAt(k) < '0' || p.charAt(k) > '9') {
                    return -1;
                }
            }
            v[i] = Integer.parseInt(p);
        }
        if (v[0] > 23 || v[1] > 59 || v[2] > 59) {
            return -1;
        }
        int s = v[0] * 3600 + v[1] * 60 + v[2];
        return s < SECONDS_PER_DAY ? s : -1;
    }

    private static String first(DateColumn date) {
        for (int row = 0; row < date.size(); row++) {
            if (!date.isMissing(row)) {
                return "row " + (row + 1) + ": " + date.format(row).replace('T', ' ');
            }
        }
        return "every cell is empty";
    }
}
