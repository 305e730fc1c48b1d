package io.segmenta.ui.data;

import io.segmenta.core.data.Dataset;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.nio.file.Path;

/**
 * Where the Data step gets tables from: CSV files and the built-in sample. The window uses the core
 * importer; both calls block and run on the worker thread.
 */
public interface DatasetSource {
    /** Reads a CSV file; a {@link io.segmenta.core.SegmentaException} names what is wrong and where. */
    Dataset read(Path file, ProgressListener progress, CancellationToken cancel);

    /** The built-in sample table. */
    Dataset sample();
}
