package io.segmenta.ui;

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
     * selected, or now if it is. The controller binds to its view-model then, so it must take the view-model's
     * current state as well as its changes ({@code subscribe}, bindings).
     */
    public static void load(Tab tab, Object controller) {
        Runnable fill = () -> {
            if (tab.getContent() == null) {
                tab.setContent(Fxml.load(controller));
            }
        };
        tab.selectedProperty().subscribe(selected -> {
            if (selected) {
                fill.run();
            }
        });
    }
}
