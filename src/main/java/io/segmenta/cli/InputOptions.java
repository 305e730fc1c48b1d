package io.segmenta.cli;

import io.segmenta.core.data.DatabaseImporter;
import io.segmenta.core.data.DatabaseQuery;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.ExcelImporter;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Where a command's table comes from: FILE (CSV, Excel or Parquet, or {@code @sample}), or a query
 * against a database ({@code --db JDBC_URL --query SQL}). The database password is never an option,
 * so it stays out of the shell history and the process list: it is read from the environment
 * variable {@value #PASSWORD_ENV}, or asked for on the terminal (not echoed) when that is unset and
 * {@code --db-user} is given.
 */
final class InputOptions {
    /** Environment variable holding the database password for {@code --db}. */
    static final String PASSWORD_ENV = "SEGMENTA_DB_PASSWORD";

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "CSV, Excel (.xlsx) or Parquet file, or @sample "
            + "for the built-in sample; or leave it out and give --db and --query.")
    String file;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of an Excel FILE to read (default: the "
            + "first sheet with data).")
    String sheet;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Read the table from a database instead of FILE, "
            + "e.g. jdbc:postgresql://host:5432/shop or jdbc:sqlite:crm.db (read-only; no password in the URL).")
    String db;

    @Option(names = "--query", paramLabel = "SQL", description = "With --db: the SELECT that returns one row per "
            + "customer (the only statement run).")
    String query;

    @Option(names = "--db-user", paramLabel = "USER", description = "With --db: the database user. The password "
            + "comes from $" + PASSWORD_ENV + ", or is asked for on the terminal.")
    String user;

    /** Reads the table and prints the import's warnings to stderr (see {@link Inputs#load}). */
    Dataset load(CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        if (db == null) {
            if (query != null || user != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), (query != null ? "--query" : "--db-user")
                        + " needs --db JDBC_URL, the database to run it on.");
            }
            if (file == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Missing FILE: give a CSV, Excel or "
                        + "Parquet file (or @sample), or --db JDBC_URL --query SQL.");
            }
            if (sheet != null) {
                Dataset data = ExcelImporter.read(Path.of(file), sheet, ProgressListener.NONE, CancellationToken.NONE);
                return Inputs.report(data, err);
            }
            return Inputs.load(file, err);
        }
        if (file != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give either FILE or --db, not both.");
        }
        if (query == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--db needs --query SQL, the SELECT to run.");
        }
        DatabaseQuery q = new DatabaseQuery(db, user == null ? "" : user, query).validated();
        char[] password = password(q);
        try {
            return Inputs.report(DatabaseImporter.read(q, password, ProgressListener.NONE, CancellationToken.NONE),
                    err);
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
