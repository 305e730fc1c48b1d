package io.segmenta.cli;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.Datasets;
import io.segmenta.core.data.Importers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Reads the FILE argument (CSV, Excel or Parquet, through {@link Importers}) and resolves column names given on the command line. */
final class Inputs {
    /** FILE value that stands for the built-in sample table. */
    static final String SAMPLE = "@sample";

    private Inputs() {
    }

    /**
     * Reads FILE (or the sample) and prints what the import fixed or guessed to {@code err}, one
     * "Warning:" line each, so that the standard output (e.g. --json) stays clean.
     */
    static Dataset load(String file, PrintWriter err) {
        return report(SAMPLE.equalsIgnoreCase(file) ? Datasets.sample() : Importers.read(Path.of(file)), err);
    }

    /** Prints what the import of {@code data} fixed or guessed to {@code err}, and returns it. */
    static Dataset report(Dataset data, PrintWriter err) {
        data.warnings().forEach(w -> err.println("Warning: " + w));
        err.flush();
        return data;
    }

    /**
     * Maps names as typed to the dataset's column names: exact match first, then a unique
     * case-insensitive match; otherwise an error that lists the columns.
     */
    static List<String> columns(Dataset data, List<String> typed) {
        List<String> out = new ArrayList<>();
        for (String raw : typed) {
            String name = raw.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (data.hasColumn(name)) {
                out.add(name);
                continue;
            }
            List<String> matches = data.columnNames().stream()
                    .filter(c -> c.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).toList();
            if (matches.size() == 1) {
                out.add(matches.get(0));
            } else {
                throw new SegmentaException("There is no column \"" + name + "\" in " + data.name() + ". Columns: "
                        + String.join(", ", data.columnNames()) + ".");
            }
        }
        if (out.isEmpty()) {
            throw new SegmentaException("No features given. Use --features \"A,B\" with column names of " + data.name()
                    + ": " + String.join(", ", data.columnNames()) + ".");
        }
        return new ArrayList<>(new LinkedHashSet<>(out));
    }
}
