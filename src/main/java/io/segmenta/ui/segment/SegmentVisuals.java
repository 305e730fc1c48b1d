package io.segmenta.ui.segment;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.chart.Jitter;
import io.segmenta.core.chart.ScatterData;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.profile.SelectedCustomersCsv;
import io.segmenta.core.profile.SilhouetteValues;
import io.segmenta.core.project.PcaResult;
import io.segmenta.core.text.Texts;
import io.segmenta.ui.Formats;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.charts.RowSet;
import io.segmenta.ui.charts.Scatter3DData;
import io.segmenta.ui.charts.SilhouetteData;
import io.segmenta.ui.task.JobKind;
import io.segmenta.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Segment step shows of a segmentation beyond its numbers: the 2D scatter (any two numeric
 * columns or principal components), the 3D scatter (any three), the PCA itself, the per-customer
 * silhouettes, and the customers selected in any of these views ({@link #selectionProperty()},
 * dataset row indices, which every chart binds to, so a selection made in one shows in all) with
 * their rows in a table and as CSV. Segments hidden in a legend are hidden in every scatter.
 */
public final class SegmentVisuals {
    /** Hover text shows at most this many columns of the customer's row. */
    static final int HOVER_COLUMNS = 8;
    /** The kind of the silhouette job: a new one replaces it, and it waits for other work. */
    public static final JobKind SILHOUETTES = JobKind.replacing("Computing silhouettes");

    private final TaskRunner runner;
    private final NoticeBoard notices;
    private final ObservableList<String> names;
    private final SegmentSilhouettes silhouettes;

    private final ObservableList<String> axisChoices = FXCollections.observableArrayList();
    private final ObjectProperty<String> xAxis = new SimpleObjectProperty<>(this, "xAxis");
    private final ObjectProperty<String> yAxis = new SimpleObjectProperty<>(this, "yAxis");
    private final ObjectProperty<String> axis3X = new SimpleObjectProperty<>(this, "axis3X");
    private final ObjectProperty<String> axis3Y = new SimpleObjectProperty<>(this, "axis3Y");
    private final ObjectProperty<String> axis3Z = new SimpleObjectProperty<>(this, "axis3Z");
    private final ReadOnlyObjectWrapper<ScatterData> scatter = new ReadOnlyObjectWrapper<>(this, "scatter");
    private final BooleanProperty jitter = new SimpleBooleanProperty(this, "jitter", false);
    private final ReadOnlyBooleanWrapper jitterOffered = new ReadOnlyBooleanWrapper(this, "jitterOffered");
    private final ReadOnlyObjectWrapper<Scatter3DData> cloud = new ReadOnlyObjectWrapper<>(this, "cloud");
    private final ReadOnlyObjectWrapper<PcaResult> pca = new ReadOnlyObjectWrapper<>(this, "pca");
    private final ObjectProperty<RowSet> selection = new SimpleObjectProperty<>(this, "selection", RowSet.EMPTY);
    private final ObjectProperty<Set<Integer>> hiddenSegments =
            new SimpleObjectProperty<>(this, "hiddenSegments", Set.of());
    private final RowSetList selectedRows = new RowSetList();
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper(this, "selectionText", "");

    private Dataset data;
    private SegmentationResult result;
    /** Principal component scores per dataset row (NaN where not segmented), computed on demand. */
    private final Map<Integer, double[]> pcScores = new HashMap<>();
    /**
     * Each axis's jitter amplitude for the result on show: choosing axes redraws the scatter several times,
     * and for whole numbers the amplitude sorts the column (a second on 10,000,000 rows).
     */
    private final Map<String, Double> jitterAmplitudes = new HashMap<>();
    /** Each axis's mean per segment for the result on show (the components' come from the run's job). */
    private final Map<String, double[]> segmentMeans = new HashMap<>();
    /** True while {@link #show} sets the axes: the charts are built once, after. */
    private boolean settingAxes;

    SegmentVisuals(TaskRunner runner, NoticeBoard notices, ObservableList<String> names) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.names = Objects.requireNonNull(names, "names");
        this.silhouettes = new SegmentSilhouettes(this, runner, notices);
        xAxis.addListener((o, a, b) -> updateScatter());
        yAxis.addListener((o, a, b) -> updateScatter());
        jitter.addListener((o, a, b) -> updateScatter());
        axis3X.addListener((o, a, b) -> updateCloud());
        axis3Y.addListener((o, a, b) -> updateCloud());
        axis3Z.addListener((o, a, b) -> updateCloud());
        // (while show() sets the axes one by one, the charts wait for the last: each build is a pass over
        // every customer, and a result built each of them twice, 0.9 s on the JavaFX thread at 10,000,000)
        selection.addListener((o, a, b) -> {
            RowSet s = b == null ? RowSet.EMPTY : b;
            selectedRows.set(s);
            selectionText.set(describeSelection(s));
        });
    }

    // ---- lifecycle -----------------------------------------------------------------------------

    /** A new table: numeric columns become the axis choices; everything else is cleared. */
    void datasetChanged(Dataset d) {
        data = d;
        result = null;
        pcScores.clear();
        jitterAmplitudes.clear();
        segmentMeans.clear();
        pca.set(null);
        silhouettes.show(null);
        selection.set(RowSet.EMPTY);
        hiddenSegments.set(Set.of());
        axisChoices.setAll(numericColumns(d));
        xAxis.set(null);
        yAxis.set(null);
        axis3X.set(null);
        axis3Y.set(null);
        axis3Z.set(null);
        scatter.set(null);
        cloud.set(null);
    }

    /** A new segmentation of {@code d} with its PCA and its first components' scores and means. */
    void show(Dataset d, SegmentationResult r, ProjectedScores projected) {
        settingAxes = true;
        try {
            showQuietly(d, r, projected);
        } finally {
            settingAxes = false;
        }
        updateScatter();
        updateCloud();
    }

    private void showQuietly(Dataset d, SegmentationResult r, ProjectedScores projected) {
        data = d;
        result = r;
        pcScores.clear();
        jitterAmplitudes.clear();
        segmentMeans.clear();
        PcaResult projection = projected.pca();
        for (int c = 0; c < projected.scores().length; c++) {
            pcScores.put(c, projected.scores()[c]);
            segmentMeans.put(pcChoice(c), projected.means()[c]);
        }
        pca.set(projection);
        silhouettes.show(r);
        selection.set(RowSet.EMPTY);
        hiddenSegments.set(Set.of());
        List<String> choices = new ArrayList<>(numericColumns(d));
        for (int c = 0; c < projection.dimensions(); c++) {
            choices.add(pcChoice(c));
        }
        String x = xAxis.get();
        String y = yAxis.get();
        axisChoices.setAll(choices);
        // the choice boxes may have cleared the axes when the list changed: put them back if still valid
        xAxis.set(choices.contains(x) ? x : null);
        yAxis.set(choices.contains(y) ? y : null);
        chooseAxes(r);
    }

    private static List<String> numericColumns(Dataset d) {
        return d == null ? List.of() : d.columns().stream().filter(c -> c instanceof NumericColumn)
                .map(Column::name).toList();
    }

    /** The choice naming principal component c: "PC1", or "PCA: PC1" when the table has a column "PC1". */
    public String pcChoice(int c) {
        String plain = PcaResult.componentName(c);
        return data != null && data.hasColumn(plain) ? "PCA: " + plain : plain;
    }

    /** The component behind an axis choice, or -1 for a table column. */
    int componentOf(String choice) {
        PcaResult p = pca.get();
        if (p == null || choice == null) {
            return -1;
        }
        for (int c = 0; c < p.dimensions(); c++) {
            if (pcChoice(c).equals(choice)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * 2D: the first two numeric features, or PC1 x PC2 with more than two features (the view that shows
     * most of the spread), unless the current axes still fit; 3D: PC1-3 where there are three.
     */
    private void chooseAxes(SegmentationResult r) {
        Set<String> order = new LinkedHashSet<>();
        PcaResult components = pca.get();
        if (r.features().cols() > 2 && components != null && components.dimensions() >= 2) {
            order.add(pcChoice(0));
            order.add(pcChoice(1));
        }
        for (String c : r.features().sourceColumns()) {
            if (axisChoices.contains(c)) {
                order.add(c);
            }
        }
        order.addAll(axisChoices);
        List<String> pick = new ArrayList<>(order);
        String x = xAxis.get();
        String y = yAxis.get();
        if (x == null || !axisChoices.contains(x) || y == null || !axisChoices.contains(y)) {
            xAxis.set(pick.isEmpty() ? null : pick.get(0));
            yAxis.set(pick.size() > 1 ? pick.get(1) : pick.isEmpty() ? null : pick.get(0));
        }
        List<String> three = new ArrayList<>();
        PcaResult p = pca.get();
        for (int c = 0; p != null && c < Math.min(3, p.dimensions()); c++) {
            three.add(pcChoice(c));
        }
        for (String c : pick) {
            if (three.size() < 3 && !three.contains(c)) {
                three.add(c);
            }
        }
        axis3X.set(three.size() > 0 ? three.get(0) : null);
        axis3Y.set(three.size() > 1 ? three.get(1) : null);
        axis3Z.set(three.size() > 2 ? three.get(2) : null);
    }

    // ---- axes ----------------------------------------------------------------------------------

    /**
     * Per dataset row the value of an axis choice (a numeric column or a component), NaN where missing; null if
     * unknown. The array is shared (the column's own, or the kept scores): read only.
     */
    public double[] axisValues(String choice) {
        if (choice == null || data == null) {
            return null;
        }
        int c = componentOf(choice);
        if (c >= 0) {
            return pcScores.computeIfAbsent(c, this::scoresOf);
        }
        if (data.hasColumn(choice) && data.column(choice) instanceof NumericColumn col) {
            return col.sharedValues();
        }
        return null;
    }

    private double[] scoresOf(int component) {
        double[] s = pca.get().scores(result.features().matrix(), component + 1)[component];
        return ProjectedScores.toDatasetRows(s, result.features().datasetRows(), data.rowCount());
    }

    /** The mean per segment of an axis choice whose values are {@code values}, kept for the result on show. */
    private double[] segmentMeans(String choice, double[] values) {
        return segmentMeans.computeIfAbsent(choice, c -> ScatterData.groupMeans(values, result.segmentOfRow(),
                result.k()));
    }

    /** Axis title: the column name, or "PC1 · 44.3% of variance". */
    public String axisTitle(String choice) {
        int c = componentOf(choice);
        if (c < 0) {
            return choice;
        }
        return choice + " · " + Texts.percentOneDecimal(pca.get().explainedVarianceRatio()[c])
                + " of variance";
    }

    private void updateScatter() {
        if (settingAxes) {
            return;
        }
        double[] xs = result == null ? null : axisValues(xAxis.get());
        double[] ys = result == null ? null : axisValues(yAxis.get());
        if (xs == null || ys == null) {
            jitterOffered.set(false);
            scatter.set(null);
            return;
        }
        double jx = jitterAmplitudes.computeIfAbsent(xAxis.get(), a -> Jitter.amplitude(xs));
        double jy = jitterAmplitudes.computeIfAbsent(yAxis.get(), a -> Jitter.amplitude(ys));
        jitterOffered.set(jx > 0 || jy > 0);
        boolean on = jitter.get();
        scatter.set(Jitter.scatter(xs, ys, result.segmentOfRow(), segmentMeans(xAxis.get(), xs),
                segmentMeans(yAxis.get(), ys), axisTitle(xAxis.get()), axisTitle(yAxis.get()), on ? jx : 0,
                on ? jy : 0));
    }

    private void updateCloud() {
        if (settingAxes) {
            return;
        }
        if (result == null) {
            cloud.set(null);
            return;
        }
        double[] xs = axisValues(axis3X.get());
        double[] ys = axisValues(axis3Y.get());
        double[] zs = axisValues(axis3Z.get());
        if (xs == null || ys == null || zs == null) {
            cloud.set(null);
            return;
        }
        int k = result.k();
        double[] mx = segmentMeans(axis3X.get(), xs);
        double[] my = segmentMeans(axis3Y.get(), ys);
        double[] mz = segmentMeans(axis3Z.get(), zs);
        double[] centres = new double[3 * k];
        for (int s = 0; s < k; s++) {
            centres[3 * s] = mx[s];
            centres[3 * s + 1] = my[s];
            centres[3 * s + 2] = mz[s];
        }
        cloud.set(new Scatter3DData(xs, ys, zs, result.segmentOfRow(), centres, axisTitle(axis3X.get()),
                axisTitle(axis3Y.get()), axisTitle(axis3Z.get())));
    }

    // ---- silhouettes ---------------------------------------------------------------------------

    /**
     * Computes every customer's silhouette in the background (a seeded sample above
     * {@value SilhouetteValues#EXACT_LIMIT} customers), once per segmentation.
     */
    public void loadSilhouettes() {
        silhouettes.load();
    }

    /**
     * True while every customer's silhouette is being computed. Cancelling stops the computation
     * (within a few milliseconds); {@link #loadSilhouettes()} then starts it again.
     */
    public ReadOnlyBooleanProperty silhouetteRunningProperty() {
        return silhouettes.running.getReadOnlyProperty();
    }

    // ---- selection -----------------------------------------------------------------------------

    /** "12 customers selected: 8 in segment 2, 4 in segment 5", or "" when none. */
    private String describeSelection(RowSet s) {
        if (s.isEmpty() || result == null) {
            return "";
        }
        int[] perSegment = new int[result.k()];
        int none = 0;
        int noise = 0;
        for (int i = 0; i < s.size(); i++) {
            int seg = result.segmentOfRow()[s.get(i)];
            if (seg >= 0 && seg < perSegment.length) {
                perSegment[seg]++;
            } else if (seg == SegmentationResult.NOISE) {
                noise++;
            } else {
                none++;
            }
        }
        List<String> parts = new ArrayList<>();
        for (int seg = 0; seg < perSegment.length; seg++) {
            if (perSegment[seg] > 0) {
                parts.add(Formats.count(perSegment[seg]) + " in " + (seg + 1) + " · " + nameOf(seg));
            }
        }
        if (noise > 0) {
            parts.add(Formats.count(noise) + " noise");
        }
        if (none > 0) {
            parts.add(Formats.count(none) + " not segmented");
        }
        return Formats.plural(s.size(), "customer", "customers") + " selected: " + String.join(", ", parts);
    }

    private String nameOf(int segment) {
        return segment >= 0 && segment < names.size() ? names.get(segment) : "Segment " + (segment + 1);
    }

    /** Selects every customer of one segment. */
    public void selectSegment(int segment) {
        if (result == null) {
            return;
        }
        int[] seg = result.segmentOfRow();
        BitSet rows = new BitSet(seg.length);
        for (int i = 0; i < seg.length; i++) {
            if (seg[i] == segment) {
                rows.set(i);
            }
        }
        selection.set(RowSet.of(rows));
    }

    /** Writes the selected customers (their rows, segment and segment name) to {@code out} in the background. */
    public void exportSelection(Path out) {
        RowSet s = selection.get();
        SegmentationResult r = result;
        Dataset d = data;
        if (s.isEmpty() || r == null || d == null) {
            notices.error("No customers are selected. Select customers in a chart first: click one, drag a box or "
                    + "draw a lasso.");
            return;
        }
        int[] rows = s.rows();
        List<String> segmentNames = List.copyOf(names);
        int[] seg = r.segmentOfRow();
        Path target = out.toAbsolutePath().normalize();
        runner.run("Exporting the selection", (progress, cancel) -> {
            SelectedCustomersCsv.write(d, rows, row -> seg[row] < 0 ? "" : Integer.toString(seg[row] + 1),
                    row -> seg[row] == SegmentationResult.NOISE ? SegmentationResult.NOISE_NAME
                            : seg[row] >= 0 && seg[row] < segmentNames.size() ? segmentNames.get(seg[row]) : "",
                    target, progress, cancel);
            return target;
        }, p -> {
            notices.success("Exported " + Formats.plural(rows.length, "selected customer", "selected customers")
                    + " to " + p);
            runner.announce("Exported " + p.getFileName());
        }, notices::error);
    }

    /** A file name for the selection export: "Mall_Customers-selected.csv". */
    public String suggestedSelectionName() {
        String base = data == null ? "customers" : data.name().replaceFirst("(?i)\\.(csv|tsv|txt)$", "");
        return base + "-selected.csv";
    }

    /**
     * The customer's row in words, for hover text: "Row 42 · segment 2 · Name" then up to
     * {@value #HOVER_COLUMNS} columns "Name: value".
     */
    public String describe(int row) {
        if (data == null || row < 0 || row >= data.rowCount()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("Row ").append(Formats.count(row + 1L));
        int seg = result == null ? -1 : result.segmentOfRow()[row];
        sb.append(seg >= 0 ? " · segment " + (seg + 1) + " · " + nameOf(seg)
                : seg == SegmentationResult.NOISE ? " · noise (in no segment)" : " · not segmented");
        double p = probability(row);
        if (!Double.isNaN(p)) {
            sb.append(String.format(Locale.ROOT, " · probability %.2f", p));
        }
        int shown = 0;
        for (Column c : data.columns()) {
            if (shown == HOVER_COLUMNS) {
                sb.append("\n…");
                break;
            }
            String v = c.format(row);
            sb.append('\n').append(c.name()).append(": ").append(v == null || v.isEmpty() ? "(missing)" : v);
            shown++;
        }
        return sb.toString();
    }

    /** The text of a dataset cell for the selection table. */
    public String cell(int row, int column) {
        return data == null ? "" : data.column(column).format(row);
    }

    /** The open table's column names (the selection table's columns). */
    public List<String> columnNames() {
        return data == null ? List.of() : data.columnNames();
    }

    /**
     * Gaussian mixture: the probability that the customer belongs to its own segment (0..1); NaN for
     * other methods and customers that were not segmented.
     */
    public double probability(int row) {
        if (result == null || result.mixture().isEmpty()) {
            return Double.NaN;
        }
        int r = result.preparedRow(row);
        return r < 0 ? Double.NaN : result.mixture().get().maxProbability(r);
    }

    /** Whether the latest segmentation gives membership probabilities (a Gaussian mixture). */
    public boolean hasProbabilities() {
        return result != null && result.mixture().isPresent();
    }

    /** Segment of a dataset row, -1 when none. */
    public int segmentOf(int row) {
        return result == null ? -1 : result.segmentOfRow()[row];
    }

    /** Whether a column is numeric (the selection table aligns numbers right). */
    public boolean isNumeric(int column) {
        return data != null && data.column(column) instanceof NumericColumn;
    }

    // ---- properties ----------------------------------------------------------------------------

    public ObservableList<String> axisChoices() {
        return axisChoices;
    }

    public ObjectProperty<String> xAxisProperty() {
        return xAxis;
    }

    public ObjectProperty<String> yAxisProperty() {
        return yAxis;
    }

    public ObjectProperty<String> axis3XProperty() {
        return axis3X;
    }

    public ObjectProperty<String> axis3YProperty() {
        return axis3Y;
    }

    public ObjectProperty<String> axis3ZProperty() {
        return axis3Z;
    }

    public ReadOnlyObjectProperty<ScatterData> scatterProperty() {
        return scatter.getReadOnlyProperty();
    }

    /**
     * Whether the 2D scatter draws its discrete axes jittered ({@link Jitter}): points moved by a seeded
     * fraction of the gap between values, so customers with the same age or score do not hide one another.
     */
    public BooleanProperty jitterProperty() {
        return jitter;
    }

    /** True while an axis of the 2D scatter is discrete (few distinct values or repeated whole numbers). */
    public ReadOnlyBooleanProperty jitterOfferedProperty() {
        return jitterOffered.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Scatter3DData> cloudProperty() {
        return cloud.getReadOnlyProperty();
    }

    /** The PCA of the latest segmentation's prepared features, or null. */
    public ReadOnlyObjectProperty<PcaResult> pcaProperty() {
        return pca.getReadOnlyProperty();
    }

    /** Every customer's silhouette once {@link #loadSilhouettes()} finished, else null. */
    public ReadOnlyObjectProperty<SilhouetteData> silhouetteProperty() {
        return silhouettes.values.getReadOnlyProperty();
    }

    /** The selected customers (dataset rows), shared by every chart. */
    public ObjectProperty<RowSet> selectionProperty() {
        return selection;
    }

    /** Segments hidden in the scatters. */
    public ObjectProperty<Set<Integer>> hiddenSegmentsProperty() {
        return hiddenSegments;
    }

    /** The selected rows as a list for a table. */
    public ObservableList<Integer> selectedRows() {
        return selectedRows;
    }

    /** e.g. "12 customers selected: 8 in 2 · Name, 4 in 5 · Name" */
    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    /** The latest segmentation's profiles in segment order. */
    public List<SegmentProfile> profiles() {
        return result == null ? List.of() : SegmentViewModel.byLabel(result.profiles(), result.k());
    }
}
