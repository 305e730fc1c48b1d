package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.cluster.DataMatrix;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.DateColumn;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.math.Quantiles;
import io.segmenta.core.work.CancellationToken;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Turns a dataset and a {@link PrepSpec} into the clustering matrix, a {@link PreparationReport}
 * and a {@link FittedPreparation}. The steps, in order:
 * <ol>
 *   <li>read the chosen columns and derive tenure / age; features whose cells are all missing are left out;</li>
 *   <li>missing values: rows missing a feature with the "drop" choice are left out; the other
 *       features' fill values (mean, median, most frequent, constant) are fitted on the remaining
 *       rows and fill their missing cells;</li>
 *   <li>categories: rare levels merged into "Other"; a single level is left out; two levels become
 *       one 0/1 indicator of the second; more levels one indicator each (optionally without the first);</li>
 *   <li>outliers are flagged on the encoded, unscaled values of those rows (IQR fences and z-scores
 *       on numeric features, Isolation Forest on all) and, when asked, excluded;</li>
 *   <li>on the remaining rows, constant features (and, for robust scaling, numeric features with an
 *       IQR of 0) are left out with a message, never a divide by zero; the scaler is fitted and applied.</li>
 * </ol>
 */
public final class FeaturePreparer {
    /** Levels under this share of the customers are pointed out as merge candidates when merging is off. */
    static final double RARE_HINT_SHARE = 0.01;
    /** At most this many flagged customers are named in the summary sentence. */
    private static final int NAMED_OUTLIERS = 10;

    private FeaturePreparer() {
    }

    public static PreparedFeatures prepare(Dataset data, PrepSpec spec) {
        return prepare(data, spec, CancellationToken.NONE);
    }

    /** As {@link #prepare(Dataset, PrepSpec)}, polling {@code cancel} during outlier detection. */
    public static PreparedFeatures prepare(Dataset data, PrepSpec spec, CancellationToken cancel) {
        return new Run(data, spec, cancel).run();
    }

    /** One feature input while it is being fitted. */
    private static final class Input {
        final String name;
        final String column;
        final CategoricalColumn cat;
        final double[] values;
        DerivationKind kind;
        LocalDateTime referenceDate;
        int referenceYear;
        String datePattern;
        Imputation asked;
        Imputation used;
        double fill = Double.NaN;
        String fillLevel;
        int missingCells;
        int cellsFilled;
        FittedInput fitted;

        Input(String name, String column, CategoricalColumn cat, double[] values) {
            this.name = name;
            this.column = column;
            this.cat = cat;
            this.values = values;
        }

        boolean categorical() {
            return cat != null;
        }

        boolean missing(int row) {
            return cat != null ? cat.isMissing(row) : Double.isNaN(values[row]);
        }
    }

    /** The state of one preparation. */
    private static final class Run {
        private final Dataset data;
        private final PrepSpec spec;
        private final CancellationToken cancel;
        private final int n;
        private final List<Input> inputs = new ArrayList<>();
        private final List<ExcludedFeature> excluded = new ArrayList<>();
        private final List<MissingValueReport> missingReports = new ArrayList<>();
        private final List<LevelMerge> merges = new ArrayList<>();
        private final List<DerivedFeatureReport> derivedReports = new ArrayList<>();
        private final List<String> hints = new ArrayList<>();

        Run(Dataset data, PrepSpec spec, CancellationToken cancel) {
            this.data = data;
            this.spec = spec;
            this.cancel = cancel;
            this.n = data.rowCount();
        }

