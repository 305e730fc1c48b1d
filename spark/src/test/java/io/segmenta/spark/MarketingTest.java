package io.segmenta.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.model.ModelFile;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.core.prep.FeaturePreparer;
import io.segmenta.core.prep.FittedCategorical;
import io.segmenta.core.prep.FittedInput;
import io.segmenta.core.prep.FittedNumeric;
import io.segmenta.core.prep.FittedPreparation;
import io.segmenta.testing.SharedData;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The marketing table (tab separated; 24 missing incomes; education and marital status as text)
 * with imputation, rare levels merged, one-hot encoding and a log transform: prepared as the
 * desktop prepares it, and a model the desktop reads and predicts every customer with.
 */
class MarketingTest {
    @TempDir
    static Path dir;
    static Path table;
    static LocalSpark.Run run;
    static SegmentModel model;

    @BeforeAll
    static void runTheJob() {
        table = SharedData.dataset(SharedData.MARKETING);
        run = LocalSpark.run("cluster", table.toString(), "--features",
                "Income,Education,Marital_Status,Kidhome,Recency,MntWines", "--impute", "Income=mean",
                "--rare-levels", "20", "--log", "MntWines", "--k", "4", "--starts", "2",
                "--model", dir.resolve("marketing.json").toString(), "--out", dir.resolve("segmented").toString());
        assertEquals(0, run.code(), run.err());
        model = ModelFile.read(dir.resolve("marketing.json"));
    }

    @Test
    void fillsEncodesAndScalesAsTheDesktop() {
        Dataset data = CsvImporter.read(table);
        FittedPreparation desktop = FeaturePreparer.prepare(data, model.training().spec().prep()).fitted();
        FittedPreparation mine = model.preparation();
        assertEquals(desktop.inputs().size(), mine.inputs().size());
        for (int i = 0; i < mine.inputs().size(); i++) {
            FittedInput theirs = desktop.inputs().get(i);
            FittedInput ours = mine.inputs().get(i);
            if (theirs instanceof FittedNumeric n) {
                FittedNumeric o = assertInstanceOf(FittedNumeric.class, ours);
                assertEquals(n.column(), o.column());
                assertEquals(n.missing(), o.missing());
                assertEquals(n.log1p(), o.log1p());
                if (Double.isNaN(n.fill())) {
                    assertTrue(Double.isNaN(o.fill()), n.column());
                } else {
                    assertEquals(n.fill(), o.fill(), 1e-9 * Math.abs(n.fill()), n.column());
                }
            } else {
                assertEquals(theirs, assertInstanceOf(FittedCategorical.class, ours));
            }
        }
        assertEquals(desktop.features(), mine.features());
        assertArrayEquals(desktop.center(), mine.center(), 1e-9);
        assertArrayEquals(desktop.scale(), mine.scale(), 1e-9);
        FittedCategorical marital = (FittedCategorical) mine.inputs().get(2);
        assertEquals("Other", marital.mapping().get("YOLO"), "rare levels merged");
        assertTrue(run.out().contains("2,240 rows, 2,240 segmented"), run.out());
    }

    @Test
    void theDesktopPredictsEveryCustomersSegmentFromTheModelFile() {
        Map<String, Integer> desktop = LocalSpark.desktopPredictions(model, table, "ID");
        Map<String, Integer> job = LocalSpark.jobSegments(dir.resolve("segmented"), "ID");
        assertEquals(2240, job.size());
        assertEquals(job, desktop);
    }
}
