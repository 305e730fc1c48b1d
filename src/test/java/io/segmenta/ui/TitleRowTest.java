package io.segmenta.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A title with its tools: side by side when there is room, the tools on their own row when not; nothing cut. */
@ExtendWith(ApplicationExtension.class)
class TitleRowTest {
    private VBox page;
    private TitleRow row;
    private Label title;
    private HBox tools;
    private Label below;

    private Stage own;

    @Start
    void start(Stage primary) {
        title = new Label("Predict new customers");
        title.setStyle("-fx-font-size: 24px;");
        tools = new HBox(8, new Button("Open model…"), new Button("Use current segmentation"), new Button("Save model…"));
        row = new TitleRow();
        row.getChildren().addAll(title, tools);
        below = new Label("the model card");
        page = new VBox(10, row, below);
        // sized by the test, not by the window; in a window of its own, so that the primary stage, which
        // the test classes that follow share, keeps its size
        Group holder = new Group(page);
        holder.setAutoSizeChildren(false);
        own = new Stage();
        own.setScene(new Scene(holder, 800, 300));
        own.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> own.close());
    }

    private void resize(double width) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            // styled first: the title's 24 px font, and the buttons' theme, may not have had their CSS pass yet
            // (the full suite once measured the row with the title at its unstyled height)
            page.applyCss();
            page.resize(width, 300);
            page.layout();
        });
    }

    private static Bounds box(javafx.scene.Node n) {
        return n.getBoundsInParent();
    }

    @Test
    void wideTheToolsSitFlushRightOnTheTitlesRow() {
        resize(1200);
        assertEquals(box(title).getCenterY(), box(tools).getCenterY(), 1, "one row");
        assertEquals(row.getWidth(), tools.getLayoutX() + tools.getWidth(), 0.5, "flush right");
        assertEquals(title.prefWidth(-1), title.getWidth(), 0.5, "the title whole");
        assertTrue(box(below).getMinY() >= box(row).getMaxY(), "what follows starts below the row");
    }

    @Test
    void narrowTheToolsMoveUnderTheTitleAndNothingIsCut() {
        double needed = title.prefWidth(-1) + row.getGap() + tools.prefWidth(-1);
        resize(needed - 40);
        assertTrue(tools.getLayoutY() >= title.getLayoutY() + title.getHeight(), "tools on a row of their own");
        assertEquals(0, tools.getLayoutX(), 0.5, "starting at the left");
        assertEquals(title.prefWidth(-1), title.getWidth(), 0.5, "the title whole");
        assertEquals(tools.prefWidth(-1), tools.getWidth(), 0.5, "the tools whole");
        assertTrue(below.getLayoutY() >= row.getLayoutY() + tools.getLayoutY() + tools.getHeight(),
                "the row grew to hold both");
    }
}
