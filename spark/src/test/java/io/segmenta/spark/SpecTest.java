package io.segmenta.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.cluster.KMeansSpec;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.model.ModelBuilder;
import io.segmenta.core.model.ModelFile;
import io.segmenta.core.model.ModelSegment;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.core.prep.CategoricalPolicy;
import io.segmenta.core.prep.MissingPolicy;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierPolicy;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.prep.Scaling;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --spec MODEL.json: a desktop model's every choice, replayed on Spark. */
class SpecTest {
    @TempDir
    Path dir;

    @Test
    void reproducesADesktopModelsChoices() {
        Path mall = SharedData.dataset(SharedData.MALL);
        Dataset data = CsvImporter.read(mall);
        PrepSpec prep = new PrepSpec(List.of("Genre", "Age", "Annual Income (k$)", "Spending Score (1-100)"),
                Scaling.MINMAX, MissingPolicy.DROP_ROWS, CategoricalPolicy.DEFAULT, List.of(),
                OutlierPolicy.parse("zscore:2.5").withAction(OutlierAction.EXCLUDE).withSeed(7), Map.of(), List.of());
        SegmentationSpec spec = new SegmentationSpec(prep, new KMeansSpec(4, 3), 7);
        SegmentationResult r = Segmenter.segment(data, spec, ProgressListener.NONE, CancellationToken.NONE);
        SegmentModel desktop = ModelBuilder.build(data, r, null, Instant.now(), "test");
        ModelFile.write(desktop, dir.resolve("desktop.json"));

        LocalSpark.Run run = LocalSpark.run("cluster", mall.toString(), "--spec", dir.resolve("desktop.json").toString(),
                "--model", dir.resolve("spark.json").toString());
        assertEquals(0, run.code(), run.err());
        SegmentModel spark = ModelFile.read(dir.resolve("spark.json"));
        assertEquals(desktop.training().spec(), spark.training().spec());
        assertEquals(desktop.features(), spark.features());
        assertEquals(desktop.training().rowsExcluded(), spark.training().rowsExcluded());
        assertTrue(spark.training().rowsExcluded() > 0, "z-scores above 2.5 excluded");
        assertArrayEquals(desktop.preparation().center(), spark.preparation().center(), 1e-12);
        assertArrayEquals(desktop.preparation().scale(), spark.preparation().scale(), 1e-12);
        assertEquals(desktop.segments().stream().map(ModelSegment::size).toList(),
                spark.segments().stream().map(ModelSegment::size).toList());
        for (int s = 0; s < desktop.k(); s++) {
            assertArrayEquals(desktop.segments().get(s).centroid(), spark.segments().get(s).centroid(), 1e-6);
        }
    }

    @Test
    void refusesChoicesBesideASpec() {
        Path mall = SharedData.dataset(SharedData.MALL);
        LocalSpark.Run run = LocalSpark.run("cluster", mall.toString(), "--spec", dir.resolve("none.json").toString(),
                "--features", "Age");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("leave out --features"), run.err());
    }
}
