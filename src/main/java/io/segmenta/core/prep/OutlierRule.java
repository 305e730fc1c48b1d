package io.segmenta.core.prep;

import io.segmenta.core.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fitted outlier rule, applied to the raw (encoded, unscaled) feature values of one customer.
 * The same rule flags the training customers and, later, new ones.
 */
public sealed interface OutlierRule permits OutlierRule.None, OutlierRule.Fences, OutlierRule.Forest {
    /** The method, parameter, action and seed it was fitted with. */
    OutlierPolicy policy();

    /** Why the customer is an outlier, in words; null when it is not. */
    String reason(double[] raw);

    /** The anomaly score (Isolation Forest), the largest |z| (z-score), NaN for IQR and none. */
    double score(double[] raw);

    /** Whether the customer is an outlier: {@link #reason} is not null, without writing it. */
    default boolean flags(double[] raw) {
        return reason(raw) != null;
    }

    /** No detection. */
    record None() implements OutlierRule {
        @Override
        public OutlierPolicy policy() {
            return OutlierPolicy.NONE;
        }

        @Override
        public String reason(double[] raw) {
            return null;
        }

        @Override
        public double score(double[] raw) {
            return Double.NaN;
        }
    }

    /**
     * Bounds per numeric feature: IQR fences (flag below {@code lower} or above {@code upper}), or
     * z-scores (flag |x - mean| / std above the threshold; {@code lower}/{@code upper} are then
     * mean ∓ threshold x std, for display).
     *
     * @param features raw feature index of each checked feature
     * @param names    their names
     * @param lower    lower bound per checked feature
     * @param upper    upper bound per checked feature
     * @param mean     z-score: mean per checked feature (null for IQR)
     * @param std      z-score: population std per checked feature (null for IQR)
     */
    record Fences(OutlierPolicy policy, int[] features, List<String> names, double[] lower, double[] upper,
                  double[] mean, double[] std) implements OutlierRule {
        public Fences {
            Objects.requireNonNull(policy, "policy");
            names = List.copyOf(names);
        }

        private boolean zScores() {
            return policy.method() == OutlierMethod.ZSCORE;
        }

        /** True when the value of checked feature {@code j} is outside its bounds. */
        boolean outside(int j, double v) {
            if (zScores()) {
                return Math.abs(v - mean[j]) / std[j] > policy.parameter();
            }
            return v < lower[j] || v > upper[j];
        }

        @Override
        public boolean flags(double[] raw) {
            for (int j = 0; j < features.length; j++) {
                if (outside(j, raw[features[j]])) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String reason(double[] raw) {
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < features.length; j++) {
                double v = raw[features[j]];
                if (!outside(j, v)) {
                    continue;
                }
                String name = names.get(j) + " = " + Texts.number(v);
                if (zScores()) {
                    parts.add(name + " with z = " + Texts.number(round2((v - mean[j]) / std[j])) + ", beyond ±"
                            + Texts.number(policy.parameter()));
                } else if (v > upper[j]) {
                    parts.add(name + " above the upper fence " + Texts.number(upper[j]));
                } else {
                    parts.add(name + " below the lower fence " + Texts.number(lower[j]));
                }
            }
            return parts.isEmpty() ? null : String.join("; ", parts);
        }

        @Override
        public double score(double[] raw) {
            if (!zScores()) {
                return Double.NaN;
            }
            double best = 0;
            for (int j = 0; j < features.length; j++) {
                best = Math.max(best, Math.abs(raw[features[j]] - mean[j]) / std[j]);
            }
            return best;
        }
    }

    /**
     * An Isolation Forest on all raw features; customers scoring above {@code threshold} are
     * flagged. The reason names the feature that is most unusual by its z-score.
     *
     * @param forest    the fitted forest
     * @param threshold the anomaly score above which a customer is flagged
     * @param names     raw feature names
     * @param mean      per raw feature mean (to name the most unusual feature)
     * @param std       per raw feature population std (0 where constant)
     */
    record Forest(OutlierPolicy policy, IsolationForest forest, double threshold, List<String> names, double[] mean,
                  double[] std) implements OutlierRule {
        public Forest {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(forest, "forest");
            names = List.copyOf(names);
        }

        @Override
        public double score(double[] raw) {
            return forest.score(raw);
        }

        @Override
        public String reason(double[] raw) {
            double s = score(raw);
            if (!(s > threshold)) {
                return null;
            }
            int most = -1;
            double mostZ = 0;
            for (int j = 0; j < raw.length; j++) {
                if (std[j] > 0) {
                    double z = Math.abs(raw[j] - mean[j]) / std[j];
                    if (z > mostZ) {
                        mostZ = z;
                        most = j;
                    }
                }
            }
            String text = "anomaly score " + Texts.number(round3(s)) + " above the threshold "
                    + Texts.number(round3(threshold)) + " (the " + Texts.percent(policy.parameter())
                    + " most isolated customers)";
            if (most >= 0) {
                text += "; most unusual: " + names.get(most) + " = " + Texts.number(raw[most]) + " (z = "
                        + Texts.number(round2((raw[most] - mean[most]) / std[most])) + ")";
            }
            return text;
        }
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
