package io.segmenta.core.data;

import io.segmenta.core.SegmentaException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A query against a database, as Segmenta remembers it: the JDBC URL, the user and the query text,
 * never a password (it is asked for each time and passed separately). A password written into the
 * URL ({@code password=...}, {@code //user:secret@host}) is refused, so it cannot reach the recent
 * list, a log or the command history by way of the URL.
 *
 * @param url   a JDBC URL, e.g. {@code jdbc:postgresql://db.example.com/shop} or {@code jdbc:sqlite:/data/crm.db}
 * @param user  the database user, or "" when the database needs none (SQLite)
 * @param query the one query to run, as typed
 */
public record DatabaseQuery(String url, String user, String query) {
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)[?&;:](password|pwd)=");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("^jdbc:[a-z0-9]+:(?:[a-z0-9]+:)?//[^/@?]*:[^/@?]*@",
            Pattern.CASE_INSENSITIVE);

    public DatabaseQuery {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(query, "query");
        url = url.strip();
        user = user.strip();
        query = query.strip();
    }

    /**
     * Checks what can be checked before connecting.
     *
     * @throws SegmentaException naming the field: a URL that is not JDBC, one with a password in it, an
     *                           empty query
     */
    public DatabaseQuery validated() {
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            throw new SegmentaException("The database URL must be a JDBC URL starting with \"jdbc:\", for example "
                    + "jdbc:postgresql://localhost:5432/shop or jdbc:sqlite:/path/to/file.db (got \"" + url + "\").");
        }
        if (PASSWORD_PARAM.matcher(url).find() || USER_INFO_PASSWORD.matcher(url).find()) {
            throw new SegmentaException("The database URL holds a password. Remove it from the URL: Segmenta asks "
                    + "for the password and never stores it.");
        }
        if (query.isEmpty()) {
            throw new SegmentaException("The query is empty. Type the SELECT that returns one row per customer.");
        }
        return this;
    }

    /** True for an SQLite URL (the file is opened read-only). */
    boolean sqlite() {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:sqlite:");
    }

    /** True for a MariaDB or MySQL URL (either driver may serve it). */
    boolean mysqlFamily() {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("jdbc:mariadb:") || u.startsWith("jdbc:mysql:");
    }

    /**
     * The file of an SQLite URL ({@code jdbc:sqlite:crm.db}, {@code jdbc:sqlite:file:crm.db?mode=ro}),
     * which exports of the table must not overwrite; empty for other databases and in-memory ones.
     */
    public Optional<Path> sqliteFile() {
        if (!sqlite()) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:sqlite:".length());
        int q = rest.indexOf('?');
        if (q >= 0) {
            rest = rest.substring(0, q);
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        if (rest.isEmpty() || rest.equals(":memory:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(rest).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** What the table is called: the database part of the URL, e.g. {@code shop (query)}. */
    public String displayName() {
        String rest = url.replaceFirst("(?i)^jdbc:[a-z0-9]+:", "");
        int q = rest.indexOf('?');
        if (q >= 0) {
            rest = rest.substring(0, q);
        }
        int slash = Math.max(rest.lastIndexOf('/'), rest.lastIndexOf('\\'));
        String name = slash >= 0 ? rest.substring(slash + 1) : rest;
        return (name.isEmpty() ? "database" : name) + " (query)";
    }
}
