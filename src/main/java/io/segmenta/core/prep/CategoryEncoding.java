package io.segmenta.core.prep;

import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.text.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Preparation stage: every input's fitted form. Numeric inputs keep their fill; categories have
 * rare levels merged into "Other", a single level left out, two levels as one 0/1 indicator of the
 * second, more levels as one indicator each (optionally without the first).
 */
final class CategoryEncoding extends PrepStage {
    CategoryEncoding(PrepRun run) {
        super(run);
    }

    /** Builds every input's fitted form; categories get their merges and indicators. */
    void encodeCategories(int[] kept) {
        List<PrepInput> single = new ArrayList<>();
        for (PrepInput in : inputs) {
            if (!in.categorical()) {
                in.fitted = new FittedNumeric(in.column, in.name, in.kind, in.referenceDate, in.referenceYear,
                        in.datePattern, in.used.method(), in.used.method() == ImputeMethod.DROP_ROWS ? Double.NaN
                        : in.fill, in.log);
                continue;
            }
            List<String> levels = new ArrayList<>(in.cat.levels());
            if (in.fillLevel != null && !levels.contains(in.fillLevel)) {
                levels.add(in.fillLevel);
            }
            int[] counts = new int[levels.size()];
            int fillCode = in.fillLevel == null ? -1 : levels.indexOf(in.fillLevel);
            for (int i : kept) {
                int code = in.cat.code(i);
                counts[code >= 0 ? code : fillCode]++;
            }
            RareLevels rare = spec.categorical().rare();
            Map<String, String> mapping = new LinkedHashMap<>();
            Map<String, Integer> merged = new LinkedHashMap<>();
            List<String> encoded = new ArrayList<>();
            for (int k = 0; k < levels.size(); k++) {
                if (counts[k] == 0) {
                    continue;
                }
                if (!rare.isOff() && rare.isRare(counts[k], kept.length)) {
                    merged.put(levels.get(k), counts[k]);
                } else {
                    mapping.put(levels.get(k), levels.get(k));
                    encoded.add(levels.get(k));
                }
            }
            if (!merged.isEmpty()) {
                merged.keySet().forEach(l -> mapping.put(l, RareLevels.OTHER));
                if (!encoded.contains(RareLevels.OTHER)) {
                    encoded.add(RareLevels.OTHER);
                }
                Map<String, Integer> sorted = new LinkedHashMap<>();
                merged.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
                int rows = merged.values().stream().mapToInt(Integer::intValue).sum();
                run.merges.add(new LevelMerge(in.name, sorted, RareLevels.OTHER, rows, in.name + ": "
                        + Texts.count(merged.size(), "rare level", "rare levels") + " (" + levelCounts(sorted) + "; "
                        + rare.describe() + ") merged into \"" + RareLevels.OTHER + "\" ("
                        + Texts.count(rows, "customer", "customers") + ")."));
            } else if (rare.isOff()) {
                hintRareLevels(in, levels, counts, kept.length);
            }
            if (encoded.size() < 2) {
                excluded.add(new ExcludedFeature(in.name, ExclusionReason.SINGLE_LEVEL, "Column \"" + in.name
                        + "\" has a single level (" + (encoded.isEmpty() ? "none" : encoded.get(0))
                        + ") in the segmented rows and is left out: it cannot tell customers apart."));
                single.add(in);
                continue;
            }
            List<String> indicators = encoded.size() == 2 ? encoded.subList(1, 2)
                    : spec.categorical().dropFirst() ? encoded.subList(1, encoded.size()) : encoded;
            in.fitted = new FittedCategorical(in.column, mapping, indicators, in.used.method(),
                    in.used.method() == ImputeMethod.DROP_ROWS ? null : in.fillLevel);
        }
        inputs.removeAll(single);
    }

    private void hintRareLevels(PrepInput in, List<String> levels, int[] counts, int total) {
        Map<String, Integer> few = new LinkedHashMap<>();
        int maxCount = 0;
        for (int k = 0; k < levels.size(); k++) {
            if (counts[k] > 0 && counts[k] < FeaturePreparer.RARE_HINT_SHARE * total) {
                few.put(levels.get(k), counts[k]);
                maxCount = Math.max(maxCount, counts[k]);
            }
        }
        if (few.isEmpty() || levels.size() < 3) {
            return;
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        few.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        hints.add(in.name + " has " + Texts.count(few.size(), "rare level", "rare levels") + " (" + levelCounts(sorted)
                + "; under " + Texts.percent(FeaturePreparer.RARE_HINT_SHARE) + " of the customers each); merging rare "
                + "levels into \"" + RareLevels.OTHER + "\" (e.g. fewer than " + (maxCount + 1) + " customers) avoids "
                + "features for a handful of customers.");
    }

    private static String levelCounts(Map<String, Integer> levels) {
        List<String> parts = new ArrayList<>();
        levels.forEach((l, c) -> parts.add(l + " " + c));
        return String.join(", ", parts);
    }
}
