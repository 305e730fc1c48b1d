package io.segmenta.core.prep;

import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.DateColumn;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explore.Stats;
import io.segmenta.core.text.Texts;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a freshly opened table needs from preparation, before any choice is made: columns with
 * missing cells, categories with rare levels, constant and empty columns, and the features that
 * can be derived (tenure from each date column, age from a birth-year column). A view-model shows
 * these next to the controls; the numbers are the table's, the sentences say what to consider.
 *
 * @param missingCells per column with missing cells, how many
 * @param rareLevels   per categorical column, its levels held by under 1% of the rows, with counts
 * @param constant     columns with one value (or level) in every row that has one
 * @param allMissing   columns without any value
 * @param derivations  derived features that apply, with the references they would use by default
 * @param sentences    the same in words
 */
public record PrepAdvice(Map<String, Integer> missingCells, Map<String, Map<String, Integer>> rareLevels,
                         List<String> constant, List<String> allMissing, List<Derivation> derivations,
                         List<String> sentences) {
    private static final Pattern WORD_SPLIT = Pattern.compile("[^a-z0-9]+");

    public PrepAdvice {
        missingCells = Collections.unmodifiableMap(new LinkedHashMap<>(missingCells));
        rareLevels = Collections.unmodifiableMap(new LinkedHashMap<>(rareLevels));
        constant = List.copyOf(constant);
        allMissing = List.copyOf(allMissing);
        derivations = List.copyOf(derivations);
        sentences = List.copyOf(sentences);
    }

    public static PrepAdvice of(Dataset data) {
        int n = data.rowCount();
        Map<String, Integer> missing = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> rare = new LinkedHashMap<>();
        List<String> constant = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        List<Derivation> derivations = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        LocalDateTime latest = latestDate(data);
        for (Column c : data.columns()) {
            int m = c.missingCount();
            if (n > 0 && m == n) {
                empty.add(c.name());
                sentences.add(c.name() + " has no values; it cannot be a feature.");
                continue;
            }
            if (m > 0) {
                missing.put(c.name(), m);
                sentences.add(c.name() + " has " + Texts.count(m, "missing cell", "missing cells") + " ("
                        + Texts.percent(Math.round(1000.0 * m / n) / 1000.0) + "): drop those rows or fill them "
                        + "(mean, median, most frequent or a constant).");
            }
            if (c instanceof NumericColumn num) {
                double[] range = Stats.range(num.toArray());
                if (range[0] == range[1]) {
                    constant.add(c.name());
                    sentences.add(c.name() + " has the same value (" + NumericColumn.formatNumber(range[0])
                            + ") in every row; as a feature it is left out.");
                } else if (looksLikeBirthYear(num)) {
                    Derivation d = latest == null ? Derivation.age(c.name(), LocalDateTime.now().getYear())
                            : Derivation.age(c.name());
                    derivations.add(d);
                    sentences.add(c.name() + " looks like a birth year: derive \"" + d.featureName() + "\" (age in "
                            + (latest == null ? d.referenceYear() + "; set the year, the table has no dates"
                            : latest.getYear() + ", the year of the table's latest date") + ").");
                }
            } else if (c instanceof CategoricalColumn cat) {
                Map<String, Integer> few = new LinkedHashMap<>();
                int present = 0;
                for (int k = 0; k < cat.levels().size(); k++) {
                    present += cat.count(k) > 0 ? 1 : 0;
                }
                for (int k = 0; k < cat.levels().size(); k++) {
                    if (cat.count(k) > 0 && cat.count(k) < FeaturePreparer.RARE_HINT_SHARE * (n - m)) {
                        few.put(cat.levels().get(k), cat.count(k));
                    }
                }
                if (present == 1) {
                    constant.add(c.name());
                    sentences.add(c.name() + " has a single level in every row; as a feature it is left out.");
                } else if (!few.isEmpty() && present >= 3) {
                    rare.put(c.name(), few);
                    List<String> parts = new ArrayList<>();
                    few.forEach((l, k) -> parts.add(l + " " + k));
                    sentences.add(c.name() + " has " + Texts.count(few.size(), "rare level", "rare levels") + " ("
                            + String.join(", ", parts) + "): consider merging rare levels into \"" + RareLevels.OTHER
                            + "\".");
                }
            } else if (c instanceof DateColumn dc) {
                Derivation d = Derivation.tenure(c.name());
                derivations.add(d);
                LocalDateTime last = latestDate(dc);
                sentences.add(c.name() + " holds dates: derive \"" + d.featureName() + "\" (days to "
                        + (dc.hasTime() ? last : last.toLocalDate()) + ", the latest date in the column).");
            }
        }
        return new PrepAdvice(missing, rare, constant, empty, derivations, sentences);
    }

    /** An integral column named like a birth year ("Year_Birth", "BirthYear", "born") with years as values. */
    static boolean looksLikeBirthYear(NumericColumn c) {
        List<String> tokens = List.of(WORD_SPLIT.split(c.name().toLowerCase(Locale.ROOT).replace("_", " ")
                .replaceAll("([a-z])([0-9])", "$1 $2")));
        String joined = String.join("", tokens);
        boolean named = tokens.contains("born") || tokens.contains("birth") || joined.contains("birthyear")
                || joined.contains("yearbirth") || joined.contains("yearofbirth");
        if (!named || !c.isIntegral()) {
            return false;
        }
        double[] v = c.toArray();
        int present = 0;
        int years = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                present++;
                if (x >= 1850 && x <= 2100) {
                    years++;
                }
            }
        }
        return present > 0 && years >= 0.95 * present;
    }

    private static LocalDateTime latestDate(Dataset data) {
        LocalDateTime out = null;
        for (Column c : data.columns()) {
            if (c instanceof DateColumn dc && dc.missingCount() < dc.size()) {
                LocalDateTime d = latestDate(dc);
                out = out == null || d.isAfter(out) ? d : out;
            }
        }
        return out;
    }

    private static LocalDateTime latestDate(DateColumn dc) {
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < dc.size(); i++) {
            latest = Math.max(latest, dc.epochSecond(i));
        }
        return LocalDateTime.ofEpochSecond(latest, 0, ZoneOffset.UTC);
    }
}
