package io.segmenta.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one message the window shows at a time (newest wins), shared by the view-models. The view
 * binds to {@link #currentProperty()}; the user can dismiss it ({@link #clear()}).
 */
public final class NoticeBoard {
    private final ReadOnlyObjectWrapper<Notice> current = new ReadOnlyObjectWrapper<>(this, "current");

    public ReadOnlyObjectProperty<Notice> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The message shown, or null. */
    public Notice current() {
        return current.get();
    }

    public void show(Notice.Level level, String text) {
        current.set(new Notice(level, text));
    }

    public void error(String text) {
        show(Notice.Level.ERROR, text);
    }

    public void warning(String text) {
        show(Notice.Level.WARNING, text);
    }

    public void success(String text) {
        show(Notice.Level.SUCCESS, text);
    }

    public void info(String text) {
        show(Notice.Level.INFO, text);
    }

    public void clear() {
        current.set(null);
    }
}
