package io.segmenta.core.model;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.Clustering;
import io.segmenta.core.cluster.DataMatrix;
import io.segmenta.core.cluster.DbscanDetails;
import io.segmenta.core.cluster.DbscanSpec;
import io.segmenta.core.cluster.HierarchicalSpec;
import io.segmenta.core.cluster.MixtureDetails;
import io.segmenta.core.cluster.Validity;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.prep.DerivationKind;
import io.segmenta.core.prep.FittedCategorical;
import io.segmenta.core.prep.FittedInput;
import io.segmenta.core.prep.FittedNumeric;
import io.segmenta.core.prep.FittedPreparation;
import io.segmenta.core.prep.PreparedFeatures;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.text.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Makes a {@link SegmentModel} from a finished segmentation and the table it ran on. */
public final class ModelBuilder {
    /** A difference from the table mean (in standard deviations) worth naming in a description. */
    private static final double NOTABLE = 0.25;

    private ModelBuilder() {
    }

    /** The model of a segmentation with automatic descriptions (see the six-argument form). */
    public static SegmentModel build(Dataset data, SegmentationResult result, List<String> names, Instant trained,
                                     String version) {
        return build(data, result, names, null, trained, version);
    }

    /**
     * The model of a segmentation.
     *
     * @param data         the table the segmentation ran on (for the ranges seen in training)
     * @param result       the segmentation
     * @param names        the segment names (the analyst's), or null for the automatic ones
     * @param descriptions the analyst's descriptions by segment, or null; a blank one is replaced by an
     *                     automatic sentence from the segment's profile
     * @param trained      when the model is made (stored in the file)
     * @param version      the Segmenta version making it
     */
    public static SegmentModel build(Dataset data, SegmentationResult result, List<String> names,
                                     List<String> descriptions, Instant trained, String version) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(result, "result");
        List<String> finalNames = names == null ? result.names() : List.copyOf(names);
        if (finalNames.size() != result.k()) {
            throw new IllegalArgumentException(finalNames.size() + " names for " + result.k() + " segments");
        }
        PreparedFeatures features = result.features();
        FittedPreparation fitted = features.fitted();
        Clustering c = result.clustering();
        DataMatrix x = features.matrix();
        int k = c.k();
        int d = x.cols();

        List<ModelInput> inputs = inputs(data, fitted, features.datasetRows());
        Assignment assignment = assignment(result, x);
        double agreement = agreement(assignment, x, c.labels());
        if (assignment instanceof CentroidAssignment ca) {
            assignment = new CentroidAssignment(ca.algorithm(), ca.linkage(), ca.centroids(), ca.k(), agreement);
        }

