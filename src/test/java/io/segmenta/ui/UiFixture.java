package io.segmenta.ui;

import io.segmenta.ui.data.CoreDatasetSource;
import io.segmenta.ui.data.RecentFiles;
import io.segmenta.ui.task.TaskRunner;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * A main view-model over the real core (importer, sample, segmenter) with its recent files in a
 * throw-away preferences node, so tests never touch the user's list.
 */
public final class UiFixture implements AutoCloseable {
    private final Preferences node = Preferences.userRoot().node("io/segmenta/test/ui-" + UUID.randomUUID());
    private final MainViewModel vm;

    public UiFixture(TaskRunner runner) {
        this.vm = new MainViewModel(runner, new RecentFiles(node), new CoreDatasetSource());
    }

    public MainViewModel vm() {
        return vm;
    }

    @Override
    public void close() {
        try {
            node.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // already gone
        }
    }
}
