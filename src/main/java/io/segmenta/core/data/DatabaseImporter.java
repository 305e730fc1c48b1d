package io.segmenta.core.data;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.CancelledException;
import io.segmenta.core.work.ProgressListener;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one query through JDBC and reads its result into a {@link Dataset}, with the same column rules
 * as a CSV file ({@link TableBuilder}). The connection is read-only ({@link Connection#setReadOnly};
 * an SQLite file is also opened in SQLite's read-only mode; a MariaDB or MySQL session is set to
 * {@code SET SESSION TRANSACTION READ ONLY}, since MariaDB's driver does not pass setReadOnly on to the
 * server) and runs in a transaction that is rolled back, and the query as typed is the only statement of
 * the user's that is sent. Rows are streamed with a fetch size, so a large result is never held by the
 * driver; a cancel stops the running query with {@link Statement#cancel()}. Each column's kind comes
 * from the result set's metadata (numbers, decimals, dates, timestamps, booleans, text). The password
 * is used to connect and nowhere else: it is not part of the result, messages or the
 * {@link DatabaseQuery}.
 *
 * <p>Drivers: PostgreSQL and SQLite ship with Segmenta; any other (MariaDB, MySQL, SQL Server...) comes
 * from the drivers folder or a jar given for the run ({@link JdbcDrivers}).
 */
public final class DatabaseImporter {
    /** Rows fetched per round trip. */
    static final int FETCH_SIZE = 2_000;
    private static final long CANCEL_POLL_MS = 100;

    private enum Kind { INTEGER, DECIMAL, FLOAT, BOOLEAN, DATE, TIMESTAMP, TIMESTAMP_TZ, TEXT }

    private DatabaseImporter() {
    }

    /**
     * Runs the query and reads all its rows.
     *
     * @param password the password, or an empty array; the caller clears it afterwards
     * @throws SegmentaException   naming the URL when the driver is missing, the connection or the query fails
     * @throws CancelledException  when cancelled (the query is cancelled on the server)
     */
    public static Dataset read(DatabaseQuery query, char[] password, ProgressListener progress,
                               CancellationToken cancel) {
        return read(query, password, 0, progress, cancel);
    }

    /**
     * As {@link #read(DatabaseQuery, char[], ProgressListener, CancellationToken)}, reading at most
     * {@code maxRows} rows (0: all), for a preview.
     */
    public static Dataset read(DatabaseQuery query, char[] password, int maxRows, ProgressListener progress,
                               CancellationToken cancel) {
        return read(query, password, JdbcDrivers.installed(), maxRows, progress, cancel);
    }

    /**
     * As {@link #read(DatabaseQuery, char[], int, ProgressListener, CancellationToken)}, with the driver
     * from {@code drivers} (the drivers folder, or it and the jars given for one run).
     */
    public static Dataset read(DatabaseQuery query, char[] password, JdbcDrivers drivers, int maxRows,
                               ProgressListener progress, CancellationToken cancel) {
        DatabaseQuery q = query.validated();
        progress.progress(-1, "Connecting to " + q.url());
        try (Connection connection = connect(q, password, drivers)) {
            Dataset data = run(q, connection, maxRows, progress, cancel);
            return q.sqliteFile().map(data::withMadeFrom).orElse(data);
        } catch (SQLException e) {
            if (cancel.isCancelled()) {
                throw new CancelledException();
            }
            throw failed(q, e);
        }
    }

    private static Connection connect(DatabaseQuery q, char[] password, JdbcDrivers drivers) {
        Properties props = new Properties();
        if (!q.user().isEmpty()) {
            props.setProperty("user", q.user());
        }
        if (password != null && password.length > 0) {
            props.setProperty("password", new String(password));
        }
        if (q.sqlite()) {
            props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY: the file cannot be written
        }
        try {
            Connection c = drivers.connect(q.url(), props);
            try {
                if (!c.isReadOnly()) {
                    c.setReadOnly(true);
                }
                if (q.mysqlFamily()) {
                    // MariaDB's driver keeps setReadOnly to itself: the server is told, so it refuses any write
                    try (Statement st = c.createStatement()) {
                        st.execute("SET SESSION TRANSACTION READ ONLY");
                    }
                }
                c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return c;
        } catch (SQLException e) {
            throw new SegmentaException("Could not connect to " + q.url() + (q.user().isEmpty() ? "" : " as "
                    + q.user()) + ": " + reason(e) + ". Check the URL, the user and the password.", e);
        }
    }

    private static Dataset run(DatabaseQuery q, Connection connection, int maxRows, ProgressListener progress,
                               CancellationToken cancel) throws SQLException {
        try (Statement st = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            st.setFetchSize(FETCH_SIZE);
            if (maxRows > 0) {
                st.setMaxRows(maxRows);
            }
            AtomicBoolean done = new AtomicBoolean();
            Thread watcher = cancelWatcher(st, cancel, done);
            try {
                progress.progress(-1, "Running the query on " + q.displayName());
                try (ResultSet rs = st.executeQuery(q.query())) {
                    return readRows(q, rs, progress, cancel);
                }
            } finally {
                done.set(true);
                watcher.interrupt();
                connection.rollback();
            }
        }
    }

    /** A daemon thread that cancels the statement when the token is cancelled. */
    private static Thread cancelWatcher(Statement st, CancellationToken cancel, AtomicBoolean done) {
        Thread t = new Thread(() -> {
            while (!done.get()) {
                if (cancel.isCancelled()) {
                    try {
                        st.cancel();
                    } catch (SQLException | RuntimeException e) {
                        // the statement already finished or the driver cannot cancel: the row loop stops it
                    }
                    return;
                }
                try {
                    Thread.sleep(CANCEL_POLL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "segmenta-query-cancel");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static Dataset readRows(DatabaseQuery q, ResultSet rs, ProgressListener progress,
                                    CancellationToken cancel) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        String[] header = new String[n];
        Kind[] kinds = new Kind[n];
        for (int j = 0; j < n; j++) {
            header[j] = meta.getColumnLabel(j + 1);
            kinds[j] = kind(meta.getColumnType(j + 1), meta.getColumnTypeName(j + 1));
        }
        List<String> warnings = new ArrayList<>();
        TableBuilder table = new TableBuilder(q.displayName(), header, 1024, warnings);
        for (int j = 0; j < n; j++) {
            if (kinds[j] == Kind.TEXT) {
                table.keepTexts(j); // a query is not run twice: keep what a late switch to text needs
            }
            if (q.sqlite()) {
                kinds[j] = Kind.TEXT; // SQLite keeps any value in any column: read each cell by its value
            }
        }
        String[] cells = new String[n];
        long row = 0;
        while (rs.next()) {
            for (int j = 0; j < n; j++) {
                cells[j] = cell(rs, j + 1, kinds[j]);
            }
            table.add(cells, ++row);
            table.tick(progress, cancel, -1);
        }
        cancel.throwIfCancelled();
        if (row == 0) {
            throw new SegmentaException("The query returned no rows (" + n + (n == 1 ? " column" : " columns")
                    + "). Check its WHERE clause, or query another table.");
        }
        try {
            return table.build((until, sink) -> {
                throw new SegmentaException("A column of the query holds numbers in some rows and text in others ("
                        + "SQLite keeps any value in any column). Convert it in the query, e.g. CAST(column AS TEXT) "
                        + "or CAST(column AS REAL), and run it again.");
            }, progress, cancel);
        } catch (java.io.IOException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    /** How a column is read, from its JDBC type (and its name, where a driver reports timestamptz as TIMESTAMP). */
    private static Kind kind(int sqlType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(java.util.Locale.ROOT);
        if (sqlType == Types.TIMESTAMP && (name.contains("tz") || name.contains("time zone"))) {
            return Kind.TIMESTAMP_TZ;
        }
        return switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Kind.INTEGER;
            case Types.DECIMAL, Types.NUMERIC -> Kind.DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.FLOAT;
            case Types.BIT, Types.BOOLEAN -> Kind.BOOLEAN;
            case Types.DATE -> Kind.DATE;
            case Types.TIMESTAMP -> Kind.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP_TZ;
            default -> Kind.TEXT;
        };
    }

    /**
     * One cell as the text the CSV rules read back as its value. SQLite columns are read by the
     * value each cell holds, since SQLite stores any value in any column.
     */
    private static String cell(ResultSet rs, int j, Kind kind) throws SQLException {
        switch (kind) {
            case INTEGER: {
                long v = rs.getLong(j);
                return rs.wasNull() ? null : Long.toString(v);
            }
            case DECIMAL:
                return TableBuilder.number(rs.getBigDecimal(j));
            case FLOAT: {
                double v = rs.getDouble(j);
                return rs.wasNull() ? null : TableBuilder.number(v);
            }
            case BOOLEAN: {
                boolean v = rs.getBoolean(j);
                return rs.wasNull() ? null : Boolean.toString(v);
            }
            case DATE:
                return TableBuilder.date(rs.getObject(j, LocalDate.class));
            case TIMESTAMP:
                return TableBuilder.date(rs.getObject(j, LocalDateTime.class), false);
            case TIMESTAMP_TZ: {
                OffsetDateTime t = rs.getObject(j, OffsetDateTime.class);
                return t == null ? null : TableBuilder.date(t.withOffsetSameInstant(ZoneOffset.UTC)
                        .toLocalDateTime(), false);
            }
            default:
                return text(rs.getObject(j));
        }
    }

    /** A value of a text (or untyped) column: numbers and dates in canonical form, the rest as text. */
    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Double || v instanceof Float) {
            return TableBuilder.number(((Number) v).doubleValue());
        }
        if (v instanceof BigDecimal b) {
            return TableBuilder.number(b);
        }
        if (v instanceof Number) {
            return v.toString();
        }
        if (v instanceof Timestamp t) {
            return TableBuilder.date(t.toLocalDateTime(), false);
        }
        if (v instanceof java.sql.Date d) {
            return TableBuilder.date(d.toLocalDate());
        }
        if (v instanceof byte[] b) {
            return "(" + b.length + " bytes)";
        }
        return v.toString();
    }

    private static SegmentaException failed(DatabaseQuery q, SQLException e) {
        return new SegmentaException("The query on " + q.url() + " failed: " + reason(e) + ". Check the query in "
                + "the query editor (only a SELECT can run: the connection is read-only).", e);
    }

    private static String reason(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int line = m.indexOf('\n');
        m = line > 0 ? m.substring(0, line) : m;
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
