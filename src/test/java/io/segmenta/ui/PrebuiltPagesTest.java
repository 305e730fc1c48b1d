package io.segmenta.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.Datasets;
import io.segmenta.ui.task.FxTaskRunner;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The steps' pages built ahead once the window shows (as Segmenta does after its first frame): only
 * while no work runs, styled out of sight (their controls have skins before they are ever shown), and
 * the very pages the steps then show, looking as they do when built on the first click.
 */
@ExtendWith(ApplicationExtension.class)
class PrebuiltPagesTest {
    private static final List<Step> AHEAD = List.of(Step.EXPLORE, Step.PREPARE, Step.SEGMENT, Step.PROFILES,
            Step.PREDICT);

    private UiFixture fixture;
    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new UiFixture(new FxTaskRunner());
        vm = fixture.vm();
        view = MainWindow.show(stage, vm, WindowTests.dialogs(null, null), null,
                () -> vm.data().showSample(Datasets.sample()));
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.shutdown());
        fixture.close();
    }

    @Test
    void pagesAreBuiltAndStyledAheadOnceNoWorkRunsAndAreTheOnesTheStepsShow() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch built = new CountDownLatch(1);
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            vm.runner().run("Holding the cores", (progress, cancel) -> release.await(30, TimeUnit.SECONDS), r -> { });
            view.prebuildPages(built::countDown);
        });
        assertFalse(built.await(1_500, TimeUnit.MILLISECONDS), "nothing is built while work runs");
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> AHEAD.forEach(s -> assertNull(view.builtPage(s), s.name())));

        release.countDown();
        assertTrue(built.await(30, TimeUnit.SECONDS), "built once the work has ended");
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            for (Step s : AHEAD) {
                Node page = view.builtPage(s);
                assertNotNull(page, s.name());
                assertNull(page.getScene(), s + ": taken out of the scene again");
                assertTrue(page.isVisible() && page.isManaged(), s.name());
            }
            // styled ahead: the Prepare page's controls made their skins while nobody could see them
            // the Prepare page's choices, loaded after its page in a wait of their own, are first in it
            Parent prepare = (Parent) view.builtPage(Step.PREPARE);
            assertSame(prepare.lookup(".prepare-choices"), prepare.getChildrenUnmodifiable().get(0));
            // the tab on show, loaded after its page in a wait of its own, is there and styled too
            TabPane segmentTabs = (TabPane) view.builtPage(Step.SEGMENT).lookup(".tab-pane");
            Node tabContent = segmentTabs.getSelectionModel().getSelectedItem().getContent();
            assertNotNull(tabContent, "the Segment page's selected tab has its content");
            assertFalse(tabContent.lookupAll(".button").isEmpty());
            assertTrue(tabContent.lookupAll(".button").stream().allMatch(c -> ((Control) c).getSkin() != null));
            List<Control> controls = view.builtPage(Step.PREPARE).lookupAll(".button").stream()
                    .map(Control.class::cast).toList();
            assertFalse(controls.isEmpty());
            assertTrue(controls.stream().allMatch(c -> c.getSkin() != null), "every button has its skin");
        });

        StackPane content = (StackPane) stage.getScene().lookup("#content");
        for (Step s : AHEAD) {
            Node page = WaitForAsyncUtils.asyncFx(() -> {
                vm.stepProperty().set(s);
                return view.builtPage(s);
            }).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertSame(page, content.getChildren().get(0), s + " shows the page built ahead");
            assertEquals(2, content.getChildren().size(), "the page and the drop overlay");
            assertTrue(page.isVisible());
        }
    }

    /** A step opened while its page is being styled ahead a part at a time shows the page whole. */
    @Test
    void aStepOpenedWhileItsPageIsStyledAheadShowsItWhole() throws Exception {
        CountDownLatch built = new CountDownLatch(1);
        String whole = WaitForAsyncUtils.asyncFx(() -> { // the Prepare page as built, on the same view-model
            view.prebuildPages(built::countDown);
            return PageShape.of(new io.segmenta.ui.prepare.PrepareView(vm.prepare(), () -> { }).load());
        }).get(5, TimeUnit.SECONDS);
        StackPane content = (StackPane) stage.getScene().lookup("#content");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String shown = null;
        while (shown == null && System.nanoTime() < until) {
            shown = WaitForAsyncUtils.asyncFx(() -> {
                Node page = view.builtPage(Step.PREPARE);
                if (page == null || PageShape.of(page).equals(whole)) {
                    return null; // not built yet, or not taken apart (yet, or any more)
                }
                vm.stepProperty().set(Step.PREPARE); // taken apart for its styling: opened now
                assertSame(page, content.getChildren().get(0), "the page built ahead shows");
                return PageShape.of(page);
            }).get(5, TimeUnit.SECONDS);
            Thread.sleep(5);
        }
        assertNotNull(shown, "the Prepare page was never seen being styled a part at a time");
        assertEquals(whole, shown, "shown whole");
        assertTrue(built.await(30, TimeUnit.SECONDS), "the other pages built ahead after it");
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> { // (the step on show then fills its page with its findings)
            for (Step s : AHEAD) {
                assertTrue(s == Step.PREPARE || view.builtPage(s).getScene() == null, s + " out of the scene");
            }
        });
    }
}
