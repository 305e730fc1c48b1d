package io.segmenta.spark;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.model.ModelFile;
import io.segmenta.core.prep.CategoricalPolicy;
import io.segmenta.core.prep.Imputation;
import io.segmenta.core.prep.MissingPolicy;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierPolicy;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.prep.RareLevels;
import io.segmenta.core.prep.Scaling;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The choices of {@code cluster} and {@code sweep}, named and worded as the desktop's
 * {@code segmenta cluster} and {@code segmenta sweep} options, and read by the same core parsers
 * ({@link Scaling#parse}, {@link Imputation#parse}, {@link RareLevels#parse}, {@link OutlierPolicy#parse},
 * {@link OutlierAction#parse}), so a choice means the same on Spark as on the desktop. Or every
 * choice at once from a model file ({@code --spec}).
 */
final class JobOptions {
    /** The options a model file sets; they cannot be given beside --spec. */
    static final List<String> CHOICES = List.of("--features", "--scale", "--impute", "--one-hot-drop-first",
            "--rare-levels", "--log", "--outliers", "--outlier-action", "--seed", "--starts", "--algorithm", "--k");

    @Parameters(index = "0", paramLabel = "TABLE", description = "The customer table: a CSV file (header; comma, "
            + "semicolon or tab) or Parquet (a file or a folder of parts), on any file system Spark reads "
            + "(file:, hdfs://, s3a://).")
    String input;

    @Option(names = "--format", paramLabel = "csv|parquet", description = "The table's format. Default: from the "
            + "extension (.csv, .tsv, .txt are CSV; anything else, e.g. a folder, Parquet).")
    String format;

    @Option(names = "--spec", paramLabel = "MODEL.json", description = "Take every choice (features, missing values, "
            + "categories, log transform, outliers, scaling, method, k, seed, starts) from a Segmenta model file: do "
            + "what that model did, on this table.")
    Path specFile;

    @Option(names = "--features", split = ",", paramLabel = "A,B", description = "Feature columns, comma separated "
            + "(numeric as they are, text one-hot encoded).")
    List<String> features;

    @Option(names = "--scale", defaultValue = "standard", paramLabel = "standard|minmax|robust|none",
            description = "Feature scaling: standard (z-score, population std), minmax, robust (median / interquartile "
                    + "range, from approximate quantiles) or none. Default: ${DEFAULT-VALUE}.")
    String scale;

    @Option(names = "--impute", paramLabel = "CHOICE|COLUMN=CHOICE", description = "Missing values: drop (the "
            + "default), mean, median (approximate), most-frequent or constant:VALUE; with COLUMN= for one feature. "
            + "Repeatable.")
    List<String> impute;

    @Option(names = "--one-hot-drop-first", description = "Leave out the indicator of each category's first level "
            + "(categories with 3+ levels).")
    boolean dropFirst;

    @Option(names = "--rare-levels", paramLabel = "N|P%", defaultValue = "0", description = "Merge category levels "
            + "with fewer than N customers (or under P%% of them) into \"Other\"; 0 = off. Default: ${DEFAULT-VALUE}.")
    String rareLevels;

    @Option(names = "--log", split = ",", paramLabel = "COL,COL", description = "Log-transform these numeric "
            + "features: log(1 + x), after missing values are filled and before outliers and scaling.")
    List<String> log;

    @Option(names = "--outliers", defaultValue = "none", paramLabel = "none|iqr[:F]|zscore[:T]",
            description = "Flag outliers: IQR fences (factor F, default 1.5; approximate quartiles) or |z| > T "
                    + "(default 3). Isolation Forest does not run on Spark. Default: ${DEFAULT-VALUE}.")
    String outliers;

    @Option(names = "--outlier-action", defaultValue = "keep", paramLabel = "keep|exclude",
            description = "Keep flagged customers in the segmentation, or exclude them (they stay in the table, with "
                    + "\"Outlier reason\" and no segment). Default: ${DEFAULT-VALUE}.")
    String outlierAction;

    @Option(names = "--seed", defaultValue = "" + SegmentationSpec.DEFAULT_SEED, description = "Random seed of the "
            + "runs (run i uses seed + i) and of the silhouette's sample. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--starts", defaultValue = "0", description = "Runs of k-means or of the mixture, the best kept; "
            + "0 = automatic (10 up to 100,000 customers, else 3). Default: ${DEFAULT-VALUE}.")
    int starts;

    @Option(names = "--algorithm", defaultValue = "kmeans", paramLabel = "kmeans|bisecting|gmm",
            description = "kmeans (MLlib, k-means|| starts), bisecting (bisecting k-means; the model places customers "
                    + "at the nearest centre) or gmm (Gaussian mixture, full covariances). Hierarchical and DBSCAN do "
                    + "not run on Spark. Default: ${DEFAULT-VALUE}.")
    String algorithm;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit, e.g. "
            + "local[*] (the default then).")
    String master;

    /** Whether any choice option was given on the command line. */
    static List<String> givenChoices(CommandSpec cmd) {
        return CHOICES.stream().filter(o -> cmd.commandLine().getParseResult().hasMatchedOption(o)).toList();
    }

    /** The spec and method of a model file (--spec). */
    Spec fromModel(CommandSpec cmd) {
        List<String> given = givenChoices(cmd);
        if (!given.isEmpty()) {
            throw new SegmentaException("--spec takes every choice from " + specFile.getFileName() + "; leave out "
                    + String.join(", ", given) + ".");
        }
        SegmentationSpec s = ModelFile.read(specFile).training().spec();
        return new Spec(s, Clusterer.Method.of(s.algorithm()));
    }

    /** A segmentation spec and the Spark method that runs it. */
    record Spec(SegmentationSpec spec, Clusterer.Method method) {
    }

    /** The spec of these options for {@code k} segments. */
    Spec spec(SparkTable table, int k) {
        Clusterer.Method m = Clusterer.Method.parse(algorithm);
        return new Spec(new SegmentationSpec(prep(table), m.spec(k, starts), seed), m);
    }

    PrepSpec prep(SparkTable table) {
        if (features == null || features.isEmpty()) {
            throw new SegmentaException("Give the feature columns (--features A,B) or a model file to follow (--spec "
                    + "MODEL.json).");
        }
        List<String> columns = new ArrayList<>();
        for (String f : features) {
            if (!f.isBlank()) {
                columns.add(table.column(f, "--features"));
            }
        }
        MissingPolicy missing = MissingPolicy.DROP_ROWS;
        for (String text : impute == null ? List.<String>of() : impute) {
            missing = addImpute(table, missing, text);
        }
        List<String> logged = new ArrayList<>();
        for (String name : log == null ? List.<String>of() : log) {
            if (!name.isBlank()) {
                logged.add(table.column(name, "--log"));
            }
        }
        OutlierPolicy policy = OutlierPolicy.parse(outliers).withAction(OutlierAction.parse(outlierAction))
                .withSeed(seed);
        return new PrepSpec(columns, Scaling.parse(scale), missing,
                new CategoricalPolicy(dropFirst, RareLevels.parse(rareLevels)), List.of(), policy, Map.of(), logged);
    }

    /** {@code COLUMN=CHOICE} when the text before an "=" names a column (any case), otherwise a default choice. */
    private static MissingPolicy addImpute(SparkTable table, MissingPolicy policy, String text) {
        for (int eq = text.indexOf('='); eq > 0; eq = text.indexOf('=', eq + 1)) {
            String name = text.substring(0, eq).strip();
            for (String c : table.columnNames()) {
                if (c.equalsIgnoreCase(name)) {
                    return policy.with(c, Imputation.parse(text.substring(eq + 1)));
                }
            }
        }
        int eq = text.indexOf('=');
        if (eq > 0 && !text.strip().toLowerCase(Locale.ROOT).startsWith("constant")) {
            throw new SegmentaException("--impute \"" + text + "\": there is no column \"" + text.substring(0, eq).strip()
                    + "\" in " + table.name() + ". Columns: " + String.join(", ", table.columnNames()) + ".");
        }
        return policy.withDefault(Imputation.parse(text));
    }
}
