package io.segmenta.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.model.BatchPredictor;
import io.segmenta.core.model.BatchSummary;
import io.segmenta.core.model.ModelFile;
import io.segmenta.core.model.ModelSegment;
import io.segmenta.core.model.Prediction;
import io.segmenta.core.model.PredictionJson;
import io.segmenta.core.model.RowError;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code segmenta predict --model model.json --in new.csv --out out.csv} places every customer of a
 * file; {@code segmenta predict --model model.json --value "Age=30" ...} places one customer.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Place new customers in the segments of a saved model (made with 'cluster ... --model').",
                "Either a whole table (--in FILE, or --db JDBC_URL --query SQL, and --out) or one customer (--value for "
                        + "each column the model needs)."})
final class PredictCommand implements Callable<Integer> {
    /** Failed rows printed in the text report (the JSON report lists up to 1,000). */
    private static final int ERRORS_PRINTED = 20;

    @Option(names = "--model", required = true, paramLabel = "MODEL.json", description = "The model file.")
    Path model;

    @Option(names = "--in", paramLabel = "FILE", description = "CSV, Excel (.xlsx) or Parquet file of new customers "
            + "(never changed), or leave it out and give --db and --query. Columns are matched by name, exactly or "
            + "ignoring case; other columns are kept.")
    Path in;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Where to write the file with \"Segment\", "
            + "\"Segment name\", \"Distance\" (or \"Probability\" for a Gaussian mixture), \"Distance percentile\", "
            + "\"Warning\" and \"Error\" added. A row with a bad cell gets no segment and an Error; the rest are placed.")
    Path out;

    @Option(names = "--value", paramLabel = "COLUMN=VALUE", description = "One customer's value, e.g. --value "
            + "\"Age=30\"; repeat for every column the model needs (an empty VALUE means missing).")
    List<String> values = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON object. One customer: {\"segment\", \"name\", \"description\", "
            + "\"colour\", \"colour_hex\", \"distance\", \"probability\" (mixtures), \"distance_percentile\", \"typicality\", "
            + "\"distances\" or \"probabilities\", \"warnings\"}. A file: "
            + "{\"in\", \"out\", \"rows\", \"assigned\", \"noise\", \"failed\", \"warned\", \"segments\", \"errors\": "
            + "[{\"line\", \"row\", \"message\"}], \"notes\", \"seconds\", \"rows_per_second\"}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean file = in != null || out != null || database.given();
        database.refuseStray(spec);
        if (in != null && database.given()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give either --in FILE or --db, not both.");
        }
        if (file && !values.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give either --in and --out (a file) or "
                    + "--value (one customer), not both.");
        }
        if (!file && values.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Nothing to predict: give --in FILE.csv "
                    + "--out FILE.csv for a file, or --value COLUMN=VALUE for each column of one customer.");
        }
        if (file && (in == null && !database.given() || out == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), out != null
                    ? "--out needs --in FILE (or --db JDBC_URL --query SQL), the new customers." : (in != null ? "--in"
                    : "--db") + " needs --out FILE.csv, where to write the customers with their segments.");
        }
        SegmentModel m = ModelFile.read(model);
        PrintWriter o = spec.commandLine().getOut();
        if (file) {
            BatchSummary s = database.given()
                    ? BatchPredictor.run(m, database.load(spec), out, ProgressListener.NONE, CancellationToken.NONE)
                    : BatchPredictor.run(m, in, out, ProgressListener.NONE, CancellationToken.NONE);
            if (json) {
                Json.print(o, batchJson(m, s));
            } else {
                printBatch(o, m, s);
            }
            return 0;
        }
        Prediction p = m.predict(customer(m));
        if (json) {
            Json.print(o, oneJson(m, p));
        } else {
            printOne(o, m, p);
        }
        return 0;
    }

    /** The --value pairs as column to value; a name that is no model column is an error. */
    private Map<String, String> customer(SegmentModel m) {
        Map<String, String> c = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                throw new SegmentaException("Cannot read --value \"" + v + "\". Write COLUMN=VALUE, e.g. --value "
                        + "\"Age=30\".");
            }
            String column = v.substring(0, eq).trim();
            if (m.columns().stream().noneMatch(col -> col.equalsIgnoreCase(column))) {
                unknown.add(column);
            }
            c.put(column, v.substring(eq + 1));
        }
        if (!unknown.isEmpty()) {
            throw new SegmentaException("The model has no column " + String.join(", ", unknown) + ". It needs "
                    + String.join(", ", m.columns()) + ".");
        }
        return c;
    }

    static ObjectNode oneJson(SegmentModel m, Prediction p) {
        return PredictionJson.of(m, p);
    }

    private static void printOne(PrintWriter o, SegmentModel m, Prediction p) {
        if (p.isNoise()) {
            o.println("Noise: the customer is in no segment.");
        } else {
            o.printf(Locale.ROOT, "Segment %d: %s%n", p.number(), p.name());
            o.printf(Locale.ROOT, "Distance to its centre %.4f (prepared units): farther than %.1f%% of the segment's "
                    + "training customers (%s)%n", p.distance(), p.distancePercentile(), typicality(p.distancePercentile()));
        }
        for (ModelSegment s : m.segments()) {
            if (m.hasProbabilities()) {
                o.printf(Locale.ROOT, "  %2d. %-40s probability %.4f%n", s.number(), s.name(), p.probabilities()[s.id()]);
            } else {
                o.printf(Locale.ROOT, "  %2d. %-40s distance %.4f%n", s.number(), s.name(), p.distances()[s.id()]);
            }
        }
        p.warnings().forEach(w -> o.println("Warning: " + w));
        printModel(o, m);
    }

    /** The model's drivers and training warnings, "Model: ..." lines (none for a model saved before them). */
    private static void printModel(PrintWriter o, SegmentModel m) {
        m.explanation().lines().forEach(line -> o.println("Model: " + line));
    }

    /** "typical", "unusual"... for a distance percentile. */
    static String typicality(double percentile) {
        if (percentile <= 50) {
            return "very typical";
        }
        if (percentile <= 90) {
            return "typical";
        }
        if (percentile <= 99) {
            return "unusual";
        }
        return "unlike the training customers";
    }

    static ObjectNode batchJson(SegmentModel m, BatchSummary s) {
        ObjectNode root = Json.object();
        root.put("in", s.input());
        root.put("out", s.output().toString());
        root.put("rows", s.rows());
        root.put("assigned", s.assigned());
        root.put("noise", s.noise());
        root.put("failed", s.failed());
        root.put("warned", s.warned());
        ArrayNode segments = root.putArray("segments");
        for (ModelSegment seg : m.segments()) {
            ObjectNode e = segments.addObject();
            e.put("segment", seg.number());
            e.put("name", seg.name());
            e.put("customers", s.counts()[seg.id()]);
        }
        ArrayNode errors = root.putArray("errors");
        for (RowError e : s.errors()) {
            ObjectNode n = errors.addObject();
            n.put("line", e.line());
            n.put("row", e.row() + 1);
            n.put("message", e.message());
        }
        root.put("errors_listed", s.errors().size());
        ArrayNode notes = root.putArray("notes");
        s.notes().forEach(notes::add);
        root.put("seconds", s.millis() / 1000.0);
        Json.putFinite(root, "rows_per_second", Math.round(s.rowsPerSecond()));
        return root;
    }

    private static void printBatch(PrintWriter o, SegmentModel m, BatchSummary s) {
        o.printf(Locale.ROOT, "%s: placed %,d of %,d customers%s%s in %.1f s (%,.0f rows/s)%n", s.inputName(),
                s.assigned(), s.rows(), s.noise() > 0 ? String.format(Locale.ROOT, ", %,d noise", s.noise()) : "",
                s.failed() > 0 ? String.format(Locale.ROOT, ", %,d failed", s.failed()) : "", s.millis() / 1000.0,
                s.rowsPerSecond());
        for (ModelSegment seg : m.segments()) {
            o.printf(Locale.ROOT, "  %2d. %-40s %,d%n", seg.number(), seg.name(), s.counts()[seg.id()]);
        }
        if (s.warned() > 0) {
            o.printf(Locale.ROOT, "%,d customers have a warning (see the Warning column).%n", s.warned());
        }
        s.errors().stream().limit(ERRORS_PRINTED).forEach(e -> o.println("Error, " + e.describe()));
        if (s.failed() > ERRORS_PRINTED) {
            o.printf(Locale.ROOT, "... and %,d more rows without a segment (see the Error column).%n",
                    s.failed() - ERRORS_PRINTED);
        }
        s.notes().forEach(n -> o.println("Note: " + n));
        printModel(o, m);
        o.println("Wrote " + s.output());
    }
}
