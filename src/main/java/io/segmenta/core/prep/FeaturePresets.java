package io.segmenta.core.prep;

import io.segmenta.core.data.Column;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The classic feature sets of customer segmentation: univariate (Income), bivariate (Income +
 * Spending) and multivariate (Age + Income + Spending + Gender). Columns are found by name
 * ("Annual Income (k$)", "Spending Score (1-100)", "Age", "Gender"/"Genre"/"Sex"); a preset is
 * offered only when all its columns exist.
 */
public final class FeaturePresets {
    private static final Pattern WORD_SPLIT = Pattern.compile("[^a-z0-9]+");

    private FeaturePresets() {
    }

    public static List<FeaturePreset> forDataset(Dataset d) {
        Optional<String> income = find(d, ColumnType.NUMERIC, "income");
        Optional<String> spending = find(d, ColumnType.NUMERIC, "spending", "spend");
        Optional<String> age = find(d, ColumnType.NUMERIC, "age");
        Optional<String> gender = find(d, ColumnType.CATEGORICAL, "gender", "genre", "sex");
        List<FeaturePreset> out = new ArrayList<>();
        income.ifPresent(i -> out.add(new FeaturePreset("Income", List.of(i))));
        if (income.isPresent() && spending.isPresent()) {
            out.add(new FeaturePreset("Income + Spending", List.of(income.get(), spending.get())));
        }
        if (income.isPresent() && spending.isPresent() && age.isPresent()) {
            List<String> cols = new ArrayList<>(List.of(age.get(), income.get(), spending.get()));
            gender.ifPresent(cols::add);
            out.add(new FeaturePreset(gender.isPresent() ? "Age + Income + Spending + Gender" : "Age + Income + Spending",
                    cols));
        }
        return out;
    }

    /** The first column of the type whose name contains one of the words as a whole word. */
    static Optional<String> find(Dataset d, ColumnType type, String... words) {
        for (Column c : d.columns()) {
            if (c.type() != type) {
                continue;
            }
            List<String> tokens = List.of(WORD_SPLIT.split(c.name().toLowerCase(Locale.ROOT)));
            for (String w : words) {
                if (tokens.contains(w)) {
                    return Optional.of(c.name());
                }
            }
        }
        return Optional.empty();
    }
}
