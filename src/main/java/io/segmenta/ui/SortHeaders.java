package io.segmenta.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A table whose header clicks ask a view-model for an order instead of sorting the table's items:
 * each sortable column carries what it sorts by in its user data; a click hands the keys of the
 * clicked headers to the view-model, which puts the items in order (at once or in the background),
 * and {@link #show} puts the arrows back where the view-model says when a sort did not happen.
 *
 * @param <S> the table's items
 * @param <K> a sort key: a column's user data and a direction
 */
public final class SortHeaders<S, K> {
    private final TableView<S> table;
    private final BiFunction<Object, Boolean, K> keyOf;
    private final Function<K, Object> columnOf;
    private final Predicate<K> descending;
    private boolean quiet;

    private SortHeaders(TableView<S> table, BiFunction<Object, Boolean, K> keyOf, Function<K, Object> columnOf,
                        Predicate<K> descending) {
        this.table = Objects.requireNonNull(table, "table");
        this.keyOf = Objects.requireNonNull(keyOf, "keyOf");
        this.columnOf = Objects.requireNonNull(columnOf, "columnOf");
        this.descending = Objects.requireNonNull(descending, "descending");
    }

    /**
     * Makes {@code table}'s header clicks call {@code sortBy} with the clicked headers' keys.
     *
     * @param keyOf      the key of a column with this user data and direction (true: descending), or null
     *                   when the column does not sort
     * @param columnOf   the user data of a key's column
     * @param descending whether a key sorts descending
     */
    public static <S, K> SortHeaders<S, K> install(TableView<S> table, BiFunction<Object, Boolean, K> keyOf,
                                                   Function<K, Object> columnOf, Predicate<K> descending,
                                                   Consumer<List<K>> sortBy) {
        SortHeaders<S, K> h = new SortHeaders<>(table, keyOf, columnOf, descending);
        Objects.requireNonNull(sortBy, "sortBy");
        table.setSortPolicy(t -> {
            if (!h.quiet) {
                sortBy.accept(h.keys());
            }
            return true;
        });
        return h;
    }

    /** The keys of the clicked headers, first one first. */
    public List<K> keys() {
        List<K> out = new ArrayList<>();
        for (TableColumn<S, ?> c : table.getSortOrder()) {
            K k = keyOf.apply(c.getUserData(), c.getSortType() == TableColumn.SortType.DESCENDING);
            if (k != null) {
                out.add(k);
            }
        }
        return out;
    }

    /** Puts the headers' sort arrows where {@code wanted} says (after a cancelled or failed sort). */
    public void show(List<K> wanted) {
        if (wanted.equals(keys())) {
            return;
        }
        quietly(() -> {
            List<TableColumn<S, ?>> order = new ArrayList<>();
            for (K k : wanted) {
                for (TableColumn<S, ?> c : table.getColumns()) {
                    if (Objects.equals(columnOf.apply(k), c.getUserData())) {
                        c.setSortType(descending.test(k) ? TableColumn.SortType.DESCENDING
                                : TableColumn.SortType.ASCENDING);
                        order.add(c);
                    }
                }
            }
            table.getSortOrder().setAll(order);
        });
    }

    /**
     * Shows {@code items} (the view-model's new list: another order, other customers) with the headers'
     * arrows as they are: new items clear a table's sort order (TableView.items, "Fix for RT-35763").
     */
    public void setItems(ObservableList<S> items) {
        List<TableColumn<S, ?>> order = List.copyOf(table.getSortOrder());
        quietly(() -> {
            table.setItems(items);
            table.getSortOrder().setAll(order);
        });
    }

    /** Runs {@code change} (of the columns, the sort order, the items) without asking for an order. */
    public void quietly(Runnable change) {
        boolean was = quiet;
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = was;
        }
    }
}
