package io.segmenta.core.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Column-name rules of the importer: cleaning the header and recognising identifier names. */
public final class ColumnNames {
    /** Words that make an integer or code-like column an identifier when they end a name. */
    private static final Set<String> ID_WORDS = Set.of("id", "key", "uuid", "guid");
    /** Words that do so only after another word ({@code InvoiceNo}; a column called "No" may hold answers). */
    private static final Set<String> NUMBER_WORDS = Set.of("no", "nr", "number");
    /** Words that make an identifier only when the column is not a small set of levels. */
    private static final Set<String> CODE_WORDS = Set.of("code");

    private ColumnNames() {
    }

    /**
     * Splits a column name into words on spaces, punctuation, lower-to-upper case changes
     * ({@code CustomerID} -> Customer, ID; {@code IDNumber} -> ID, Number) and letter/digit
     * changes, so {@code Kidhome} stays one word.
     */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        int n = name.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? name.charAt(i) : ' ';
            boolean alnum = Character.isLetterOrDigit(c);
            if (start >= 0) {
                char p = name.charAt(i - 1);
                boolean split = !alnum
                        || (Character.isLowerCase(p) && Character.isUpperCase(c))
                        || (Character.isUpperCase(p) && Character.isUpperCase(c) && i + 1 < n
                            && Character.isLowerCase(name.charAt(i + 1)))
                        || (Character.isDigit(p) != Character.isDigit(c));
                if (split) {
                    out.add(name.substring(start, i));
                    start = -1;
                }
            }
            if (alnum && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /**
     * True for names that say "identifier": the last word is id, key, uuid or guid
     * ({@code CustomerID}, {@code ID}), or no, nr or number after another word ({@code InvoiceNo},
     * {@code customer_number}), or the first word is id ({@code id_customer}).
     */
    public static boolean isIdName(String name) {
        List<String> w = words(name);
        if (w.isEmpty()) {
            return false;
        }
        String last = w.get(w.size() - 1).toLowerCase(Locale.ROOT);
        String first = w.get(0).toLowerCase(Locale.ROOT);
        return ID_WORDS.contains(last) || (w.size() > 1 && NUMBER_WORDS.contains(last)) || first.equals("id");
    }

    /** True when the last word is "code" ({@code StockCode}, {@code PostalCode}). */
    public static boolean isCodeName(String name) {
        List<String> w = words(name);
        return !w.isEmpty() && CODE_WORDS.contains(w.get(w.size() - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Turns header cells into usable, distinct column names: trims them, drops a stray byte-order
     * mark, names empty ones {@code Column N} (N counted from 1) and gives repeated names a suffix
     * ({@code Age (2)}). Each change adds a warning.
     */
    static String[] clean(String[] header, List<String> warnings) {
        String[] names = new String[header.length];
        Set<String> used = new HashSet<>();
        for (int i = 0; i < header.length; i++) {
            String h = header[i] == null ? "" : header[i];
            if (!h.isEmpty() && h.charAt(0) == '\uFEFF') {
                h = h.substring(1);
            }
            names[i] = h.strip();
            used.add(names[i]);
        }
        List<String> renamedEmpty = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i].isEmpty()) {
                names[i] = unused("Column " + (i + 1), used);
                used.add(names[i]);
                renamedEmpty.add(names[i]);
            }
        }
        if (!renamedEmpty.isEmpty()) {
            warnings.add((renamedEmpty.size() == 1 ? "One column has" : renamedEmpty.size() + " columns have")
                    + " no name in the header row; named " + String.join(", ", renamedEmpty) + ".");
        }
        Set<String> seen = new HashSet<>();
        List<String> renamed = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!seen.add(names[i])) {
                String candidate = unused(names[i], used);
                used.add(candidate);
                seen.add(candidate);
                renamed.add("\"" + names[i] + "\" -> \"" + candidate + "\"");
                names[i] = candidate;
            }
        }
        if (!renamed.isEmpty()) {
            warnings.add("The header repeats column names; renamed " + String.join(", ", renamed)
                    + " so that every column has its own name.");
        }
        return names;
    }

    /** {@code name} when unused, else the first unused {@code name (2)}, {@code name (3)} ... */
    private static String unused(String name, Set<String> used) {
        if (!used.contains(name)) {
            return name;
        }
        int k = 2;
        while (used.contains(name + " (" + k + ")")) {
            k++;
        }
        return name + " (" + k + ")";
    }

    /** {@code Column 1 ... Column n}, for files without a header row. */
    static String[] generated(int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "Column " + (i + 1);
        }
        return names;
    }
}
