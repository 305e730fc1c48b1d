package io.segmenta.core.model;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.data.MissingValues;
import io.segmenta.core.prep.BelowLogDomainException;
import io.segmenta.core.prep.EncodedFeature;
import io.segmenta.core.prep.FittedPreparation;
import io.segmenta.core.prep.OutlierPolicy;
import io.segmenta.core.prep.PreparedCustomer;
import io.segmenta.core.text.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A saved segmentation that places new customers: the input schema, the preparation fitted in
 * training (imputation values, encodings, scaler parameters, outlier rule), the assignment rule
 * with what it needs, the segments with their names, colours and training distances, and a
 * training summary. Made from a segmentation by {@link ModelBuilder}, written and read by
 * {@link ModelFile}; a model read from a file predicts exactly as the one it was saved from.
 * Immutable and safe to share between threads.
 */
public final class SegmentModel {
    /** The value of the file's "format" field. */
    public static final String FORMAT = "segmenta-model";
    /** The file format version this Segmenta writes and reads. */
    public static final int VERSION = 1;
    /** A customer beyond this percentile of its segment's training distances gets a warning. */
    public static final double UNUSUAL_PERCENTILE = 99;

    private final TrainingSummary training;
    private final List<ModelInput> inputs;
    private final FittedPreparation preparation;
    private final OutlierPolicy outliers;
    private final Assignment assignment;
    private final List<ModelSegment> segments;
    private final int noiseSize;
    private final ModelExplanation explanation;
    /** Per segment, the distance beyond which a customer is unusual (the 99th percentile). */
    private final double[] unusualDistance;
    /** Per segment, the warning for a customer farther than every training customer. */
    private final String[] beyondEvery;

    /**
     * @param training        what the model was trained on
     * @param inputs          the input schema, one per preparation input, in order
     * @param preparation     the fitted preparation; its outlier rule is applied to new customers
     * @param outliers        the outlier policy of training
     * @param assignment      the assignment rule
     * @param segments        the segments, id 0 first
     * @param noiseSize       DBSCAN: training customers labelled noise; 0 otherwise
     */
    public SegmentModel(TrainingSummary training, List<ModelInput> inputs, FittedPreparation preparation,
                        OutlierPolicy outliers, Assignment assignment,
                        List<ModelSegment> segments, int noiseSize) {
        this(training, inputs, preparation, outliers, assignment, segments, noiseSize, ModelExplanation.NONE);
    }

    /**
     * A model with the drivers and warnings of the segmentation it was made from.
     *
     * @param explanation what drove the training segmentation and its warnings ({@link ModelExplanation#NONE}
     *                    when unknown)
     */
    public SegmentModel(TrainingSummary training, List<ModelInput> inputs, FittedPreparation preparation,
                        OutlierPolicy outliers, Assignment assignment,
                        List<ModelSegment> segments, int noiseSize, ModelExplanation explanation) {
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        this.training = Objects.requireNonNull(training, "training");
        this.inputs = List.copyOf(inputs);
        this.preparation = Objects.requireNonNull(preparation, "preparation");
        this.outliers = Objects.requireNonNull(outliers, "outliers");
        this.assignment = Objects.requireNonNull(assignment, "assignment");
        this.segments = List.copyOf(segments);
        this.noiseSize = noiseSize;
        if (this.inputs.size() != preparation.inputs().size()) {
            throw new IllegalArgumentException(this.inputs.size() + " inputs for " + preparation.inputs().size());
        }
        if (this.segments.size() != assignment.k()) {
            throw new IllegalArgumentException(this.segments.size() + " segments for k = " + assignment.k());
        }
        if (assignment.cols() != preparation.cols()) {
            throw new IllegalArgumentException(assignment.cols() + " assignment features for " + preparation.cols());
        }
        unusualDistance = new double[this.segments.size()];
        beyondEvery = new String[this.segments.size()];
        for (int s = 0; s < this.segments.size(); s++) {
            ModelSegment seg = this.segments.get(s);
            unusualDistance[s] = seg.distances().quantile(UNUSUAL_PERCENTILE / 100);
            beyondEvery[s] = "Farther from the centre of segment " + seg.number() + " \"" + seg.name()
                    + "\" than every one of its " + Texts.count(seg.distances().members(), "training customer",
                    "training customers") + ": unlike the customers the model was trained on.";
            if (this.segments.get(s).id() != s || this.segments.get(s).centroid().length != preparation.cols()) {
                throw new IllegalArgumentException("segment " + s + " does not fit");
            }
        }
    }

    public TrainingSummary training() {
        return training;
    }

    /** The drivers and warnings of the training segmentation; empty for a model saved before they were. */
    public ModelExplanation explanation() {
        return explanation;
    }

    /** The input schema: one entry per column a customer needs, in order. */
    public List<ModelInput> inputs() {
        return inputs;
    }

    /** The columns a customer needs. */
    public List<String> columns() {
        return inputs.stream().map(ModelInput::column).toList();
    }

    public FittedPreparation preparation() {
        return preparation;
    }

    /** The outlier policy of training. */
    public OutlierPolicy outliers() {
        return outliers;
    }

    public Assignment assignment() {
        return assignment;
    }

    public Algorithm algorithm() {
        return assignment.algorithm();
    }

    public List<ModelSegment> segments() {
        return segments;
    }

    public int k() {
        return segments.size();
    }

    /** DBSCAN: training customers labelled noise; 0 otherwise. */
    public int noiseSize() {
        return noiseSize;
    }

    /** The prepared features (the training matrix's columns), in order. */
    public List<String> features() {
        return preparation.features().stream().map(EncodedFeature::name).toList();
    }