        PreparedFeatures run() {
            List<String> chosen = new ArrayList<>(new LinkedHashSet<>(spec.features()));
            if (chosen.isEmpty() && spec.derived().isEmpty()) {
                throw new SegmentaException("No features are selected. Choose at least one numeric or categorical "
                        + "column.");
            }
            readColumns(chosen);
            readDerived();
            if (n == 0) {
                throw new SegmentaException(data.name() + " has no rows, so there is nothing to segment.");
            }
            excludeAllMissing();
            requireSome(chosen);

            // missing values: drop, then fit the fills on the rows that remain
            boolean[] dropped = new boolean[n];
            int droppedCount = chooseMissing(dropped);
            int[] kept = rowsWhere(dropped, false);
            if (kept.length == 0) {
                throw new SegmentaException("Every row of " + data.name() + " has a missing value in "
                        + String.join(", ", droppingNames()) + ", so there is nothing to segment. Choose other features, "
                        + "or fill missing values (mean, median, most frequent or a constant) instead of dropping rows.");
            }
            int rowsImputed = fitFills(kept);
            encodeCategories(kept);
            requireSome(chosen);

            // encode every raw feature for the kept rows
            List<FittedInput> fittedInputs = inputs.stream().map(in -> in.fitted).toList();
            List<EncodedFeature> rawFeatures = new ArrayList<>();
            fittedInputs.forEach(f -> rawFeatures.addAll(f.features()));
            int r = rawFeatures.size();
            double[][] raw = encodeRaw(fittedInputs, kept, r);

            // outliers
            OutlierPolicy policy = spec.outliers();
            OutlierFit outliers = detectOutliers(policy, rawFeatures, raw, kept);
            int[] usedRows = kept;
            int[] usedIdx = indexRange(kept.length);
            if (!outliers.excludedIdx.isEmpty()) {
                boolean[] out = new boolean[kept.length];
                outliers.excludedIdx.forEach(i -> out[i] = true);
                usedIdx = rowsWhere(out, false);
                usedRows = new int[usedIdx.length];
                for (int i = 0; i < usedIdx.length; i++) {
                    usedRows[i] = kept[usedIdx[i]];
                }
                if (usedRows.length == 0) {
                    throw new SegmentaException("Every customer is flagged as an outlier (" + policy.describe()
                            + ") and excluded, so none is left to segment. Keep the outliers or choose a looser rule.");
                }
            }

            // leave out features that cannot be scaled on the rows used, then scale
            List<Integer> usedFeatures = new ArrayList<>();
            List<double[]> usedValues = new ArrayList<>();
            List<String> unscaledIndicators = new ArrayList<>();
            List<Double> centers = new ArrayList<>();
            List<Double> scales = new ArrayList<>();
            for (int j = 0; j < r; j++) {
                EncodedFeature f = rawFeatures.get(j);
                double[] v = new double[usedIdx.length];
                for (int i = 0; i < usedIdx.length; i++) {
                    v[i] = raw[j][usedIdx[i]];
                }
                double mean = Stats.mean(v);
                if (Stats.variance(v, mean) == 0.0) {
                    excluded.add(constant(f, v[0]));
                    continue;
                }
                double c;
                double s;
                switch (spec.scaling()) {
                    case STANDARD -> {
                        c = mean;
                        s = Math.sqrt(Stats.variance(v, mean));
                    }
                    case MINMAX -> {
                        double[] range = Stats.range(v);
                        c = range[0];
                        s = range[1] - range[0];
                    }
                    case ROBUST -> {
                        double[] sorted = v.clone();
                        Arrays.sort(sorted);
                        c = Stats.median(sorted);
                        s = Quantiles.linear(sorted, 0.75) - Quantiles.linear(sorted, 0.25);
                        if (s == 0) {
                            if (f.isNumeric()) {
                                excluded.add(new ExcludedFeature(f.name(), ExclusionReason.ZERO_IQR, describe(f)
                                        + " has an interquartile range of 0 (at least half the segmented customers have "
                                        + Texts.number(c) + "), so robust scaling cannot scale it and it is left out. "
                                        + "Choose standard or min-max scaling to keep it."));
                                continue;
                            }
                            s = 1;
                            unscaledIndicators.add(f.name());
                        }
                    }
                    default -> {
                        c = 0;
                        s = 1;
                    }
                }
                usedFeatures.add(j);
                usedValues.add(v);
                centers.add(c);
                scales.add(s);
            }
            if (usedFeatures.isEmpty()) {
                throw new SegmentaException("None of the chosen features varies across the customers ("
                        + String.join(", ", featureNames(chosen)) + "), so they cannot be segmented. Choose other "
                        + "features.");
            }
            if (!unscaledIndicators.isEmpty()) {
                hints.add("Robust scaling leaves " + Texts.count(unscaledIndicators.size(), "indicator", "indicators")
                        + " with an interquartile range of 0 centred on their median and unscaled, as scikit-learn's "
                        + "RobustScaler does: " + String.join(", ", unscaledIndicators) + ".");
            }
            int d = usedFeatures.size();
            int[] used = usedFeatures.stream().mapToInt(Integer::intValue).toArray();
            double[] center = centers.stream().mapToDouble(Double::doubleValue).toArray();
            double[] scale = scales.stream().mapToDouble(Double::doubleValue).toArray();
            int m = usedRows.length;
            double[] matrix = new double[m * d];
            for (int j = 0; j < d; j++) {
                double[] v = usedValues.get(j);
                double c = center[j];
                double s = scale[j];
                for (int i = 0; i < m; i++) {
                    matrix[i * d + j] = (v[i] - c) / s;
                }
            }
            FittedPreparation fitted = new FittedPreparation(fittedInputs, used, spec.scaling(), center, scale,
                    outliers.rule, policy.action());
            int excludedRows = kept.length - usedRows.length;
            PreparationReport report = new PreparationReport(n, droppedCount, excludedRows, m, spec.scaling(),
                    missingReports, missingReports.stream().mapToInt(MissingValueReport::cellsFilled).sum(), rowsImputed,
                    excluded, merges, derivedReports, outliers.report, hints);
            List<EncodedFeature> features = new ArrayList<>();
            for (int u : used) {
                features.add(rawFeatures.get(u));
            }
            return new PreparedFeatures(new DataMatrix(m, d, matrix), features, usedRows, center, scale, droppedCount,
                    report.sentences(), report, fitted);
        }

