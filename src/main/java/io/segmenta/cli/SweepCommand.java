package io.segmenta.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.Segmenter;
import io.segmenta.core.SweepOutcome;
import io.segmenta.core.SweepSpec;
import io.segmenta.core.cluster.SweepPoint;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segmenta sweep FILE --features A,B}: WCSS and silhouette for each k, and a recommended k. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run k-means for each k and report WCSS (elbow), silhouette, Calinski-Harabasz and "
                + "Davies-Bouldin, with a recommended k (highest silhouette; the elbow reported beside it).")
final class SweepCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "CSV file, or @sample for the built-in sample.")
    String file;

    @Mixin
    FeatureOptions options;

    @Option(names = "--k-min", defaultValue = "1", description = "Smallest k. Default: ${DEFAULT-VALUE}.")
    int kMin;

    @Option(names = "--k-max", defaultValue = "10", description = "Largest k. Default: ${DEFAULT-VALUE}.")
    int kMax;

    @Option(names = "--json", description = "Print one JSON object: {\"results\": [{\"k\", \"wcss\", \"silhouette\"}], "
            + "\"recommended_k\"} (no silhouette at k = 1).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Dataset data = Inputs.load(file);
        SweepSpec sweepSpec = new SweepSpec(options.prep(data), kMin, kMax, options.seed, options.starts);
        SweepOutcome outcome = Segmenter.sweep(data, sweepSpec, ProgressListener.NONE, CancellationToken.NONE);
        SweepResult r = outcome.result();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object();
            root.put("file", data.name());
            root.put("rows", outcome.features().rows());
            ArrayNode feats = root.putArray("features");
            outcome.features().featureNames().forEach(feats::add);
            root.put("scaling", sweepSpec.prep().scaling().label());
            root.put("seed", sweepSpec.seed());
            ArrayNode results = root.putArray("results");
            for (SweepPoint p : r.points()) {
                ObjectNode o = results.addObject();
                o.put("k", p.k());
                o.put("wcss", p.wcss());
                Json.putFinite(o, "silhouette", p.silhouette());
                Json.putFinite(o, "calinski_harabasz", p.calinskiHarabasz());
                Json.putFinite(o, "davies_bouldin", p.daviesBouldin());
                ArrayNode sizes = o.putArray("sizes");
                for (int s : p.sizes()) {
                    sizes.add(s);
                }
            }
            root.put("recommended_k", r.recommendedK());
            root.put("elbow_k", r.kneeK());
            root.put("rule", r.rule());
            root.put("silhouette_sampled", r.silhouetteSampled());
            if (r.silhouetteSampled()) {
                root.put("silhouette_sample_size", r.silhouetteSampleSize());
            }
            ArrayNode notes = root.putArray("notes");
            outcome.features().notes().forEach(notes::add);
            PrepReport.put(root, outcome.features());
            Json.print(out, root);
            return 0;
        }
        out.printf("%s: %,d customers, features %s (%s scaling, seed %d)%n", data.name(), outcome.features().rows(),
                String.join(", ", outcome.features().featureNames()), sweepSpec.prep().scaling().label(), sweepSpec.seed());
        outcome.features().notes().forEach(n -> out.println("Note: " + n));
        PrepReport.printOutliers(out, outcome.features());
        out.printf("%4s  %14s  %10s  %10s  %8s%n", "k", "WCSS", "silhouette", "CH", "DB");
        for (SweepPoint p : r.points()) {
            out.printf("%4d  %14.4f  %10s  %10s  %8s%n", p.k(), p.wcss(), fmt(p.silhouette(), 4),
                    fmt(p.calinskiHarabasz(), 2), fmt(p.daviesBouldin(), 4));
        }
        out.println(r.rule());
        return 0;
    }

    private static String fmt(double v, int decimals) {
        return Double.isFinite(v) ? String.format("%." + decimals + "f", v) : "-";
    }
}
