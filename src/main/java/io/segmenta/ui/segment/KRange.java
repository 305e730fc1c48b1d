package io.segmenta.ui.segment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The range of k that Find k searches, set by the analyst (1 to {@value #MAX}) and remembered per
 * table across sessions: opening a table again, today or after a restart, brings back the range last
 * used on it. The ranges live in a {@link Preferences} node, one key per table (the SHA-256 of the
 * table's identity: its file path or query and its name, so a path of any length fits a key), the value
 * {@code "from to order"}; beyond {@value #REMEMBERED} tables the one used longest ago is forgotten.
 */
public final class KRange {
    /** The largest k the window searches (the command line's --k-max goes further). */
    public static final int MAX = 30;
    /** The range a table starts with. */
    static final int DEFAULT_FROM = 1;
    static final int DEFAULT_TO = 10;
    /** Tables whose range is remembered. */
    static final int REMEMBERED = 200;
    private static final String NEXT = "next-order";

    private final IntegerProperty from = new SimpleIntegerProperty(this, "from", DEFAULT_FROM);
    private final IntegerProperty to = new SimpleIntegerProperty(this, "to", DEFAULT_TO);
    private final Preferences node;
    private String key;

    /** A range remembered in {@code node}. */
    KRange(Preferences node) {
        this.node = node;
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

    /**
     * Switches to the range remembered for the table {@code identity} (its path or query and its
     * name), or the default for a table not seen yet; null for no table.
     */
    void tableChanged(String identity) {
        key = null;
        int[] r = identity == null ? null : recalled(keyOf(identity));
        to.set(MAX);
        from.set(r == null ? DEFAULT_FROM : r[0]);
        to.set(r == null ? DEFAULT_TO : r[1]);
        key = identity == null ? null : keyOf(identity);
    }

    /** "k = 1 to 10" */
    public String text() {
        return "k = " + from.get() + " to " + to.get();
    }

    private int[] recalled(String k) {
        String[] parts = node.get(k, "").trim().split(" ");
        if (parts.length != 3) {
            return null;
        }
        try {
            int f = Integer.parseInt(parts[0]);
            int t = Integer.parseInt(parts[1]);
            return f >= 1 && t <= MAX && f < t ? new int[] {f, t} : null;
        } catch (NumberFormatException damaged) {
            return null;
        }
    }

    private void remember() {
        if (key == null) {
            return;
        }
        long order = node.getLong(NEXT, 0);
        node.putLong(NEXT, order + 1);
        node.put(key, from.get() + " " + to.get() + " " + order);
        forgetOldest();
    }

    /** Drops the tables used longest ago beyond {@value #REMEMBERED}. */
    private void forgetOldest() {
        try {
            String[] keys = node.keys();
            int tables = keys.length - 1;
            while (tables > REMEMBERED) {
                String oldest = null;
                long lowest = Long.MAX_VALUE;
                for (String k : node.keys()) {
                    if (k.equals(NEXT)) {
                        continue;
                    }
                    String[] parts = node.get(k, "").split(" ");
                    long order = parts.length == 3 ? parseOrder(parts[2]) : Long.MIN_VALUE;
                    if (order < lowest) {
                        lowest = order;
                        oldest = k;
                    }
                }
                node.remove(oldest);
                tables--;
            }
        } catch (BackingStoreException unavailable) {
            // the preferences cannot be listed: the ranges stay, unpruned
        }
    }

    private static long parseOrder(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException damaged) {
            return Long.MIN_VALUE;
        }
    }

    /** The preference key of a table: the hex SHA-256 of its identity (64 characters, under the 80 allowed). */
    static String keyOf(String identity) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
