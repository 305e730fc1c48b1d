package io.segmenta.ui.explore;

import io.segmenta.core.chart.DivergingScale;
import io.segmenta.core.chart.HeatmapData;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explore.Correlation;
import io.segmenta.core.explore.CorrelationMatrix;
import io.segmenta.core.explore.CorrelationMethod;
import io.segmenta.core.explore.CorrelationResult;
import io.segmenta.core.explore.CorrelationVariable;
import io.segmenta.core.explore.Format;
import io.segmenta.ui.Formats;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Correlations tab: the Pearson or Spearman correlation of every pair of numeric columns (and
 * two-level categories as 0/1 indicators), with two-sided p-values, for a heatmap.
 */
public final class CorrelationViewModel {
    private final ExploreViewModel explore;
    private final Computation<CorrelationMatrix> computation;
    private final ObjectProperty<CorrelationMethod> method = new SimpleObjectProperty<>(this, "method",
            CorrelationMethod.PEARSON);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");

    CorrelationViewModel(ExploreViewModel explore) {
        this.explore = explore;
        this.computation = explore.computation("Computing correlations", hint -> {
            Dataset d = explore.dataset();
            if (d == null) {
                hint.set("Open a table to see its correlations.");
                return null;
            }
            long count = d.columns().stream().filter(c -> c instanceof NumericColumn
                    || (c instanceof CategoricalColumn cat && cat.levels().size() == 2)).count();
            if (count < 2) {
                hint.set("Correlations need at least two numeric columns (or categories with two levels); "
                        + d.name() + " has " + count + ".");
                return null;
            }
            CorrelationMethod m = method.get();
            return (progress, cancel) -> {
                // the variables copy every column: built on the worker thread, not the FX thread
                List<CorrelationVariable> vars = Correlation.variables(d);
                progress.progress(-1, vars.size() + " variables");
                return Correlation.matrix(vars, m, cancel);
            };
        });
        method.addListener((o, a, b) -> {
            if (b == null) {
                method.set(a);
            } else {
                computation.invalidate(true);
            }
        });
        computation.valueProperty().subscribe(this::describe);
    }

    void datasetChanged() {
        computation.invalidate(false);
    }

    private void describe(CorrelationMatrix m) {
        if (m == null) {
            note.set("");
            return;
        }
        String indicator = m.names().stream().filter(n -> n.contains(" = ")).findFirst().orElse(null);
        note.set(m.method().label() + " " + m.method().symbol() + " over the rows where both columns have a value"
                + (indicator == null ? "" : "; a category with two levels counts as 0/1 (\"" + indicator + "\" is 1 for "
                + indicator.substring(indicator.indexOf(" = ") + 3) + ")")
                + ". Hover over a cell for its p-value and n.");
    }

    Computation<CorrelationMatrix> computation() {
        return computation;
    }

    /** Pearson (straight-line) or Spearman (any monotonic relation). */
    public ObjectProperty<CorrelationMethod> methodProperty() {
        return method;
    }

    /** A line under the heatmap: method, pairwise rows, indicators, hover hint. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The matrix (null until computed). */
    public CorrelationMatrix matrix() {
        return computation.value();
    }

    /**
     * The matrix as the shared heat map's model: square cells on {@link DivergingScale#CORRELATION},
     * r with two decimals in the cells ("–" where undefined), {@link #cellText} on hover.
     */
    public static HeatmapData heatmap(CorrelationMatrix m) {
        return new HeatmapData(m.names(), null, m.names(), m.r(), DivergingScale.CORRELATION,
                m.method().label() + " " + m.method().symbol(), true,
                r -> Double.isNaN(r) ? "–" : Format.fixed(r, 2), (i, j) -> cellText(m, i, j));
    }

    /**
     * The tooltip of cell (i, j): the pair, r with its p-value and n in words, or why it is
     * undefined. For example "Age and Spending Score (1-100)\nPearson r = -0.33, p < 0.001, n = 200\n
     * A medium negative association: spending score tends to fall as age rises."
     */
    public static String cellText(CorrelationMatrix m, int i, int j) {
        String a = m.names().get(i);
        String b = m.names().get(j);
        CorrelationResult c = m.result(i, j);
        String pair = i == j ? a : a + " and " + b;
        if (!c.defined()) {
            return pair + "\n" + c.undefinedReason();
        }
        String figures = m.method().label() + " " + m.method().symbol() + " = " + Format.fixed(c.r(), 2) + ", "
                + Format.p(c.p()) + ", n = " + Formats.count(c.n());
        if (i == j) {
            return pair + "\n" + figures + " (a column with itself)";
        }
        double r = Math.abs(c.r());
        String strength = r < 0.1 ? "No" : r < 0.3 ? "A weak" : r < 0.5 ? "A medium" : "A strong";
        String words;
        if (r < 0.1) {
            words = "No association worth the name.";
        } else {
            String direction = c.r() > 0 ? "positive" : "negative";
            words = strength + " " + direction + " association: " + Format.noun(a) + " tends to "
                    + (c.r() > 0 ? "rise" : "fall") + " as " + Format.noun(b) + " rises.";
        }
        String significance = c.p() < 0.05 ? "" : " Not significant at the 5% level.";
        return pair + "\n" + figures + "\n" + words + significance;
    }
}
