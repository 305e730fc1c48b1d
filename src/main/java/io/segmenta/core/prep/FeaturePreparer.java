package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.work.CancellationToken;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a dataset and a {@link PrepSpec} into the clustering matrix, a {@link PreparationReport}
 * and a {@link FittedPreparation}. It runs a pipeline of stages over one {@link PrepRun}, in order:
 * <ol>
 *   <li>{@link FeatureSelection} and {@link DerivedFeatures}: read the chosen columns and derive
 *       tenure / age; features whose cells are all missing are left out;</li>
 *   <li>{@link MissingValues}: rows missing a feature with the "drop" choice are left out; the other
 *       features' fill values (mean, median, most frequent, constant) are fitted on the remaining
 *       rows and fill their missing cells;</li>
 *   <li>{@link CategoryEncoding}: rare levels merged into "Other"; a single level is left out; two
 *       levels become one 0/1 indicator of the second; more levels one indicator each (optionally
 *       without the first);</li>
 *   <li>{@link EncodedRows}, then {@link OutlierDetection}: outliers are flagged on the encoded,
 *       unscaled values of those rows (IQR fences and z-scores on numeric features, Isolation Forest
 *       on all) and, when asked, excluded;</li>
 *   <li>{@link FeatureScaling}: on the remaining rows, constant features (and, for robust scaling,
 *       numeric features with an IQR of 0) are left out with a message, never a divide by zero; the
 *       scaler is fitted and applied.</li>
 * </ol>
 */
public final class FeaturePreparer {
    /** Levels under this share of the customers are pointed out as merge candidates when merging is off. */
    static final double RARE_HINT_SHARE = 0.01;

    private FeaturePreparer() {
    }

    public static PreparedFeatures prepare(Dataset data, PrepSpec spec) {
        return prepare(data, spec, CancellationToken.NONE);
    }

    /**
     * As {@link #prepare(Dataset, PrepSpec)}, polling {@code cancel} during outlier detection. The same
     * table (the same object) with equal choices gives the last result again instead of a new one
     * ({@link Last}): the window prepares for its preview, then for the k sweep and the run, and on
     * 10,000,000 customers each preparation is seconds and a gigabyte.
     */
    public static PreparedFeatures prepare(Dataset data, PrepSpec spec, CancellationToken cancel) {
        PreparedFeatures known = Last.recall(data, spec);
        if (known != null) {
            return known;
        }
        PreparedFeatures made = prepareAnew(data, spec, cancel);
        Last.remember(data, spec, made);
        return made;
    }

    /**
     * The last preparation, held softly (the garbage collector drops it before memory runs out) and
     * against the table's identity (a dataset and its columns are never changed once made); a prepared
     * result is never changed by its users either, so handing it out twice is safe.
     */
    private static final class Last {
        private static WeakReference<Dataset> data = new WeakReference<>(null);
        private static PrepSpec spec;
        private static SoftReference<PreparedFeatures> features = new SoftReference<>(null);

        static synchronized PreparedFeatures recall(Dataset d, PrepSpec s) {
            return data.get() == d && s.equals(spec) ? features.get() : null;
        }

        static synchronized void remember(Dataset d, PrepSpec s, PreparedFeatures f) {
            data = new WeakReference<>(d);
            spec = s;
            features = new SoftReference<>(f);
        }
    }

    private static PreparedFeatures prepareAnew(Dataset data, PrepSpec spec, CancellationToken cancel) {
        PrepRun run = new PrepRun(data, spec, cancel);
        List<String> chosen = FeatureSelection.chosen(spec);
        FeatureSelection selection = new FeatureSelection(run);
        selection.readColumns(chosen);
        new DerivedFeatures(run).readDerived();
        if (run.n == 0) {
            throw new SegmentaException(data.name() + " has no rows, so there is nothing to segment.");
        }
        selection.excludeAllMissing();
        run.requireSome(chosen);
        MissingValues.Outcome missing = new MissingValues(run).apply();
        int[] kept = new LogTransform(run).apply(missing.kept());
        new CategoryEncoding(run).encodeCategories(kept);
        run.requireSome(chosen);
        EncodedRows raw = EncodedRows.of(data, run.inputs, kept);
        OutlierDetection.Outcome outliers = new OutlierDetection(run).apply(raw, kept);
        FeatureScaling.Scaled scaled = new FeatureScaling(run).apply(raw, outliers.usedIdx(), chosen);
        return assemble(run, missing, kept.length, raw, outliers, scaled);
    }

    /** The prepared features, their report and the fitted preparation, from what the stages produced. */
    private static PreparedFeatures assemble(PrepRun run, MissingValues.Outcome missing, int kept, EncodedRows raw,
                                             OutlierDetection.Outcome outliers, FeatureScaling.Scaled scaled) {
        PrepSpec spec = run.spec;
        int[] usedRows = outliers.usedRows();
        int m = usedRows.length;
        FittedPreparation fitted = new FittedPreparation(raw.inputs(), scaled.used(), spec.scaling(), scaled.center(),
                scaled.scale(), outliers.fit().rule(), spec.outliers().action());
        int excludedRows = kept - m;
        PreparationReport report = new PreparationReport(run.n, missing.droppedCount(), run.rowsLeftOutLog,
                run.logLeftOutSentence, excludedRows, m,
                spec.scaling(), run.missingReports, run.missingReports.stream().mapToInt(MissingValueReport::cellsFilled)
                .sum(), missing.rowsImputed(), run.excluded, run.merges, run.derivedReports, outliers.fit().report(),
                run.hints);
        List<EncodedFeature> features = new ArrayList<>();
        for (int u : scaled.used()) {
            features.add(raw.features().get(u));
        }
        return new PreparedFeatures(scaled.matrix(), features, usedRows, scaled.center(), scaled.scale(),
                missing.droppedCount(), report.sentences(), report, fitted);
    }
}
