package io.segmenta.ui.segment;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The range of k that Find k searches, set by the analyst (1 to {@value #MAX}) and remembered per
 * table for the session: opening a table again brings back the range last used on it.
 */
public final class KRange {
    /** The largest k the window searches (the command line's --k-max goes further). */
    public static final int MAX = 30;
    /** The range a table starts with. */
    static final int DEFAULT_FROM = 1;
    static final int DEFAULT_TO = 10;

    private final IntegerProperty from = new SimpleIntegerProperty(this, "from", DEFAULT_FROM);
    private final IntegerProperty to = new SimpleIntegerProperty(this, "to", DEFAULT_TO);
    private final Map<String, int[]> remembered = new HashMap<>();
    private String table;

    KRange() {
        from.addListener((o, was, now) -> {
            int v = Math.max(1, Math.min(MAX - 1, now.intValue()));
            if (v != now.intValue()) {
                from.set(v);
            } else if (to.get() <= v) {
                to.set(v + 1);
            }
            remember();
        });
        to.addListener((o, was, now) -> {
            int v = Math.max(2, Math.min(MAX, now.intValue()));
            if (v != now.intValue()) {
                to.set(v);
            } else if (from.get() >= v) {
                from.set(v - 1);
            }
            remember();
        });
    }

    /** The smallest k searched. */
    public IntegerProperty fromProperty() {
        return from;
    }

    /** The largest k searched. */
    public IntegerProperty toProperty() {
        return to;
    }

    /** Switches to the range remembered for {@code tableName} (the default for a table not seen yet). */
    void tableChanged(String tableName) {
        table = null;
        int[] r = tableName == null ? null : remembered.get(tableName);
        to.set(MAX);
        from.set(r == null ? DEFAULT_FROM : r[0]);
        to.set(r == null ? DEFAULT_TO : r[1]);
        table = tableName;
    }

    /** "k = 1 to 10" */
    public String text() {
        return "k = " + from.get() + " to " + to.get();
    }

    private void remember() {
        if (table != null) {
            remembered.put(table, new int[] {from.get(), to.get()});
        }
    }
}
