package io.segmenta.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.cluster.Clustering;
import io.segmenta.core.cluster.DbscanDetails;
import io.segmenta.core.cluster.DbscanSpec;
import io.segmenta.core.cluster.HierarchicalDetails;
import io.segmenta.core.cluster.HierarchicalSpec;
import io.segmenta.core.cluster.KMeansDetails;
import io.segmenta.core.cluster.MixtureDetails;
import io.segmenta.core.cluster.Validity;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.explain.Explanation;
import io.segmenta.core.explain.SegmentRules;
import io.segmenta.core.explain.Stability;
import io.segmenta.core.model.ModelBuilder;
import io.segmenta.core.model.ModelFile;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code segmenta cluster FILE --features A,B --k 5}: segments with sizes, means and names; optional CSV. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Segment the customers and describe each segment; optionally write the segmented CSV.",
                "Methods: kmeans (default; k-means++, best of several seeded starts), hierarchical (--linkage, cut by "
                        + "--k or --height), dbscan (--eps, --min-samples; noise customers get no segment) and gmm "
                        + "(Gaussian mixture, --covariance; reports BIC and AIC)."})
final class ClusterCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    FeatureOptions options;

    @Mixin
    AlgorithmOptions method;

    @Option(names = "--k", description = "Number of segments (kmeans, gmm, hierarchical unless --height).")
    Integer k;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write every input row and column unchanged, "
            + "plus \"Segment\" (1..k; empty for noise and unsegmented rows), \"Segment name\" (\"Noise\" for DBSCAN "
            + "noise) and, for gmm, \"Segment probability\", to this file (never the input file).")
    Path outFile;

    @Option(names = "--model", paramLabel = "MODEL.json", description = "Save the segmentation as a model file "
            + "(JSON) that places new customers: 'segmenta predict --model MODEL.json ...' or the window's Predict step.")
    Path modelFile;

    @Option(names = "--json", description = "Print one JSON object: {\"algorithm\", \"k\", \"wcss\", \"silhouette\", "
            + "\"calinski_harabasz\", \"davies_bouldin\", \"noise\" (dbscan), \"bic\", \"aic\" (gmm), "
            + "\"segments\": [{\"id\", \"name\", \"size\", \"means\": {feature: value}}], \"drivers\", \"rules\", "
            + "\"warnings\", \"stability\" (with --stability)}.")
    boolean json;

    @Option(names = "--stability", paramLabel = "N", description = "Also refit the method on N bootstrap resamples "
            + "of the customers (seeded by --seed) and report how stable the segments are: the mean adjusted Rand index "
            + "to the full result and, per segment, the share of its customers that stay together (20 is a good start).")
    Integer stability;

    @Option(names = "--rules-depth", paramLabel = "D", defaultValue = "3", description = "Depth of the decision tree "
            + "whose rules describe the segments. Default: ${DEFAULT-VALUE}.")
    int rulesDepth;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Dataset data = input.load(spec);
        SegmentationSpec segSpec = new SegmentationSpec(options.prep(data), method.spec(spec, k, options.starts),
                options.seed);
        if (stability != null && (stability < 1 || stability > Stability.MAX_RESAMPLES)) {
            throw new SegmentaException("--stability takes a number of refits from 1 to " + Stability.MAX_RESAMPLES
                    + " (got " + stability + ").");
        }
        if (rulesDepth < 1 || rulesDepth > 10) {
            throw new SegmentaException("--rules-depth takes a depth from 1 to 10 (got " + rulesDepth + ").");
        }
        SegmentationResult r = Segmenter.segment(data, segSpec, Segmenter.BoxFigures.LEFT_OUT, ProgressListener.NONE,
                CancellationToken.NONE); // it prints means, not box figures
        Explanation explanation = Explanation.of(data, r, null, rulesDepth, CancellationToken.NONE);
        Stability stable = stability == null ? null
                : Stability.of(r, stability, segSpec.seed(), ProgressListener.NONE, CancellationToken.NONE);
        if (outFile != null) {
            Segmenter.exportSegmented(data, r, null, outFile, ProgressListener.NONE, CancellationToken.NONE);
        }
        if (modelFile != null) {
            ModelFile.write(ModelBuilder.build(data, r, null, Instant.now(), SegmentaCli.versionText()), modelFile);
        }
        SegmentProfile first = r.profiles().get(0);
        List<String> numericFeatures = segSpec.prep().features().stream()
                .filter(f -> first.means().containsKey(f)).toList();
        List<String> categoricalFeatures = segSpec.prep().features().stream()
                .filter(f -> first.categoryMix().containsKey(f)).toList();
        PrintWriter out = spec.commandLine().getOut();
        Clustering c = r.clustering();
        Validity v = r.validity();
        if (json) {
            ObjectNode root = Json.object();
            root.put("file", data.name());
            root.put("rows", data.rowCount());
            root.put("segmented_rows", r.features().rows());
            root.put("algorithm", r.algorithm().key());
            root.put("method", segSpec.algorithm().describe());
            root.put("k", r.k());
            root.put("wcss", r.wcss());
            v.putIndices(root::put);
            root.put("silhouette_sampled", v.silhouette().sampled());
            root.put("seed", segSpec.seed());
            c.kmeans().ifPresent(d -> root.put("starts", d.starts()));
            c.hierarchy().ifPresent(d -> {
                root.put("linkage", ((HierarchicalSpec) segSpec.algorithm()).linkage().name().toLowerCase(Locale.ROOT));
                root.put("cut_height", d.cutHeight());
            });
            c.density().ifPresent(d -> {
                DbscanSpec db = (DbscanSpec) segSpec.algorithm();
                root.put("eps", db.eps());
                root.put("min_samples", db.minSamples());
                root.put("noise", r.noise());
                root.put("core", d.coreCount());
            });
            c.mixture().ifPresent(m -> {
                root.put("covariance", m.covariance().label());
                root.put("bic", m.bic());
                root.put("aic", m.aic());
                root.put("log_likelihood", m.logLikelihood());
                root.put("parameters", m.parameters());
                root.put("starts", m.starts());
                root.put("converged", m.converged());
            });
            if (!v.note().isEmpty()) {
                root.put("validity_note", v.note());
            }
            ArrayNode segments = root.putArray("segments");
            for (SegmentProfile p : r.profiles()) {
                profileJson(segments.addObject(), p, numericFeatures, categoricalFeatures);
            }
            r.noiseSegment().ifPresent(p -> profileJson(root.putObject("noise_profile"), p, numericFeatures,
                    categoricalFeatures));
            Explain.put(root, explanation, r.names());
            if (stable != null) {
                Explain.put(root, stable, r.names());
            }
            ArrayNode notes = root.putArray("notes");
            r.features().notes().forEach(notes::add);
            PrepReport.put(root, r.features());
            if (outFile != null) {
                root.put("out", outFile.toString());
            }
            if (modelFile != null) {
                root.put("model", modelFile.toString());
            }
            Json.print(out, root);
            return 0;
        }
        String how = c.kmeans().map(d -> ", " + d.starts() + (d.starts() == 1 ? " start" : " starts")).orElse("");
        out.printf("%s: %,d customers in %d %s, features %s (%s scaling, seed %d%s)%n", data.name(),
                r.features().rows(), r.k(), r.k() == 1 ? "segment" : "segments",
                String.join(", ", r.features().featureNames()),
                segSpec.prep().scaling().label(), segSpec.seed(), how);
        out.println("Method: " + segSpec.algorithm().describe() + details(r));
        r.features().notes().forEach(n -> out.println("Note: " + n));
        PrepReport.printOutliers(out, r.features());
        out.printf("WCSS %.4f, silhouette %s, Calinski-Harabasz %s, Davies-Bouldin %s%n", r.wcss(),
                Double.isFinite(v.silhouette().value())
                        ? String.format(Locale.ROOT, "%.4f%s", v.silhouette().value(), v.silhouette().sampled()
                        ? " (estimated on " + v.silhouette().sampleSize() + " sampled customers)" : "")
                        : "- (needs 2 or more segments)", fmt(v.calinskiHarabasz(), 2), fmt(v.daviesBouldin(), 4));
        if (v.noiseLeftOut() > 0) {
            out.println("Note: " + v.note());
        }
        c.mixture().ifPresent(m -> out.printf("BIC %.4f, AIC %.4f, log-likelihood %.4f (%d parameters, best of %d"
                + " start%s%s)%n", m.bic(), m.aic(), m.logLikelihood(), m.parameters(), m.starts(),
                m.starts() == 1 ? "" : "s",
                m.converged() ? "" : ", not converged"));
        for (SegmentProfile p : r.profiles()) {
            out.println(profileLine(p.number() + ".", p, numericFeatures, categoricalFeatures));
        }
        r.noiseSegment().ifPresent(p -> out.println(profileLine(" ", p, numericFeatures, categoricalFeatures)));
        Explain.print(out, explanation, r.names());
        if (stable != null) {
            Explain.print(out, stable, r.names());
        }
        if (outFile != null) {
            out.println("Wrote " + outFile.toAbsolutePath());
        }
        if (modelFile != null) {
            out.println("Wrote model " + modelFile.toAbsolutePath());
        }
        return 0;
    }

    private static String details(SegmentationResult r) {
        Clustering c = r.clustering();
        if (c.hierarchy().isPresent()) {
            HierarchicalDetails h = c.hierarchy().get();
            return ((HierarchicalSpec) r.spec().algorithm()).cutByHeight() ? ""
                    : String.format(" (cut at height %.4f)", h.cutHeight());
        }
        if (c.density().isPresent()) {
            DbscanDetails d = c.density().get();
            return String.format(" (%,d core, %,d border, %,d noise customers)", d.coreCount(), d.borderCount(c),
                    c.noise());
        }
        if (c.mixture().isPresent()) {
            MixtureDetails m = c.mixture().get();
            return String.format(" (%d EM iterations)", m.iterations());
        }
        return c.kmeans().map(KMeansDetails::iterations).map(it -> " (" + it + " iterations)").orElse("");
    }

    private static void profileJson(ObjectNode s, SegmentProfile p, List<String> numeric, List<String> categorical) {
        if (p.segment() >= 0) {
            s.put("id", p.number());
        }
        s.put("name", p.name());
        s.put("size", p.size());
        s.put("share", p.share());
        ObjectNode means = s.putObject("means");
        numeric.forEach(f -> Json.putFinite(means, f, p.means().get(f)));
        if (!categorical.isEmpty()) {
            ObjectNode mix = s.putObject("category_mix");
            for (String f : categorical) {
                ObjectNode levels = mix.putObject(f);
                p.categoryMix().get(f).forEach(levels::put);
            }
        }
    }

    private static String profileLine(String number, SegmentProfile p, List<String> numeric, List<String> categorical) {
        StringBuilder line = new StringBuilder(String.format("  %2s %-40s %6d (%5.1f%%)", number, p.name(), p.size(),
                100 * p.share()));
        for (String f : numeric) {
            line.append(String.format("  %s %.2f", f, p.means().get(f)));
        }
        for (String f : categorical) {
            for (Map.Entry<String, Double> e : p.categoryMix().get(f).entrySet()) {
                line.append(String.format("  %.0f%% %s", 100 * e.getValue(), e.getKey()));
            }
        }
        return line.toString();
    }

    /** Fixed decimals; a huge value (e.g. Calinski-Harabasz of segments without spread) in powers of ten. */
    private static String fmt(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        return Math.abs(v) >= 1e9 ? String.format(Locale.ROOT, "%.3e", v)
                : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
