package io.segmenta.ui.data;

import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.Datasets;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.nio.file.Path;

/** Tables from core: {@link CsvImporter} for files, {@link Datasets#sample()} for the sample. */
public final class CoreDatasetSource implements DatasetSource {
    @Override
    public Dataset read(Path file, ProgressListener progress, CancellationToken cancel) {
        return CsvImporter.read(file, progress, cancel);
    }

    @Override
    public Dataset sample() {
        return Datasets.sample();
    }
}
