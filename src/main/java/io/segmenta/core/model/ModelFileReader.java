package io.segmenta.core.model;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.Covariance;
import io.segmenta.core.cluster.Linkage;
import io.segmenta.core.prep.DerivationKind;
import io.segmenta.core.prep.EncodedFeature;
import io.segmenta.core.prep.FittedCategorical;
import io.segmenta.core.prep.FittedInput;
import io.segmenta.core.prep.FittedNumeric;
import io.segmenta.core.prep.FittedPreparation;
import io.segmenta.core.prep.ImputeMethod;
import io.segmenta.core.prep.IsolationForest;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.OutlierPolicy;
import io.segmenta.core.prep.OutlierRule;
import io.segmenta.core.prep.Scaling;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a model file written by {@link ModelFileWriter} with Jackson's tree model (reading never runs
 * code from the file). Everything is checked before a model is made: a file that is not JSON or is
 * cut short, a file of another format or a later version, a missing field, a field of the wrong kind,
 * sizes that do not fit together, a covariance that is not positive definite: each gives a
 * {@link ModelFormatException} naming the file and the field.
 */
public final class ModelFileReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ModelFileReader() {
    }

    /**
     * Reads a model file.
     *
     * @throws SegmentaException when the file cannot be read
     * @throws ModelFormatException when it is not a usable model (naming the file and the field)
     */
    public static SegmentModel read(Path file) {
        Path path = file.toAbsolutePath().normalize();
        String shown = path.toString();
        if (Files.isDirectory(path)) {
            throw new SegmentaException(shown + " is a folder, not a model file. Choose a .json model file.");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return parse(in, shown);
        } catch (NoSuchFileException e) {
            throw new SegmentaException("The model file " + shown + " does not exist. Check the folder and the file "
                    + "name.", e);
        } catch (AccessDeniedException e) {
            throw new SegmentaException("The model file " + shown + " cannot be read: permission denied.", e);
        } catch (IOException e) {
            throw new SegmentaException("Could not read the model file " + shown + ": " + e.getMessage() + ".", e);
        }
    }

    /** Reads a model from the text of a model file; {@code shown} names it in messages. */
    public static SegmentModel fromJson(String text, String shown) {
        try {
            return parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), shown);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SegmentModel parse(InputStream in, String shown) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonEOFException e) {
            throw new ModelFormatException(shown, null, shown + " ends too early" + at(e.getLocation())
                    + ": the file is truncated (saved or copied only in part). Use a complete copy, or save the model "
                    + "again.");
        } catch (JsonProcessingException e) {
            throw new ModelFormatException(shown, null, shown + " is not a valid JSON file" + at(e.getLocation())
                    + ": " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + ". Choose a model file saved by Segmenta.");
        }
        if (root == null || root.isMissingNode()) {
            throw new ModelFormatException(shown, null, shown + " is empty. Choose a model file saved by Segmenta.");
        }
        if (!root.isObject()) {
            throw new ModelFormatException(shown, null, shown + " is not a Segmenta model: it holds "
                    + JsonIn.describe(root) + ", not an object with fields. Choose a model file saved by Segmenta.");
        }
        JsonIn r = JsonIn.root(shown, root);
        JsonIn format = r.optional("format");
        if (format == null || !root.get("format").isTextual() || !SegmentModel.FORMAT.equals(format.text())) {
            throw new ModelFormatException(shown, "format", shown + " is not a Segmenta model: its \"format\" field "
                    + (format == null ? "is missing" : "is " + JsonIn.describe(root.get("format")))
                    + " where a model has \"" + SegmentModel.FORMAT + "\". Choose a model file saved by Segmenta "
                    + "(File > Save model…).");
        }
        int version = r.integer("version");
        if (version > SegmentModel.VERSION) {
            throw new ModelFormatException(shown, "version", shown + " is a model of format version " + version
                    + ", written by a later Segmenta; this Segmenta reads version " + SegmentModel.VERSION
                    + ". Update Segmenta to use it.");
        }
        if (version < 1) {
            throw r.get("version").fail("must be 1 or more, but it is " + version);
        }
        return model(r);
    }

    private static String at(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return "";
        }
        return " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    private static SegmentModel model(JsonIn r) {
        TrainingSummary training = readTraining(r.get("training"));
        List<JsonIn> inputNodes = r.list("inputs");
        if (inputNodes.isEmpty()) {
            throw r.get("inputs").fail("must list at least one input");
        }
        List<FittedInput> fitted = new ArrayList<>();
        List<InputDraft> drafts = new ArrayList<>();
        for (JsonIn node : inputNodes) {
            InputDraft draft = readInput(node);
            drafts.add(draft);
            fitted.add(draft.fitted);
        }
        JsonIn prep = r.get("preparation");
        List<String> rawNames = new ArrayList<>();
        fitted.forEach(f -> f.features().forEach(e -> rawNames.add(e.name())));
        JsonIn rawNode = prep.get("raw_features");
        List<String> rawListed = rawNode.texts();
        if (!rawListed.equals(rawNames)) {
            throw rawNode.fail("must list the features the inputs make, " + String.join(", ", rawNames)
                    + ", but it lists " + String.join(", ", rawListed));
        }
        JsonIn usedNode = prep.get("used");
        int[] used = usedNode.integers();
        if (used.length == 0) {
            throw usedNode.fail("must list at least one feature");
        }
        for (int u : used) {
            if (u < 0 || u >= rawNames.size()) {
                throw usedNode.fail("must hold feature positions from 0 to " + (rawNames.size() - 1)
                        + ", but it holds " + u);
            }
        }
        int d = used.length;
        JsonIn scalingNode = prep.get("scaling");
        Scaling scaling = scalingNode.build(() -> Scaling.parse(scalingNode.text()));
        double[] center = prep.numbers("center", d, "numbers (one per feature)");
        JsonIn scaleNode = prep.get("scale");
        double[] scale = scaleNode.numbers(d, "numbers (one per feature)");
        for (double s : scale) {
            if (s == 0) {
                throw scaleNode.fail("must not hold 0 (features are divided by it)");
            }
        }
        JsonIn outNode = prep.get("outliers");
        OutlierPolicy policy = SpecCodec.readOutlierPolicy(outNode);
        OutlierRule rule = readRule(outNode, policy, rawNames.size());
        FittedPreparation preparation = prep.build(() -> new FittedPreparation(fitted, used, scaling, center, scale,
                rule, policy.action()));
        JsonIn featuresNode = prep.optional("features");
        List<String> featureNames = preparation.features().stream().map(EncodedFeature::name).toList();
        if (featuresNode != null && !featuresNode.texts().equals(featureNames)) {
            throw featuresNode.fail("must list " + String.join(", ", featureNames) + " (the used raw features)");
        }
        List<ModelInput> inputs = new ArrayList<>();
        int offset = 0;
        for (InputDraft draft : drafts) {
            inputs.add(new ModelInput(draft.fitted, draft.kind, offset, draft.min, draft.max, draft.integral));
            offset += draft.fitted.features().size();
        }
        List<JsonIn> segmentNodes = r.list("segments");
        if (segmentNodes.isEmpty()) {
            throw r.get("segments").fail("must list at least one segment");
        }
        int k = segmentNodes.size();
        Assignment assignment = readAssignment(r.get("assignment"), k, d);
        List<ModelSegment> segments = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            segments.add(readSegment(segmentNodes.get(s), s, d));
        }
        int noise = 0;
        if (assignment.algorithm() == Algorithm.DBSCAN) {
            noise = r.get("noise").integer("size", 0);
        }
        int finalNoise = noise;
        ModelExplanation explanation = ExplanationCodec.read(r);
        return r.build(() -> new SegmentModel(training, inputs, preparation, policy, assignment, segments,
                finalNoise, explanation));
    }

    private static TrainingSummary readTraining(JsonIn t) {
        String table = t.text("table");
        int tableRows = t.integer("table_rows", 0);
        int segmented = t.integer("segmented_rows", 0);
        int dropped = t.integer("rows_dropped", 0);
        int excluded = t.integer("rows_excluded", 0);
        JsonIn dateNode = t.get("date");
        Instant date;
        try {
            date = Instant.parse(dateNode.text());
        } catch (DateTimeParseException e) {
            throw dateNode.fail("must be a date and time such as 2024-05-01T12:00:00Z, but it is \""
                    + dateNode.text() + "\"");
        }
        long seed = t.get("seed").longValue();
        String version = t.text("segmenta_version");
        Map<String, Double> metrics = t.get("metrics").numberMap();
        var spec = SpecCodec.read(t.get("spec"));
        return new TrainingSummary(table, tableRows, segmented, dropped, excluded, date, seed, metrics, spec, version);
    }

    /** An input as read, before its position among the raw features is known. */
    private record InputDraft(FittedInput fitted, InputKind kind, double min, double max, boolean integral) {
    }

    private static InputDraft readInput(JsonIn in) {
        String column = in.get("column").name();
        JsonIn kindNode = in.get("kind");
        InputKind kind = InputKind.byLabel(kindNode.text());
        if (kind == null) {
            throw kindNode.fail("must be number, date or category, but it is \"" + kindNode.text() + "\"");
        }
        JsonIn missingNode = in.get("missing");
        ImputeMethod missing = imputeMethod(missingNode);
        if (kind == InputKind.CATEGORY) {
            JsonIn levelsNode = in.get("levels");
            Map<String, String> mapping = levelsNode.textMap();
            if (mapping.isEmpty()) {
                throw levelsNode.fail("must name at least one level");
            }
            JsonIn indNode = in.get("indicators");
            List<String> indicators = indNode.texts();
            Set<String> encoded = new HashSet<>(mapping.values());
            Set<String> seen = new HashSet<>();
            for (String level : indicators) {
                if (!encoded.contains(level) || !seen.add(level)) {
                    throw indNode.fail("must list distinct levels that \"levels\" maps to, but it lists \"" + level
                            + "\"");
                }
            }
            JsonIn fillNode = in.optional("fill");
            String fill = fillNode == null ? null : fillNode.text();
            if (missing != ImputeMethod.DROP_ROWS && (fill == null || !mapping.containsKey(fill))) {
                throw (fillNode == null ? in : fillNode).fail(fillNode == null ? "needs a \"fill\" level (missing values "
                        + "are filled by " + missing.label() + ")" : "must be one of the levels, but it is \"" + fill + "\"");
            }
            return new InputDraft(in.build(() -> new FittedCategorical(column, mapping, indicators, missing, fill)),
                    kind, Double.NaN, Double.NaN, false);
        }
        String feature = in.get("feature").name();
        JsonIn derivNode = in.optional("derivation");
        DerivationKind derivation = derivNode == null ? null : SpecCodec.derivationKind(derivNode);
        if ((kind == InputKind.DATE) != (derivation == DerivationKind.TENURE_DAYS)) {
            throw in.get("kind").fail("must be \"date\" exactly when the derivation is \"tenure\"");
        }
        LocalDateTime referenceDate = null;
        String pattern = null;
        int referenceYear = 0;
        if (derivation == DerivationKind.TENURE_DAYS) {
            JsonIn refNode = in.get("reference_date");
            try {
                referenceDate = LocalDateTime.parse(refNode.text());
            } catch (DateTimeParseException e) {
                throw refNode.fail("must be a date and time such as 2014-06-29T00:00, but it is \"" + refNode.text()
                        + "\"");
            }
            JsonIn patternNode = in.optional("date_pattern");
            if (patternNode != null) {
                pattern = patternNode.text();
                try {
                    DateTimeFormatter.ofPattern(pattern);
                } catch (IllegalArgumentException e) {
                    throw patternNode.fail("must be a date pattern such as dd-MM-yyyy, but it is \"" + pattern + "\"");
                }
            }
        }
        if (derivation == DerivationKind.AGE_FROM_BIRTH_YEAR) {
            referenceYear = in.integer("reference_year");
        }
        double fill = Double.NaN;
        if (missing != ImputeMethod.DROP_ROWS) {
            fill = in.number("fill");
        }
        double min = in.optionalNumber("min");
        double max = in.optionalNumber("max");
        if (Double.isNaN(min) != Double.isNaN(max) || min > max) {
            throw in.get(Double.isNaN(min) ? "min" : "max").fail("must come with \"" + (Double.isNaN(min) ? "max"
                    : "min") + "\", the smaller first");
        }
        boolean integral = in.bool("integral");
        boolean log1p = in.has("log1p") && in.bool("log1p");
        LocalDateTime finalRef = referenceDate;
        String finalPattern = pattern;
        int finalYear = referenceYear;
        double finalFill = fill;
        FittedNumeric n = in.build(() -> new FittedNumeric(column, feature, derivation, finalRef, finalYear,
                finalPattern, missing, finalFill, log1p));
        return new InputDraft(n, kind, min, max, integral);
    }

    private static ImputeMethod imputeMethod(JsonIn node) {
        String t = node.text();
        for (ImputeMethod m : ImputeMethod.values()) {
            if (m.label().equals(t)) {
                return m;
            }
        }
        throw node.fail("must be drop, mean, median, most-frequent or constant, but it is \"" + t + "\"");
    }

    private static OutlierRule readRule(JsonIn o, OutlierPolicy policy, int rawCount) {
        if (policy.method() == OutlierMethod.NONE) {
            return new OutlierRule.None();
        }
        if (policy.method() == OutlierMethod.ISOLATION_FOREST) {
            return readForest(o, policy, rawCount);
        }
        JsonIn checkedNode = o.get("checked");
        int[] checked = checkedNode.integers();
        for (int j : checked) {
            if (j < 0 || j >= rawCount) {
                throw checkedNode.fail("must hold feature positions from 0 to " + (rawCount - 1) + ", but it holds "
                        + j);
            }
        }
        int m = checked.length;
        JsonIn namesNode = o.get("names");
        List<String> names = namesNode.texts();
        if (names.size() != m) {
            throw namesNode.fail("must hold " + m + " names (one per checked feature), but it holds " + names.size());
        }
        double[] lower = o.numbers("lower", m, "numbers (one per checked feature)");
        double[] upper = o.numbers("upper", m, "numbers (one per checked feature)");
        double[] mean = null;
        double[] std = null;
        if (policy.method() == OutlierMethod.ZSCORE) {
            mean = o.numbers("mean", m, "numbers (one per checked feature)");
            JsonIn stdNode = o.get("std");
            std = stdNode.numbers(m, "numbers (one per checked feature)");
            for (double s : std) {
                if (!(s > 0)) {
                    throw stdNode.fail("must hold positive numbers, but it holds " + s);
                }
            }
        }
        double[] finalMean = mean;
        double[] finalStd = std;
        return o.build(() -> new OutlierRule.Fences(policy, checked, names, lower, upper, finalMean, finalStd));
    }

    private static OutlierRule readForest(JsonIn o, OutlierPolicy policy, int rawCount) {
        double threshold = o.number("threshold");
        JsonIn namesNode = o.get("names");
        List<String> names = namesNode.texts();
        if (names.size() != rawCount) {
            throw namesNode.fail("must hold " + rawCount + " names (one per raw feature), but it holds "
                    + names.size());
        }
        double[] mean = o.numbers("mean", rawCount, "numbers (one per raw feature)");
        JsonIn stdNode = o.get("std");
        double[] std = stdNode.numbers(rawCount, "numbers (one per raw feature)");
        for (double v : std) {
            if (v < 0) {
                throw stdNode.fail("must hold numbers of at least 0, but it holds " + v);
            }
        }
        int subsample = o.integer("subsample", 2);
        JsonIn treesNode = o.get("trees");
        List<JsonIn> treeNodes = treesNode.list();
        if (treeNodes.isEmpty()) {
            throw treesNode.fail("must hold at least 1 tree");
        }
        List<IsolationForest.Tree> trees = new ArrayList<>(treeNodes.size());
        for (JsonIn t : treeNodes) {
            int[] feature = t.get("feature").integers();
            double[] value = t.numbers("value", feature.length, "numbers (one per node)");
            trees.add(t.build(() -> new IsolationForest.Tree(feature, value)));
        }
        IsolationForest forest = treesNode.build(() -> new IsolationForest(subsample, rawCount, trees));
        return o.build(() -> new OutlierRule.Forest(policy, forest, threshold, names, mean, std));
    }

    private static Assignment readAssignment(JsonIn a, int k, int d) {
        JsonIn methodNode = a.get("method");
        Algorithm algorithm = methodNode.build(() -> Algorithm.parse(methodNode.text()));
        String rows = "rows (one per segment)";
        String cols = "numbers (one per feature)";
        switch (algorithm) {
            case KMEANS, HIERARCHICAL -> {
                Linkage linkage = null;
                if (algorithm == Algorithm.HIERARCHICAL) {
                    JsonIn l = a.get("linkage");
                    linkage = l.build(() -> Linkage.parse(l.text()));
                }
                double[] centroids = a.get("centroids").matrix(k, d, rows, cols);
                JsonIn agreeNode = a.get("training_agreement");
                double agreement = agreeNode.number();
                if (agreement < 0 || agreement > 1) {
                    throw agreeNode.fail("must be a share from 0 to 1, but it is " + agreement);
                }
                Linkage finalLinkage = linkage;
                return a.build(() -> new CentroidAssignment(algorithm, finalLinkage, centroids, k, agreement));
            }
            case GMM -> {
                JsonIn covNode = a.get("covariance");
                Covariance covariance = covNode.build(() -> Covariance.parse(covNode.text()));
                double[] weights = a.numbers("weights", k, "weights (one per segment)");
                double[] means = a.get("means").matrix(k, d, rows, cols);
                JsonIn covs = a.get("covariances");
                double[] all;
                if (covariance == Covariance.FULL) {
                    List<JsonIn> items = covs.list();
                    if (items.size() != k) {
                        throw covs.fail("must hold " + k + " matrices (one per segment), but it holds " + items.size());
                    }
                    all = new double[k * d * d];
                    for (int c = 0; c < k; c++) {
                        double[] one = items.get(c).matrix(d, d, "rows (one per feature)", cols);
                        System.arraycopy(one, 0, all, c * d * d, d * d);
                    }
                } else {
                    all = covs.matrix(k, d, rows, cols);
                }
                return covs.build(() -> new MixtureAssignment(covariance, weights, means, all));
            }
            case DBSCAN -> {
                JsonIn epsNode = a.get("eps");
                double eps = epsNode.number();
                int minSamples = a.integer("min_samples", 1);
                JsonIn segNode = a.get("core_segments");
                int[] segs = segNode.integers();
                double[] points = a.get("core_points").matrix(segs.length, d, "points (one per core segment "
                        + "entry)", cols);
                int[] zeroBased = new int[segs.length];
                for (int i = 0; i < segs.length; i++) {
                    if (segs[i] < 1 || segs[i] > k) {
                        throw segNode.fail("must hold segment ids from 1 to " + k + ", but it holds " + segs[i]);
                    }
                    zeroBased[i] = segs[i] - 1;
                }
                return a.build(() -> new CoreAssignment(eps, minSamples, k, d, points, zeroBased));
            }
            default -> throw new IllegalStateException(algorithm.toString());
        }
    }

    private static ModelSegment readSegment(JsonIn s, int index, int d) {
        JsonIn idNode = s.get("id");
        int id = idNode.integer();
        if (id != index + 1) {
            throw idNode.fail("must be " + (index + 1) + " (segments are listed in order), but it is " + id);
        }
        String name = s.text("name");
        String description = s.text("description");
        int colour = s.integer("colour", 0);
        int size = s.integer("size", 0);
        JsonIn shareNode = s.get("share");
        double share = shareNode.number();
        if (share < 0 || share > 1) {
            throw shareNode.fail("must be a share from 0 to 1, but it is " + share);
        }
        double[] centroid = s.numbers("centroid", d, "numbers (one per feature)");
        JsonIn dist = s.get("distances");
        int members = dist.integer("members", 0);
        boolean exact = dist.bool("exact");
        JsonIn valuesNode = dist.get("values");
        double[] values = valuesNode.numbers();
        int expected = exact ? members : members == 0 ? 0 : DistanceProfile.GRID;
        if (values.length != expected) {
            throw valuesNode.fail("must hold " + expected + " distances, but it holds " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || i > 0 && values[i] < values[i - 1]) {
                throw valuesNode.fail("must hold distances of 0 or more in ascending order");
            }
        }
        return s.build(() -> new ModelSegment(index, name, description, colour, size, share, centroid,
                new DistanceProfile(members, values, exact)));
    }
}
