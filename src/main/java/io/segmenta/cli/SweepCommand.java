package io.segmenta.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.Segmenter;
import io.segmenta.core.SweepOutcome;
import io.segmenta.core.SweepSpec;
import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.KDistance;
import io.segmenta.core.cluster.SweepPoint;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.cluster.Validity;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.explain.Warnings;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code segmenta sweep FILE --features A,B}: WCSS and silhouette for each k, and a recommended k. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run the method for each k and report WCSS (elbow), silhouette, Calinski-Harabasz and "
                + "Davies-Bouldin, with a recommended k (highest silhouette; the elbow reported beside it).",
                "gmm adds BIC and AIC and recommends the lowest BIC. hierarchical builds the tree once and cuts it at "
                        + "each k. dbscan has no k: it prints the sorted k-distance chart for --min-samples with a "
                        + "suggested eps (the knee of the curve)."})
final class SweepCommand implements Callable<Integer> {
    /** Points of the k-distance chart printed in JSON (evenly spaced ranks; the whole curve when shorter). */
    static final int CHART_POINTS = 200;

    @Mixin
    InputOptions input;

    @Mixin
    FeatureOptions options;

    @Mixin
    AlgorithmOptions method;

    @Option(names = "--k-min", defaultValue = "1", description = "Smallest k. Default: ${DEFAULT-VALUE}.")
    int kMin;

    @Option(names = "--k-max", defaultValue = "10", description = "Largest k. Default: ${DEFAULT-VALUE}.")
    int kMax;

    @Option(names = "--json", description = "Print one JSON object: {\"results\": [{\"k\", \"wcss\", \"silhouette\", "
            + "\"calinski_harabasz\", \"davies_bouldin\", \"bic\", \"aic\"}], \"recommended_k\"} (no silhouette at "
            + "k = 1); for dbscan {\"k_distance\": {\"min_samples\", \"suggested_eps\", \"chart\"}}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Dataset data = input.load(spec);
        SweepSpec sweepSpec = new SweepSpec(options.prep(data), method.template(spec, kMin, options.starts), kMin, kMax,
                options.seed);
        SweepOutcome outcome = Segmenter.sweep(data, sweepSpec, ProgressListener.NONE, CancellationToken.NONE);
        PrintWriter out = spec.commandLine().getOut();
        if (outcome.kDistance() != null) {
            return printKDistance(data, sweepSpec, outcome, out);
        }
        SweepResult r = outcome.result();
        boolean gmm = sweepSpec.algorithm().algorithm() == Algorithm.GMM;
        if (json) {
            ObjectNode root = header(data, sweepSpec, outcome);
            ArrayNode results = root.putArray("results");
            for (SweepPoint p : r.points()) {
                ObjectNode o = results.addObject();
                o.put("k", p.k());
                o.put("wcss", p.wcss());
                Validity.putIndices(p.silhouette(), p.calinskiHarabasz(), p.daviesBouldin(), o::put);
                Json.putFinite(o, "bic", p.bic());
                Json.putFinite(o, "aic", p.aic());
                ArrayNode sizes = o.putArray("sizes");
                for (int s : p.sizes()) {
                    sizes.add(s);
                }
            }
            root.put("recommended_k", r.recommendedK());
            root.put("elbow_k", r.kneeK());
            if (gmm) {
                root.put("bic_min_k", r.bicMinK());
                root.put("aic_min_k", r.aicMinK());
            }
            root.put("rule", r.rule());
            root.put("silhouette_sampled", r.silhouetteSampled());
            if (r.silhouetteSampled()) {
                root.put("silhouette_sample_size", r.silhouetteSampleSize());
            }
            ArrayNode notes = root.putArray("notes");
            outcome.features().notes().forEach(notes::add);
            PrepReport.put(root, outcome.features());
            Explain.putWarnings(root, Warnings.edge(r).stream().toList());
            Json.print(out, root);
            return 0;
        }
        printHeader(data, sweepSpec, outcome, out);
        PrepReport.printOutliers(out, outcome.features());
        if (gmm) {
            out.printf("%4s  %14s  %10s  %10s  %8s  %12s  %12s%n", "k", "WCSS", "silhouette", "CH", "DB", "BIC", "AIC");
        } else {
            out.printf("%4s  %14s  %10s  %10s  %8s%n", "k", "WCSS", "silhouette", "CH", "DB");
        }
        for (SweepPoint p : r.points()) {
            String line = String.format("%4d  %14.4f  %10s  %10s  %8s", p.k(), p.wcss(), fmt(p.silhouette(), 4),
                    fmt(p.calinskiHarabasz(), 2), fmt(p.daviesBouldin(), 4));
            if (gmm) {
                line += String.format("  %12.4f%s %12.4f%s", p.bic(), p.k() == r.bicMinK() ? "*" : " ", p.aic(),
                        p.k() == r.aicMinK() ? "*" : " ");
            }
            out.println(line);
        }
        out.println(r.rule());
        Explain.printWarnings(out, Warnings.edge(r).stream().toList());
        return 0;
    }

