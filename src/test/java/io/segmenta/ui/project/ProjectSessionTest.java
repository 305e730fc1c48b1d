package io.segmenta.ui.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.data.DatabaseQuery;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.Scaling;
import io.segmenta.core.projectfile.Project;
import io.segmenta.core.projectfile.ProjectFiles;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.Notice;
import io.segmenta.ui.Step;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.prepare.FillChoice;
import io.segmenta.ui.prepare.PrepareViewModel;
import io.segmenta.ui.segment.SegmentViewModel;
import io.segmenta.ui.segment.SegmentationRun;
import io.segmenta.ui.task.SyncTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's analysis saved as a project and reopened in a fresh window (view-models over the real
 * core, without the FX toolkit): every choice and run comes back, the runs with the same figures.
 */
class ProjectSessionTest {
    private final SyncTaskRunner runner = new SyncTaskRunner();
    private final UiFixture fixture = new UiFixture(runner);
    private final SyncTaskRunner secondRunner = new SyncTaskRunner();
    private final UiFixture second = new UiFixture(secondRunner);

    @TempDir
    Path tmp;

    @AfterEach
    void close() {
        fixture.close();
        second.close();
    }

    /** Questions that fail the test when asked. */
    private static final ProjectQuestions NONE = new ProjectQuestions() {
        @Override
        public Path locateDataFile(Path missing) {
            return fail("asked for a data file that is there: " + missing);
        }

        @Override
        public boolean continueOnChangedData(Path file) {
            return fail("asked about unchanged data: " + file);
        }

        @Override
        public char[] databasePassword(DatabaseQuery query) {
            return fail("asked for a password");
        }
    };

    private static Project timeless(Project p) {
        return new Project(p.segmentaVersion(), "", p.source(), p.choices(), p.runs(), p.selectedRun(), p.xAxis(),
                p.yAxis(), p.step());
    }

    /** Marketing campaign: missing incomes, categories, a derived feature, log, outliers, two methods, names. */
    private MainViewModel analysis(Path data) {
        MainViewModel main = fixture.vm();
        main.start(List.of(data.toString()));
        assertNotNull(main.data().dataset(), () -> "not opened: " + main.notices().current());
        main.stepProperty().set(Step.PREPARE); // the advice lists the columns with missing cells
        PrepareViewModel prep = main.prepare();
        SegmentViewModel seg = main.segmentStep();
        Set<String> ticked = Set.of("Income", "MntWines", "Recency", "Education", "Marital_Status");
        seg.features().choices().forEach(f -> f.setSelected(ticked.contains(f.name())));
        prep.missingChoice("Income").choiceProperty().set(FillChoice.MEDIAN);
        prep.mergeRareProperty().set(true);
        prep.rareThresholdProperty().set("2%");
        prep.scalingProperty().set(Scaling.ROBUST);
        prep.log().logged().setAll(List.of("MntWines"));
        prep.log().leaveOutProperty().set(true);
        prep.derivedChoices().get(0).deriveProperty().set(true);
        prep.outliers().methodProperty().set(OutlierMethod.IQR);
        prep.outliers().actionProperty().set(OutlierAction.EXCLUDE);
        prep.outliers().choose(List.of(21, 164), OutlierAction.KEEP);
        assertNull(prep.problemProperty().get(), () -> prep.problemProperty().get());

        seg.kProperty().set(4);
        seg.segment();
        seg.method().algorithmProperty().set(Algorithm.GMM);
        seg.kProperty().set(3);
        seg.seedTextProperty().set("7");
        seg.segment();
        assertEquals(2, seg.runs().size(), () -> "runs: " + main.notices().current());
        seg.rename(0, "Wine lovers");
        seg.describe(1, "Families with teenagers");
        seg.makeCurrent(seg.runs().get(0));
        seg.rename(2, "Bargain hunters");
        seg.xAxisProperty().set("Income");
        seg.yAxisProperty().set("MntWines");
        main.stepProperty().set(Step.PROFILES);
        return main;
    }

