package io.segmenta.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.AbstractList;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With the window's theme and stylesheet, a table of a million rows and of many columns keeps scroll bar
 * thumbs that can be grabbed (the theme alone shrank them to under a pixel), and the bars keep the
 * theme's breadth.
 */
@ExtendWith(ApplicationExtension.class)
class ScrollThumbTest {
    private static final int ROWS = 1_000_000;
    private static final int COLUMNS = 300;

    private Stage own;
    private TableView<Integer> table;

    @Start
    void start(Stage primary) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        table = new TableView<>(FXCollections.observableList(new AbstractList<Integer>() {
            @Override
            public Integer get(int index) {
                return index;
            }

            @Override
            public int size() {
                return ROWS;
            }
        }));
        for (int j = 0; j < COLUMNS; j++) {
            TableColumn<Integer, String> column = new TableColumn<>("c" + j);
            column.setPrefWidth(100);
            column.setCellValueFactory(cell -> new SimpleStringProperty(String.valueOf(cell.getValue())));
            table.getColumns().add(column);
        }
        Scene scene = new Scene(table, 400, 500);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("segmenta.css")).toExternalForm());
        own = new Stage();
        own.setScene(scene);
        own.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> own.close());
    }

    private ScrollBar bar(Orientation orientation) {
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar b && b.getOrientation() == orientation && b.isVisible()) {
                return b;
            }
        }
        throw new AssertionError("no visible " + orientation + " scroll bar");
    }

    @Test
    void bothThumbsStayLongEnoughToGrabAndTheBarsStayThin() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        ScrollBar vertical = WaitForAsyncUtils.asyncFx(() -> bar(Orientation.VERTICAL)).get();
        ScrollBar horizontal = WaitForAsyncUtils.asyncFx(() -> bar(Orientation.HORIZONTAL)).get();
        Region down = (Region) vertical.lookup(".thumb");
        Region across = (Region) horizontal.lookup(".thumb");
        assertTrue(down.getHeight() >= 23.5, () -> "vertical thumb " + down.getHeight() + " px long");
        assertTrue(across.getWidth() >= 23.5, () -> "horizontal thumb " + across.getWidth() + " px long");
        assertEquals(8, vertical.getWidth(), 0.5, "the theme's breadth");
        assertEquals(8, horizontal.getHeight(), 0.5, "the theme's breadth");
    }
}
