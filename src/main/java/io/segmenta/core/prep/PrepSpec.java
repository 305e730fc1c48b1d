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
 * @param logged      numeric features (columns or derived features) transformed by log1p, log(1 + x), after
 *                    missing values are filled and before outliers and scaling (for skewed money columns);
 *                    a feature with values below -1 is refused, unless {@code logLeaveOut}
 * @param logLeaveOut the analyst's explicit choice for customers with a value below -1 in a log-transformed
 *                    feature (where log(1 + x) is not defined): true leaves them out of the segmentation
 *                    (counted in the report, recorded in the model file so new such customers are refused
 *                    with that reason); false refuses the feature
 */
public record PrepSpec(List<String> features, Scaling scaling, MissingPolicy missing, CategoricalPolicy categorical,
                       List<Derivation> derived, OutlierPolicy outliers, Map<Integer, OutlierAction> outlierChoices,
                       List<String> logged, boolean logLeaveOut) {
    public PrepSpec {
        logged = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(logged, "logged")));
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

    /** The choices with a log transform that refuses a feature with values below -1. */
    public PrepSpec(List<String> features, Scaling scaling, MissingPolicy missing, CategoricalPolicy categorical,
                    List<Derivation> derived, OutlierPolicy outliers, Map<Integer, OutlierAction> outlierChoices,
                    List<String> logged) {
        this(features, scaling, missing, categorical, derived, outliers, outlierChoices, logged, false);
    }

    /** The choices without a log transform. */
    public PrepSpec(List<String> features, Scaling scaling, MissingPolicy missing, CategoricalPolicy categorical,
                    List<Derivation> derived, OutlierPolicy outliers, Map<Integer, OutlierAction> outlierChoices) {
        this(features, scaling, missing, categorical, derived, outliers, outlierChoices, List.of());
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
        return new PrepSpec(features, s, missing, categorical, derived, outliers, outlierChoices, logged, logLeaveOut);
    }

    public PrepSpec withMissing(MissingPolicy m) {
        return new PrepSpec(features, scaling, m, categorical, derived, outliers, outlierChoices, logged, logLeaveOut);
    }

    public PrepSpec withCategorical(CategoricalPolicy c) {
        return new PrepSpec(features, scaling, missing, c, derived, outliers, outlierChoices, logged, logLeaveOut);
    }

    public PrepSpec withDerived(List<Derivation> d) {
        return new PrepSpec(features, scaling, missing, categorical, d, outliers, outlierChoices, logged, logLeaveOut);
    }

    public PrepSpec withOutliers(OutlierPolicy o) {
        return new PrepSpec(features, scaling, missing, categorical, derived, o, outlierChoices, logged, logLeaveOut);
    }

    /** This spec with these per-customer outlier choices (dataset row to keep or exclude) instead of its own. */
    public PrepSpec withOutlierChoices(Map<Integer, OutlierAction> choices) {
        return new PrepSpec(features, scaling, missing, categorical, derived, outliers, choices, logged, logLeaveOut);
    }

    /** This spec with these features log1p-transformed instead of its own. */
    public PrepSpec withLogged(List<String> features) {
        return new PrepSpec(this.features, scaling, missing, categorical, derived, outliers, outlierChoices, features,
                logLeaveOut);
    }

    /**
     * This spec with customers below -1 in a log-transformed feature left out of the segmentation
     * ({@code true}) or the feature refused ({@code false}).
     */
    public PrepSpec withLogLeaveOut(boolean leaveOut) {
        return new PrepSpec(features, scaling, missing, categorical, derived, outliers, outlierChoices, logged, leaveOut);
    }

    /** Whether feature {@code name} is log1p-transformed. */
    public boolean isLogged(String name) {
        return logged.contains(name);
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
