package io.segmenta.core.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fitting and line breaking of chart labels, for the font a {@link TextMetrics} (usually the
 * {@link Painter} being drawn on) measures: what is laid out is what is drawn.
 */
public final class ChartText {
    private ChartText() {
    }

    /**
     * {@code s} on one line if it fits {@code max} pixels, else on two lines split at the space
     * nearest the middle if both fit, else null.
     */
    public static String[] lines(TextMetrics m, String s, double size, boolean bold, double max) {
        if (m.width(s, size, bold) <= max) {
            return new String[] {s};
        }
        int best = -1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ' && (best < 0 || Math.abs(i - s.length() / 2) < Math.abs(best - s.length() / 2))) {
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        String a = s.substring(0, best).strip();
        String b = s.substring(best + 1).strip();
        return m.width(a, size, bold) <= max && m.width(b, size, bold) <= max ? new String[] {a, b} : null;
    }

    /**
     * How category labels under a chart are set: one line or two when every label fits its slot,
     * otherwise slanted (and shortened).
     */
    public static int labelLines(TextMetrics m, List<String> labels, double size, double slot) {
        int lines = 1;
        for (String l : labels) {
            String[] ls = lines(m, l, size, false, slot - 8);
            if (ls == null) {
                return 0;
            }
            lines = Math.max(lines, ls.length);
        }
        return lines;
    }

    /** {@code s} shortened with an ellipsis to fit {@code max} pixels. */
    public static String fit(TextMetrics m, String s, double size, boolean bold, double max) {
        if (s == null) {
            return "";
        }
        if (m.width(s, size, bold) <= max) {
            return s;
        }
        String e = "…";
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (m.width(s.substring(0, mid) + e, size, bold) <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? e : s.substring(0, lo).stripTrailing() + e;
    }

    /**
     * Labels shortened to fit {@code max} pixels so that they still differ: each is cut at its end
     * ({@link #fit}); labels whose cuts come out the same (PURCHASES_FREQUENCY, PURCHASES_TRX... all
     * "PURCHASES…") are abbreviated word by word instead ("PURC_FREQ", "PURC_TRX", {@link #fitWords}),
     * or, where that does not tell them apart, cut in the middle ({@link #fitMiddle}). Labels that fit
     * are left whole.
     */
    public static List<String> fitDistinct(TextMetrics m, List<String> labels, double size, boolean bold, double max) {
        List<String> out = new ArrayList<>();
        for (String s : labels) {
            out.add(fit(m, s, size, bold, max));
        }
        Map<String, Integer> seen = counts(out);
        for (int i = 0; i < out.size(); i++) {
            if (seen.get(out.get(i)) > 1 && !out.get(i).equals(labels.get(i))) {
                String words = fitWords(m, labels.get(i), size, bold, max);
                out.set(i, words == null ? fitMiddle(m, labels.get(i), size, bold, max) : words);
            }
        }
        seen = counts(out);
        for (int i = 0; i < out.size(); i++) {
            if (seen.get(out.get(i)) > 1 && !out.get(i).equals(labels.get(i))) {
                out.set(i, fitMiddle(m, labels.get(i), size, bold, max));
            }
        }
        return out;
    }

    private static Map<String, Integer> counts(List<String> labels) {
        Map<String, Integer> seen = new HashMap<>();
        labels.forEach(l -> seen.merge(l, 1, Integer::sum));
        return seen;
    }

    /**
     * {@code s} with each of its words (split at "_", spaces and lower-to-upper case changes) cut to the
     * same number of letters, as many as fit {@code max} pixels: "PURC_INST_FREQ"; null for a single word
     * or when even one letter a word does not fit.
     */
    public static String fitWords(TextMetrics m, String s, double size, boolean bold, double max) {
        List<String> parts = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean separator = c == '_' || c == ' ';
            boolean hump = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1));
            if ((separator || hump) && word.length() > 0) {
                parts.add(word.toString());
                word.setLength(0);
            }
            if (separator) {
                parts.add(String.valueOf(c));
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            parts.add(word.toString());
        }
        long words = parts.stream().filter(p -> !p.equals("_") && !p.equals(" ")).count();
        int longest = parts.stream().mapToInt(String::length).max().orElse(0);
        if (words < 2) {
            return null;
        }
        for (int n = longest - 1; n >= 1; n--) {
            StringBuilder b = new StringBuilder();
            for (String p : parts) {
                b.append(p.length() > n ? p.substring(0, n) : p);
            }
            if (m.width(b.toString(), size, bold) <= max) {
                return b.toString();
            }
        }
        return null;
    }

    /** {@code s} shortened to fit {@code max} pixels with an ellipsis in its middle, keeping more of its end. */
    public static String fitMiddle(TextMetrics m, String s, double size, boolean bold, double max) {
        if (s == null) {
            return "";
        }
        if (m.width(s, size, bold) <= max) {
            return s;
        }
        // keep k characters: 2/5 from the start, the rest from the end (the part that tells similar names apart)
        int lo = 0;
        int hi = s.length() - 1;
        while (lo < hi) {
            int k = (lo + hi + 1) >>> 1;
            if (m.width(middle(s, k), size, bold) <= max) {
                lo = k;
            } else {
                hi = k - 1;
            }
        }
        return lo == 0 ? "…" : middle(s, lo);
    }

    private static String middle(String s, int keep) {
        int head = keep * 2 / 5;
        int tail = keep - head;
        return s.substring(0, head).stripTrailing() + "…" + s.substring(s.length() - tail).stripLeading();
    }
}
