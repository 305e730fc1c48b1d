package io.segmenta.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tab contents loaded when their tab first shows; while a page is built ahead, the selected tab's load waits. */
@ExtendWith(ApplicationExtension.class)
class LazyTabsTest {
    /** The controller of {@code TabView.fxml}: counts how often its view was loaded. */
    static final class TabView {
        int loads;

        @FXML
        void initialize() {
            loads++;
        }
    }

    @Start
    void start(Stage stage) {
        // TestFX needs a stage; these tabs are never shown
    }

    private static TabPane tabs(TabView first, TabView second) {
        Tab a = new Tab("A");
        Tab b = new Tab("B");
        TabPane pane = new TabPane(a, b);
        LazyTabs.load(a, first);
        LazyTabs.load(b, second);
        return pane;
    }

    /** Two tabs built as a page built ahead builds them: the first selected, its load kept in {@code later}. */
    private record Ahead(TabView first, TabView second, List<Runnable> later, TabPane pane) {
    }

    private static Ahead builtAhead() {
        TabView first = new TabView();
        TabView second = new TabView();
        List<Runnable> later = new ArrayList<>();
        return new Ahead(first, second, later, BuiltAhead.collecting(later, () -> tabs(first, second)));
    }

    @Test
    void theSelectedTabLoadsNowAndAnotherWhenFirstSelected() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            TabView first = new TabView();
            TabView second = new TabView();
            TabPane pane = tabs(first, second);
            assertNotNull(pane.getTabs().get(0).getContent(), "the selected tab loads at once");
            assertNull(pane.getTabs().get(1).getContent());
            pane.getSelectionModel().select(1);
            assertEquals(1, second.loads);
            pane.getSelectionModel().select(0);
            pane.getSelectionModel().select(1);
            assertEquals(1, first.loads, "loaded once");
            assertEquals(1, second.loads, "loaded once");
        });
    }

    @Test
    void whileAPageIsBuiltAheadTheSelectedTabLoadsWhenItsLoadRuns() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            Ahead built = builtAhead();
            TabView first = built.first();
            List<Runnable> later = built.later();
            TabPane pane = built.pane();
            Tab a = pane.getTabs().get(0);
            assertNull(a.getContent(), "not loaded while the page is built");
            assertEquals(0, first.loads);
            assertEquals(1, later.size());

            later.forEach(Runnable::run); // the next wait
            Node loaded = a.getContent();
            assertEquals("tab content", ((Label) loaded).getText());
            assertEquals(1, first.loads);

            pane.getSelectionModel().select(1); // after the building: at once
            assertNotNull(pane.getTabs().get(1).getContent());
            later.forEach(Runnable::run); // run again (the step was opened first): nothing more
            assertSame(loaded, a.getContent());
            assertEquals(1, first.loads);
        });
    }

    @Test
    void aTabShownBeforeItsDeferredLoadRunsLoadsOnceOnly() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            Ahead built = builtAhead();
            built.pane().getSelectionModel().select(1);
            built.pane().getSelectionModel().select(0); // selected again after the building: loads at once
            assertNotNull(built.pane().getTabs().get(0).getContent());
            built.later().forEach(Runnable::run);
            assertEquals(1, built.first().loads);
            assertEquals(1, built.second().loads);
        });
    }
}
