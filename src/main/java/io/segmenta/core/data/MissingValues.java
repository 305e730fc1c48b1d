package io.segmenta.core.data;

import java.util.List;

/**
 * The cell texts that mean "no value" on import: empty, {@code NA}, {@code N/A}, {@code null},
 * {@code NaN} and {@code ?}, compared case-insensitively after trimming surrounding whitespace.
 */
public final class MissingValues {
    /** The markers, in the spelling shown to users. */
    public static final List<String> MARKERS = List.of("", "NA", "N/A", "null", "NaN", "?");

    private MissingValues() {
    }

    /** True when {@code cell} is null, blank or one of the {@link #MARKERS}. */
    public static boolean isMissing(String cell) {
        if (cell == null) {
            return true;
        }
        int from = 0;
        int to = cell.length();
        while (from < to && cell.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && cell.charAt(to - 1) <= ' ') {
            to--;
        }
        return isMissing(cell, from, to);
    }

    /** True when {@code cell[from, to)} (already trimmed) is empty or a marker; allocates nothing. */
    static boolean isMissing(CharSequence cell, int from, int to) {
        int n = to - from;
        switch (n) {
            case 0:
                return true;
            case 1:
                return cell.charAt(from) == '?';
            case 2:
                return is(cell, from, "NA");
            case 3:
                return is(cell, from, "N/A") || is(cell, from, "NaN");
            case 4:
                return is(cell, from, "null");
            default:
                return false;
        }
    }

    /** {@code cell} holds {@code marker} from {@code from} on, ignoring case as {@link String#regionMatches} does. */
    private static boolean is(CharSequence cell, int from, String marker) {
        for (int i = 0; i < marker.length(); i++) {
            char a = cell.charAt(from + i);
            char b = marker.charAt(i);
            char ua = Character.toUpperCase(a);
            char ub = Character.toUpperCase(b);
            if (a != b && ua != ub && Character.toLowerCase(ua) != Character.toLowerCase(ub)) {
                return false;
            }
        }
        return true;
    }
}
