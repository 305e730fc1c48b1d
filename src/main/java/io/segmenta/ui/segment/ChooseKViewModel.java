package io.segmenta.ui.segment;

import io.segmenta.core.SweepOutcome;
import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.KDistance;
import io.segmenta.core.cluster.SweepPoint;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.explain.Warnings;
import io.segmenta.ui.Formats;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;

/**
 * The Choose k (Choose eps) tab's state: the sweep of the current method, if any, and the sentences
 * around its charts (the recommendation, the note under it, the empty-state text, the k-distance note).
 */
public final class ChooseKViewModel {
    private final SegmentViewModel vm;
    private final ObjectBinding<SweepOutcome> shown;
    private final BooleanBinding sweepShown;
    private final BooleanBinding kDistanceShown;
    private final ObjectBinding<KDistance> kDistance;
    private final DoubleBinding eps;
    private final StringBinding emptyTitle;
    private final StringBinding emptyText;
    private final StringBinding recommendation;
    private final StringBinding rule;
    private final StringBinding note;
    private final StringBinding kDistanceNote;
    private final StringBinding useEpsText;
    private final StringBinding tabTitle;

    public ChooseKViewModel(SegmentViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        var method = vm.method().algorithmProperty();
        shown = Bindings.createObjectBinding(() -> {
            SweepOutcome o = vm.sweepProperty().get();
            return o != null && o.spec().algorithm().algorithm() == method.get() ? o : null;
        }, vm.sweepProperty(), method);
        sweepShown = Bindings.createBooleanBinding(() -> shown.get() != null && shown.get().sweep().isPresent(),
                shown);
        kDistanceShown = Bindings.createBooleanBinding(() -> shown.get() != null
                && shown.get().kDistanceChart().isPresent(), shown);
        kDistance = Bindings.createObjectBinding(() -> shown.get() == null ? null
                : shown.get().kDistanceChart().orElse(null), shown);
        eps = Bindings.createDoubleBinding(() -> {
            try {
                return Double.parseDouble(vm.method().epsTextProperty().get().trim());
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }, vm.method().epsTextProperty());
        tabTitle = Bindings.createStringBinding(() -> method.get() == Algorithm.DBSCAN ? "Choose eps" : "Choose k",
                method);
        emptyTitle = Bindings.createStringBinding(() -> method.get() == Algorithm.DBSCAN ? "Which eps?"
                : "How many segments?", method);
        emptyText = Bindings.createStringBinding(() -> switch (method.get()) {
            case DBSCAN -> "Press Suggest eps to draw the k-distance chart for the chosen min samples: its knee "
                    + "suggests eps. Click the chart to use a distance as eps.";
            case GMM -> "Press Find k to fit mixtures over the range of k set beside Find k (1 to 10 unless you change it): the lowest BIC (and AIC) "
                    + "suggests a k.";
            case HIERARCHICAL -> "Press Find k to cut the tree over the range of k set beside Find k (1 to 10 unless you change it): the elbow of the WCSS "
                    + "curve and the silhouette both suggest a k.";
            case KMEANS -> "Press Find k to compare the range of k set beside Find k (1 to 10 unless you change it) on the chosen features: the elbow of the WCSS "
                    + "curve and the silhouette both suggest a k.";
        }, method);
        recommendation = Bindings.createStringBinding(() -> sweepShown.get()
                ? "Recommended: k = " + shown.get().result().recommendedK() : "", sweepShown);
        rule = Bindings.createStringBinding(() -> sweepShown.get() ? shown.get().result().rule()
                + Warnings.edge(shown.get().result()).map(w -> " Warning: " + w.message()).orElse("") : "", sweepShown);
        note = Bindings.createStringBinding(() -> sweepShown.get() ? note(shown.get()) : "", sweepShown);
        kDistanceNote = Bindings.createStringBinding(() -> kDistanceNote(kDistance.get()), kDistance);
        useEpsText = Bindings.createStringBinding(() -> kDistance.get() == null ? "Use the suggested eps"
                : "Use eps " + MethodChoice.format(kDistance.get().suggestedEps()), kDistance);
    }

    private static String note(SweepOutcome outcome) {
        SweepResult r = outcome.result();
        boolean mixture = mixture(r);
        return outcome.spec().algorithm().algorithm().label() + " · features: "
                + String.join(", ", outcome.features().featureNames()) + " · "
                + Formats.plural(outcome.features().rows(), "customer", "customers")
                + (r.silhouetteSampled() ? " · silhouette estimated on a sample of "
                + Formats.count(r.silhouetteSampleSize()) + " customers" : " · silhouette exact")
                + ". k was set to " + r.recommendedK() + "; change it on the left if you prefer another."
                + (mixture ? (r.aicMinK() != r.bicMinK() ? " The orange ring marks each curve's lowest point." : "")
                : r.kneeK() != r.recommendedK() ? " Orange ring: recommended k; grey ring: the elbow." : "");
    }

    /** The k-distance chart's note, up to what the eps now typed gives (the chart describes that). */
    private static String kDistanceNote(KDistance d) {
        if (d == null) {
            return "";
        }
        return "min samples " + d.minSamples() + " (the customer itself counted) · "
                + Formats.plural(d.sorted().length, "customer", "customers") + ". "
                + (d.kneeIndex() >= 0 ? "The knee suggests eps " + MethodChoice.format(d.suggestedEps()) + ": "
                + share(d.coreShare(d.suggestedEps())) + " of the customers are core customers there."
                : "The curve has no clear knee; the median distance " + MethodChoice.format(d.suggestedEps())
                + " is offered.");
    }

    /** A share as a percentage that never reads 100% (or 0%) unless it is: 99.6%, 0.4%. */
    private static String share(double v) {
        if (v < 1 && v >= 0.995 || v > 0 && v < 0.005) {
            return String.format(Locale.ROOT, "%.1f%%", 100 * v);
        }
        return Formats.percent(v);
    }

    /** A Gaussian mixture's sweep (BIC and AIC) rather than WCSS and silhouette. */
    public static boolean mixture(SweepResult r) {
        return r.bicMinK() >= 1;
    }

    public static int[] ks(SweepResult r) {
        return r.points().stream().mapToInt(SweepPoint::k).toArray();
    }

    /** A curve of the sweep: its values and the tooltip of each point. */
    public record Curve(double[] values, IntFunction<String> tips) {
    }

    public static Curve wcss(SweepResult r) {
        int[] ks = ks(r);
        double[] v = values(r.points(), SweepPoint::wcss);
        return new Curve(v, i -> "k = " + ks[i] + ": WCSS " + Formats.wcss(v[i]) + (ks[i] == r.kneeK() ? " (elbow)" : ""));
    }

    public static Curve silhouette(SweepResult r) {
        int[] ks = ks(r);
        double[] v = values(r.points(), SweepPoint::silhouette);
        return new Curve(v, i -> "k = " + ks[i] + ": silhouette " + Formats.score(v[i]));
    }

    public static Curve bic(SweepResult r) {
        int[] ks = ks(r);
        double[] v = values(r.points(), SweepPoint::bic);
        return new Curve(v, i -> "k = " + ks[i] + ": BIC " + Formats.wcss(v[i]) + (ks[i] == r.bicMinK() ? " (lowest)" : ""));
    }

    public static Curve aic(SweepResult r) {
        int[] ks = ks(r);
        double[] v = values(r.points(), SweepPoint::aic);
        return new Curve(v, i -> "k = " + ks[i] + ": AIC " + Formats.wcss(v[i]) + (ks[i] == r.aicMinK() ? " (lowest)" : ""));
    }

    private static double[] values(List<SweepPoint> points, ToDoubleFunction<SweepPoint> f) {
        return points.stream().mapToDouble(f).toArray();
    }

    /** Sets eps to the k-distance chart's suggestion. */
    public void useSuggestedEps() {
        KDistance d = kDistance.get();
        if (d != null) {
            vm.method().useEps(d.suggestedEps());
        }
    }

    /** Sets eps to a distance picked on the chart. */
    public void useEps(double eps) {
        vm.method().useEps(eps);
    }

    /** The sweep of the method now chosen, or null. */
    public ObjectBinding<SweepOutcome> shownProperty() {
        return shown;
    }

    public BooleanBinding sweepShownProperty() {
        return sweepShown;
    }

    public BooleanBinding kDistanceShownProperty() {
        return kDistanceShown;
    }

    public ObjectBinding<KDistance> kDistanceProperty() {
        return kDistance;
    }

    /** The eps typed on the left, NaN when it is not a number. */
    public DoubleBinding epsProperty() {
        return eps;
    }

    public StringBinding tabTitleProperty() {
        return tabTitle;
    }

    public StringBinding emptyTitleProperty() {
        return emptyTitle;
    }

    public StringBinding emptyTextProperty() {
        return emptyText;
    }

    public StringBinding recommendationProperty() {
        return recommendation;
    }

    public StringBinding ruleProperty() {
        return rule;
    }

    public StringBinding noteProperty() {
        return note;
    }

    public StringBinding kDistanceNoteProperty() {
        return kDistanceNote;
    }

    public StringBinding useEpsTextProperty() {
        return useEpsText;
    }
}
