package io.segmenta.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.prep.DerivedFeatureReport;
import io.segmenta.core.prep.EncodedFeature;
import io.segmenta.core.prep.ExcludedFeature;
import io.segmenta.core.prep.FenceReport;
import io.segmenta.core.prep.FlaggedRow;
import io.segmenta.core.prep.LevelMerge;
import io.segmenta.core.prep.MissingValueReport;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.OutlierReport;
import io.segmenta.core.prep.PreparationReport;
import io.segmenta.core.prep.PreparedFeatures;
import java.io.PrintWriter;
import java.util.List;

/**
 * What the preparation did, for the commands that segment: the {@code "preparation"} JSON object
 * and the list of flagged customers in the text output. The commands call {@link #put} and
 * {@link #printOutliers}; everything else they print about preparation comes from
 * {@link PreparedFeatures#notes()}.
 */
final class PrepReport {
    /** At most this many flagged customers are listed in the text output (all of them in JSON). */
    static final int LISTED_OUTLIERS = 50;

    private PrepReport() {
    }

    /** Adds {@code "preparation"} to a command's JSON object. */
    static void put(ObjectNode root, PreparedFeatures features) {
        root.set("preparation", json(features));
    }

    /**
     * The preparation as JSON: rows in/dropped/excluded/used, scaling with each feature's centre
     * and scale, per feature the missing-value choice with the cells and rows it touched, features
     * left out and why, merged rare levels, derived features with their reference, outliers (rule,
     * fences or threshold, each flagged customer with the reason; {@code "row"} is the 1-based data
     * row), hints, and every message in words.
     */
    static ObjectNode json(PreparedFeatures features) {
        PreparationReport r = features.report();
        ObjectNode o = Json.object();
        o.put("rows", r.rowsIn());
        o.put("rows_dropped_missing", r.rowsDroppedMissing());
        if (r.rowsLeftOutLog() > 0) {
            o.put("rows_left_out_log", r.rowsLeftOutLog());
        }
        o.put("rows_excluded_outliers", r.rowsExcludedOutliers());
        o.put("rows_used", r.rowsUsed());
        o.put("scaling", r.scaling().label());
        ArrayNode feats = o.putArray("features");
        for (int j = 0; j < features.cols(); j++) {
            EncodedFeature f = features.features().get(j);
            ObjectNode x = feats.addObject();
            x.put("name", f.name());
            x.put("column", f.sourceColumn());
            x.put("kind", f.isIndicator() ? "indicator" : f.isDerived() ? "derived" : "numeric");
            if (f.isIndicator()) {
                x.put("level", f.level());
            }
            Json.putFinite(x, "center", features.center()[j]);
            Json.putFinite(x, "scale", features.scale()[j]);
        }
        ArrayNode missing = o.putArray("missing");
        for (MissingValueReport m : r.missing()) {
            ObjectNode x = missing.addObject();
            x.put("feature", m.feature());
            x.put("choice", m.asked().label());
            x.put("used", m.used().label());
            if (m.fillValue() != null) {
                x.put("fill", m.fillValue());
            }
            x.put("missing_cells", m.missingCells());
            x.put("cells_filled", m.cellsFilled());
            x.put("rows_dropped", m.rowsDropped());
            x.put("message", m.sentence());
        }
        o.put("cells_imputed", r.cellsImputed());
        o.put("rows_imputed", r.rowsImputed());
        ArrayNode excluded = o.putArray("excluded_features");
        for (ExcludedFeature e : r.excluded()) {
            ObjectNode x = excluded.addObject();
            x.put("feature", e.feature());
            x.put("reason", e.reason().label());
            x.put("message", e.sentence());
        }
        ArrayNode merges = o.putArray("rare_levels");
        for (LevelMerge m : r.merges()) {
            ObjectNode x = merges.addObject();
            x.put("column", m.column());
            ObjectNode levels = x.putObject("levels");
            m.levels().forEach(levels::put);
            x.put("into", m.into());
            x.put("rows", m.rows());
            x.put("message", m.sentence());
        }
        ArrayNode derived = o.putArray("derived");
        for (DerivedFeatureReport d : r.derived()) {
            ObjectNode x = derived.addObject();
            x.put("feature", d.feature());
            x.put("column", d.derivation().column());
            x.put("kind", d.derivation().kind().label());
            x.put("reference", d.reference());
            x.put("reference_from_data", d.referenceDefaulted());
            Json.putFinite(x, "min", d.min());
            Json.putFinite(x, "max", d.max());
            x.put("message", d.sentence());
        }
        o.set("outliers", outliers(r.outliers()));
        ArrayNode hints = o.putArray("hints");
        r.hints().forEach(hints::add);
        ArrayNode messages = o.putArray("messages");
        r.sentences().forEach(messages::add);
        return o;
    }

    private static ObjectNode outliers(OutlierReport r) {
        ObjectNode o = Json.object();
        o.put("method", r.policy().method().label());
        if (r.policy().isOff()) {
            return o;
        }
        o.put(r.policy().method().parameterName(), r.policy().parameter());
        o.put("action", r.policy().action().label());
        if (r.policy().method() == OutlierMethod.ISOLATION_FOREST) {
            o.put("seed", r.policy().seed());
            Json.putFinite(o, "threshold", r.threshold());
        }
        ArrayNode fences = o.putArray("fences");
        for (FenceReport f : r.fences()) {
            ObjectNode x = fences.addObject();
            x.put("feature", f.feature());
            x.put("lower", f.lower());
            x.put("upper", f.upper());
            x.put("flagged", f.flagged());
        }
        ArrayNode skipped = o.putArray("skipped");
        r.skipped().forEach(skipped::add);
        o.put("flagged_count", r.flaggedCount());
        o.put("excluded_count", r.excludedCount());
        ArrayNode rows = o.putArray("flagged");
        for (FlaggedRow f : r.rows()) {
            ObjectNode x = rows.addObject();
            x.put("row", f.row() + 1);
            x.put("id", f.label());
            x.put("reason", f.reason());
            Json.putFinite(x, "score", f.score());
            x.put("excluded", f.excluded());
        }
        o.put("message", r.sentence());
        return o;
    }

    /** Lists the flagged customers with their reasons (the first {@link #LISTED_OUTLIERS}). */
    static void printOutliers(PrintWriter out, PreparedFeatures features) {
        List<FlaggedRow> rows = features.outliers();
        for (int i = 0; i < Math.min(rows.size(), LISTED_OUTLIERS); i++) {
            FlaggedRow f = rows.get(i);
            out.printf("  Outlier %s%s: %s%n", f.label(), f.excluded() ? " (excluded)" : "", f.reason());
        }
        if (rows.size() > LISTED_OUTLIERS) {
            out.printf("  ... and %d more outliers (all of them in --json and the --out file)%n",
                    rows.size() - LISTED_OUTLIERS);
        }
    }
}
