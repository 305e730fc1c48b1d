package io.segmenta.ui.data;

import io.segmenta.core.data.DatabaseQuery;
import io.segmenta.ui.desktop.PreferencesWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The database queries the user ran last, newest first, at most {@value #MAX}: URL, user and query
 * text, kept in {@link Preferences} (keys {@code query.N.url}, {@code query.N.user}, {@code query.N.sql}).
 * A {@link DatabaseQuery} has no password, so none is ever stored.
 */
public final class RecentQueries {
    public static final int MAX = 10;
    private static final String KEY = "query.";

    private final Preferences node;
    private final ObservableList<DatabaseQuery> queries = FXCollections.observableArrayList();
    private final ObservableList<DatabaseQuery> readOnly = FXCollections.unmodifiableObservableList(queries);

    public RecentQueries(Preferences node) {
        this.node = node;
        List<DatabaseQuery> loaded = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String url = node.get(KEY + i + ".url", null);
            String sql = node.get(KEY + i + ".sql", null);
            if (url != null && sql != null) {
                loaded.add(new DatabaseQuery(url, node.get(KEY + i + ".user", ""), sql));
            }
        }
        queries.setAll(loaded);
    }

    /** Newest first. */
    public ObservableList<DatabaseQuery> queries() {
        return readOnly;
    }

    /** Puts {@code q} first (moving it if listed) and drops the oldest beyond {@value #MAX}. */
    public void add(DatabaseQuery q) {
        List<DatabaseQuery> next = new ArrayList<>(queries);
        next.remove(q);
        next.add(0, q);
        while (next.size() > MAX) {
            next.remove(next.size() - 1);
        }
        queries.setAll(next);
        for (int i = 0; i < MAX; i++) {
            if (i < queries.size()) {
                node.put(KEY + i + ".url", queries.get(i).url());
                node.put(KEY + i + ".user", queries.get(i).user());
                node.put(KEY + i + ".sql", queries.get(i).query());
            } else {
                node.remove(KEY + i + ".url");
                node.remove(KEY + i + ".user");
                node.remove(KEY + i + ".sql");
            }
        }
        PreferencesWriter.flushLater(node, "the recent queries");
    }
}
