package io.segmenta.core.profile;

import io.segmenta.core.data.Column;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.data.Dataset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain-words segment names relative to the whole table, e.g. "High income, low spending" or
 * "Younger, high spending, mostly Gender = Female".
 *
 * <p>Rule: for each numeric feature, the segment mean's standardized difference from the table
 * mean z decides the word: z &ge; 0.5 "high", z &le; -0.5 "low", otherwise "average" ("very" is
 * added from |z| &ge; 1.5 only where it is needed to tell two segments apart). Age reads "older" /
 * "younger". At most three numeric phrases are used, the most distinctive ones, kept in feature
 * order. A categorical feature adds "mostly &lt;column&gt; = &lt;level&gt;" where one level makes up at least 75% of
 * the segment and notably more than of the table. Names are unique: where two segments would share
 * a name, more detail is added, and as a last resort a number.
 */
public final class SegmentNamer {
    static final double THRESHOLD = 0.5;
    static final double STRONG = 1.5;
    static final int MAX_NUMERIC_PHRASES = 3;

    private SegmentNamer() {
    }

    public static List<String> names(Dataset data, List<SegmentProfile> profiles, List<String> featureColumns) {
        Map<String, Map<String, Double>> tableMix = tableMix(data, profiles);
        List<String> names = new ArrayList<>();
        for (SegmentProfile p : profiles) {
            names.add(name(data, p, featureColumns, tableMix, MAX_NUMERIC_PHRASES, false));
        }
        for (int pass = 0; pass < 2 && hasDuplicates(names); pass++) {
            for (int s = 0; s < profiles.size(); s++) {
                if (isDuplicate(names, s)) {
                    names.set(s, name(data, profiles.get(s), featureColumns, tableMix, Integer.MAX_VALUE, pass == 1));
                }
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (String n : names) {
            counts.merge(n, 1L, Long::sum);
        }
        for (int s = 0; s < names.size(); s++) {
            String n = names.get(s);
            if (counts.get(n) > 1) {
                int c = seen.merge(n, 1, Integer::sum);
                names.set(s, n + " (" + c + ")");
            }
        }
        return names;
    }

    private static String name(Dataset data, SegmentProfile p, List<String> featureColumns,
                               Map<String, Map<String, Double>> tableMix, int maxNumeric, boolean graded) {
        record Phrase(int order, double strength, String text) { }
        List<Phrase> numeric = new ArrayList<>();
        List<Phrase> categorical = new ArrayList<>();
        int order = 0;
        for (String col : featureColumns) {
            order++;
            if (!data.hasColumn(col)) {
                continue;
            }
            Column c = data.column(col);
            if (c.type() == ColumnType.NUMERIC) {
                double z = p.differences().getOrDefault(col, 0.0);
                numeric.add(new Phrase(order, Math.abs(z), numericPhrase(col, z, graded)));
            } else if (c.type() == ColumnType.CATEGORICAL && p.categoryMix().containsKey(col)) {
                String phrase = mostly(col, p.categoryMix().get(col), tableMix.get(col));
                if (phrase != null) {
                    categorical.add(new Phrase(order, 1, phrase));
                }
            }
        }
        List<Phrase> chosen = new ArrayList<>(numeric);
        chosen.removeIf(ph -> ph.text().isEmpty());
        chosen.sort(Comparator.comparingDouble(Phrase::strength).reversed());
        if (chosen.size() > maxNumeric) {
            chosen = new ArrayList<>(chosen.subList(0, maxNumeric));
        }
        boolean allAverage = chosen.stream().allMatch(ph -> ph.strength() < THRESHOLD);
        if (allAverage && numeric.size() > MAX_NUMERIC_PHRASES) {
            chosen.clear();
        }
        chosen.sort(Comparator.comparingInt(Phrase::order));
        List<String> words = new ArrayList<>(chosen.stream().map(Phrase::text).toList());
        categorical.forEach(ph -> words.add(ph.text()));
        if (words.isEmpty()) {
            return "Average customers";
        }
        String joined = String.join(", ", words);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    private static String numericPhrase(String column, double z, boolean graded) {
        String shortName = shortName(column);
        boolean age = shortName.equals("age");
        String very = graded && Math.abs(z) >= STRONG ? "very " : "";
        if (z >= THRESHOLD) {
            return age ? very + "older" : very + "high " + shortName;
        }
        if (z <= -THRESHOLD) {
            return age ? very + "younger" : very + "low " + shortName;
        }
        return age ? "" : "average " + shortName;
    }

    /** "mostly Ever_Married = Yes": the column is named, so a level such as "Yes" or "3" reads on its own. */
    private static String mostly(String column, Map<String, Double> segmentMix, Map<String, Double> table) {
        for (Map.Entry<String, Double> e : segmentMix.entrySet()) {
            double overall = table == null ? 0 : table.getOrDefault(e.getKey(), 0.0);
            if (e.getValue() >= 0.75 && e.getValue() - overall >= 0.15) {
                return "mostly " + column + " = " + e.getKey();
            }
        }
        return null;
    }

    /** Category shares over all segmented customers, weighted by segment size. */
    private static Map<String, Map<String, Double>> tableMix(Dataset data, List<SegmentProfile> profiles) {
        Map<String, Map<String, Double>> out = new HashMap<>();
        int total = profiles.stream().mapToInt(SegmentProfile::size).sum();
        for (SegmentProfile p : profiles) {
            for (Map.Entry<String, Map<String, Double>> col : p.categoryMix().entrySet()) {
                Map<String, Double> acc = out.computeIfAbsent(col.getKey(), k -> new HashMap<>());
                col.getValue().forEach((level, share) ->
                        acc.merge(level, share * p.size() / Math.max(1, total), Double::sum));
            }
        }
        return out;
    }

    /**
     * The words a column goes by in a name: lower case, units in brackets and filler words
     * ("annual", "score") dropped, camel case and underscores split: "Annual Income (k$)" -> "income",
     * "Spending Score (1-100)" -> "spending", "MntWines" -> "mnt wines".
     */
    static String shortName(String column) {
        String s = column.replaceAll("\\([^)]*\\)", " ")
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .replace('_', ' ')
                .toLowerCase(Locale.ROOT);
        s = (" " + s + " ").replaceAll(" (annual|score) ", " ").replaceAll("\\s+", " ").trim();
        return s.isEmpty() ? column.toLowerCase(Locale.ROOT) : s;
    }

    private static boolean hasDuplicates(List<String> names) {
        return names.stream().distinct().count() < names.size();
    }

    private static boolean isDuplicate(List<String> names, int i) {
        for (int j = 0; j < names.size(); j++) {
            if (j != i && names.get(j).equals(names.get(i))) {
                return true;
            }
        }
        return false;
    }
}
