package io.segmenta.ui.prepare;

import java.util.Collection;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Prepare step's log transform, log(1 + x): the numeric columns (or derived features) to transform,
 * and the explicit choice to leave customers below -1 in a transformed feature out of the segmentation
 * (counted in the preview) instead of the feature being refused. Both belong to the open table.
 */
public final class LogChoice {
    private final ObservableList<String> logged = FXCollections.observableArrayList();
    private final BooleanProperty leaveOut = new SimpleBooleanProperty(this, "leaveOut", false);

    LogChoice() {
    }

    /** What any change of the choice is heard on. */
    Observable[] observables() {
        return new Observable[] {logged, leaveOut};
    }

    /** Another table: nothing transformed, nobody left out. */
    void clear() {
        logged.clear();
        leaveOut.set(false);
    }

    /** The features to transform among {@code features} (the ticked ones), in the order they were chosen. */
    List<String> among(Collection<String> features) {
        return logged.stream().filter(features::contains).toList();
    }

    /** The features to log-transform; only those among the ticked features count. */
    public ObservableList<String> logged() {
        return logged;
    }

    /**
     * Whether customers below -1 in a log-transformed feature are left out of the segmentation (counted)
     * instead of the feature being refused.
     */
    public BooleanProperty leaveOutProperty() {
        return leaveOut;
    }
}
