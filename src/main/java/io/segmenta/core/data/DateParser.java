package io.segmenta.core.data;

/**
 * Recognises date and date-time cells: {@code yyyy-MM-dd}, {@code dd-MM-yyyy} / {@code MM-dd-yyyy}
 * with {@code -}, {@code /} or {@code .} as separator (day and month may have one digit), each
 * optionally followed by a space or {@code T} and {@code HH:mm}, {@code HH:mm:ss} or
 * {@code HH:mm:ss.fraction} (the fraction is dropped). Two-digit years are not dates.
 *
 * <p>When the year comes last, whether the first part is the day or the month is only known
 * after seeing the whole column, so {@link #packed()} keeps the parts in a long until
 * {@link #epochSecond(long, boolean)} resolves them. An instance is not thread-safe.
 */
final class DateParser {
    /** Returned by {@link #epochSecond} for a date that does not exist (31-02-2020). */
    static final long INVALID = Long.MIN_VALUE + 1;

    private static final int SECONDS_PER_DAY = 86_400;

    private boolean yearFirst;
    private char separator;
    private boolean time;
    private boolean seconds;
    private char timeSeparator;
    private int year;
    private int first;
    private int second;
    private int secondOfDay;
    private int pos;
    private int value;

    /** Parses {@code s[from, to)} (trimmed); true when it is a date of one of the accepted shapes. */
    boolean parse(CharSequence s, int from, int to) {
        pos = from;
        int n1 = digits(s, to, 4);
        if (n1 == 0 || pos >= to) {
            return false;
        }
        int a = value;
        char sep = s.charAt(pos);
        if (sep != '-' && sep != '/' && sep != '.') {
            return false;
        }
        pos++;
        int n2 = digits(s, to, 2);
        if (n2 == 0 || pos >= to || s.charAt(pos) != sep) {
            return false;
        }
        int b = value;
        pos++;
        int n3 = digits(s, to, 4);
        int c = value;
        if (n1 == 4 && n3 >= 1 && n3 <= 2) {
            yearFirst = true;
            year = a;
            first = b;
            second = c;
            if (first < 1 || first > 12 || second < 1 || second > 31) {
                return false;
            }
        } else if (n1 <= 2 && n3 == 4) {
            yearFirst = false;
            year = c;
            first = a;
            second = b;
            if (first < 1 || second < 1 || first > 31 || second > 31 || (first > 12 && second > 12)) {
                return false;
            }
        } else {
            return false;
        }
        separator = sep;
        time = false;
        seconds = false;
        secondOfDay = 0;
        if (pos == to) {
            return true;
        }
        char ts = s.charAt(pos);
        if (ts != ' ' && ts != 'T') {
            return false;
        }
        pos++;
        int hn = digits(s, to, 2);
        int hour = value;
        if (hn == 0 || hour > 23 || pos >= to || s.charAt(pos) != ':') {
            return false;
        }
        pos++;
        if (digits(s, to, 2) != 2 || value > 59) {
            return false;
        }
        int minute = value;
        int sec = 0;
        if (pos < to && s.charAt(pos) == ':') {
            pos++;
            if (digits(s, to, 2) != 2 || value > 59) {
                return false;
            }
            sec = value;
            seconds = true;
            if (pos < to && s.charAt(pos) == '.') {
                pos++;
                if (digits(s, to, 9) == 0) {
                    return false;
                }
            }
        }
        if (pos != to) {
            return false;
        }
        time = true;
        timeSeparator = ts;
        secondOfDay = hour * 3600 + minute * 60 + sec;
        return true;
    }

    /** Reads up to {@code max} digits at {@link #pos} into {@link #value}; the count read (more than max fails as 0). */
    private int digits(CharSequence s, int to, int max) {
        int start = pos;
        int v = 0;
        while (pos < to) {
            char ch = s.charAt(pos);
            if (ch < '0' || ch > '9') {
                break;
            }
            v = v * 10 + (ch - '0');
            pos++;
            if (pos - start > max) {
                return 0;
            }
        }
        value = v;
        return pos - start;
    }

    boolean yearFirst() {
        return yearFirst;
    }

    char separator() {
        return separator;
    }

    boolean hasTime() {
        return time;
    }

    boolean hasSeconds() {
        return seconds;
    }

    char timeSeparator() {
        return timeSeparator;
    }

    /** First part after/before the year: the month when the year comes first, else day or month. */
    int first() {
        return first;
    }

    /** Second part: the day when the year comes first, else month or day. */
    int second() {
        return second;
    }

    /** The parsed parts in one long (year, first, second, second of day); never negative. */
    long packed() {
        return (((long) year * 32 + first) * 32 + second) * SECONDS_PER_DAY + secondOfDay;
    }

    /**
     * Seconds since 1970-01-01T00:00 of a {@link #packed()} value.
     *
     * @param monthFirst true when the first part is the month (always so when the year comes first)
     * @return the seconds, or {@link #INVALID} for a day the month does not have
     */
    static long epochSecond(long packed, boolean monthFirst) {
        int secondOfDay = (int) (packed % SECONDS_PER_DAY);
        long rest = packed / SECONDS_PER_DAY;
        int b = (int) (rest % 32);
        rest /= 32;
        int a = (int) (rest % 32);
        int y = (int) (rest / 32);
        int month = monthFirst ? a : b;
        int day = monthFirst ? b : a;
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(y, month)) {
            return INVALID;
        }
        return daysFromCivil(y, month, day) * SECONDS_PER_DAY + secondOfDay;
    }

    /**
     * The order of day and month in a column of dates of one shape, from the largest first and second
     * parts of its cells (year last): a first part above 12 makes it day-first, a second part above 12
     * month-first, neither month-first with '/' and day-first otherwise; both: null (no order reads them
     * all, so the column is text). Dates with the year first are month-first.
     */
    static Boolean monthFirst(boolean yearFirst, char separator, int maxFirst, int maxSecond) {
        if (yearFirst) {
            return Boolean.TRUE;
        }
        if (maxFirst > 12 && maxSecond > 12) {
            return null;
        }
        if (maxFirst > 12) {
            return Boolean.FALSE;
        }
        return maxSecond > 12 || separator == '/';
    }

    /** The date pattern of a column's dates, e.g. {@code dd.MM.yyyy}. */
    static String datePart(boolean yearFirst, char separator, boolean monthFirst) {
        String sep = String.valueOf(separator);
        if (yearFirst) {
            return "yyyy" + sep + "MM" + sep + "dd";
        }
        return monthFirst ? "MM" + sep + "dd" + sep + "yyyy" : "dd" + sep + "MM" + sep + "yyyy";
    }

    /** The warning for a column whose dates read either way (year last, no part above 12), else null. */
    static String ambiguity(String column, boolean yearFirst, int maxFirst, int maxSecond, String datePart) {
        if (yearFirst || maxFirst > 12 || maxSecond > 12) {
            return null;
        }
        return "Column \"" + column + "\": no day is above 12, so the dates could be day-first or month-first; read as "
                + datePart + ".";
    }

    static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                return leap ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
    static long daysFromCivil(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