    private ObjectNode header(Dataset data, SweepSpec sweepSpec, SweepOutcome outcome) {
        ObjectNode root = Json.object();
        root.put("file", data.name());
        root.put("rows", outcome.features().rows());
        ArrayNode feats = root.putArray("features");
        outcome.features().featureNames().forEach(feats::add);
        root.put("scaling", sweepSpec.prep().scaling().label());
        root.put("algorithm", sweepSpec.algorithm().algorithm().key());
        root.put("seed", sweepSpec.seed());
        return root;
    }

    private static void printHeader(Dataset data, SweepSpec sweepSpec, SweepOutcome outcome, PrintWriter out) {
        out.printf("%s: %,d customers, features %s (%s scaling, seed %d), %s%n", data.name(),
                outcome.features().rows(), String.join(", ", outcome.features().featureNames()),
                sweepSpec.prep().scaling().label(), sweepSpec.seed(), sweepSpec.algorithm().algorithm().label());
        outcome.features().notes().forEach(n -> out.println("Note: " + n));
    }

    private int printKDistance(Dataset data, SweepSpec sweepSpec, SweepOutcome outcome, PrintWriter out) {
        KDistance kd = outcome.kDistance();
        double[] d = kd.sorted();
        if (json) {
            ObjectNode root = header(data, sweepSpec, outcome);
            ObjectNode chart = root.putObject("k_distance");
            chart.put("min_samples", kd.minSamples());
            chart.put("suggested_eps", kd.suggestedEps());
            if (kd.kneeIndex() >= 0) {
                chart.put("knee_rank", kd.kneeIndex() + 1);
            }
            chart.put("core_share_at_suggested_eps", kd.coreShare(kd.suggestedEps()));
            ArrayNode points = chart.putArray("chart");
            int m = Math.min(CHART_POINTS, d.length);
            for (int q = 0; q < m; q++) {
                int rank = m == 1 ? 0 : (int) Math.round((double) q * (d.length - 1) / (m - 1));
                ObjectNode p = points.addObject();
                p.put("rank", rank + 1);
                p.put("distance", d[rank]);
            }
            ArrayNode notes = root.putArray("notes");
            outcome.features().notes().forEach(notes::add);
            Json.print(out, root);
            return 0;
        }
        printHeader(data, sweepSpec, outcome, out);
        out.printf("Sorted k-distance (distance to the %s nearest customer, the customer itself counted first):%n",
                ordinal(kd.minSamples()));
        out.printf("%12s  %10s%n", "percentile", "distance");
        for (int pct : new int[] {0, 10, 25, 50, 75, 90, 95, 99, 100}) {
            int rank = (int) Math.round(pct / 100.0 * (d.length - 1));
            out.printf("%11d%%  %10.4f%n", pct, d[rank]);
        }
        String where = kd.kneeIndex() >= 0
                ? String.format("the knee of the sorted curve (rank %,d of %,d)", kd.kneeIndex() + 1, d.length)
                : "the median k-distance (the curve has no clear knee)";
        out.printf("Suggested eps = %.4f: %s; %.1f%% of customers are core customers at this eps.%n",
                kd.suggestedEps(), where, 100 * kd.coreShare(kd.suggestedEps()));
        return 0;
    }

    static String ordinal(int n) {
        int t = n % 100;
        String suffix = t >= 11 && t <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static String fmt(double v, int decimals) {
        return Double.isFinite(v) ? String.format("%." + decimals + "f", v) : "-";
    }
}
