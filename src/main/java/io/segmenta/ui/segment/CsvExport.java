package io.segmenta.ui.segment;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.Segmenter;
import io.segmenta.core.data.Dataset;
import io.segmenta.ui.Formats;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.List;

/** File > Export segmented CSV…: the shown run's table with each customer's segment, written in the background. */
final class CsvExport {
    private CsvExport() {
    }

    /**
     * Writes {@code data} plus "Segment", "Segment name" (and "Segment description" once a segment is
     * described) of {@code result} to {@code out}; says so, or says why not, on {@code notices}.
     */
    static void run(TaskRunner runner, NoticeBoard notices, Dataset data, SegmentationResult result, List<String> names,
                    List<String> descriptions, Path out) {
        if (result == null || data == null) {
            notices.error("There is nothing to export yet. Run Segment first.");
            return;
        }
        Path target = out.toAbsolutePath().normalize();
        runner.run("Exporting " + target.getFileName(), (progress, cancel) -> {
            Segmenter.exportSegmented(data, result, names, descriptions.size() == names.size() ? descriptions : null,
                    target, progress, cancel);
            return target;
        }, p -> {
            notices.success("Exported " + Formats.plural(data.rowCount(), "row", "rows") + " with their segment to " + p);
            runner.announce("Exported " + p.getFileName());
        }, notices::error);
    }
}