        // ---- reading ----

        private void readColumns(List<String> chosen) {
            for (String name : chosen) {
                Column c = data.column(name);
                if (c instanceof NumericColumn num) {
                    inputs.add(new Input(name, name, null, num.toArray()));
                } else if (c instanceof CategoricalColumn cat) {
                    inputs.add(new Input(name, name, cat, null));
                } else if (c instanceof DateColumn) {
                    throw new SegmentaException("Column \"" + name + "\" is a date column and cannot be a feature. "
                            + "Choose numeric or categorical columns, or derive the customer tenure in days from it.");
                } else {
                    String why = data.notNumeric(name).map(n -> ": " + n + ". Correct the cells that are not numbers "
                            + "or leave them empty (missing), then open the file again, or choose other columns")
                            .orElse(". Choose numeric or categorical columns");
                    throw new SegmentaException("Column \"" + name + "\" is " + article(c.type().label())
                            + " column and cannot be a feature" + why + ".");
                }
            }
        }

        private void readDerived() {
            LinkedHashSet<String> seen = new LinkedHashSet<>();
            for (Derivation dv : spec.derived()) {
                if (!seen.add(dv.featureName())) {
                    continue;
                }
                Column c = data.column(dv.column());
                FittedNumeric probe;
                String reference;
                boolean defaulted;
                double[] source;
                if (dv.kind() == DerivationKind.TENURE_DAYS) {
                    if (!(c instanceof DateColumn dc)) {
                        throw new SegmentaException("Tenure is counted from a date column, and \"" + dv.column() + "\" is "
                                + article(c.type().label()) + " column. Choose a date column such as the customer's "
                                + "first purchase.");
                    }
                    source = FittedNumeric.sourceValues(data, c, true, dc.pattern());
                    double latest = Stats.range(source)[1];
                    defaulted = dv.referenceDate() == null;
                    LocalDateTime ref;
                    if (!defaulted) {
                        ref = dv.referenceDate().atStartOfDay();
                    } else if (Double.isNaN(latest)) {
                        ref = LocalDate.of(1970, 1, 1).atStartOfDay(); // all missing: left out below
                    } else {
                        ref = LocalDateTime.ofEpochSecond((long) latest, 0, ZoneOffset.UTC);
                    }
                    probe = new FittedNumeric(dv.column(), dv.featureName(), dv.kind(), ref, 0, dc.pattern(),
                            ImputeMethod.DROP_ROWS, Double.NaN);
                    reference = dc.hasTime() ? ref.toString() : ref.toLocalDate().toString();
                } else {
                    if (!(c instanceof NumericColumn)) {
                        throw new SegmentaException("Age is counted from a birth-year column of numbers, and \""
                                + dv.column() + "\" is " + article(c.type().label()) + " column. Choose a column such "
                                + "as Year_Birth.");
                    }
                    source = FittedNumeric.sourceValues(data, c, false, null);
                    defaulted = dv.referenceYear() == null;
                    int year = defaulted ? latestYear(dv) : dv.referenceYear();
                    probe = new FittedNumeric(dv.column(), dv.featureName(), dv.kind(), null, year, null,
                            ImputeMethod.DROP_ROWS, Double.NaN);
                    reference = Integer.toString(year);
                }
                double[] values = new double[n];
                for (int i = 0; i < n; i++) {
                    values[i] = probe.derive(source[i]);
                }
                Input in = new Input(dv.featureName(), dv.column(), null, values);
                in.kind = dv.kind();
                in.referenceDate = probe.referenceDate();
                in.referenceYear = probe.referenceYear();
                in.datePattern = probe.datePattern();
                inputs.add(in);
                double[] range = Stats.range(values);
                if (!Double.isNaN(range[0])) {
                    derivedReports.add(new DerivedFeatureReport(dv.featureName(), dv, reference, defaulted, range[0],
                            range[1], derivedSentence(dv, reference, defaulted, range)));
                }
            }
        }