        int[] labels = c.labels();
        double[] centroids = c.centroids();
        double[][] distances = new double[k][];
        int[] filled = new int[k];
        for (int s = 0; s < k; s++) {
            distances[s] = new double[c.sizes()[s]];
        }
        double[] v = x.values();
        for (int i = 0; i < labels.length; i++) {
            int s = labels[i];
            if (s < 0) {
                continue;
            }
            double sum = 0;
            for (int j = 0; j < d; j++) {
                double t = v[i * d + j] - centroids[s * d + j];
                sum += t * t;
            }
            distances[s][filled[s]++] = Math.sqrt(sum);
        }
        List<ModelSegment> segments = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            SegmentProfile p = result.profiles().get(s);
            String own = descriptions == null || s >= descriptions.size() ? null : descriptions.get(s);
            String description = own == null || own.isBlank() ? describe(p) : own.strip();
            segments.add(new ModelSegment(s, finalNames.get(s), description, s, c.sizes()[s], p.share(),
                    c.centroid(s), DistanceProfile.of(distances[s])));
        }
        TrainingSummary summary = new TrainingSummary(data.name(), data.rowCount(), features.rows(),
                features.rowsDropped(), features.rowsExcluded(), trained, result.spec().seed(), metrics(result),
                result.spec(), version);
        return new SegmentModel(summary, inputs, fitted, result.spec().prep().outliers(), assignment,
                segments, c.noise(), ModelExplanation.of(data, result));
    }

    /** The input schema with the ranges of the training customers (missing cells left out). */
    static List<ModelInput> inputs(Dataset data, FittedPreparation fitted, int[] rows) {
        List<ModelInput> out = new ArrayList<>();
        int offset = 0;
        for (FittedInput in : fitted.inputs()) {
            InputKind kind = in instanceof FittedCategorical ? InputKind.CATEGORY
                    : ((FittedNumeric) in).derivation() == DerivationKind.TENURE_DAYS ? InputKind.DATE
                    : InputKind.NUMBER;
            double min = Double.NaN;
            double max = Double.NaN;
            boolean integral = true;
            if (kind != InputKind.CATEGORY) {
                FittedInput.InputReader reader = in.bind(data);
                boolean logged = ((FittedNumeric) in).log1p();
                Column column = data.column(in.column());
                double[] value = new double[1];
                min = Double.POSITIVE_INFINITY;
                max = Double.NEGATIVE_INFINITY;
                for (int row : rows) {
                    if (column.isMissing(row)) {
                        continue;
                    }
                    reader.encode(row, value, 0);
                    // the range a user reads is of the value before log1p: undo it (to within rounding)
                    double v = logged ? Math.expm1(value[0]) : value[0];
                    if (logged && Math.abs(v - Math.rint(v)) <= 1e-9 * Math.max(1, Math.abs(v))) {
                        v = Math.rint(v);
                    }
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    integral &= v == Math.rint(v);
                }
                if (min > max) {
                    min = Double.NaN;
                    max = Double.NaN;
                }
            }
            out.add(new ModelInput(in, kind, offset, min, max, kind != InputKind.CATEGORY && integral));
            offset += in.features().size();
        }
        return out;
    }

    private static Assignment assignment(SegmentationResult result, DataMatrix x) {
        Clustering c = result.clustering();
        Algorithm algorithm = result.algorithm();
        return switch (algorithm) {
            case KMEANS -> new CentroidAssignment(Algorithm.KMEANS, null, c.centroids(), c.k(), 1);
            case HIERARCHICAL -> new CentroidAssignment(Algorithm.HIERARCHICAL,
                    ((HierarchicalSpec) result.spec().algorithm()).linkage(), c.centroids(), c.k(), 1);
            case GMM -> {
                MixtureDetails m = c.mixture().orElseThrow();
                yield new MixtureAssignment(m.covariance(), m.weights(), m.means(), m.covariances());
            }
            case DBSCAN -> {
                DbscanDetails dd = c.density().orElseThrow();
                DbscanSpec spec = (DbscanSpec) result.spec().algorithm();
                int d = x.cols();
                double[] points = new double[dd.coreCount() * d];
                int[] segments = new int[dd.coreCount()];
                int m = 0;
                boolean[] core = dd.core();
                for (int i = 0; i < core.length; i++) {
                    if (core[i]) {
                        System.arraycopy(x.values(), i * d, points, m * d, d);
                        segments[m++] = c.labels()[i];
                    }
                }
                yield new CoreAssignment(spec.eps(), spec.minSamples(), c.k(), d, points, segments);
            }
        };
    }

    /** Share of training customers the rule puts in their training segment (noise counts as a segment). */
    static double agreement(Assignment a, DataMatrix x, int[] labels) {
        if (labels.length == 0) {
            return 1;
        }
        int same = 0;
        double[] probabilities = new double[a.k()];
        for (int i = 0; i < labels.length; i++) {
            if (a.assign(x.values(), i * x.cols(), probabilities) == labels[i]) {
                same++;
            }
        }
        return (double) same / labels.length;
    }

    /** Validity and fit figures by name, finite values only. */
    static Map<String, Double> metrics(SegmentationResult r) {
        Map<String, Double> m = new LinkedHashMap<>();
        Validity v = r.validity();
        put(m, "wcss", r.wcss());
        v.putIndices(m::put);
        if (r.algorithm() == Algorithm.DBSCAN) {
            put(m, "noise", r.noise());
        }
        r.mixture().ifPresent(mix -> {
            put(m, "bic", mix.bic());
            put(m, "aic", mix.aic());
            put(m, "log_likelihood", mix.logLikelihood());
        });
        return m;
    }

    private static void put(Map<String, Double> m, String name, double value) {
        if (Double.isFinite(value)) {
            m.put(name, value);
        }
    }

    /**
     * One sentence on what sets a segment apart: the numeric columns furthest from the table's mean
     * (at most three, at least a quarter of a standard deviation away), and a category level held
     * by at least 70% of the segment.
     */
    public static String describe(SegmentProfile p) {
        if (p.size() == 0) {
            return "No training customer is most likely in this component.";
        }
        List<String> parts = new ArrayList<>();
        p.differences().entrySet().stream()
                .filter(e -> Double.isFinite(e.getValue()) && Math.abs(e.getValue()) >= NOTABLE)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue())))
                .limit(3)
                .forEach(e -> parts.add(e.getKey() + " " + (e.getValue() > 0 ? "above" : "below") + " average (mean "
                        + Texts.groupedRounded(p.means().get(e.getKey()), 1) + ", " + (e.getValue() > 0 ? "+" : "")
                        + Texts.rounded(e.getValue(), 2) + " sd)"));
        p.categoryMix().forEach((column, mix) -> mix.entrySet().stream()
                .filter(e -> e.getValue() >= 0.7)
                .findFirst()
                .ifPresent(e -> parts.add(String.format(Locale.ROOT, "mostly %s = %s (%.0f%%)", column, e.getKey(),
                        100 * e.getValue()))));
        String lead = String.format(Locale.ROOT, "%s (%.1f%% of the segmented customers)",
                Texts.count(p.size(), "customer", "customers"), 100 * p.share());
        return parts.isEmpty() ? lead + ", close to the average customer on every feature."
                : lead + ": " + String.join("; ", parts) + ".";
    }
}
