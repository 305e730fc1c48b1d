package io.segmenta.cli;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.data.DatabaseQuery;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.export.ReadFiles;
import io.segmenta.core.projectfile.DataFile;
import io.segmenta.core.projectfile.Project;
import io.segmenta.core.projectfile.ProjectData;
import io.segmenta.core.projectfile.ProjectFiles;
import io.segmenta.core.projectfile.ProjectRun;
import io.segmenta.core.report.ReportInput;
import io.segmenta.core.report.ReportMaker;
import io.segmenta.core.report.SegmentReport;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * {@code segmenta report --project P.segmenta --out report.html}: the project's selected run, computed
 * again from its table and spec (the same core calls as reopening the project in the window), as the
 * report File > Export report writes, with the segment names and descriptions of the project.
 */
final class ProjectReport {
    private ProjectReport() {
    }

    static void write(Path projectFile, boolean acceptChangedData, Path out, String title, PrintWriter err) {
        Project project = ProjectFiles.read(projectFile);
        ProjectRun run = project.selected();
        if (run == null) {
            throw new SegmentaException(projectFile + " has no selected run to report"
                    + (project.runs().isEmpty() ? " (it holds no run): segment in the window and save the project again."
                    : ": make a run current in the window and save the project again."));
        }
        DataFile.Status status = DataFile.check(project.source());
        Path data = project.source().dataFile();
        if (status == DataFile.Status.MISSING) {
            throw new SegmentaException("The data file of " + projectFile + ", " + data + ", is not there (moved, "
                    + "renamed or deleted). Open the project in the window to point it to the file.");
        }
        if (status == DataFile.Status.CHANGED) {
            if (!acceptChangedData) {
                throw new SegmentaException("The data file " + data + " changed since " + projectFile + " was saved "
                        + "(its SHA-256 differs). Add --accept-changed-data to report on the file as it is now.");
            }
            err.println("segmenta: note: " + data + " changed since the project was saved; the report is of the file "
                    + "as it is now.");
        }
        DatabaseQuery query = project.source().databaseQuery();
        char[] password = query == null ? null : DatabaseOptions.password(query);
        Dataset table;
        try {
            table = ProjectData.read(project.source(), password, ProgressListener.NONE, CancellationToken.NONE);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        Inputs.report(table, err);
        ReadFiles.refuse(table, out);
        SegmentationResult result = ProjectData.recompute(table, List.of(run), ProgressListener.NONE,
                CancellationToken.NONE).get(0);
        SweepResult sweep = ReportMaker.sweep(table, result, ProgressListener.NONE, CancellationToken.NONE);
        List<String> names = run.names().size() == result.k() ? run.names() : List.of();
        List<String> descriptions = run.descriptions().size() == result.k() ? run.descriptions() : List.of();
        SegmentReport.write(new ReportInput(table, result, sweep, names, descriptions, title, LocalDate.now(), null,
                SegmentaCli.versionText()), out);
    }
}
