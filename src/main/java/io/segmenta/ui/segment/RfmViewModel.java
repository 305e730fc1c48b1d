package io.segmenta.ui.segment;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.rfm.RfmOverview;
import io.segmenta.core.rfm.RfmSegment;
import io.segmenta.core.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The RFM tab of the Segment step, offered when the open table is a customer table: the RFM segments
 * with counts, shares and mean Recency, Frequency and Monetary, the R x F grid, and, once the table is
 * segmented, the segments against the RFM segments (a cross table and the adjusted Rand index).
 */
public final class RfmViewModel {
    private final SegmentViewModel vm;
    private final ReadOnlyObjectWrapper<RfmOverview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(this, "offered", false);
    private final ReadOnlyObjectWrapper<RfmOverview.Comparison> comparison =
            new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper comparisonText = new ReadOnlyStringWrapper(this, "comparisonText", "");
    private List<String> segmentNames = List.of();

    public RfmViewModel(SegmentViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        vm.tableProperty().subscribe(this::tableChanged);
        vm.resultProperty().subscribe(r -> compare());
    }

    private void tableChanged(Dataset d) {
        RfmOverview o = d == null ? null : RfmOverview.of(d).orElse(null);
        overview.set(o);
        offered.set(o != null);
        title.set(o == null ? "" : "RFM segments of " + Texts.count(o.customers(), "customer", "customers")
                + " · Recency, Frequency and Monetary are the segment's means");
        compare();
    }

    private void compare() {
        Dataset d = vm.tableProperty().get();
        SegmentationResult r = vm.result();
        if (overview.get() == null || r == null || vm.resultData() != d) {
            comparison.set(null);
            segmentNames = List.of();
            comparisonText.set("Segment this table (e.g. k-means on log-transformed Recency, Frequency and Monetary) "
                    + "to compare its segments with the RFM segments.");
            return;
        }
        RfmOverview.Comparison c = RfmOverview.compare(d, r.segmentOfRow(), r.k());
        List<String> names = new ArrayList<>();
        for (int s = 0; s < r.k(); s++) {
            names.add((s + 1) + " " + r.names().get(s));
        }
        if (c.counts().length > r.k()) {
            names.add(SegmentationResult.NOISE_NAME);
        }
        segmentNames = names;
        comparison.set(c);
        comparisonText.set(String.format(Locale.ROOT, "%s segments against RFM segments, over %s: adjusted Rand "
                + "index %s (1 = the same groups, about 0 = no more alike than chance).", r.algorithm().label(),
                Texts.count(c.customers(), "customer", "customers"), Texts.fixed(c.ari(), 3)));
    }

    /** The segment rows of the cross table, "1 Loyal big spenders" ..., then "Noise" when there is noise. */
    public List<String> segmentNames() {
        return segmentNames;
    }

    /** The RFM segment names, in rule order (the cross table's columns). */
    public static List<String> rfmNames() {
        return java.util.Arrays.stream(RfmSegment.values()).map(RfmSegment::label).toList();
    }

    public ReadOnlyObjectProperty<RfmOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** True when the open table is a customer table (it has the RFM columns). */
    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RfmOverview.Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty comparisonTextProperty() {
        return comparisonText.getReadOnlyProperty();
    }
}
