package io.segmenta.ui.segment;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.export.ReadFiles;
import io.segmenta.core.report.ReportInput;
import io.segmenta.core.report.ReportMaker;
import io.segmenta.core.report.SegmentReport;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.task.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** File > Export report…: the shown run's report written in the background, as {@code segmenta report} writes it. */
final class ReportExport {
    private ReportExport() {
    }

    /**
     * Writes the report of {@code result} on {@code data} with the analyst's {@code names} and
     * {@code descriptions} to {@code out}; says so, or says why not, on {@code notices}. With the
     * {@code modelFile} the run was saved as, the report says how to place new customers with it, as
     * {@code segmenta report --model} does.
     */
    static void run(TaskRunner runner, NoticeBoard notices, Dataset data, SegmentationResult result,
                    List<String> names, List<String> descriptions, Path modelFile, Path out) {
        if (result == null || data == null) {
            notices.error("There is nothing to report yet. Run Segment first.");
            return;
        }
        Path target = out.toAbsolutePath().normalize();
        String version = ReportExport.class.getPackage().getImplementationVersion();
        runner.run("Writing the report " + target.getFileName(), (progress, cancel) -> {
            ReadFiles.refuse(data, target); // before the sweep, not after it
            SweepResult sweep = ReportMaker.sweep(data, result, progress, cancel);
            SegmentReport.write(new ReportInput(data, result, sweep, names, descriptions, null, LocalDate.now(),
                    modelFile == null ? null : modelFile.getFileName().toString(),
                    version == null ? "development build" : version), target);
            return target;
        }, p -> {
            notices.success("Wrote the report to " + p + ". It opens in any browser and prints on A4.");
            runner.announce("Wrote " + p.getFileName());
        }, notices::error);
    }
}
