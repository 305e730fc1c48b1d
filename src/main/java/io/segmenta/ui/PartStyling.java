package io.segmenta.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Styles a page built ahead a part at a time, so that no single wait of the JavaFX thread styles a whole
 * page (controls make their skins while they are styled): on the built-in sample, styling the Prepare page
 * in one go held the window 87-134 ms, on a 10,000,000-row table up to 184 ms; a part at a time, the waits
 * take 7-62 ms. Shown later, the page is styled again from the scene's cache of matched styles, a fraction
 * of the first time.
 *
 * <p>The page is taken apart first, out of any scene: the children of its plain boxes ({@link VBox},
 * {@link HBox}, {@link StackPane}, {@link GridPane}: their children, with each child's own layout
 * constraints, are all they hold; not their subclasses, which may hold more) and the content of its scroll
 * panes and tabs are detached, down to {@value #DEPTH} levels. Each {@link #next()} puts the page in the
 * scene unseen and outside the layout, styles what of it is whole (from the cache after the first time,
 * 0-8 ms), puts back parts where they were and styles them, its own parts after each, for about
 * {@link #BUDGET_NANOS}, and takes the page out of the scene again in the same wait: no pulse lays out or
 * draws a page half whole (a split pane laid out at no size would keep other divider positions).
 * {@link #finishNow()} puts every part left back at once, for a page wanted on screen before its styling
 * has ended.
 */
final class PartStyling {
    /** How deep into the page parts are taken apart. */
    static final int DEPTH = 4;
    /** Styling work per wait of the JavaFX thread, at most about this (a part is never split). */
    static final long BUDGET_NANOS = 30_000_000;
    private static final Set<Class<?>> PLAIN_BOXES = Set.of(VBox.class, HBox.class, StackPane.class,
            GridPane.class);

    /** A detached part and how it goes back where it was. */
    private record Part(Node node, Runnable putBack) {
    }

    private final Pane stage;
    private final Parent page;
    private final Deque<Part> parts = new ArrayDeque<>();
    private final long budgetNanos;

    /**
     * @param stage where the page is styled (its first child while styled; the page must not be in it)
     * @param page  the page, not in any scene
     */
    PartStyling(Pane stage, Parent page) {
        this(stage, page, BUDGET_NANOS);
    }

    /** @param budgetNanos styling work per wait (0: one part per wait) */
    PartStyling(Pane stage, Parent page, long budgetNanos) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.page = Objects.requireNonNull(page, "page");
        this.budgetNanos = budgetNanos;
        takeApart(page, 0);
    }

    /** Parts still to be put back and styled. */
    int partsLeft() {
        return parts.size();
    }

    /**
     * Puts the page in the scene out of sight, styles what of it is whole (again: from the scene's cache
     * after the first time), then puts back and styles parts until the budget is spent, and takes the page
     * out of the scene: no layout pass or frame ever sees it half whole, and the next wait goes on from
     * there. Returns whether the page is whole again.
     */
    boolean next() {
        if (parts.isEmpty()) {
            return true;
        }
        long from = System.nanoTime();
        page.setVisible(false);
        page.setManaged(false);
        stage.getChildren().add(0, page);
        try {
            page.applyCss();
            do {
                Part p = parts.removeFirst();
                p.putBack().run();
                p.node().applyCss();
            } while (!parts.isEmpty() && System.nanoTime() - from < budgetNanos);
        } finally {
            stage.getChildren().remove(page);
            page.setVisible(true);
            page.setManaged(true);
        }
        return parts.isEmpty();
    }

    /** Puts every part left back, unstyled: the page is whole again. */
    void finishNow() {
        while (!parts.isEmpty()) {
            parts.removeFirst().putBack().run();
        }
    }

    /** Detaches the parts of {@code node}, each followed in {@link #parts} by its own parts. */
    private void takeApart(Node node, int depth) {
        if (depth >= DEPTH) {
            return;
        }
        // a part goes back only where nothing else was put meanwhile (a view may fill a box or a pane itself)
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            Node content = scroll.getContent();
            scroll.setContent(null);
            add(new Part(content, () -> {
                if (scroll.getContent() == null) {
                    scroll.setContent(content);
                }
            }), depth);
        } else if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                Node content = tab.getContent();
                if (content != null) {
                    tab.setContent(null);
                    add(new Part(content, () -> {
                        if (tab.getContent() == null) {
                            tab.setContent(content);
                        }
                    }), depth);
                }
            }
        } else if (node instanceof Pane pane && PLAIN_BOXES.contains(pane.getClass())
                && !pane.getChildren().isEmpty()) {
            Box box = new Box(pane);
            for (Node c : box.children) { // parts go back in order, so each to its index
                add(new Part(c, () -> box.putBack(c)), depth);
            }
        }
    }

    /**
     * A plain box with its children detached: they go back one by one unless its children were changed
     * meanwhile by someone else (then they are that one's to fill).
     */
    private static final class Box implements ListChangeListener<Node> {
        final Pane pane;
        final List<Node> children;
        private int left;
        private boolean ours;
        private boolean changedByOthers;

        Box(Pane pane) {
            this.pane = pane;
            this.children = new ArrayList<>(pane.getChildren());
            this.left = children.size();
            pane.getChildren().clear();
            pane.getChildren().addListener(this);
        }

        @Override
        public void onChanged(Change<? extends Node> change) {
            changedByOthers |= !ours;
        }

        void putBack(Node child) {
            if (!changedByOthers) {
                ours = true;
                try {
                    pane.getChildren().add(child);
                } finally {
                    ours = false;
                }
            }
            if (--left == 0) {
                pane.getChildren().removeListener(this);
            }
        }
    }

    private void add(Part part, int depth) {
        parts.addLast(part);
        takeApart(part.node(), depth + 1);
    }
}
