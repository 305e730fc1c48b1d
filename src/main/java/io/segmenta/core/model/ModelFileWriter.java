package io.segmenta.core.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.Covariance;
import io.segmenta.core.export.AtomicFiles;
import io.segmenta.core.prep.DerivationKind;
import io.segmenta.core.prep.FittedCategorical;
import io.segmenta.core.prep.FittedInput;
import io.segmenta.core.prep.FittedNumeric;
import io.segmenta.core.prep.FittedPreparation;
import io.segmenta.core.prep.ImputeMethod;
import io.segmenta.core.prep.IsolationForest;
import io.segmenta.core.prep.OutlierPolicy;
import io.segmenta.core.prep.OutlierRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a {@link SegmentModel} as a model file: JSON with {@code "format": "segmenta-model"} and
 * {@code "version": 1}, built with Jackson's tree model (plain values only: no Java serialization,
 * no type information, no class names). The fields are listed in the package documentation
 * ({@code package-info.java}); {@link ModelFileReader} reads what this writes.
 *
 * <p>Writing goes to a temporary file that is moved into place ({@link AtomicFiles}).
 */
public final class ModelFileWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelFileWriter() {
    }

    /** Writes the model to {@code file}, replacing it in one step (a failure leaves no partial file). */
    public static void write(SegmentModel model, Path file) {
        byte[] bytes = toJson(model).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** The model as the text of a model file: pretty-printed JSON, number lists on one line. */
    public static String toJson(SegmentModel model) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance)
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(tree(model)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the model as JSON", e);
        }
    }

    static ObjectNode tree(SegmentModel model) {
        ObjectNode root = F.objectNode();
        root.put("format", SegmentModel.FORMAT);
        root.put("version", SegmentModel.VERSION);
        root.set("training", training(model.training()));
        ArrayNode inputs = root.putArray("inputs");
        model.inputs().forEach(in -> inputs.add(input(in)));
        root.set("preparation", preparation(model));
        root.set("assignment", assignment(model));
        ArrayNode segments = root.putArray("segments");
        model.segments().forEach(s -> segments.add(segment(s)));
        if (model.algorithm() == Algorithm.DBSCAN) {
            ObjectNode noise = root.putObject("noise");
            noise.put("name", SegmentationResult.NOISE_NAME);
            noise.put("size", model.noiseSize());
        }
        root.set(ExplanationCodec.FIELD, ExplanationCodec.write(model.explanation()));
        ArrayNode notes = root.putArray("notes");
        model.notes().forEach(notes::add);
        return root;
    }

    private static ObjectNode training(TrainingSummary t) {
        ObjectNode o = F.objectNode();
        o.put("table", t.table());
        o.put("table_rows", t.tableRows());
        o.put("segmented_rows", t.segmentedRows());
        o.put("rows_dropped", t.rowsDropped());
        o.put("rows_excluded", t.rowsExcluded());
        o.put("date", t.trained().toString());
        o.put("seed", t.seed());
        o.put("segmenta_version", t.segmentaVersion());
        ObjectNode metrics = o.putObject("metrics");
        t.metrics().forEach(metrics::put);
        o.set("spec", SpecCodec.write(t.spec()));
        return o;
    }

    private static ObjectNode input(ModelInput in) {
        ObjectNode o = F.objectNode();
        o.put("column", in.column());
        o.put("kind", in.kind().label());
        FittedInput f = in.fitted();
        if (f instanceof FittedNumeric n) {
            o.put("feature", n.feature());
            if (n.derivation() == null) {
                o.putNull("derivation");
            } else {
                o.put("derivation", n.derivation().label());
            }
            if (n.derivation() == DerivationKind.TENURE_DAYS) {
                o.put("reference_date", n.referenceDate().toString());
                if (n.datePattern() != null) {
                    o.put("date_pattern", n.datePattern());
                }
            }
            if (n.derivation() == DerivationKind.AGE_FROM_BIRTH_YEAR) {
                o.put("reference_year", n.referenceYear());
            }
            o.put("missing", n.missing().label());
            if (n.missing() == ImputeMethod.DROP_ROWS) {
                o.putNull("fill");
            } else {
                o.put("fill", n.fill());
            }
            if (n.log1p()) {
                o.put("log1p", true);
            }
            if (in.hasRange()) {
                o.put("min", in.min());
                o.put("max", in.max());
            }
            o.put("integral", in.integral());
        } else {
            FittedCategorical c = (FittedCategorical) f;
            ObjectNode levels = o.putObject("levels");
            c.mapping().forEach(levels::put);
            ArrayNode indicators = o.putArray("indicators");
            c.indicators().forEach(indicators::add);
            o.put("missing", c.missing().label());
            if (c.fill() == null) {
                o.putNull("fill");
            } else {
                o.put("fill", c.fill());
            }
        }
        return o;
    }

    private static ObjectNode preparation(SegmentModel model) {
        FittedPreparation p = model.preparation();
        ObjectNode o = F.objectNode();
        ArrayNode raw = o.putArray("raw_features");
        p.rawFeatures().forEach(f -> raw.add(f.name()));
        ArrayNode used = o.putArray("used");
        for (int u : p.used()) {
            used.add(u);
        }
        ArrayNode features = o.putArray("features");
        model.features().forEach(features::add);
        o.put("scaling", p.scaling().label());
        numbers(o.putArray("center"), p.center());
        numbers(o.putArray("scale"), p.scale());
        ObjectNode out = o.putObject("outliers");
        OutlierPolicy policy = model.outliers();
        out.put("method", policy.method().label());
        if (!policy.isOff()) {
            out.put("parameter", policy.parameter());
        }
        out.put("action", policy.action().label());
        out.put("seed", policy.seed());
        if (p.outlierRule() instanceof OutlierRule.Fences fences) {
            ArrayNode checked = out.putArray("checked");
            for (int j : fences.features()) {
                checked.add(j);
            }
            ArrayNode names = out.putArray("names");
            fences.names().forEach(names::add);
            numbers(out.putArray("lower"), fences.lower());
            numbers(out.putArray("upper"), fences.upper());
            if (fences.mean() != null) {
                numbers(out.putArray("mean"), fences.mean());
                numbers(out.putArray("std"), fences.std());
            }
        }
        if (p.outlierRule() instanceof OutlierRule.Forest forest) {
            out.put("threshold", forest.threshold());
            ArrayNode names = out.putArray("names");
            forest.names().forEach(names::add);
            numbers(out.putArray("mean"), forest.mean());
            numbers(out.putArray("std"), forest.std());
            IsolationForest f = forest.forest();
            out.put("subsample", f.subsample());
            ArrayNode trees = out.putArray("trees");
            for (IsolationForest.Tree tree : f.trees()) {
                ObjectNode t = trees.addObject();
                ArrayNode feature = t.putArray("feature");
                ArrayNode value = t.putArray("value");
                for (int i = 0; i < tree.size(); i++) {
                    feature.add(tree.feature(i));
                    value.add(tree.value(i));
                }
            }
        }
        return o;
    }

    private static ObjectNode assignment(SegmentModel model) {
        Assignment a = model.assignment();
        ObjectNode o = F.objectNode();
        o.put("method", a.algorithm().key());
        o.put("rule", a.rule());
        int d = a.cols();
        if (a instanceof CentroidAssignment c) {
            if (c.linkage() != null) {
                o.put("linkage", c.linkage().name().toLowerCase(Locale.ROOT));
            }
            o.put("training_agreement", c.trainingAgreement());
            rows(o.putArray("centroids"), c.centroids(), d);
        } else if (a instanceof MixtureAssignment m) {
            o.put("covariance", m.covariance().label());
            numbers(o.putArray("weights"), m.weights());
            rows(o.putArray("means"), m.means(), d);
            ArrayNode cov = o.putArray("covariances");
            double[] all = m.covariances();
            if (m.covariance() == Covariance.FULL) {
                for (int c = 0; c < m.k(); c++) {
                    double[] one = new double[d * d];
                    System.arraycopy(all, c * d * d, one, 0, d * d);
                    rows(cov.addArray(), one, d);
                }
            } else {
                rows(cov, all, d);
            }
        } else if (a instanceof CoreAssignment core) {
            o.put("eps", core.eps());
            o.put("min_samples", core.minSamples());
            rows(o.putArray("core_points"), core.points(), d);
            ArrayNode seg = o.putArray("core_segments");
            for (int s : core.segments()) {
                seg.add(s + 1);
            }
        }
        return o;
    }

    private static ObjectNode segment(ModelSegment s) {
        ObjectNode o = F.objectNode();
        o.put("id", s.number());
        o.put("name", s.name());
        o.put("description", s.description());
        o.put("colour", s.colour());
        o.put("size", s.size());
        o.put("share", s.share());
        numbers(o.putArray("centroid"), s.centroid());
        ObjectNode dist = o.putObject("distances");
        dist.put("members", s.distances().members());
        dist.put("exact", s.distances().exact());
        numbers(dist.putArray("values"), s.distances().sorted());
        return o;
    }

    private static void numbers(ArrayNode a, double[] values) {
        for (double v : values) {
            a.add(v);
        }
    }

    private static void rows(ArrayNode a, double[] values, int cols) {
        for (int r = 0; r < values.length / cols; r++) {
            ArrayNode row = a.addArray();
            for (int j = 0; j < cols; j++) {
                row.add(values[r * cols + j]);
            }
        }
    }
}
