package io.segmenta.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.testing.SharedData;
import io.segmenta.ui.task.FxTaskRunner;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.VerticalDirection;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Polish from the walkthrough that only the window shows: the wheel over an inner list stays in it. */
@ExtendWith(ApplicationExtension.class)
class PolishWindowTest {
    private UiFixture fixture;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        fixture = new UiFixture(new FxTaskRunner());
        vm = fixture.vm();
        MainWindow.show(stage, vm, WindowTests.dialogs(null, null));
        vm.start(List.of(SharedData.dataset(SharedData.MARKETING).toString()));
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.shutdown());
        fixture.close();
    }

    @Test
    void theWheelOverTheFeatureListDoesNotScrollThePage(FxRobot robot) throws TimeoutException {
        WindowTests.waitIdle(vm, 60);
        robot.clickOn("#nav-segment");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#featureList").queryAs(ListView.class);
        assertNotNull(list);
        ScrollPane page = null;
        for (Parent p = list.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                page = sp;
                break;
            }
        }
        assertNotNull(page, "the choices scroll as a page");
        ScrollPane outer = page;
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> outer.setVvalue(0));
        robot.moveTo(list);
        // 27 features: far more wheel steps than the list needs to reach its end
        for (int i = 0; i < 12; i++) {
            robot.scroll(5, VerticalDirection.UP);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(InnerScroll.scrolls(list), "the list has more than it shows");
        javafx.scene.control.ScrollBar bar = list.lookupAll(".scroll-bar").stream()
                .filter(b -> b instanceof javafx.scene.control.ScrollBar sb
                        && sb.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .map(b -> (javafx.scene.control.ScrollBar) b).findFirst().orElseThrow();
        assertEquals(bar.getMax(), bar.getValue(), 1e-6, "the wheel took the list to its end");
        assertEquals(0, outer.getVvalue(), 1e-9, "the page stays where it was");
    }

    @Test
    void tenSegmentsPutTheLegendBesideTheScatterAndTheNoticeKeepsToTheResult(FxRobot robot) throws TimeoutException {
        WindowTests.waitIdle(vm, 60);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            vm.segmentStep().features().choices().forEach(f -> f.setSelected(f.name().equals("Year_Birth")
                    || f.name().equals("Income")));
            vm.segmentStep().kProperty().set(10);
        });
        robot.clickOn("#nav-segment");
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.segmentStep().segment());
        WindowTests.waitIdle(vm, 120);
        assertNotNull(vm.segmentStep().result(), () -> "Segment failed: " + vm.notices().current());
        robot.clickOn("Segments 2D");
        WaitForAsyncUtils.waitForFxEvents();
        io.segmenta.ui.charts.SegmentLegend legend = robot.lookup(".segment-legend").match(VisualsWindowTest::showing)
                .queryAs(io.segmenta.ui.charts.SegmentLegend.class);
        assertNotNull(legend);
        assertEquals(10, legend.entries().size());
        assertEquals("sideLegend", legend.getParent().getId(), "ten segments: the legend is beside the scatter");
        javafx.scene.Node scatter = robot.lookup("#scatter").match(VisualsWindowTest::showing).queryAs(javafx.scene.Node.class);
        double entry = legend.getChildren().get(0).getBoundsInParent().getHeight();
        assertTrue(legend.getHeight() >= 10 * entry, "one entry a row: " + legend.getHeight() + " for " + entry);
        assertTrue(legend.getWidth() <= 231, "a narrow column: " + legend.getWidth());
        // in the 1280 x 800 window: measured 456 x 347 beside a 230-pixel legend (under it, four rows of
        // legend took 70 pixels from a scatter of under 200)
        assertTrue(scatter.getBoundsInParent().getWidth() > legend.getWidth() * 1.5, "the scatter keeps its width: "
                + scatter.getBoundsInParent());
        assertTrue(scatter.getBoundsInParent().getHeight() >= 300, "the scatter keeps its height: "
                + scatter.getBoundsInParent());
        assertTrue(scatter.getBoundsInParent().getHeight() >= legend.getHeight() - 1,
                "the scatter is as tall as the legend column");
        // the missing Income cells are the Prepare step's to report, not the result's notice
        Notice n = vm.notices().current();
        assertTrue(n == null || !n.text().contains("missing value"), n == null ? "" : n.text());
        assertTrue(n != null && n.text().contains("Income is strongly skewed"), "the result's warnings stay");
    }
}
