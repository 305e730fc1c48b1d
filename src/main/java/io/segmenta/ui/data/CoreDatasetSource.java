package io.segmenta.ui.data;

import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.Datasets;
import io.segmenta.core.data.Importers;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.nio.file.Path;

/** Tables from core: {@link Importers} for files (CSV, Excel, Parquet), {@link Datasets#sample()} for the sample. */
public final class CoreDatasetSource implements DatasetSource {
    @Override
    public Dataset read(Path file, ProgressListener progress, CancellationToken cancel) {
        return Importers.read(file, progress, cancel);
    }

    @Override
    public Dataset sample() {
        return Datasets.sample();
    }
}
