package io.segmenta.core.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.explain.Driver;
import java.util.ArrayList;
import java.util.List;

/**
 * The model file's optional {@code "explanation"} field: {@code {drivers: [{feature, measure, value}],
 * warnings: [{kind, subject, message}]}}, the same shapes as {@code cluster --json}. Absent in files
 * written before it (they read as {@link ModelExplanation#NONE}); readers that predate it ignore it, as
 * they ignore every field they do not know, so the format version stays 1.
 */
final class ExplanationCodec {
    static final String FIELD = "explanation";

    private ExplanationCodec() {
    }

    static ObjectNode write(ModelExplanation e) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode drivers = o.putArray("drivers");
        for (Driver d : e.drivers()) {
            ObjectNode n = drivers.addObject();
            n.put("feature", d.column());
            n.put("measure", d.kind().key());
            n.put("value", d.value());
        }
        ArrayNode warnings = o.putArray("warnings");
        for (ModelExplanation.Warning w : e.warnings()) {
            ObjectNode n = warnings.addObject();
            n.put("kind", w.kind());
            if (!w.subject().isEmpty()) {
                n.put("subject", w.subject());
            }
            n.put("message", w.message());
        }
        return o;
    }

    /** The explanation under {@code root}, or {@link ModelExplanation#NONE} when the file has none. */
    static ModelExplanation read(JsonIn root) {
        JsonIn node = root.optional(FIELD);
        if (node == null) {
            return ModelExplanation.NONE;
        }
        List<Driver> drivers = new ArrayList<>();
        for (JsonIn d : node.list("drivers")) {
            JsonIn measure = d.get("measure");
            Driver.Kind kind = measureOf(measure.text());
            if (kind == null) {
                throw measure.fail("must be eta_squared or cramers_v, but it is \"" + measure.text() + "\"");
            }
            JsonIn valueNode = d.get("value");
            double value = valueNode.number();
            if (value < 0 || value > 1) {
                throw valueNode.fail("must lie between 0 and 1, but it is " + value);
            }
            drivers.add(new Driver(d.get("feature").name(), kind, value));
        }
        List<ModelExplanation.Warning> warnings = new ArrayList<>();
        for (JsonIn w : node.list("warnings")) {
            String subject = w.optionalText("subject");
            warnings.add(new ModelExplanation.Warning(w.get("kind").name(), subject == null ? "" : subject,
                    w.get("message").name()));
        }
        return new ModelExplanation(drivers, warnings);
    }

    private static Driver.Kind measureOf(String key) {
        for (Driver.Kind k : Driver.Kind.values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        return null;
    }
}