        /** The year of the latest date in any date column, else a clear request for the year. */
        private int latestYear(Derivation dv) {
            long latest = Long.MIN_VALUE;
            for (Column c : data.columns()) {
                if (c instanceof DateColumn dc) {
                    for (int i = 0; i < dc.size(); i++) {
                        latest = Math.max(latest, dc.epochSecond(i));
                    }
                }
            }
            if (latest == Long.MIN_VALUE) {
                throw new SegmentaException("Age from " + dv.column() + " needs a reference year, and " + data.name()
                        + " has no dates to take it from. Set the year the ages are counted to, e.g. "
                        + dv.column() + "=age:" + LocalDate.now().getYear() + ".");
            }
            return LocalDateTime.ofEpochSecond(latest, 0, ZoneOffset.UTC).getYear();
        }

        private String derivedSentence(Derivation dv, String reference, boolean defaulted, double[] range) {
            if (dv.kind() == DerivationKind.TENURE_DAYS) {
                return "Derived \"" + dv.featureName() + "\": days from " + dv.column() + " to " + reference
                        + (defaulted ? " (the latest date in the column)" : "") + ", from " + Texts.number(range[0])
                        + " to " + Texts.number(range[1]) + " days.";
            }
            return "Derived \"" + dv.featureName() + "\": " + reference + (defaulted
                    ? " (the year of the latest date in the table)" : "") + " minus " + dv.column() + ", from "
                    + Texts.number(range[0]) + " to " + Texts.number(range[1]) + ".";
        }

        private void excludeAllMissing() {
            inputs.removeIf(in -> {
                int missing = 0;
                for (int i = 0; i < n; i++) {
                    if (in.missing(i)) {
                        missing++;
                    }
                }
                in.missingCells = missing;
                if (missing == n) {
                    excluded.add(new ExcludedFeature(in.name, ExclusionReason.ALL_MISSING, describe(in)
                            + " has no values (all " + Texts.count(n, "cell is", "cells are") + " missing) and is left "
                            + "out."));
                    return true;
                }
                return false;
            });
        }

        private void requireSome(List<String> chosen) {
            if (inputs.isEmpty()) {
                throw new SegmentaException("None of the chosen features varies across the customers ("
                        + String.join(", ", featureNames(chosen)) + "), so they cannot be segmented. Choose other "
                        + "features.");
            }
        }

        private List<String> featureNames(List<String> chosen) {
            List<String> out = new ArrayList<>(chosen);
            spec.derived().forEach(dv -> out.add(dv.featureName()));
            return new ArrayList<>(new LinkedHashSet<>(out));
        }

        // ---- missing values ----

        /** Sets each input's choice, marks the rows to drop, and returns their number. */
        private int chooseMissing(boolean[] dropped) {
            for (Input in : inputs) {
                in.asked = spec.missing().choiceFor(in.name, in.column);
                in.used = in.categorical() && in.asked.method().numericOnly() ? Imputation.MOST_FREQUENT : in.asked;
                if (!in.categorical() && in.used.method() == ImputeMethod.CONSTANT) {
                    in.fill = FittedNumeric.parseNumber(in.used.constant());
                    if (Double.isNaN(in.fill)) {
                        throw new SegmentaException("The fill value \"" + in.used.constant() + "\" for " + in.name
                                + " is not a number. Give a number, e.g. constant:0.");
                    }
                }
                if (in.used.method() == ImputeMethod.DROP_ROWS && in.missingCells > 0) {
                    for (int i = 0; i < n; i++) {
                        if (in.missing(i)) {
                            dropped[i] = true;
                        }
                    }
                }
            }
            int count = 0;
            for (boolean b : dropped) {
                if (b) {
                    count++;
                }
            }
            return count;
        }

