package io.segmenta.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segmenta cluster FILE --features A,B --k 5}: segments with sizes, means and names; optional CSV. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Segment the customers with k-means (k-means++, best of several seeded starts) and "
                + "describe each segment; optionally write the segmented CSV.")
final class ClusterCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "CSV file, or @sample for the built-in sample.")
    String file;

    @Mixin
    FeatureOptions options;

    @Option(names = "--k", required = true, description = "Number of segments.")
    int k;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write every input row and column unchanged, "
            + "plus \"Segment\" and \"Segment name\", to this file (never the input file).")
    Path outFile;

    @Option(names = "--json", description = "Print one JSON object: {\"k\", \"wcss\", \"silhouette\", "
            + "\"segments\": [{\"id\", \"name\", \"size\", \"means\": {feature: value}}]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Dataset data = Inputs.load(file);
        SegmentationSpec segSpec = new SegmentationSpec(options.prep(data), k, options.seed, options.starts);
        SegmentationResult r = Segmenter.segment(data, segSpec, ProgressListener.NONE, CancellationToken.NONE);
        if (outFile != null) {
            Segmenter.exportSegmented(data, r, null, outFile, ProgressListener.NONE, CancellationToken.NONE);
        }
        List<String> numericFeatures = segSpec.prep().features().stream()
                .filter(f -> r.profiles().get(0).means().containsKey(f)).toList();
        List<String> categoricalFeatures = segSpec.prep().features().stream()
                .filter(f -> r.profiles().get(0).categoryMix().containsKey(f)).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object();
            root.put("file", data.name());
            root.put("rows", data.rowCount());
            root.put("segmented_rows", r.features().rows());
            root.put("k", r.k());
            root.put("wcss", r.wcss());
            Json.putFinite(root, "silhouette", r.silhouette().value());
            root.put("silhouette_sampled", r.silhouette().sampled());
            root.put("seed", segSpec.seed());
            root.put("starts", r.kmeans().starts());
            ArrayNode segments = root.putArray("segments");
            for (SegmentProfile p : r.profiles()) {
                ObjectNode s = segments.addObject();
                s.put("id", p.number());
                s.put("name", p.name());
                s.put("size", p.size());
                s.put("share", p.share());
                ObjectNode means = s.putObject("means");
                numericFeatures.forEach(f -> Json.putFinite(means, f, p.means().get(f)));
                if (!categoricalFeatures.isEmpty()) {
                    ObjectNode mix = s.putObject("category_mix");
                    for (String f : categoricalFeatures) {
                        ObjectNode levels = mix.putObject(f);
                        p.categoryMix().get(f).forEach(levels::put);
                    }
                }
            }
            ArrayNode notes = root.putArray("notes");
            r.features().notes().forEach(notes::add);
            PrepReport.put(root, r.features());
            if (outFile != null) {
                root.put("out", outFile.toString());
            }
            Json.print(out, root);
            return 0;
        }
        out.printf("%s: %,d customers in %d segments, features %s (%s scaling, seed %d, %d starts)%n", data.name(),
                r.features().rows(), r.k(), String.join(", ", r.features().featureNames()),
                segSpec.prep().scaling().label(), segSpec.seed(), r.kmeans().starts());
        r.features().notes().forEach(n -> out.println("Note: " + n));
        PrepReport.printOutliers(out, r.features());
        out.printf("WCSS %.4f, silhouette %s%n", r.wcss(), Double.isFinite(r.silhouette().value())
                ? String.format("%.4f%s", r.silhouette().value(), r.silhouette().sampled()
                        ? " (estimated on " + r.silhouette().sampleSize() + " sampled customers)" : "")
                : "- (needs k >= 2)");
        for (SegmentProfile p : r.profiles()) {
            StringBuilder line = new StringBuilder(String.format("  %d. %-40s %6d (%5.1f%%)", p.number(), p.name(),
                    p.size(), 100 * p.share()));
            for (String f : numericFeatures) {
                line.append(String.format("  %s %.2f", f, p.means().get(f)));
            }
            for (String f : categoricalFeatures) {
                for (Map.Entry<String, Double> e : p.categoryMix().get(f).entrySet()) {
                    line.append(String.format("  %.0f%% %s", 100 * e.getValue(), e.getKey()));
                }
            }
            out.println(line);
        }
        if (outFile != null) {
            out.println("Wrote " + outFile.toAbsolutePath());
        }
        return 0;
    }
}
