package io.segmenta.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.segmenta.testing.SharedData;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.Step;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.task.SyncTaskRunner;

/**
 * The whole window's view-models over the real core with a synchronous runner (no FX toolkit):
 * open the Mall data or the sample, show the Explore step, segment.
 */
final class ExploreFixture implements AutoCloseable {
    final SyncTaskRunner runner = new SyncTaskRunner();
    final UiFixture ui = new UiFixture(runner);
    final MainViewModel main = ui.vm();
    final ExploreViewModel explore = main.explore();

    /** Opens Mall_Customers.csv (skips the test when the shared data are absent). */
    ExploreFixture mall() {
        java.nio.file.Path file;
        try {
            file = SharedData.dataset(SharedData.MALL);
        } catch (org.opentest4j.TestAbortedException e) {
            close();
            throw e;
        }
        main.data().open(file);
        assertNotNull(main.data().dataset(), () -> "Mall did not open: " + main.notices().current());
        assertEquals(200, explore.dataset().rowCount());
        return this;
    }

    /** Opens the built-in sample of 500 customers. */
    ExploreFixture sample() {
        main.data().openSample();
        assertNotNull(main.data().dataset(), () -> "the sample did not open: " + main.notices().current());
        return this;
    }

    /** Shows the Explore step on the given tab (computations run only then). */
    ExploreFixture show(ExploreTab tab) {
        main.stepProperty().set(Step.EXPLORE);
        explore.tabProperty().set(tab);
        return this;
    }

    /** Segments with the Segment step's defaults (Income + Spending, k = 5, seed 42). */
    ExploreFixture segment() {
        main.segmentStep().kProperty().set(5);
        main.segmentStep().segment();
        assertNotNull(main.segmentStep().result(), () -> "segmenting failed: " + main.notices().current());
        return this;
    }

    @Override
    public void close() {
        ui.close();
    }
}