        private List<String> droppingNames() {
            return inputs.stream().filter(in -> in.used.method() == ImputeMethod.DROP_ROWS && in.missingCells > 0)
                    .map(in -> in.name).toList();
        }

        /** Fits fill values on the kept rows, records the reports; returns the rows with a filled cell. */
        private int fitFills(int[] kept) {
            boolean[] filledRow = new boolean[n];
            List<Input> noValues = new ArrayList<>();
            for (Input in : inputs) {
                ImputeMethod method = in.used.method();
                if (method == ImputeMethod.DROP_ROWS) {
                    if (in.missingCells > 0) {
                        missingReports.add(new MissingValueReport(in.name, in.asked, in.used, null, in.missingCells, 0,
                                in.missingCells, in.name + ": " + Texts.count(in.missingCells, "row", "rows")
                                + " with a missing value left out of the segmentation (drop)."));
                    }
                    continue;
                }
                int filled = 0;
                for (int i : kept) {
                    if (in.missing(i)) {
                        filled++;
                        filledRow[i] = true;
                    }
                }
                in.cellsFilled = filled;
                String fillText;
                if (in.categorical()) {
                    in.fillLevel = method == ImputeMethod.CONSTANT ? in.used.constant() : mostFrequentLevel(in.cat, kept);
                    fillText = in.fillLevel;
                } else {
                    if (method != ImputeMethod.CONSTANT) {
                        double[] present = new double[kept.length];
                        int p = 0;
                        for (int i : kept) {
                            if (!Double.isNaN(in.values[i])) {
                                present[p++] = in.values[i];
                            }
                        }
                        if (p == 0) {
                            noValues.add(in);
                            continue;
                        }
                        double[] sorted = Arrays.copyOf(present, p);
                        Arrays.sort(sorted);
                        in.fill = switch (method) {
                            case MEAN -> Stats.mean(Arrays.copyOf(present, p));
                            case MEDIAN -> Stats.median(sorted);
                            default -> Stats.mostFrequent(sorted);
                        };
                    }
                    fillText = Texts.number(in.fill);
                }
                if (in.missingCells > 0) {
                    missingReports.add(new MissingValueReport(in.name, in.asked, in.used, fillText, in.missingCells, filled,
                            0, fillSentence(in, fillText, filled)));
                }
            }
            for (Input in : noValues) {
                inputs.remove(in);
                excluded.add(new ExcludedFeature(in.name, ExclusionReason.ALL_MISSING, describe(in)
                        + " has no values in the rows kept for segmentation, so there is nothing to fill it with; it is "
                        + "left out."));
            }
            int rows = 0;
            for (boolean b : filledRow) {
                if (b) {
                    rows++;
                }
            }
            return rows;
        }

        private String fillSentence(Input in, String fillText, int filled) {
            String how = switch (in.used.method()) {
                case MEAN -> "the mean " + fillText;
                case MEDIAN -> "the median " + fillText;
                case MOST_FREQUENT -> "the most frequent " + (in.categorical() ? "level \"" + fillText + "\""
                        : "value " + fillText);
                case CONSTANT -> in.categorical() ? "the level \"" + fillText + "\"" : "the constant " + fillText;
                case DROP_ROWS -> throw new IllegalStateException();
            };
            String s = in.name + ": " + Texts.count(filled, "missing cell", "missing cells") + " filled with " + how
                    + " (" + Texts.count(filled, "row", "rows") + ").";
            if (in.used.method() != in.asked.method()) {
                s += " " + capital(in.asked.method().label()) + " does not apply to a category, so the most frequent "
                        + "level was used.";
            }
            return s;
        }

        private static String mostFrequentLevel(CategoricalColumn cat, int[] kept) {
            int[] counts = new int[cat.levels().size()];
            for (int i : kept) {
                if (cat.code(i) >= 0) {
                    counts[cat.code(i)]++;
                }
            }
            int best = 0;
            for (int k = 1; k < counts.length; k++) {
                if (counts[k] > counts[best]) {
                    best = k;
                }
            }
            return cat.levels().get(best);
        }

        // ---- categories ----

