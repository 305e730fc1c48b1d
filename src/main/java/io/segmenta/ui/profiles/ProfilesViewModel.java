package io.segmenta.ui.profiles;

import io.segmenta.core.SegmentationResult;
import io.segmenta.ui.Formats;
import io.segmenta.ui.segment.SegmentViewModel;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The Profiles step: the latest segmentation's profiles, bigger than in the Segment step, with the
 * same editable names; a hint while there is no segmentation yet.
 */
public final class ProfilesViewModel {
    private final SegmentViewModel segment;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading");

    public ProfilesViewModel(SegmentViewModel segment) {
        this.segment = Objects.requireNonNull(segment, "segment");
        segment.resultProperty().subscribe(r -> heading.set(r == null
                ? "No segmentation yet"
                : r.k() + " segments of " + Formats.plural(r.features().rows(), "customer", "customers")
                + " · features: " + String.join(", ", r.features().sourceColumns())));
    }

    public ReadOnlyObjectProperty<SegmentationResult> resultProperty() {
        return segment.resultProperty();
    }

    public ObservableList<String> segmentNames() {
        return segment.segmentNames();
    }

    public void rename(int segmentId, String name) {
        segment.rename(segmentId, name);
    }

    /** A line about the result, or "No segmentation yet". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** What to do while there is no result. */
    public String hint() {
        return "Run a segmentation first: in the Segment step, choose features and k, then press Segment.";
    }
}