    @Test
    void aSavedAnalysisReopensWithEveryChoiceAndTheSameFigures() throws IOException {
        Path data = tmp.resolve("marketing_campaign.csv");
        Files.copy(SharedData.dataset(SharedData.MARKETING), data);
        MainViewModel main = analysis(data);
        Project saved = main.project().capture();
        Path file = tmp.resolve("campaign.segmenta");
        assertTrue(main.project().save(file), () -> "not saved: " + main.notices().current());
        assertEquals(file, main.project().fileProperty().get());
        assertEquals(List.of(file), main.project().recentProjects());
        assertEquals(timeless(saved), timeless(ProjectFiles.read(file)));

        MainViewModel again = second.vm();
        again.project().open(file, NONE);
        assertNotNull(again.data().dataset(), () -> "not reopened: " + again.notices().current());
        assertEquals(timeless(saved), timeless(again.project().capture()), "every choice, run, name, axis and step");
        assertEquals(file, again.project().fileProperty().get());
        assertEquals(Step.PROFILES, again.step());
        assertEquals("Income", again.segmentStep().xAxisProperty().get());
        assertEquals(1, again.segmentStep().currentRunProperty().get().number());
        assertEquals("Bargain hunters", again.segmentStep().segmentNames().get(2));
        assertEquals(FillChoice.MEDIAN, again.prepare().missingChoice("Income").choice());
        assertEquals(OutlierAction.KEEP, again.prepare().outliers().choices().get(164));
        assertTrue(again.prepare().log().leaveOutProperty().get(), "leave out customers below -1");

        List<SegmentationRun> before = main.segmentStep().runs();
        List<SegmentationRun> after = again.segmentStep().runs();
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            SegmentationResult a = before.get(i).result();
            SegmentationResult b = after.get(i).result();
            assertEquals(a.spec(), b.spec());
            assertArrayEquals(a.segmentOfRow(), b.segmentOfRow());
            assertArrayEquals(a.centroidsOriginal(), b.centroidsOriginal());
            assertEquals(Double.doubleToLongBits(a.wcss()), Double.doubleToLongBits(b.wcss()));
            assertEquals(a.validity(), b.validity());
            assertEquals(before.get(i).names(), after.get(i).names());
            assertEquals(before.get(i).descriptions(), after.get(i).descriptions());
        }
        assertEquals("Families with teenagers", after.get(1).descriptions().get(1));

        secondRunner.runLater(); // the quiet moment after the reopening, where the window records steps
        assertFalse(again.undo().canUndoProperty().get(), () -> "a reopened project is where the analyst starts, not "
                + again.undo().undoTextProperty().get());
        again.prepare().scalingProperty().set(Scaling.MINMAX);
        secondRunner.runLater();
        assertTrue(again.undo().canUndoProperty().get(), "changes after the reopening are steps");
    }

    @Test
    void aChangedDataFileIsSaidAndOpensOnlyWhenTheAnalystContinues() throws IOException {
        Path data = tmp.resolve("mall.csv");
        Files.copy(SharedData.dataset(SharedData.MALL), data);
        MainViewModel main = fixture.vm();
        main.start(List.of(data.toString()));
        main.segmentStep().segment();
        Path file = tmp.resolve("mall.segmenta");
        assertTrue(main.project().save(file));
        String sha = main.data().tableSourceProperty().get().sha256();
        Files.writeString(data, Files.readString(data).replace("0200,Male,30,137,83", "0200,Male,30,137,18"));
        long dataTime = Files.getLastModifiedTime(data).toMillis();

        AtomicInteger asked = new AtomicInteger();
        ProjectQuestions stop = answers(null, false, asked);
        MainViewModel again = second.vm();
        again.project().open(file, stop);
        assertEquals(1, asked.get());
        assertNull(again.data().dataset());
        assertEquals(Notice.Level.WARNING, again.notices().current().level());
        assertTrue(again.notices().current().text().contains("changed since it was saved"));

        again.project().open(file, answers(null, true, asked));
        assertEquals(2, asked.get());
        assertNotNull(again.data().dataset());
        assertEquals(1, again.segmentStep().runs().size());
        assertNotEquals(sha, again.data().tableSourceProperty().get().sha256(), "saved again, it records the new data");
        assertEquals(dataTime, Files.getLastModifiedTime(data).toMillis(), "the data file is never written");
    }

    @Test
    void aMovedDataFileIsAskedFor() throws IOException {
        Path data = tmp.resolve("mall.csv");
        Files.copy(SharedData.dataset(SharedData.MALL), data);
        MainViewModel main = fixture.vm();
        main.start(List.of(data.toString()));
        main.segmentStep().segment();
        Path file = tmp.resolve("mall.segmenta");
        assertTrue(main.project().save(file));
        Path moved = Files.createDirectory(tmp.resolve("moved")).resolve("Mall.csv");
        Files.move(data, moved);

        AtomicInteger asked = new AtomicInteger();
        MainViewModel again = second.vm();
        again.project().open(file, answers(moved, false, asked));
        assertEquals(1, asked.get(), "asked where the file is, not whether it changed");
        assertEquals(moved, again.data().fileProperty().get());
        assertEquals(moved.toString(), again.data().tableSourceProperty().get().path());
        assertEquals(1, again.segmentStep().runs().size());
        assertFalse(again.project().fileProperty().get() == null);
    }

    private static ProjectQuestions answers(Path located, boolean goOn, AtomicInteger asked) {
        return new ProjectQuestions() {
            @Override
            public Path locateDataFile(Path missing) {
                asked.incrementAndGet();
                return located;
            }

            @Override
            public boolean continueOnChangedData(Path file) {
                asked.incrementAndGet();
                return goOn;
            }

            @Override
            public char[] databasePassword(DatabaseQuery query) {
                return fail("asked for a password");
            }
        };
    }
}