        /** Builds every input's fitted form; categories get their merges and indicators. */
        private void encodeCategories(int[] kept) {
            List<Input> single = new ArrayList<>();
            for (Input in : inputs) {
                if (!in.categorical()) {
                    in.fitted = new FittedNumeric(in.column, in.name, in.kind, in.referenceDate, in.referenceYear,
                            in.datePattern, in.used.method(), in.used.method() == ImputeMethod.DROP_ROWS ? Double.NaN
                            : in.fill);
                    continue;
                }
                List<String> levels = new ArrayList<>(in.cat.levels());
                if (in.fillLevel != null && !levels.contains(in.fillLevel)) {
                    levels.add(in.fillLevel);
                }
                int[] counts = new int[levels.size()];
                int fillCode = in.fillLevel == null ? -1 : levels.indexOf(in.fillLevel);
                for (int i : kept) {
                    int code = in.cat.code(i);
                    counts[code >= 0 ? code : fillCode]++;
                }
                RareLevels rare = spec.categorical().rare();
                Map<String, String> mapping = new LinkedHashMap<>();
                Map<String, Integer> merged = new LinkedHashMap<>();
                List<String> encoded = new ArrayList<>();
                for (int k = 0; k < levels.size(); k++) {
                    if (counts[k] == 0) {
                        continue;
                    }
                    if (!rare.isOff() && rare.isRare(counts[k], kept.length)) {
                        merged.put(levels.get(k), counts[k]);
                    } else {
                        mapping.put(levels.get(k), levels.get(k));
                        encoded.add(levels.get(k));
                    }
                }
                if (!merged.isEmpty()) {
                    merged.keySet().forEach(l -> mapping.put(l, RareLevels.OTHER));
                    if (!encoded.contains(RareLevels.OTHER)) {
                        encoded.add(RareLevels.OTHER);
                    }
                    Map<String, Integer> sorted = new LinkedHashMap<>();
                    merged.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                            .forEach(e -> sorted.put(e.getKey(), e.getValue()));
                    int rows = merged.values().stream().mapToInt(Integer::intValue).sum();
                    merges.add(new LevelMerge(in.name, sorted, RareLevels.OTHER, rows, in.name + ": "
                            + Texts.count(merged.size(), "rare level", "rare levels") + " (" + levelCounts(sorted) + "; "
                            + rare.describe() + ") merged into \"" + RareLevels.OTHER + "\" ("
                            + Texts.count(rows, "customer", "customers") + ")."));
                } else if (rare.isOff()) {
                    hintRareLevels(in, levels, counts, kept.length);
                }
                if (encoded.size() < 2) {
                    excluded.add(new ExcludedFeature(in.name, ExclusionReason.SINGLE_LEVEL, "Column \"" + in.name
                            + "\" has a single level (" + (encoded.isEmpty() ? "none" : encoded.get(0))
                            + ") in the segmented rows and is left out: it cannot tell customers apart."));
                    single.add(in);
                    continue;
                }
                List<String> indicators = encoded.size() == 2 ? encoded.subList(1, 2)
                        : spec.categorical().dropFirst() ? encoded.subList(1, encoded.size()) : encoded;
                in.fitted = new FittedCategorical(in.column, mapping, indicators, in.used.method(),
                        in.used.method() == ImputeMethod.DROP_ROWS ? null : in.fillLevel);
            }
            inputs.removeAll(single);
        }

        private void hintRareLevels(Input in, List<String> levels, int[] counts, int total) {
            Map<String, Integer> few = new LinkedHashMap<>();
            int maxCount = 0;
            for (int k = 0; k < levels.size(); k++) {
                if (counts[k] > 0 && counts[k] < RARE_HINT_SHARE * total) {
                    few.put(levels.get(k), counts[k]);
                    maxCount = Math.max(maxCount, counts[k]);
                }
            }
            if (few.isEmpty() || levels.size() < 3) {
                return;
            }
            Map<String, Integer> sorted = new LinkedHashMap<>();
            few.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            hints.add(in.name + " has " + Texts.count(few.size(), "rare level", "rare levels") + " (" + levelCounts(sorted)
                    + "; under " + Texts.percent(RARE_HINT_SHARE) + " of the customers each); merging rare levels into \""
                    + RareLevels.OTHER + "\" (e.g. fewer than " + (maxCount + 1) + " customers) avoids features for a "
                    + "handful of customers.");
        }

        private static String levelCounts(Map<String, Integer> levels) {
            List<String> parts = new ArrayList<>();
            levels.forEach((l, c) -> parts.add(l + " " + c));
            return String.join(", ", parts);
        }

        // ---- encoding and outliers ----

