package io.segmenta.cli;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.prep.CategoricalPolicy;
import io.segmenta.core.prep.Derivation;
import io.segmenta.core.prep.FittedPreparation;
import io.segmenta.core.prep.Imputation;
import io.segmenta.core.prep.MissingPolicy;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierPolicy;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.prep.RareLevels;
import io.segmenta.core.prep.Scaling;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that segment: features and their preparation (missing values,
 * categories, derived features, outliers, scaling), seed, starts.
 */
final class FeatureOptions {
    @Option(names = "--features", required = true, split = ",", paramLabel = "A,B",
            description = "Feature columns, comma separated, as named in the CSV header "
                    + "(numeric as they are, categorical one-hot encoded).")
    List<String> features;

    @Option(names = "--scale", defaultValue = "standard", paramLabel = "standard|minmax|robust|none",
            description = "Feature scaling: standard (z-score, population std), minmax (0 to 1), robust "
                    + "(median / interquartile range) or none; as scikit-learn's scalers. Default: ${DEFAULT-VALUE}.")
    String scale;

    @Option(names = "--impute", paramLabel = "CHOICE|COLUMN=CHOICE",
            description = "Missing values: drop (leave the row out, the default), mean, median, most-frequent or "
                    + "constant:VALUE. Without COLUMN= it sets the default; with it (e.g. \"Income=median\") it sets "
                    + "one feature (a column or a derived feature's name). Repeatable.")
    List<String> impute;

    @Option(names = "--one-hot-drop-first",
            description = "Leave out the indicator of each category's first level (categories with 3+ levels; a "
                    + "two-level category is always one 0/1 feature).")
    boolean dropFirst;

    @Option(names = "--rare-levels", paramLabel = "N|P%", defaultValue = "0",
            description = "Merge category levels with fewer than N customers (or under P%% of them) into \"Other\" "
                    + "before one-hot encoding; 0 = off. Default: ${DEFAULT-VALUE}.")
    String rareLevels;

    @Option(names = "--derive", paramLabel = "COLUMN=tenure[:DATE]|COLUMN=age[:YEAR]",
            description = "Add a derived feature: tenure in days from a date column to DATE (default: the latest "
                    + "date in the column), or age from a birth-year column in YEAR (default: the year of the "
                    + "table's latest date). E.g. \"Dt_Customer=tenure\", \"Year_Birth=age:2015\". Repeatable.")
    List<String> derive;

    @Option(names = "--log", split = ",", paramLabel = "COL,COL",
            description = "Log-transform these numeric features: log(1 + x), after missing values are filled and "
                    + "before outliers and scaling (for skewed amounts and counts); a column with values below -1 is "
                    + "refused (or see --log-leave-out). Saved with --model, so predictions transform new customers the "
                    + "same way.")
    List<String> log;

    @Option(names = "--log-leave-out", description = "With --log: leave the customers with a value below -1 in a "
            + "--log column out of the segmentation (counted in the report, no segment in the export; saved with "
            + "--model, so predictions refuse such a new customer with that reason) instead of refusing the column.")
    boolean logLeaveOut;

    @Option(names = "--outliers", defaultValue = "none", paramLabel = "none|iqr[:F]|zscore[:T]|iforest[:C]",
            description = "Flag outliers: IQR fences (factor F, default 1.5), |z| > T (default 3) on numeric "
                    + "features, or Isolation Forest flagging the share C of customers (default 0.05, also as a "
                    + "percentage such as 5%%; seeded with --seed). Default: ${DEFAULT-VALUE}.")
    String outliers;

    @Option(names = "--outlier-action", defaultValue = "keep", paramLabel = "keep|exclude",
            description = "Keep flagged customers in the segmentation, or exclude them (they stay in the --out file, "
                    + "marked in \"Outlier\" and \"Outlier reason\", without a segment). Default: ${DEFAULT-VALUE}.")
    String outlierAction;

    @Option(names = "--keep-outlier", split = ",", paramLabel = "CUSTOMER",
            description = "Keep this flagged customer in the segmentation whatever --outlier-action says: its "
                    + "identifier as in the table (e.g. 0199), or \"row N\" in a table without identifiers. "
                    + "Repeatable or comma separated.")
    List<String> keepOutliers;

    @Option(names = "--exclude-outlier", split = ",", paramLabel = "CUSTOMER",
            description = "Leave this flagged customer out of the segmentation whatever --outlier-action says "
                    + "(named as for --keep-outlier). Repeatable or comma separated.")
    List<String> excludeOutliers;

