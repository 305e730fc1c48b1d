package io.segmenta.ui.segment;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** Shows a node and gives it room only while a condition holds. */
final class Visibility {
    private Visibility() {
    }

    static void show(Node n, ObservableValue<Boolean> shown) {
        n.visibleProperty().bind(shown);
        n.managedProperty().bind(n.visibleProperty());
    }
}
