package io.segmenta.cli;

import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.ExcelImporter;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Where a command's table comes from: FILE (CSV, Excel or Parquet, or {@code @sample}), or a query
 * against a database ({@link DatabaseOptions}: {@code --db JDBC_URL --query SQL}).
 */
final class InputOptions {
    /** Environment variable holding the database password for {@code --db}. */
    static final String PASSWORD_ENV = DatabaseOptions.PASSWORD_ENV;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "CSV, Excel (.xlsx) or Parquet file, or @sample "
            + "for the built-in sample; or leave it out and give --db and --query.")
    String file;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of an Excel FILE to read (default: the "
            + "first sheet with data).")
    String sheet;

    @Mixin
    DatabaseOptions database;

    /** Reads the table and prints the import's warnings to stderr (see {@link Inputs#load}). */
    Dataset load(CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        if (!database.given()) {
            database.refuseStray(spec);
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
        return database.load(spec);
    }
}
