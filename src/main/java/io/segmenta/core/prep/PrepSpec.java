package io.segmenta.core.prep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every preparation choice, as an immutable value: the dataset columns used as features (numeric
 * columns as they are, categorical columns one-hot encoded), features derived from date and
 * birth-year columns, the missing-value policy, the categorical encoding, outlier detection and the
 * scaling. {@link FeaturePreparer#prepare} turns a dataset and this spec into the clustering matrix
 * and a report of what each choice did. The {@code with...} methods give the spec with one choice
 * changed, so a view-model holds one value and replaces it.
 *
 * @param features    dataset columns used as features (numeric or categorical), in order
 * @param scaling     how features are scaled
 * @param missing     what to do with missing cells, by default and per feature
 * @param categorical one-hot options: drop the first level, merge rare levels into "Other"
 * @param derived     features derived from a date (tenure) or a birth year (age), after {@code features}
 * @param outliers    outlier detection and whether flagged customers are kept or excluded
 * @param outlierChoices the analyst's choice for single flagged customers (dataset row, 0-based, to
 *                    keep or exclude), which overrides the outlier action for them; choices for
 *                    customers the rule does not flag have no effect
 */
public record PrepSpec(List<String> features, Scaling scaling, MissingPolicy missing, CategoricalPolicy categorical,
                       List<Derivation> derived, OutlierPolicy outliers, Map<Integer, OutlierAction> outlierChoices) {
    public PrepSpec {
        features = List.copyOf(Objects.requireNonNull(features, "features"));
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(categorical, "categorical");
        derived = List.copyOf(Objects.requireNonNull(derived, "derived"));
        Objects.requireNonNull(outliers, "outliers");
        outlierChoices = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(outlierChoices,
                "outlierChoices")));
        outlierChoices.forEach((row, action) -> {
            if (row < 0 || action == null) {
                throw new IllegalArgumentException("an outlier choice needs a row of at least 0 and an action");
            }
        });
    }

    /** The choices without per-customer outlier choices: the outlier action applies to every flagged customer. */
    public PrepSpec(List<String> features, Scaling scaling, MissingPolicy missing, CategoricalPolicy categorical,
                    List<Derivation> derived, OutlierPolicy outliers) {
        this(features, scaling, missing, categorical, derived, outliers, Map.of());
    }

    /**
     * The features with a scaling and the defaults of the first version: rows with a missing
     * feature left out, plain one-hot encoding, no derived features, no outlier detection.
     */
    public PrepSpec(List<String> features, Scaling scaling) {
        this(features, scaling, MissingPolicy.DROP_ROWS, CategoricalPolicy.DEFAULT, List.of(), OutlierPolicy.NONE);
    }

    /** Standard scaling of the given columns (the default). */
    public static PrepSpec standard(List<String> features) {
        return new PrepSpec(features, Scaling.STANDARD);
    }

    public PrepSpec withScaling(Scaling s) {
        return new PrepSpec(features, s, missing, categorical, derived, outliers, outlierChoices);
    }

    public PrepSpec withMissing(MissingPolicy m) {
        return new PrepSpec(features, scaling, m, categorical, derived, outliers, outlierChoices);
    }

    public PrepSpec withCategorical(CategoricalPolicy c) {
        return new PrepSpec(features, scaling, missing, c, derived, outliers, outlierChoices);
    }

    public PrepSpec withDerived(List<Derivation> d) {
        return new PrepSpec(features, scaling, missing, categorical, d, outliers, outlierChoices);
    }

    public PrepSpec withOutliers(OutlierPolicy o) {
        return new PrepSpec(features, scaling, missing, categorical, derived, o, outlierChoices);
    }

    /** This spec with these per-customer outlier choices (dataset row to keep or exclude) instead of its own. */
    public PrepSpec withOutlierChoices(Map<Integer, OutlierAction> choices) {
        return new PrepSpec(features, scaling, missing, categorical, derived, outliers, choices);
    }

    /** What happens to flagged customer {@code row} (a dataset row): the analyst's choice, else the outlier action. */
    public OutlierAction outlierAction(int row) {
        return outlierChoices.getOrDefault(row, outliers.action());
    }

    /** The dataset columns the preparation reads: the features, then the sources of derived features. */
    public List<String> sourceColumns() {
        LinkedHashSet<String> out = new LinkedHashSet<>(features);
        derived.forEach(d -> out.add(d.column()));
        return List.copyOf(out);
    }
}
