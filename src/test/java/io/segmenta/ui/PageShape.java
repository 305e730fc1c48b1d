package io.segmenta.ui;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

/** A page's nodes as built, for tests of {@link PartStyling}: each box's children, scroll pane's, tab's and split pane's content, in order. */
final class PageShape {
    private PageShape() {
    }

    static String of(Node n) {
        String own = n.getClass().getSimpleName() + (n instanceof Labeled l ? "'" + l.getText() + "'" : "")
                + (HBox.getHgrow(n) != null ? " hgrow " + HBox.getHgrow(n) : "")
                + (GridPane.getRowIndex(n) != null ? " at " + GridPane.getRowIndex(n) + "," + GridPane.getColumnIndex(n)
                : "");
        List<Node> inside;
        if (n instanceof ScrollPane s) {
            inside = s.getContent() == null ? List.of() : List.of(s.getContent());
        } else if (n instanceof TabPane t) {
            inside = t.getTabs().stream().map(Tab::getContent).filter(c -> c != null).toList();
        } else if (n instanceof SplitPane s) {
            inside = s.getItems();
        } else if (n instanceof Pane p) {
            inside = p.getChildren();
        } else {
            inside = List.of();
        }
        return inside.isEmpty() ? own : own + inside.stream().map(PageShape::of)
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
