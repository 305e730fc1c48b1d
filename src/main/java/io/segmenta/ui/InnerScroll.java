package io.segmenta.ui;

import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeView;
import javafx.scene.input.ScrollEvent;

/**
 * The mouse wheel over a list (or table, tree, text area) inside a scrolling page scrolls that list
 * only: when the list reaches its end, the page does not start to move under the mouse. A list with
 * nothing to scroll lets the wheel scroll the page. Installed once on the window's scene; the first
 * wheel event over a list gives it the handler that keeps its wheel events to itself.
 */
public final class InnerScroll {
    private static final String KEY = "segmenta.inner-scroll";
    private static final EventHandler<ScrollEvent> KEEP = e -> {
        if (e.getSource() instanceof Node n && scrolls(n) && e.getDeltaY() != 0) {
            e.consume();
        }
    };

    private InnerScroll() {
    }

    /** Watches the scene's wheel events and gives every list inside a scroll pane the handler. */
    public static void install(Scene scene) {
        scene.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getTarget() instanceof Node target) {
                Node inner = innerList(target);
                if (inner != null) {
                    contain(inner);
                }
            }
        });
    }

    /** Keeps the wheel events over {@code list} from reaching the page around it while it can scroll. */
    public static void contain(Node list) {
        if (list.getProperties().putIfAbsent(KEY, Boolean.TRUE) == null) {
            list.addEventHandler(ScrollEvent.SCROLL, KEEP);
        }
    }

    /** The nearest list, table, tree or text area around {@code n} that sits inside a scroll pane, or null. */
    static Node innerList(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof ListView<?> || p instanceof TableView<?> || p instanceof TreeView<?>
                    || p instanceof TextArea) {
                for (Parent q = p.getParent(); q != null; q = q.getParent()) {
                    if (q instanceof ScrollPane) {
                        return p;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Whether the node shows a vertical scroll bar (its content is taller than it). */
    static boolean scrolls(Node n) {
        for (Node b : n.lookupAll(".scroll-bar")) {
            if (b instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL && bar.isVisible()) {
                return true;
            }
        }
        return false;
    }
}
