package io.segmenta.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page styled a part at a time ({@link PartStyling}): out of the scene between waits, whole again at the
 * end or at once when wanted, every node back where it was with its layout constraints, every control
 * skinned, and what is not a plain box left as it was.
 */
@ExtendWith(ApplicationExtension.class)
class PartStylingTest {
    private StackPane content;

    @Start
    void start(Stage stage) {
        content = new StackPane(new Label("the step on show"));
        stage.setScene(new Scene(content, 600, 400));
        stage.show();
    }

    /** A page like the steps' pages: boxes, a grid, a scroll pane, tabs, a split pane and a box subclass. */
    private static Parent page() {
        return page(new ArrayList<>());
    }

    /** {@link #page()}, with its box subclass added to {@code subclassed}. */
    private static Parent page(List<Pane> subclassed) {
        GridPane grid = new GridPane();
        grid.add(new Label("Name"), 0, 0);
        TextField name = new TextField();
        GridPane.setHgrow(name, Priority.ALWAYS);
        grid.add(name, 1, 0);
        grid.add(new Label("Method"), 0, 1);
        grid.add(new ComboBox<>(), 1, 1);
        VBox choices = new VBox(new Label("Choices"), new ComboBox<>(), grid, new HBox(new Button("Preview"),
                new Button("Reset")));
        ScrollPane scroll = new ScrollPane(choices);
        Tab first = new Tab("Check", new VBox(new Label("Table check"), new Button("Fix")));
        Tab second = new Tab("Empty");
        TabPane tabs = new TabPane(first, second);
        HBox.setHgrow(tabs, Priority.ALWAYS);
        VBox custom = new VBox(new Button("inside a subclass")) { };
        subclassed.add(custom);
        SplitPane split = new SplitPane(new StackPane(new Button("left")), new StackPane(new Label("right")));
        split.setDividerPositions(0.3);
        return new HBox(scroll, tabs, new VBox(custom, split));
    }

    @Test
    void stylesAPartPerWaitOutOfTheSceneAndEndsWithThePageWholeAndSkinned() throws Exception {
        List<Pane> subclassed = new ArrayList<>();
        Parent page = WaitForAsyncUtils.asyncFx(() -> page(subclassed)).get();
        String before = WaitForAsyncUtils.asyncFx(() -> PageShape.of(page)).get();
        PartStyling styling = WaitForAsyncUtils.asyncFx(() -> new PartStyling(content, page, 0)).get();
        assertEquals(1, subclassed.get(0).getChildren().size(), "a box subclass is left whole");
        int parts = WaitForAsyncUtils.asyncFx(styling::partsLeft).get();
        assertTrue(parts >= 12, "taken apart: " + parts + " parts");
        assertFalse(before.equals(WaitForAsyncUtils.asyncFx(() -> PageShape.of(page)).get()), "taken apart");
        int waits = 0;
        boolean done = false;
        while (!done) {
            done = WaitForAsyncUtils.asyncFx(styling::next).get();
            waits++;
            WaitForAsyncUtils.waitForFxEvents(); // a pulse in between
            WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
                assertNull(page.getScene(), "out of the scene between waits");
                assertTrue(page.isVisible() && page.isManaged());
                assertEquals(1, content.getChildren().size(), "the step on show alone");
            });
        }
        assertEquals(parts, waits, "one part per wait with no budget");
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            assertEquals(before, PageShape.of(page), "every node back where it was");
            List<Control> controls = page.lookupAll("*").stream().filter(Control.class::isInstance)
                    .map(Control.class::cast).toList();
            assertTrue(controls.size() >= 10);
            controls.forEach(c -> assertNotNull(c.getSkin(), c + " styled, with its skin"));
            assertEquals(0, styling.partsLeft());
        });
        assertTrue(WaitForAsyncUtils.asyncFx(styling::next).get(), "nothing left");
    }

    @Test
    void aPageWantedBeforeItsStylingHasEndedIsWholeAtOnce() throws Exception {
        Parent page = WaitForAsyncUtils.asyncFx(() -> page()).get();
        String before = WaitForAsyncUtils.asyncFx(() -> PageShape.of(page)).get();
        PartStyling styling = WaitForAsyncUtils.asyncFx(() -> new PartStyling(content, page, 0)).get();
        assertFalse(WaitForAsyncUtils.asyncFx(styling::next).get());
        assertFalse(WaitForAsyncUtils.asyncFx(styling::next).get());
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            styling.finishNow();
            assertEquals(before, PageShape.of(page));
            assertEquals(0, styling.partsLeft());
            content.getChildren().setAll(page); // shown: styled and laid out as a page built on the click
            page.applyCss();
            page.lookupAll("*").stream().filter(Control.class::isInstance)
                    .forEach(c -> assertNotNull(((Control) c).getSkin()));
        });
        assertTrue(WaitForAsyncUtils.asyncFx(styling::next).get());
    }

    @Test
    void aBoxOrScrollPaneAViewFillsMeanwhileKeepsWhatTheViewPutThere() throws Exception {
        VBox list = new VBox(new Label("old 1"), new Label("old 2"));
        ScrollPane scroll = new ScrollPane(new Label("old content"));
        Parent page = WaitForAsyncUtils.asyncFx(() -> new HBox(new VBox(new Label("head"), list), scroll)).get();
        PartStyling styling = WaitForAsyncUtils.asyncFx(() -> new PartStyling(content, page, 0)).get();
        assertFalse(WaitForAsyncUtils.asyncFx(styling::next).get());
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> { // the view shows new values while the page is styled
            list.getChildren().setAll(new Label("new 1"));
            scroll.setContent(new Label("new content"));
        });
        while (!WaitForAsyncUtils.asyncFx(styling::next).get()) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            assertEquals("HBox[VBox[Label'head', VBox[Label'new 1']], ScrollPane[Label'new content']]", PageShape.of(page));
            list.getChildren().add(new Label("new 2")); // and the box is the view's again
            assertEquals(2, list.getChildren().size());
        });
    }

    @Test
    void aWaitStylesPartsUntilItsBudgetIsSpent() throws Exception {
        Parent page = WaitForAsyncUtils.asyncFx(() -> page()).get();
        PartStyling styling = WaitForAsyncUtils.asyncFx(() -> new PartStyling(content, page, 60_000_000_000L))
                .get();
        assertTrue(WaitForAsyncUtils.asyncFx(styling::next).get(), "a minute's budget styles the page in one wait");
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> assertNull(page.getScene()));
    }
}
