package io.segmenta.cli;

import io.segmenta.core.data.DatabaseImporter;
import io.segmenta.core.data.DatabaseQuery;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.JdbcDrivers;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.Console;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * A table read from a database instead of a file ({@code --db JDBC_URL --query SQL [--db-user USER]
 * [--driver JAR]...}; a driver Segmenta does not ship comes from the drivers folder or {@code --driver}):
 * a mixin of {@link InputOptions} (FILE or a query) and of {@code predict} (--in FILE or a query). The
 * database password is never an option, so it stays out of the shell history and the process list: it
 * is read from the environment variable {@value #PASSWORD_ENV}, or asked for on the terminal (not
 * echoed) when that is unset and {@code --db-user} is given.
 */
final class DatabaseOptions {
    /** Environment variable holding the database password for {@code --db}. */
    static final String PASSWORD_ENV = "SEGMENTA_DB_PASSWORD";

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Read the table from a database instead of a "
            + "file, e.g. jdbc:postgresql://host:5432/shop or jdbc:sqlite:crm.db (read-only; no password in the URL).")
    String db;

    @Option(names = "--query", paramLabel = "SQL", description = "With --db: the SELECT that returns one row per "
            + "customer (the only statement run).")
    String query;

    @Option(names = "--db-user", paramLabel = "USER", description = "With --db: the database user. The password "
            + "comes from $" + PASSWORD_ENV + ", or is asked for on the terminal.")
    String user;

    @Option(names = "--driver", paramLabel = "JAR", description = "With --db: a JDBC driver jar for this run "
            + "(repeatable), e.g. MariaDB's or MySQL's, which Segmenta does not ship. For every run, put the jar in "
            + "the drivers folder instead: drivers in Segmenta's configuration folder (~/.config/segmenta/drivers on "
            + "Linux).")
    List<Path> drivers = new ArrayList<>();

    /** True when --db is given. */
    boolean given() {
        return db != null;
    }

    /** Without --db: refuses --query and --db-user, which would be ignored. */
    void refuseStray(CommandSpec spec) {
        if (db == null && (query != null || user != null || !drivers.isEmpty())) {
            throw new CommandLine.ParameterException(spec.commandLine(), (query != null ? "--query"
                    : user != null ? "--db-user" : "--driver") + " needs --db JDBC_URL, the database to run it on.");
        }
    }

    /** Runs the query (read-only) and reads its rows; the import's warnings go to stderr. */
    Dataset load(CommandSpec spec) {
        if (query == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--db needs --query SQL, the SELECT to run.");
        }
        DatabaseQuery q = new DatabaseQuery(db, user == null ? "" : user, query).validated();
        JdbcDrivers jdbc = drivers.isEmpty() ? JdbcDrivers.installed()
                : JdbcDrivers.load(JdbcDrivers.defaultFolder(), drivers);
        char[] password = password(q);
        try {
            return Inputs.report(DatabaseImporter.read(q, password, jdbc, 0, ProgressListener.NONE,
                    CancellationToken.NONE), spec.commandLine().getErr());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The password from the environment, else asked on the terminal when a user is given, else none. */
    static char[] password(DatabaseQuery q) {
        String env = System.getenv(PASSWORD_ENV);
        if (env != null) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (!q.user().isEmpty() && console != null) {
            char[] typed = console.readPassword("Password for %s at %s: ", q.user(), q.url());
            return typed == null ? new char[0] : typed;
        }
        return new char[0];
    }
}
