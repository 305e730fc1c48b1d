package io.segmenta.spark;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.model.ModelFile;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.core.profile.SegmentProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * What the job writes: the segmented table (every input column, plus "Segment" 1..k, "Segment
 * name", for a mixture "Segment probability", and with an outlier rule "Outlier reason"), as
 * Parquet or CSV; the model file (the core's writer; a local path is replaced in one step, a
 * cluster path such as s3a:// or hdfs:// written through Hadoop); the profiles as JSON. An
 * existing output is never overwritten.
 */
final class JobFiles {
    private JobFiles() {
    }

    /** The segmented table: the input's columns and the segment columns. */
    static Dataset<Row> segmented(SegmentationJob.Outcome o, List<String> names) {
        Dataset<Row> l = o.labelled();
        Column seg = col(Labelling.SEGMENT);
        Column name = functions.element_at(functions.array(names.stream().map(functions::lit).toArray(Column[]::new)),
                seg.plus(1));
        Dataset<Row> out = l.withColumn("Segment", seg.plus(1)).withColumn("Segment name", name);
        if (o.rule().mixture()) {
            out = out.withColumn("Segment probability", functions.round(col(Labelling.PROBABILITY), 4));
        }
        if (!o.spec().prep().outliers().isOff()) {
            out = out.withColumn("Outlier reason", col(RowPreparation.OUTLIER));
        }
        return out.drop(RowPreparation.FEATURES, RowPreparation.OUTLIER, Labelling.SEGMENT, Labelling.PROBABILITY,
                Labelling.DISTANCE);
    }

    /** Writes the segmented table to a new file or folder: parquet, or csv (one file per partition, with header). */
    static void writeTable(SparkSession spark, Dataset<Row> table, String path, String format) {
        refuseExisting(spark, path, "--out");
        String f = format.toLowerCase(Locale.ROOT);
        switch (f) {
            case "parquet" -> table.write().parquet(path);
            case "csv" -> table.write().option("header", "true").csv(path);
            default -> throw new SegmentaException("--out-format \"" + format + "\": choose parquet or csv.");
        }
    }

    /** Writes the model file with the core's writer. */
    static void writeModel(SparkSession spark, SegmentModel model, String path) {
        if (isLocal(path)) {
            ModelFile.write(model, java.nio.file.Path.of(localPath(path)));
            return;
        }
        refuseExisting(spark, path, "--model");
        writeText(spark, path, ModelFile.toJson(model));
    }

    /** The profiles and figures as one JSON object. */
    static String profilesJson(SegmentationJob.Outcome o, List<SegmentProfile> profiles) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("table", o.table().name());
        root.put("rows", o.prepared().tableRows());
        root.put("segmented", o.segmented());
        root.put("rows_dropped", o.dropped());
        root.put("rows_excluded", o.excluded());
        root.put("algorithm", o.method().key);
        root.put("method", o.method().label);
        root.put("runs", o.runs());
        root.put("k", o.k());
        ObjectNode metrics = root.putObject("metrics");
        o.metrics().forEach(metrics::put);
        root.put("silhouette_note", "standard silhouette (Euclidean) by Segmenta's core on a seeded sample of at most "
                + "10000 prepared customers");
        root.put("boxes_note", "per segment and numeric column: count, min, max exact; quartiles from Spark's "
                + "percentile_approx (relative rank error 1e-4, a value of the column); whiskers (the most extreme values "
                + "within 1.5 IQR of the box) and outliers exact for those quartiles");
        ArrayNode notes = root.putArray("preparation_notes");
        o.prepared().notes().forEach(notes::add);
        ArrayNode segments = root.putArray("segments");
        for (SegmentProfile p : profiles) {
            ObjectNode s = segments.addObject();
            s.put("id", p.number());
            s.put("name", p.name());
            s.put("size", p.size());
            s.put("share", p.share());
            ObjectNode means = s.putObject("means");
            p.means().forEach(means::put);
            ObjectNode diffs = s.putObject("differences_sd");
            p.differences().forEach(diffs::put);
            ObjectNode boxes = s.putObject("boxes");
            p.boxes().forEach((column, b) -> {
                ObjectNode box = boxes.putObject(column);
                box.put("count", b.count());
                box.put("min", b.min());
                box.put("q1", b.q1());
                box.put("median", b.median());
                box.put("q3", b.q3());
                box.put("max", b.max());
                box.put("lower_whisker", b.lowerWhisker());
                box.put("upper_whisker", b.upperWhisker());
                box.put("outliers", b.outliers());
            });
            ObjectNode mix = s.putObject("category_mix");
            for (Map.Entry<String, Map<String, Double>> e : p.categoryMix().entrySet()) {
                ObjectNode levels = mix.putObject(e.getKey());
                e.getValue().forEach(levels::put);
            }
        }
        try {
            return json.writeValueAsString(root);
        } catch (IOException e) {
            throw new SegmentaException("Cannot write the profiles: " + e.getMessage());
        }
    }

    /** Writes a small text file (profiles, a sweep) to a new local or cluster path. */
    static void writeText(SparkSession spark, String path, String text) {
        refuseExisting(spark, path, "the output");
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(conf(spark));
            try (OutputStream out = fs.create(p, false)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new SegmentaException("Cannot write " + path + ": " + e.getMessage());
        }
    }

    /** Refuses an output that exists already (checked before the work, and again when writing). */
    static void refuseExisting(SparkSession spark, String path, String option) {
        try {
            Path p = new Path(path);
            if (p.getFileSystem(conf(spark)).exists(p)) {
                throw new SegmentaException(option + " " + path + " already exists. Segmenta never replaces a file it "
                        + "did not just make: give a new name, or remove it first.");
            }
        } catch (IOException e) {
            throw new SegmentaException("Cannot check " + path + ": " + e.getMessage());
        }
    }

    private static Configuration conf(SparkSession spark) {
        return spark.sparkContext().hadoopConfiguration();
    }

    private static boolean isLocal(String path) {
        String scheme = URI.create(path.replace('\\', '/').replace(" ", "%20")).getScheme();
        return scheme == null || scheme.equals("file") || scheme.length() == 1;
    }

    private static String localPath(String path) {
        return path.startsWith("file:") ? URI.create(path).getPath() : path;
    }
}