    /** Whether predictions carry membership probabilities (a Gaussian mixture). */
    public boolean hasProbabilities() {
        return assignment instanceof MixtureAssignment;
    }

    /**
     * What a user of the model should know about its predictions, in words: the assignment rule,
     * and where it only approximates training (hierarchical).
     */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        notes.add("New customers are placed by " + assignment.rule() + ".");
        if (assignment instanceof CentroidAssignment c && c.algorithm() == Algorithm.HIERARCHICAL) {
            notes.add(String.format(Locale.ROOT, "Hierarchical segments have no rule for new customers; the nearest "
                    + "segment centre puts %.1f%% of the training customers in their own segment.",
                    100 * c.trainingAgreement()));
        }
        return notes;
    }

    /**
     * Why a customer below -1 in a log-transformed feature gets no segment when training left such
     * customers out ({@link io.segmenta.core.prep.PrepSpec#logLeaveOut()}).
     */
    static final String LEFT_OUT_BELOW = "Training left customers below -1 in a log-transformed feature out of the "
            + "segmentation, so this customer has no segment.";

    /**
     * Predicts one customer given as column name to value as typed ("" or "NA" is missing). Names
     * match the model's columns exactly, else ignoring case; names that are no input are ignored.
     *
     * @throws SegmentaException naming the columns without a value, or a value that cannot be read
     */
    public Prediction predict(Map<String, String> customer) {
        Map<String, String> byColumn = resolve(customer);
        PreparedCustomer pc;
        try {
            pc = preparation.transform(byColumn);
        } catch (BelowLogDomainException e) {
            throw training.spec().prep().logLeaveOut() ? new SegmentaException(e.getMessage() + " " + LEFT_OUT_BELOW, e)
                    : e;
        }
        List<String> warnings = new ArrayList<>(pc.warnings());
        for (ModelInput in : inputs) {
            String cell = byColumn.get(in.column());
            if (MissingValues.isMissing(cell)) {
                warnings.add(in.fillText());
            } else {
                String range = in.outOfRange(pc.raw()[in.rawFeature()]);
                if (range != null) {
                    warnings.add(range);
                }
            }
        }
        if (pc.isOutlier()) {
            warnings.add("An outlier by the training rule, " + outliers.describe() + ": " + pc.outlierReason() + "."
                    + (pc.excluded() ? " Training left such customers out of the segments; the segment shown is the "
                    + "one the rule gives nonetheless." : ""));
        }
        return place(pc.values(), warnings);
    }

    /** Places a customer already in prepared units; {@code warnings} are carried into the prediction. */
    public Prediction place(double[] prepared, List<String> warnings) {
        if (prepared.length != preparation.cols()) {
            throw new IllegalArgumentException(prepared.length + " values for " + preparation.cols() + " features");
        }
        int k = k();
        double[] probabilities = hasProbabilities() ? new double[k] : new double[0];
        int segment = assignment.assign(prepared, 0, hasProbabilities() ? probabilities : null);
        double[] distances = new double[k];
        for (int s = 0; s < k; s++) {
            distances[s] = Math.sqrt(segments.get(s).squaredDistance(prepared, 0));
        }
        List<String> all = new ArrayList<>(warnings);
        if (segment == Assignment.NOISE) {
            CoreAssignment core = (CoreAssignment) assignment;
            all.add("No core customer of any segment lies within eps " + Texts.number(core.eps())
                    + ": DBSCAN would call this customer noise.");
            return new Prediction(segment, SegmentationResult.NOISE_NAME, -1, prepared.clone(), distances,
                    probabilities, Double.NaN, Double.NaN, all);
        }
        ModelSegment seg = segments.get(segment);
        double distance = distances[segment];
        double percentile = seg.distances().percentile(distance);
        String unusual = unusual(seg, distance, percentile);
        if (unusual != null) {
            all.add(unusual);
        }
        return new Prediction(segment, seg.name(), seg.colour(), prepared.clone(), distances, probabilities, distance,
                percentile, all);
    }

    /**
     * A warning when the customer is farther from the centre than 99% of the segment's training
     * customers, else null.
     */
    String unusual(ModelSegment seg, double distance, double percentile) {
        DistanceProfile p = seg.distances();
        if (p.members() == 0 || !(distance > unusualDistance[seg.id()])) {
            return null;
        }
        if (distance > p.max()) {
            return beyondEvery[seg.id()];
        }
        return "Farther from the centre of segment " + seg.number() + " \"" + seg.name() + "\" than "
                + Texts.fixed(percentile, 1) + "% of its training customers: unlike most customers the model was "
                + "trained on.";
    }

    /**
     * The customer's values keyed by the model's column names: an exact name first, else the one key
     * equal ignoring case.
     *
     * @throws SegmentaException when a column has no value, or two keys match it ignoring case
     */
    Map<String, String> resolve(Map<String, String> customer) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> absent = new ArrayList<>();
        for (String column : columns()) {
            if (customer.containsKey(column)) {
                out.put(column, customer.get(column));
                continue;
            }
            List<String> keys = customer.keySet().stream()
                    .filter(key -> key.trim().equalsIgnoreCase(column)).toList();
            if (keys.size() > 1) {
                throw new SegmentaException("The values " + String.join(" and ", keys) + " all name the column "
                        + column + ". Give it once.");
            }
            if (keys.isEmpty()) {
                absent.add(column);
            } else {
                out.put(column, customer.get(keys.get(0)));
            }
        }
        if (!absent.isEmpty()) {
            throw new SegmentaException("The customer lacks " + (absent.size() == 1 ? "a value for " : "values for ")
                    + String.join(", ", absent) + ". The model needs " + String.join(", ", columns())
                    + " (an empty value means missing).");
        }
        return out;
    }

}
