package io.segmenta.core.explain;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.cluster.AdjustedRand;
import io.segmenta.core.cluster.SweepPoint;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.explain.TreeInputs.TreeFeature;
import io.segmenta.core.prep.EncodedFeature;
import io.segmenta.core.prep.PreparedFeatures;
import io.segmenta.core.prep.Scaling;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.text.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The warnings of a result ({@link ResultWarning}), each in plain words with what to do.
 */
public final class Warnings {
    /** Cramér's V or adjusted Rand index from which the segments "repeat" a column's levels. */
    public static final double REPEATS = 0.9;
    /** Segments under this share of the segmented customers are called small. */
    public static final double SMALL_SHARE = 0.01;
    /** A mean silhouette under this means no substantial structure (Kaufman and Rousseeuw). */
    public static final double WEAK_SILHOUETTE = 0.25;
    /** With scaling off, standard deviations that differ this many times are a warning. */
    public static final double SCALE_RATIO = 10;
    /**
     * A numeric column whose sample skewness (adjusted Fisher-Pearson, pandas {@code skew()}) is over
     * this is "strongly skewed" (Bulmer's rule of thumb calls over 1 highly skewed; over 2, a few
     * customers' values dominate the scale, as with incomes and spend).
     */
    public static final double SKEWNESS = 2;
    /**
     * An amount (money, quantities) takes many values: a column with fewer distinct values is a flag, a
     * code or a small count, and is not called a skewed amount.
     */
    public static final int AMOUNT_DISTINCT = 20;

    private Warnings() {
    }

    /** The warnings about the result itself (no sweep). */
    public static List<ResultWarning> of(Dataset data, SegmentationResult result) {
        return of(data, TreeInputs.of(data, result), result, null);
    }

    /**
     * The warnings about a result and, when {@code sweep} is not null, about the sweep the analyst chose
     * k from (the recommended k at the edge of the range).
     */
    public static List<ResultWarning> of(Dataset data, SegmentationResult result, SweepResult sweep) {
        return of(data, TreeInputs.of(data, result), result, sweep);
    }

    static List<ResultWarning> of(Dataset data, TreeInputs in, SegmentationResult result, SweepResult sweep) {
        List<ResultWarning> out = new ArrayList<>();
        repeatsColumn(in, result.k(), out);
        if (sweep != null) {
            edge(sweep).ifPresent(out::add);
        }
        smallSegments(result, out);
        weakStructure(result, out);
        scales(result, out);
        SkewedAmounts.of(data, result).forEach(out::add);
        return List.copyOf(out);
    }

    private static void repeatsColumn(TreeInputs in, int k, List<ResultWarning> out) {
        Map<String, List<Integer>> categorical = new LinkedHashMap<>();
        List<TreeFeature> features = in.features();
        for (int f = 0; f < features.size(); f++) {
            if (features.get(f).level() != null) {
                categorical.computeIfAbsent(features.get(f).column(), c -> new ArrayList<>()).add(f);
            }
        }
        if (k < 2) {
            return;
        }
        categorical.forEach((column, indicators) -> {
            int[] levels = Drivers.levels(in, indicators);
            double v = Drivers.cramersV(levels, indicators.size() + 1, in.classes(), k);
            double ari = AdjustedRand.index(levels, in.classes());
            if (ari >= REPEATS) {
                out.add(new ResultWarning(ResultWarning.Kind.REPEATS_COLUMN, column, String.format(Locale.ROOT,
                        "The segments are the levels of %s (adjusted Rand index %.2f, Cramér's V %.2f): that one column"
                        + " decides the whole segmentation. Segment on the other features, or use %s as a filter and"
                        + " segment each of its levels apart.", column, ari, v, column)));
            } else if (v >= REPEATS) {
                out.add(new ResultWarning(ResultWarning.Kind.REPEATS_COLUMN, column, String.format(Locale.ROOT,
                        "Each segment is almost entirely one level of %s (Cramér's V %.2f): that column splits the"
                        + " customers before any other feature does. Leave %s out and segment on the other features,"
                        + " or use it as a filter and segment each of its levels apart.", column, v, column)));
            }
        });
    }

