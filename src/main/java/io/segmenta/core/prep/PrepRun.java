package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.work.CancellationToken;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One preparation's state, shared by the stages of {@link FeaturePreparer}: the dataset and spec,
 * the inputs still being fitted, and what the report collects on the way (in the order the stages
 * add it).
 */
final class PrepRun {
    final Dataset data;
    final PrepSpec spec;
    final CancellationToken cancel;
    final int n;
    final List<PrepInput> inputs = new ArrayList<>();
    final List<ExcludedFeature> excluded = new ArrayList<>();
    final List<MissingValueReport> missingReports = new ArrayList<>();
    final List<LevelMerge> merges = new ArrayList<>();
    final List<DerivedFeatureReport> derivedReports = new ArrayList<>();
    final List<String> hints = new ArrayList<>();
    /** Rows left out because a log-transformed feature lies below -1 (with {@link PrepSpec#logLeaveOut()}). */
    int rowsLeftOutLog;
    /** What {@link #rowsLeftOutLog} counts, in words; null when no row was left out so. */
    String logLeftOutSentence;

    PrepRun(Dataset data, PrepSpec spec, CancellationToken cancel) {
        this.data = data;
        this.spec = spec;
        this.cancel = cancel;
        this.n = data.rowCount();
    }

    /** Fails clearly when no input is left. */
    void requireSome(List<String> chosen) {
        if (inputs.isEmpty()) {
            throw noneVaries(chosen);
        }
    }

    SegmentaException noneVaries(List<String> chosen) {
        return new SegmentaException("None of the chosen features varies across the customers ("
                + String.join(", ", featureNames(chosen)) + "), so they cannot be segmented. Choose other "
                + "features.");
    }

    private List<String> featureNames(List<String> chosen) {
        List<String> out = new ArrayList<>(chosen);
        spec.derived().forEach(dv -> out.add(dv.featureName()));
        return new ArrayList<>(new LinkedHashSet<>(out));
    }
}
