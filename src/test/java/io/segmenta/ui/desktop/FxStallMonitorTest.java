package io.segmenta.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The stall monitor of the screenshots tour sees a busy JavaFX thread, names what kept it, and can leave work out. */
@ExtendWith(ApplicationExtension.class)
class FxStallMonitorTest {
    private static void busyFxThread(long millis) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> keepBusy(millis));
    }

    private static void keepBusy(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    @Test
    void aBusyJavaFxThreadIsAStallNamedByItsSegmentaMethod() throws Exception {
        List<String> told = new CopyOnWriteArrayList<>();
        try (FxStallMonitor monitor = new FxStallMonitor(told::add)) {
            Thread.sleep(200);
            monitor.takeLongest();
            busyFxThread(400);
            Thread.sleep(200);
            FxStallMonitor.Longest longest = monitor.takeLongest();
            assertTrue(longest.millis() >= 300, longest.describe());
            assertTrue(longest.stalls() >= 1, longest.describe());
            assertTrue(longest.where().contains("FxStallMonitorTest.keepBusy"), longest.where());
            assertTrue(told.stream().anyMatch(t -> t.contains("FxStallMonitorTest.keepBusy")), told.toString());
            assertTrue(longest.describe().startsWith("longest JavaFX-thread wait "), longest.describe());
        }
    }

    @Test
    void workDoneWhilePausedIsLeftOut() throws Exception {
        try (FxStallMonitor monitor = new FxStallMonitor(t -> { })) {
            Thread.sleep(200);
            monitor.takeLongest();
            monitor.pause();
            busyFxThread(600);
            Thread.sleep(100);
            FxStallMonitor.Longest whilePaused = monitor.takeLongest();
            assertEquals(0, whilePaused.stalls(), whilePaused.describe());
            assertTrue(whilePaused.millis() < 100, whilePaused.describe());
            monitor.resume();
        }
    }
    @Test
    void theWatcherHeldUpItselfIsAStallToo() throws Exception {
        // a garbage collection stops every thread: the watcher's wait between no-ops ends late, the window's
        // thread stood still as long, though no no-op was waiting then
        java.util.concurrent.atomic.AtomicInteger sleeps = new java.util.concurrent.atomic.AtomicInteger();
        List<String> told = new CopyOnWriteArrayList<>();
        try (FxStallMonitor monitor = new FxStallMonitor(told::add, millis -> Thread.sleep(
                sleeps.incrementAndGet() == 10 ? millis + 300 : millis))) {
            while (sleeps.get() < 12) {
                Thread.sleep(20);
            }
            FxStallMonitor.Longest longest = monitor.takeLongest();
            assertTrue(longest.millis() >= 290, longest.describe());
            assertEquals(1, longest.stalls(), longest.describe());
            assertEquals(FxStallMonitor.HELD_UP, longest.where());
            assertTrue(told.stream().anyMatch(t -> t.endsWith(FxStallMonitor.HELD_UP)), told.toString());
        }
    }

    /** A long stall is named by the innermost method most looks agree on, not by one look's leaf. */
    @Test
    void aStallIsNamedByTheInnermostMethodMostLooksSaw() {
        assertEquals("View.build:9 (3 of 3 looks)", FxStallMonitor.commonCause(List.of(
                List.of("Chart.paint:1", "View.build:9", "Main.show:2"), List.of("Table.fill:5", "View.build:9",
                        "Main.show:2"), List.of("Css.apply:7", "View.build:9", "Main.show:2"))));
        assertEquals("Chart.paint:1 (2 of 3 looks)", FxStallMonitor.commonCause(List.of(
                List.of("Chart.paint:1", "Main.show:2"), List.of("Table.fill:5", "Main.show:2"),
                List.of("Chart.paint:1", "Main.show:2"))));
        assertEquals("Chart.paint:1", FxStallMonitor.commonCause(List.of(List.of("Chart.paint:1", "Main.show:2"))));
        assertEquals("no one place (3 looks; the last in Css.apply)", FxStallMonitor.commonCause(List.of(
                List.of("Layout.run"), List.of("Gc.pause"), List.of("Css.apply"))));
        assertEquals(null, FxStallMonitor.commonCause(List.of()));
    }
}