    @Option(names = "--seed", defaultValue = "" + SegmentationSpec.DEFAULT_SEED,
            description = "Random seed of the k-means++ and Gaussian mixture starts and of the Isolation Forest; the "
                    + "same seed gives the same result. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--starts", defaultValue = "0",
            description = "k-means++ starts (kmeans) or EM starts (gmm), the best is kept; 0 = automatic (more on "
                    + "small tables, fewer on large ones). "
                    + "Default: ${DEFAULT-VALUE}.")
    int starts;

    PrepSpec prep(Dataset data) {
        List<String> columns = Inputs.columns(data, features);
        List<Derivation> derived = new ArrayList<>();
        for (String text : derive == null ? List.<String>of() : derive) {
            Derivation d = Derivation.parse(text);
            derived.add(d.withColumn(Inputs.columns(data, List.of(d.column())).get(0)));
        }
        MissingPolicy missing = MissingPolicy.DROP_ROWS;
        for (String text : impute == null ? List.<String>of() : impute) {
            missing = addImpute(data, derived, missing, text);
        }
        OutlierPolicy outlierPolicy = OutlierPolicy.parse(outliers).withAction(OutlierAction.parse(outlierAction))
                .withSeed(seed);
        Map<Integer, OutlierAction> choices = new TreeMap<>();
        choose(data, keepOutliers, OutlierAction.KEEP, "--keep-outlier", choices);
        choose(data, excludeOutliers, OutlierAction.EXCLUDE, "--exclude-outlier", choices);
        if (!choices.isEmpty() && outlierPolicy.isOff()) {
            throw new SegmentaException("--keep-outlier and --exclude-outlier choose for customers that --outliers "
                    + "flags, but --outliers is none. Add e.g. --outliers iqr.");
        }
        List<String> logged = new ArrayList<>();
        for (String name : log == null ? List.<String>of() : log) {
            if (!name.isBlank()) {
                String feature = featureName(data, derived, name.strip());
                if (feature == null) {
                    throw new SegmentaException("--log \"" + name.strip() + "\": there is no column \"" + name.strip()
                            + "\" in " + data.name() + ". Columns: " + String.join(", ", data.columnNames()) + ".");
                }
                logged.add(feature);
            }
        }
        if (logLeaveOut && logged.isEmpty()) {
            throw new SegmentaException("--log-leave-out leaves out customers below -1 in the --log columns, but no --log "
                    + "column is given. Add e.g. --log Monetary, or drop --log-leave-out.");
        }
        return new PrepSpec(columns, Scaling.parse(scale), missing,
                new CategoricalPolicy(dropFirst, RareLevels.parse(rareLevels)), derived, outlierPolicy, choices,
                logged, logLeaveOut);
    }

    private static void choose(Dataset data, List<String> names, OutlierAction action, String option,
                               Map<Integer, OutlierAction> choices) {
        for (String name : names == null ? List.<String>of() : names) {
            int row = FittedPreparation.rowOf(data, name);
            if (row < 0) {
                throw new SegmentaException(option + " \"" + name.strip() + "\": no customer of " + data.name()
                        + " has that identifier. Give it as the table does (e.g. 0199), or \"row N\" in a table "
                        + "without identifiers.");
            }
            OutlierAction before = choices.put(row, action);
            if (before != null && before != action) {
                throw new SegmentaException("Customer \"" + name.strip() + "\" is given to both --keep-outlier and "
                        + "--exclude-outlier. Choose one.");
            }
        }
    }

    /**
     * Reads one --impute value: {@code COLUMN=CHOICE} when the text before an "=" names a column
     * or a derived feature (any case), otherwise a default choice.
     */
    static MissingPolicy addImpute(Dataset data, List<Derivation> derived, MissingPolicy policy, String text) {
        for (int eq = text.indexOf('='); eq > 0; eq = text.indexOf('=', eq + 1)) {
            String name = text.substring(0, eq).trim();
            String feature = featureName(data, derived, name);
            if (feature != null) {
                return policy.with(feature, Imputation.parse(text.substring(eq + 1)));
            }
        }
        String lower = text.trim().toLowerCase(Locale.ROOT);
        int eq = text.indexOf('=');
        if (eq > 0 && !lower.startsWith("constant")) {
            throw new SegmentaException("--impute \"" + text + "\": there is no column \"" + text.substring(0, eq).trim()
                    + "\" in " + data.name() + ". Columns: " + String.join(", ", data.columnNames()) + ".");
        }
        return policy.withDefault(Imputation.parse(text));
    }

    private static String featureName(Dataset data, List<Derivation> derived, String name) {
        if (data.hasColumn(name)) {
            return name;
        }
        for (Derivation d : derived) {
            if (d.featureName().equalsIgnoreCase(name)) {
                return d.featureName();
            }
        }
        for (String c : data.columnNames()) {
            if (c.equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }
}