        /** Raw feature values of the kept rows, column by column, through the fitted inputs' readers. */
        private double[][] encodeRaw(List<FittedInput> fittedInputs, int[] kept, int r) {
            List<FittedInput.InputReader> readers = fittedInputs.stream().map(f -> f.bind(data)).toList();
            double[][] raw = new double[r][kept.length];
            double[] row = new double[r];
            for (int i = 0; i < kept.length; i++) {
                int offset = 0;
                for (int k = 0; k < readers.size(); k++) {
                    readers.get(k).encode(kept[i], row, offset);
                    offset += fittedInputs.get(k).features().size();
                }
                for (int j = 0; j < r; j++) {
                    raw[j][i] = row[j];
                }
            }
            return raw;
        }

        private OutlierFit detectOutliers(OutlierPolicy policy, List<EncodedFeature> features, double[][] raw,
                                          int[] kept) {
            if (policy.isOff()) {
                return new OutlierFit(new OutlierRule.None(), OutlierReport.NONE, List.of());
            }
            int r = features.size();
            int rows = kept.length;
            List<String> skipped = new ArrayList<>();
            OutlierRule rule;
            double[] scores = null;
            double threshold = Double.NaN;
            if (policy.method() == OutlierMethod.ISOLATION_FOREST) {
                if (rows < 2) {
                    throw new SegmentaException("Isolation Forest needs at least 2 customers to compare; there "
                            + (rows == 1 ? "is 1" : "are " + rows) + ". Choose another outlier method or none.");
                }
                IsolationForest forest = IsolationForest.fit(raw, rows, policy.seed(), cancel);
                double[] mean = new double[r];
                double[] std = new double[r];
                for (int j = 0; j < r; j++) {
                    mean[j] = Stats.mean(raw[j]);
                    std[j] = Math.sqrt(Stats.variance(raw[j], mean[j]));
                }
                scores = forest.score(raw, rows, cancel);
                double[] sorted = scores.clone();
                Arrays.sort(sorted);
                threshold = Quantiles.linear(sorted, 1 - policy.parameter());
                rule = new OutlierRule.Forest(policy, forest, threshold, features.stream().map(EncodedFeature::name)
                        .toList(), mean, std);
            } else {
                List<Integer> checked = new ArrayList<>();
                List<Double> lower = new ArrayList<>();
                List<Double> upper = new ArrayList<>();
                List<Double> means = new ArrayList<>();
                List<Double> stds = new ArrayList<>();
                double t = policy.parameter();
                for (int j = 0; j < r; j++) {
                    EncodedFeature f = features.get(j);
                    if (!f.isNumeric()) {
                        continue;
                    }
                    if (policy.method() == OutlierMethod.IQR) {
                        double[] sorted = raw[j].clone();
                        Arrays.sort(sorted);
                        double q1 = Quantiles.linear(sorted, 0.25);
                        double q3 = Quantiles.linear(sorted, 0.75);
                        double iqr = q3 - q1;
                        if (iqr == 0) {
                            skipped.add(f.name() + " is not checked for outliers: its interquartile range is 0 (at least "
                                    + "half the customers have " + Texts.number(q1) + "), so the fences would flag every "
                                    + "other value.");
                            continue;
                        }
                        lower.add(q1 - t * iqr);
                        upper.add(q3 + t * iqr);
                    } else {
                        double mean = Stats.mean(raw[j]);
                        double std = Math.sqrt(Stats.variance(raw[j], mean));
                        if (std == 0) {
                            skipped.add(f.name() + " is not checked for outliers: it has the same value for every "
                                    + "customer.");
                            continue;
                        }
                        means.add(mean);
                        stds.add(std);
                        lower.add(mean - t * std);
                        upper.add(mean + t * std);
                    }
                    checked.add(j);
                }
                boolean z = policy.method() == OutlierMethod.ZSCORE;
                rule = new OutlierRule.Fences(policy, checked.stream().mapToInt(Integer::intValue).toArray(),
                        checked.stream().map(j -> features.get(j).name()).toList(), toArray(lower), toArray(upper),
                        z ? toArray(means) : null, z ? toArray(stds) : null);
            }

            // flag the rows with the rule, exactly as a later transform will
            Column id = FittedPreparation.identifier(data);
            List<FlaggedRow> flagged = new ArrayList<>();
            List<Integer> excludedIdx = new ArrayList<>();
            double[] row = new double[r];
            List<FenceReport> fences = new ArrayList<>();
            int[] perFence = rule instanceof OutlierRule.Fences f ? new int[f.features().length] : new int[0];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < r; j++) {
                    row[j] = raw[j][i];
                }
                // the forest's scores are already known: only flagged rows are scored again, for their reason
                String reason = scores != null && !(scores[i] > threshold) ? null : rule.reason(row);
                if (reason != null) {
                    boolean excluded = spec.outlierAction(kept[i]) == OutlierAction.EXCLUDE;
                    flagged.add(new FlaggedRow(kept[i], FittedPreparation.label(id, kept[i]), reason, rule.score(row),
                            excluded));
                    if (excluded) {
                        excludedIdx.add(i);
                    }
                    if (rule instanceof OutlierRule.Fences f) {
                        for (int k = 0; k < f.features().length; k++) {
                            if (f.outside(k, row[f.features()[k]])) {
                                perFence[k]++;
                            }
                        }
                    }
                }
            }
            if (rule instanceof OutlierRule.Fences f) {
                for (int k = 0; k < f.features().length; k++) {
                    fences.add(new FenceReport(f.names().get(k), f.lower()[k], f.upper()[k], perFence[k]));
                }
            }
            String sentence = outlierSentence(policy, flagged, rows, fences.isEmpty() && rule instanceof OutlierRule.Fences);
            return new OutlierFit(rule, new OutlierReport(policy, fences, threshold, skipped, flagged, sentence),
                    excludedIdx);
        }

        private String outlierSentence(OutlierPolicy policy, List<FlaggedRow> flagged, int rows, boolean nothingChecked) {
            if (nothingChecked) {
                return "Outliers (" + policy.describe() + "): no numeric feature could be checked.";
            }
            if (flagged.isEmpty()) {
                return "Outliers (" + policy.describe() + "): none among " + Texts.count(rows, "customer", "customers")
                        + ".";
            }
            List<String> names = flagged.stream().limit(NAMED_OUTLIERS).map(FlaggedRow::label).toList();
            String more = flagged.size() > NAMED_OUTLIERS
                    ? String.format(java.util.Locale.ROOT, " and %,d more", flagged.size() - NAMED_OUTLIERS) : "";
            long excluded = flagged.stream().filter(FlaggedRow::excluded).count();
            String fate;
            if (excluded == flagged.size()) {
                fate = "left out of the segmentation and marked in the export.";
            } else if (excluded == 0) {
                fate = "kept in the segmentation and marked in the export.";
            } else {
                fate = "by the analyst's choice " + Texts.count(excluded, "left out of the segmentation",
                        "left out of the segmentation") + " and " + Texts.count(flagged.size() - excluded, "kept",
                        "kept") + ", all marked in the export.";
            }
            return "Outliers (" + policy.describe() + "): " + Texts.count(flagged.size(), "customer", "customers")
                    + " flagged (" + String.join(", ", names) + more + "), " + fate;
        }

        // ---- helpers ----

        private static int[] rowsWhere(boolean[] flags, boolean value) {
            int count = 0;
            for (boolean b : flags) {
                if (b == value) {
                    count++;
                }
            }
            int[] out = new int[count];
            for (int i = 0, k = 0; i < flags.length; i++) {
                if (flags[i] == value) {
                    out[k++] = i;
                }
            }
            return out;
        }

        private static int[] indexRange(int count) {
            int[] out = new int[count];
            for (int i = 0; i < count; i++) {
                out[i] = i;
            }
            return out;
        }

        private static double[] toArray(List<Double> values) {
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        }

        private static ExcludedFeature constant(EncodedFeature f, double value) {
            String sentence = f.isIndicator()
                    ? "Indicator \"" + f.name() + "\" is " + Texts.number(value) + " for every segmented customer and is "
                    + "left out: it cannot tell customers apart."
                    : describe(f) + " has the same value (" + NumericColumn.formatNumber(value) + ") for every segmented "
                    + "customer and is left out: it cannot tell customers apart.";
            return new ExcludedFeature(f.name(), ExclusionReason.CONSTANT, sentence);
        }

        private static String describe(EncodedFeature f) {
            return (f.isDerived() ? "Feature \"" : "Column \"") + f.name() + "\"";
        }

        private static String describe(Input in) {
            return (in.kind != null ? "Feature \"" : "Column \"") + in.name + "\"";
        }

        private static String capital(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }

    /** A fitted outlier rule with what it found on the training rows; {@code excludedIdx} positions in the kept rows. */
    private record OutlierFit(OutlierRule rule, OutlierReport report, List<Integer> excludedIdx) {
    }

    private static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }
}
