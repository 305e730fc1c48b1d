package io.segmenta.ui;

import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Tab contents loaded the first time their tab shows: a step with many tabs opens with only the tab on show
 * built, styled and laid out. Explore's six tabs, all loaded at once, held its first opening with CSS and
 * layout for 0.5 s on the built-in sample and 2.0 s beside a 10,000,000-row table's background work.
 */
public final class LazyTabs {
    private LazyTabs() {
    }

    /**
     * Loads {@code controller}'s FXML view ({@link Fxml#load(Object)}) into {@code tab} when the tab is first
     * selected, or now if it is (in a wait of its own if its page is being built ahead: {@link BuiltAhead}).
     * The controller binds to its view-model then, so it must take the view-model's current state as well as
     * its changes ({@code subscribe}, bindings). A missing controller fails here, when the step opens, not when
     * the tab is first shown.
     */
    public static void load(Tab tab, Object controller) {
        Objects.requireNonNull(controller, () -> "no view for the tab " + tab.getId() + " (" + tab.getText() + ")");
        load(tab, controller, Fxml::load);
    }

    private static <T> void load(Tab tab, T source, Function<T, Node> content) {
        Runnable fill = () -> {
            if (tab.getContent() == null) {
                tab.setContent(content.apply(source));
            }
        };
        tab.selectedProperty().subscribe(selected -> {
            if (selected) {
                BuiltAhead.orLater(fill);
            }
        });
    }

    /**
     * Keeps a tab's content that its step's FXML holds inline out of the scene until the tab is first selected:
     * the nodes exist and are bound, but are not styled or laid out while nobody can see them.
     */
    public static void defer(Tab tab) {
        Node content = tab.getContent();
        if (content == null) {
            return;
        }
        tab.setContent(null);
        load(tab, content, c -> c);
    }
}
