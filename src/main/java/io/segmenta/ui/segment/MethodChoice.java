package io.segmenta.ui.segment;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.AlgorithmSpec;
import io.segmenta.core.cluster.Covariance;
import io.segmenta.core.cluster.DbscanSpec;
import io.segmenta.core.cluster.GmmSpec;
import io.segmenta.core.cluster.Hierarchical;
import io.segmenta.core.cluster.HierarchicalSpec;
import io.segmenta.core.cluster.KMeansSpec;
import io.segmenta.core.cluster.Linkage;
import io.segmenta.core.text.Texts;
import io.segmenta.ui.Formats;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Segment step's clustering method and its parameters as the analyst types them: k-means,
 * hierarchical (linkage; cut into k segments or at a height), DBSCAN (eps and min samples, which
 * counts the customer itself as scikit-learn's {@code min_samples}) and Gaussian mixture (full or
 * diagonal covariance). k and the seed are the step's own. {@link #errorProperty()} says why the
 * parameters of the chosen method cannot be used; {@link #spec(int)} builds the method's
 * {@link AlgorithmSpec}.
 */
public final class MethodChoice {
    /** The neighbourhood radius offered first: scikit-learn's default. */
    public static final String DEFAULT_EPS = format(DbscanSpec.DEFAULT_EPS);

    private final ObjectProperty<Algorithm> algorithm = new SimpleObjectProperty<>(this, "algorithm", Algorithm.KMEANS);
    private final ObjectProperty<Linkage> linkage = new SimpleObjectProperty<>(this, "linkage", Linkage.WARD);
    private final BooleanProperty cutByHeight = new SimpleBooleanProperty(this, "cutByHeight", false);
    private final StringProperty heightText = new SimpleStringProperty(this, "heightText", "");
    private final StringProperty epsText = new SimpleStringProperty(this, "epsText", DEFAULT_EPS);
    private final StringProperty minSamplesText = new SimpleStringProperty(this, "minSamplesText",
            Integer.toString(DbscanSpec.DEFAULT_MIN_SAMPLES));
    private final ObjectProperty<Covariance> covariance = new SimpleObjectProperty<>(this, "covariance", Covariance.FULL);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");

    public MethodChoice() {
        refuseNull(algorithm);
        refuseNull(linkage);
        refuseNull(covariance);
        for (Observable o : new Observable[] {algorithm, linkage, cutByHeight, heightText, epsText, minSamplesText,
                covariance}) {
            o.addListener(x -> update());
        }
        update();
    }

    private static <T> void refuseNull(ObjectProperty<T> p) {
        p.addListener((o, was, now) -> {
            if (now == null) {
                p.set(was);
            }
        });
    }

    private void update() {
        String problem = null;
        try {
            spec(2);
        } catch (SegmentaException e) {
            problem = e.getMessage();
        }
        error.set(problem);
        hint.set(hintFor(algorithm.get(), linkage.get()));
    }

    /**
     * The chosen method with its parameters and {@code k} segments (ignored by DBSCAN and by a
     * hierarchical cut at a height).
     *
     * @throws SegmentaException when a parameter cannot be read or is out of range
     */
    public AlgorithmSpec spec(int k) {
        return switch (algorithm.get()) {
            case KMEANS -> KMeansSpec.of(k);
            case HIERARCHICAL -> cutByHeight.get() ? HierarchicalSpec.byHeight(linkage.get(), height())
                    : HierarchicalSpec.byK(linkage.get(), k);
            case DBSCAN -> new DbscanSpec(eps(), minSamples());
            case GMM -> new GmmSpec(k, covariance.get(), 0);
        };
    }

    private double height() {
        String t = text(heightText);
        if (t.isEmpty()) {
            throw new SegmentaException("Enter the height to cut the tree at (the dendrogram shows the heights), or "
                    + "cut into a number of segments instead.");
        }
        double h = number(t, "The cut height");
        if (!(h >= 0) || Double.isInfinite(h)) {
            throw new SegmentaException("The cut height must be 0 or more (got " + t + ").");
        }
        return h;
    }

    private double eps() {
        String t = text(epsText);
        if (t.isEmpty()) {
            throw new SegmentaException("Enter eps, the neighbourhood radius in prepared units, e.g. " + DEFAULT_EPS
                    + " (Suggest eps draws the k-distance chart).");
        }
        double e = number(t, "eps");
        if (!(e > 0) || Double.isInfinite(e)) {
            throw new SegmentaException("eps must be greater than 0 (got " + t + "); the k-distance chart suggests "
                    + "one.");
        }
        return e;
    }

    private int minSamples() {
        String t = text(minSamplesText);
        int m;
        try {
            m = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new SegmentaException("min samples \"" + t + "\" is not a whole number. Enter a whole number such "
                    + "as " + DbscanSpec.DEFAULT_MIN_SAMPLES + " (it counts the customer itself, as scikit-learn).");
        }
        if (m < 1) {
            throw new SegmentaException("min samples must be at least 1 (got " + m + "); it counts the customer "
                    + "itself, as scikit-learn's min_samples.");
        }
        return m;
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get().trim();
    }

    private static double number(String t, String what) {
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new SegmentaException(what + " \"" + t + "\" is not a number. Enter a number such as "
                    + ("eps".equals(what) ? DEFAULT_EPS : "2.5") + ".");
        }
    }

    /** A value as the fields show it: up to four significant digits ("0.5", "0.4123", "12.35"). */
    public static String format(double v) {
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e") || s.contains("E")) {
            return s;
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /** One or two sentences on what the method does and what its parameters mean. */
    static String hintFor(Algorithm a, Linkage l) {
        return switch (a) {
            case KMEANS -> "k-means: k segments around their centres; every customer joins the nearest centre. Find k "
                    + "compares the range of k set beside it (up to 30).";
            case HIERARCHICAL -> "Hierarchical: customers are merged step by step into a tree (" + l.label() + " "
                    + "linkage), which is cut into k segments or at a height; the dendrogram shows where."
                    + (l.needsDistanceMatrix() ? " " + Texts.capital(l.label())
                    + " linkage keeps every distance in memory: up to " + Formats.count(Hierarchical.maxMatrixRows(Hierarchical.memoryLimit()))
                    + " customers on this computer." : "");
            case DBSCAN -> "DBSCAN: dense groups become segments; customers in none are noise. A customer with at "
                    + "least min samples customers within eps is a core customer: min samples counts the customer "
                    + "itself, as scikit-learn.";
            case GMM -> "Gaussian mixture: each segment is a Gaussian component and every customer gets a probability "
                    + "of belonging to each. Find k compares BIC and AIC (lower is better).";
        };
    }

    /** Sets eps to {@code value} (e.g. the k-distance chart's suggestion or a clicked point). */
    public void useEps(double value) {
        epsText.set(format(value));
    }

    /** Cuts the tree at {@code height} (e.g. a click on the dendrogram). */
    public void cutAt(double height) {
        heightText.set(format(height));
        cutByHeight.set(true);
    }

    // ---- properties ----------------------------------------------------------------------------

    public ObjectProperty<Algorithm> algorithmProperty() {
        return algorithm;
    }

    public Algorithm algorithm() {
        return algorithm.get();
    }

    public ObjectProperty<Linkage> linkageProperty() {
        return linkage;
    }

    /** Hierarchical: cut at {@link #heightTextProperty()} instead of into k segments. */
    public BooleanProperty cutByHeightProperty() {
        return cutByHeight;
    }

    public StringProperty heightTextProperty() {
        return heightText;
    }

    /** DBSCAN's neighbourhood radius, in prepared units. */
    public StringProperty epsTextProperty() {
        return epsText;
    }

    /** DBSCAN's min samples, the customer itself included. */
    public StringProperty minSamplesTextProperty() {
        return minSamplesText;
    }

    public ObjectProperty<Covariance> covarianceProperty() {
        return covariance;
    }

    /** Why the chosen method's parameters cannot be used, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the chosen method does, in a sentence or two. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** Whether the method takes k (k-means, Gaussian mixture, hierarchical cut into k segments). */
    public boolean takesK() {
        return switch (algorithm.get()) {
            case KMEANS, GMM -> true;
            case HIERARCHICAL -> !cutByHeight.get();
            case DBSCAN -> false;
        };
    }

    /** Whether the method uses the seed (k-means and Gaussian mixture starts). */
    public boolean usesSeed() {
        return algorithm.get() == Algorithm.KMEANS || algorithm.get() == Algorithm.GMM;
    }
}