    /** The edge-of-range warning of a sweep, if its recommended k is at an edge. */
    public static java.util.Optional<ResultWarning> edge(SweepResult sweep) {
        List<SweepPoint> points = sweep.points();
        if (points.size() < 3 || sweep.recommendedK() < 1) {
            return java.util.Optional.empty();
        }
        int lo = points.get(0).k();
        int hi = points.get(points.size() - 1).k();
        int rec = sweep.recommendedK();
        String range = lo + " to " + hi;
        if (rec == hi) {
            return java.util.Optional.of(new ResultWarning(ResultWarning.Kind.K_AT_EDGE, "k", String.format(
                    Locale.ROOT, "The recommended k = %d is the largest k searched (%s): the best k may lie beyond"
                    + " the range. Search a wider range (Find k goes up to 30; on the command line, --k-max) before"
                    + " choosing.", rec, range)));
        }
        if (rec == lo && lo > 2) {
            return java.util.Optional.of(new ResultWarning(ResultWarning.Kind.K_AT_EDGE, "k", String.format(
                    Locale.ROOT, "The recommended k = %d is the smallest k searched (%s): the best k may lie below"
                    + " the range. Search from k = 2 before choosing.", rec, range)));
        }
        return java.util.Optional.empty();
    }

    private static void smallSegments(SegmentationResult result, List<ResultWarning> out) {
        int segmented = result.features().rows() - result.noise();
        for (SegmentProfile p : result.profiles()) {
            double share = segmented == 0 ? 0 : (double) p.size() / segmented;
            if (p.size() > 0 && share < SMALL_SHARE) {
                out.add(new ResultWarning(ResultWarning.Kind.SMALL_SEGMENT, "Segment " + p.number(), String.format(
                        Locale.ROOT, "Segment %d (%s) holds %s, %s of the segmented customers: a segment under 1%% is"
                        + " usually a few unusual customers rather than a group to act on. Look at them as outliers,"
                        + " or try a smaller k.", p.number(), p.name(), Texts.count(p.size(), "customer", "customers"),
                        Texts.percentOneDecimal(share))));
            }
        }
    }

    private static void weakStructure(SegmentationResult result, List<ResultWarning> out) {
        double s = result.silhouette().value();
        if (result.k() >= 2 && Double.isFinite(s) && s < WEAK_SILHOUETTE) {
            out.add(new ResultWarning(ResultWarning.Kind.WEAK_STRUCTURE, "", String.format(Locale.ROOT,
                    "The silhouette is %.2f, under 0.25: the segments are not well separated, and many customers are"
                    + " almost as close to a neighbouring segment as to their own. The segments cut the table into"
                    + " parts rather than find natural groups: their borders are arbitrary, so check their stability"
                    + " and try other features or another k.", s)));
        }
    }

    private static void scales(SegmentationResult result, List<ResultWarning> out) {
        if (result.spec().prep().scaling() != Scaling.NONE) {
            return;
        }
        PreparedFeatures pf = result.features();
        List<EncodedFeature> features = pf.features();
        String widest = null;
        String narrowest = null;
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < features.size(); j++) {
            if (!features.get(j).isNumeric()) {
                continue;
            }
            double sd = sd(pf, j);
            if (sd > max) {
                max = sd;
                widest = features.get(j).name();
            }
            if (sd > 0 && sd < min) {
                min = sd;
                narrowest = features.get(j).name();
            }
        }
        if (widest != null && narrowest != null && max / min >= SCALE_RATIO) {
            out.add(new ResultWarning(ResultWarning.Kind.SCALES_DIFFER, widest, String.format(Locale.ROOT,
                    "Scaling is off and the features' spreads differ %s-fold: %s (standard deviation %s) weighs far"
                    + " more in the distances than %s (%s), so it alone shapes the segments. Turn on standard"
                    + " scaling unless the units are meant to weigh that way.", Texts.groupedRounded(max / min, 0), widest,
                    Texts.groupedRounded(max, 2), narrowest, Texts.groupedRounded(min, 2))));
        }
    }

    private static double sd(PreparedFeatures pf, int j) {
        int n = pf.rows();
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += pf.matrix().get(i, j);
        }
        mean /= n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = pf.matrix().get(i, j) - mean;
            ss += d * d;
        }
        return Math.sqrt(ss / n) * pf.scale()[j];
    }
}
