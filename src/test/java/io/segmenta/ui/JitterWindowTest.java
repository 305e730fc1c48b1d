package io.segmenta.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.chart.ScatterData;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.charts.ScatterCanvas;
import io.segmenta.ui.segment.SegmentVisuals;
import io.segmenta.ui.task.FxTaskRunner;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Segments 2D scatter offers jitter for Mall's Age x Spending Score, and it moves only the drawn points. */
@ExtendWith(ApplicationExtension.class)
class JitterWindowTest {
    private UiFixture fixture;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        fixture = new UiFixture(new FxTaskRunner());
        vm = fixture.vm();
        MainWindow.show(stage, vm, WindowTests.dialogs(null, null));
        vm.start(List.of(SharedData.dataset(SharedData.MALL).toString()));
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.shutdown());
        fixture.close();
    }

    @Test
    void ageBySpendingScoreOffersJitterThatMovesOnlyTheDrawnPoints(FxRobot robot) throws TimeoutException {
        WindowTests.waitIdle(vm, 60);
        robot.clickOn("#nav-segment");
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.segmentStep().segment());
        WindowTests.waitIdle(vm, 120);
        assertNotNull(vm.segmentStep().result(), () -> "Segment failed: " + vm.notices().current());
        robot.clickOn("Segments 2D");
        WaitForAsyncUtils.waitForFxEvents();
        SegmentVisuals visuals = vm.segmentStep().visuals();
        CheckBox box = robot.lookup("#jitterBox").queryAs(CheckBox.class);
        ScatterCanvas scatter = robot.lookup("#scatter").match(VisualsWindowTest::showing).queryAs(ScatterCanvas.class);

        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            visuals.xAxisProperty().set("PC1");
            visuals.yAxisProperty().set("PC2");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(box.isVisible(), "principal components are continuous: no jitter offered");

        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            visuals.xAxisProperty().set("Age");
            visuals.yAxisProperty().set("Spending Score (1-100)");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(box.isVisible() && !box.isSelected(), "ages and scores are whole numbers: jitter offered, off");
        ScatterData plain = scatter.dataProperty().get();
        assertEquals("Age", plain.xLabel());

        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        ScatterData jittered = scatter.dataProperty().get();
        assertEquals("Age (jittered)", jittered.xLabel(), "the axis says so, in the window and an exported chart");
        assertEquals("Spending Score (1-100) (jittered)", jittered.yLabel());
        double[] age = visuals.axisValues("Age");
        int moved = 0;
        for (int i = 0; i < age.length; i++) {
            assertTrue(Math.abs(jittered.x()[i] - age[i]) <= 0.35, "row " + i);
            moved += jittered.x()[i] != plain.x()[i] ? 1 : 0;
        }
        assertEquals(age.length, moved, "every drawn point moved");
        assertEquals(plain.centroidX()[0], jittered.centroidX()[0], 0, "the centres are the true means");
        assertTrue(visuals.describe(0).contains("Age: 19"), "hover shows the true age: " + visuals.describe(0));

        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> box.setSelected(true));
        assertTrue(java.util.Arrays.equals(jittered.x(), scatter.dataProperty().get().x()),
                "the same picture every time");
    }
}
