package io.segmenta.core.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.chart.SegmentPalette;

/**
 * One prediction as JSON, the same object wherever Segmenta answers in JSON ({@code segmenta
 * predict --json} and the server's {@code /api/v1/predict}): segment (1-based, null for noise),
 * name, description, noise, colour (palette index), colour_hex, distance, probability (mixtures),
 * distance_percentile, typicality (in words), distances or probabilities (every segment), warnings.
 * Non-finite numbers are left out (JSON has none).
 */
public final class PredictionJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PredictionJson() {
    }

    /** The prediction {@code p} of model {@code m} as a JSON object. */
    public static ObjectNode of(SegmentModel m, Prediction p) {
        ObjectNode root = NODES.objectNode();
        if (p.isNoise()) {
            root.putNull("segment");
        } else {
            root.put("segment", p.number());
        }
        root.put("name", p.name());
        root.put("description", p.isNoise() ? "" : m.segments().get(p.segment()).description());
        root.put("noise", p.isNoise());
        root.put("colour", p.colour());
        root.put("colour_hex", SegmentPalette.hex(p.colour()));
        putFinite(root, "distance", p.distance());
        if (m.hasProbabilities() && !p.isNoise()) {
            root.put("probability", p.probabilities()[p.segment()]);
        }
        if (Double.isFinite(p.distancePercentile())) {
            root.put("distance_percentile", p.distancePercentile());
        } else {
            root.putNull("distance_percentile");
        }
        root.put("typicality", p.typicality());
        ArrayNode list = root.putArray(m.hasProbabilities() ? "probabilities" : "distances");
        for (ModelSegment s : m.segments()) {
            ObjectNode e = list.addObject();
            e.put("segment", s.number());
            e.put("name", s.name());
            if (m.hasProbabilities()) {
                e.put("probability", p.probabilities()[s.id()]);
            } else {
                e.put("distance", p.distances()[s.id()]);
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        p.warnings().forEach(warnings::add);
        return root;
    }

    private static void putFinite(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        }
    }
}
