package io.segmenta.core.projectfile;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.Segmenter;
import io.segmenta.core.data.DatabaseImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.Datasets;
import io.segmenta.core.data.ExcelImporter;
import io.segmenta.core.data.Importers;
import io.segmenta.core.rfm.CustomerTables;
import io.segmenta.core.rfm.RfmOptions;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reopening a project's work: its table read again as it was read (the same reader, sheet, query or
 * customer-table roles), and its runs computed again from their specs. Segmenta's methods are
 * deterministic for a seed, so the runs come back with the same figures to the last digit. Only
 * reads: neither the data file nor the project is written.
 */
public final class ProjectData {
    private ProjectData() {
    }

    /**
     * Reads the table of {@code source}.
     *
     * @param password the database password for a query (cleared by the caller), or null
     */
    public static Dataset read(TableSource source, char[] password, ProgressListener progress,
                               CancellationToken cancel) {
        return switch (source.kind()) {
            case SAMPLE -> Datasets.sample();
            case FILE -> {
                java.nio.file.Path file = source.dataFile();
                yield source.sheet() != null ? ExcelImporter.read(file, source.sheet(), progress, cancel)
                        : Importers.read(file, progress, cancel);
            }
            case DATABASE -> DatabaseImporter.read(source.databaseQuery().validated(),
                    password == null ? new char[0] : password, progress, cancel);
            case CUSTOMER_TABLE -> {
                Dataset log = read(source.log(), password, progress.range(0, 0.6), cancel);
                yield CustomerTables.make(log, source.roles(), new RfmOptions(referenceDay(source)),
                        progress.range(0.6, 1), cancel).table();
            }
        };
    }

    private static LocalDate referenceDay(TableSource source) {
        if (source.referenceDay() == null) {
            return null;
        }
        try {
            return LocalDate.parse(source.referenceDay());
        } catch (DateTimeParseException e) {
            throw new SegmentaException("The project's reference day \"" + source.referenceDay()
                    + "\" is not a date written yyyy-MM-dd.");
        }
    }

    /** Runs every spec of {@code runs} on {@code data} again, in order; progress is shared among them. */
    public static List<SegmentationResult> recompute(Dataset data, List<ProjectRun> runs, ProgressListener progress,
                                                     CancellationToken cancel) {
        List<SegmentationResult> out = new ArrayList<>();
        int n = runs.size();
        for (int i = 0; i < n; i++) {
            cancel.throwIfCancelled();
            ProjectRun run = runs.get(i);
            ProgressListener part = progress.range((double) i / n, (double) (i + 1) / n);
            part.progress(0, "Run " + run.number() + " of " + n + ": " + run.spec().algorithm().describe());
            out.add(Segmenter.segment(data, run.spec(), part, cancel));
        }
        return out;
    }
}
