package io.segmenta.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.chart.SegmentPalette;
import io.segmenta.core.explain.Driver;
import io.segmenta.core.model.ModelExplanation;
import io.segmenta.core.model.ModelInput;
import io.segmenta.core.model.ModelSegment;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.core.model.TrainingSummary;

/**
 * What the served model is, for {@code GET /api/v1/model} and the web form: method, k, the segments
 * (names, descriptions, sizes, colours), the inputs (type, training range or levels, whether a value
 * is needed, the form hint), the training table and date, the file format version, and the training
 * segmentation's drivers and warnings (empty for a model saved before they were).
 */
final class ModelJson {
    private ModelJson() {
    }

    static ObjectNode of(ModelWatcher.Loaded loaded, String fileName) {
        SegmentModel m = loaded.model();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", SegmentModel.FORMAT);
        root.put("format_version", SegmentModel.VERSION);
        root.put("file", fileName);
        root.put("generation", loaded.generation());
        root.put("method", m.algorithm().label());
        root.put("k", m.k());
        root.put("probabilities", m.hasProbabilities());
        ArrayNode segments = root.putArray("segments");
        for (ModelSegment s : m.segments()) {
            ObjectNode e = segments.addObject();
            e.put("segment", s.number());
            e.put("name", s.name());
            e.put("description", s.description());
            e.put("size", s.size());
            e.put("share", s.share());
            e.put("colour", s.colour());
            e.put("colour_hex", SegmentPalette.hex(s.colour()));
        }
        if (m.noiseSize() > 0) {
            root.put("noise_size", m.noiseSize());
        }
        ArrayNode inputs = root.putArray("inputs");
        for (ModelInput in : m.inputs()) {
            ObjectNode e = inputs.addObject();
            e.put("name", in.column());
            e.put("type", in.kind().label());
            e.put("required", in.required());
            if (in.hasRange()) {
                e.put("min", in.min());
                e.put("max", in.max());
            }
            e.put("integral", in.integral());
            ArrayNode levels = e.putArray("levels");
            in.levels().forEach(levels::add);
            e.put("hint", in.hint());
        }
        TrainingSummary t = m.training();
        ObjectNode training = root.putObject("training");
        training.put("table", t.table());
        training.put("table_rows", t.tableRows());
        training.put("segmented_rows", t.segmentedRows());
        training.put("date", t.trained().toString());
        training.put("seed", t.seed());
        training.put("segmenta_version", t.segmentaVersion());
        ArrayNode notes = root.putArray("notes");
        m.notes().forEach(notes::add);
        ArrayNode drivers = root.putArray("drivers");
        for (Driver d : m.explanation().drivers()) {
            drivers.addObject().put("feature", d.column()).put("measure", d.kind().key()).put("value", d.value());
        }
        ArrayNode warnings = root.putArray("training_warnings");
        for (ModelExplanation.Warning w : m.explanation().warnings()) {
            ObjectNode e = warnings.addObject().put("kind", w.kind());
            if (!w.subject().isEmpty()) {
                e.put("subject", w.subject());
            }
            e.put("message", w.message());
        }
        return root;
    }
}
