package io.segmenta.core.projectfile;

import java.util.List;
import java.util.Map;

/**
 * The window's choices as the analyst left them, in the words of its controls (enum names and the
 * texts typed), so that a reopened project shows them again even where they were not valid yet. The
 * runs do not depend on them: each run keeps its own full spec.
 *
 * @param roles    the Data step's role of every column, by column name ("FEATURE", "IDENTIFIER", ...)
 * @param features the ticked features, in order (columns and derived feature names)
 * @param prepare  the Prepare step's choices
 * @param segment  the Segment step's method, parameters, k, seed and range of k
 */
public record WindowChoices(Map<String, String> roles, List<String> features, Prepare prepare, Segment segment) {
    /**
     * The Prepare step's choices.
     *
     * @param missingDefault         the default missing-value choice (a {@code FillChoice} name)
     * @param missingDefaultConstant the constant typed for it
     * @param missing                per column with missing cells: its choice and constant
     * @param dropFirst              one-hot without the first level
     * @param mergeRare              merge rare levels into "Other"
     * @param rareThreshold          the rare-level threshold as typed ("1%", "5")
     * @param scaling                a {@code Scaling} name
     * @param logged                 the features log-transformed
     * @param logLeaveOut            customers below -1 in a log-transformed feature left out instead of the
     *                               feature refused (false in project files written before it was kept)
     * @param derived                per derived feature name: ticked or not and its reference as typed
     * @param outliers               the outlier rule, action, seed and choices for single customers
     */
    public record Prepare(String missingDefault, String missingDefaultConstant, Map<String, Fill> missing,
                          boolean dropFirst, boolean mergeRare, String rareThreshold, String scaling,
                          List<String> logged, boolean logLeaveOut, Map<String, Derived> derived,
                          Outliers outliers) {
    }

    /** A column's missing-value choice ({@code FillChoice} name) and the constant typed for it. */
    public record Fill(String choice, String constant) {
    }

    /** A derived feature: ticked or not, and its reference date or year as typed. */
    public record Derived(boolean derive, String reference) {
    }

    /**
     * The outlier rule.
     *
     * @param method    an {@code OutlierMethod} name
     * @param parameter the parameter as typed
     * @param action    an {@code OutlierAction} name
     * @param seed      the seed as typed
     * @param choices   keep or exclude ({@code OutlierAction} names) for single customers, by 0-based table row
     */
    public record Outliers(String method, String parameter, String action, String seed,
                           Map<Integer, String> choices) {
    }

    /**
     * The Segment step's choices.
     *
     * @param method      an {@code Algorithm} name
     * @param linkage     a {@code Linkage} name
     * @param cutByHeight hierarchical: cut by height instead of k
     * @param height      the height as typed
     * @param eps         DBSCAN's eps as typed
     * @param minSamples  DBSCAN's min samples as typed
     * @param covariance  a {@code Covariance} name
     * @param k           the number of segments
     * @param seed        the seed as typed
     * @param kFrom       the smallest k Find k tries
     * @param kTo         the largest k Find k tries
     */
    public record Segment(String method, String linkage, boolean cutByHeight, String height, String eps,
                          String minSamples, String covariance, int k, String seed, int kFrom, int kTo) {
    }
}
