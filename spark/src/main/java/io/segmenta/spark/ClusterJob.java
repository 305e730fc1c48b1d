package io.segmenta.spark;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.text.Texts;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code segmenta-spark cluster TABLE --features A,B --k 5 --model m.json --out segmented/}. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Segment the customers on Spark; write the model file (as 'segmenta cluster --model'), the "
                + "segmented table and the profiles."})
final class ClusterJob implements Callable<Integer> {
    @Mixin
    JobOptions options;

    @Option(names = "--k", description = "Number of segments (required unless --spec).")
    Integer k;

    @Option(names = "--out", paramLabel = "PATH", description = "Write every input row and column, plus \"Segment\" "
            + "(1..k, empty for rows not segmented), \"Segment name\" and, for gmm, \"Segment probability\", to this "
            + "new folder.")
    String out;

    @Option(names = "--out-format", defaultValue = "parquet", paramLabel = "parquet|csv",
            description = "Format of --out. Default: ${DEFAULT-VALUE}.")
    String outFormat;

    @Option(names = "--model", paramLabel = "MODEL.json", description = "Save the segmentation as a Segmenta model "
            + "file: the window's Predict step, 'segmenta predict' and 'segmenta serve' read it.")
    String model;

    @Option(names = "--profiles", paramLabel = "FILE.json", description = "Write the segments' profiles and the "
            + "figures as JSON.")
    String profiles;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SparkSession spark = SegmentaSpark.session(options.master);
        SparkTable table = SparkTable.read(spark, options.input, options.format);
        JobOptions.Spec s;
        if (options.specFile != null) {
            s = options.fromModel(spec);
        } else {
            if (k == null) {
                throw new SegmentaException("--k is required: give the number of segments, e.g. --k 5 "
                        + "('segmenta-spark sweep' helps choose it), or a model file to follow (--spec MODEL.json).");
            }
            s = options.spec(table, k);
        }
        SegmentationJob.Outcome o = SegmentationJob.run(spark, table, s.spec(), s.method());
        try {
            List<SegmentProfile> p = SegmentProfiles.of(o);
            List<String> names = p.stream().map(SegmentProfile::name).toList();
            if (out != null) {
                JobFiles.writeTable(spark, JobFiles.segmented(o, names), out, outFormat);
            }
            if (model != null) {
                SegmentModel m = ModelAssembly.build(o, p);
                JobFiles.writeModel(spark, m, model);
            }
            if (profiles != null) {
                JobFiles.writeText(spark, profiles, JobFiles.profilesJson(o, p));
            }
            print(spec.commandLine().getOut(), o, p);
        } finally {
            o.labelled().unpersist();
        }
        return 0;
    }

    private void print(PrintWriter w, SegmentationJob.Outcome o, List<SegmentProfile> p) {
        w.printf(Locale.ROOT, "%s: %s, %,d segmented (%,d dropped for missing values, %,d excluded as outliers)%n",
                o.table().name(), Texts.count(o.prepared().tableRows(), "row", "rows"), o.segmented(), o.dropped(),
                o.excluded());
        w.printf(Locale.ROOT, "%s, k = %d, best of %s, seed %d%n", o.method().label, o.k(),
                Texts.count(o.runs(), "run", "runs"), o.spec().seed());
        StringBuilder figures = new StringBuilder();
        o.metrics().forEach((name, value) -> figures.append(figures.length() == 0 ? "" : ", ").append(name)
                .append(' ').append(String.format(Locale.ROOT, "%.4f", value)));
        w.println(figures);
        for (SegmentProfile s : p) {
            w.printf(Locale.ROOT, "Segment %d \"%s\": %d customers (%.1f%%)%n", s.number(), s.name(), s.size(),
                    100 * s.share());
        }
        o.prepared().notes().forEach(w::println);
        if (model != null) {
            w.println("Model: " + model);
        }
        if (out != null) {
            w.println("Segmented table: " + out + " (" + outFormat + ")");
        }
        if (profiles != null) {
            w.println("Profiles: " + profiles);
        }
    }
}
