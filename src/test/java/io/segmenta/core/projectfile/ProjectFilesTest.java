package io.segmenta.core.projectfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.cluster.Covariance;
import io.segmenta.core.cluster.DbscanSpec;
import io.segmenta.core.cluster.GmmSpec;
import io.segmenta.core.cluster.HierarchicalSpec;
import io.segmenta.core.cluster.KMeansSpec;
import io.segmenta.core.cluster.Linkage;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.Importers;
import io.segmenta.core.export.AtomicFiles;
import io.segmenta.core.prep.CategoricalPolicy;
import io.segmenta.core.prep.Derivation;
import io.segmenta.core.prep.DerivationKind;
import io.segmenta.core.prep.Imputation;
import io.segmenta.core.prep.MissingPolicy;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.OutlierPolicy;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.prep.RareLevels;
import io.segmenta.core.prep.Scaling;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Projects saved and reopened: the same figures, the data file checked and never written, versions, atomic writes. */
class ProjectFilesTest {
    @TempDir
    Path dir;

    private static final CancellationToken GO = CancellationToken.NONE;

    private static List<ProjectRun> runs(List<SegmentationSpec> specs) {
        List<ProjectRun> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            out.add(new ProjectRun(i + 1, specs.get(i), List.of("A" + i, "B"), List.of("first", "")));
        }
        return out;
    }

    private static List<SegmentationSpec> mallSpecs() {
        PrepSpec prep = PrepSpec.standard(List.of("Annual Income (k$)", "Spending Score (1-100)"));
        PrepSpec withGender = new PrepSpec(List.of("Genre", "Age", "Annual Income (k$)", "Spending Score (1-100)"),
                Scaling.MINMAX).withOutliers(new OutlierPolicy(OutlierMethod.ISOLATION_FOREST, 0.05,
                OutlierAction.EXCLUDE, 7)).withOutlierChoices(Map.of(3, OutlierAction.KEEP));
        return List.of(new SegmentationSpec(prep, new KMeansSpec(5, 10), 42),
                new SegmentationSpec(withGender, new GmmSpec(4, Covariance.FULL, 3), 11),
                new SegmentationSpec(prep, new HierarchicalSpec(Linkage.WARD, 5, Double.NaN), 42),
                new SegmentationSpec(prep.withScaling(Scaling.ROBUST), new DbscanSpec(0.31, 5), 42),
                new SegmentationSpec(prep.withLogged(List.of("Annual Income (k$)")), new KMeansSpec(6, 4), 123456789L));
    }

    private static List<SegmentationSpec> marketingSpecs() {
        List<String> features = List.of("Income", "Recency", "MntWines", "Education", "Marital_Status", "Year_Birth");
        PrepSpec prep = new PrepSpec(features, Scaling.STANDARD, MissingPolicy.of(Imputation.MEDIAN)
                .with("Marital_Status", Imputation.MOST_FREQUENT), new CategoricalPolicy(true, new RareLevels(0, 0.01)),
                List.of(), OutlierPolicy.iqr(1.5), Map.of(), List.of("MntWines"));
        Derivation age = new Derivation("Year_Birth", DerivationKind.AGE_FROM_BIRTH_YEAR, null, 2014);
        Derivation tenure = new Derivation("Dt_Customer", DerivationKind.TENURE_DAYS, LocalDate.of(2014, 12, 31), null);
        PrepSpec derived = new PrepSpec(List.of("Income", "MntWines"),
                Scaling.STANDARD, MissingPolicy.DROP_ROWS, new CategoricalPolicy(false, RareLevels.OFF),
                List.of(age, tenure), OutlierPolicy.zScore(3), Map.of(), List.of());
        return List.of(new SegmentationSpec(prep, new KMeansSpec(4, 10), 42),
                new SegmentationSpec(derived, new GmmSpec(3, Covariance.DIAGONAL, 2), 5));
    }

    /** Every figure of two results, bit for bit. */
    private static void assertSameFigures(SegmentationResult a, SegmentationResult b) {
        assertEquals(a.spec(), b.spec());
        assertArrayEquals(a.clustering().labels(), b.clustering().labels());
        assertArrayEquals(a.segmentOfRow(), b.segmentOfRow());
        assertArrayEquals(a.clustering().centroids(), b.clustering().centroids());
        assertArrayEquals(a.centroidsOriginal(), b.centroidsOriginal());
        assertArrayEquals(a.features().matrix().values(), b.features().matrix().values());
        assertEquals(Double.doubleToLongBits(a.wcss()), Double.doubleToLongBits(b.wcss()));
        assertEquals(a.validity(), b.validity());
        assertEquals(Double.doubleToLongBits(a.clustering().bic()), Double.doubleToLongBits(b.clustering().bic()));
        assertEquals(a.names(), b.names());
        assertEquals(a.profiles().toString(), b.profiles().toString());
    }

    /**
     * The Prepare step's choice to leave out customers below -1 in a log-transformed feature is kept; a project
     * written before Segmenta kept it (no such field) reads as not chosen, with everything else as written.
     */
    @Test
    void theLogLeaveOutChoiceIsKeptAndAnOlderFileReadsWithoutIt() throws IOException {
        Path data = SharedData.dataset(SharedData.MALL);
        TableSource source = TableSource.file(data, DataFile.fingerprint(data), null, Importers.read(data));
        WindowChoices.Prepare prep = new WindowChoices.Prepare("DEFAULT", "", Map.of(), false, false, "1%",
                "STANDARD", List.of("Annual Income (k$)"), true, Map.of(), null);
        Project p = new Project("test", "2026-12-07T10:00:00Z", source,
                new WindowChoices(Map.of(), List.of("Annual Income (k$)"), prep, null), List.of(), -1, null,
                null, "PREPARE");
        Path file = dir.resolve("leave-out.segmenta");
        ProjectFiles.write(p, file);
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"log_leave_out\" : true"), json);
        assertEquals(p, ProjectFiles.read(file));

        Files.writeString(file, json.replaceAll("\"log_leave_out\" : true,\\s*", ""), StandardCharsets.UTF_8);
        Project older = ProjectFiles.read(file);
        assertEquals(false, older.choices().prepare().logLeaveOut());
        assertEquals(List.of("Annual Income (k$)"), older.choices().prepare().logged());
    }

    private void roundTrip(Path data, List<SegmentationSpec> specs) throws IOException {
        Dataset table = Importers.read(data);
        List<SegmentationResult> before = new ArrayList<>();
        for (SegmentationSpec s : specs) {
            before.add(Segmenter.segment(table, s, ProgressListener.NONE, GO));
        }
        TableSource source = TableSource.file(data, DataFile.fingerprint(data), null, table);
        Project p = new Project("test", "2026-12-06T10:00:00Z", source, null, runs(specs), 2, "PC1", "PC2", "SEGMENT");
        Path file = dir.resolve("analysis.segmenta");
        ProjectFiles.write(p, file);
        FileTime dataTime = Files.getLastModifiedTime(data);

        Project back = ProjectFiles.read(file);
        assertEquals(p, back);
        assertEquals(DataFile.Status.SAME, DataFile.check(back.source()));
        Dataset again = ProjectData.read(back.source(), null, ProgressListener.NONE, GO);
        List<SegmentationResult> after = ProjectData.recompute(again, back.runs(), ProgressListener.NONE, GO);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertSameFigures(before.get(i), after.get(i));
        }
        assertEquals(dataTime, Files.getLastModifiedTime(data), "opening a project never writes to the data file");
        assertEquals(source.sha256(), DataFile.fingerprint(data).sha256());
    }

    @Test
    void mallRunsComeBackWithTheSameFiguresToTheLastDigit() throws IOException {
        roundTrip(SharedData.dataset(SharedData.MALL), mallSpecs());
    }

    @Test
    void marketingRunsWithMissingValuesAndCategoriesComeBackTheSame() throws IOException {
        Path data = SharedData.dataset(SharedData.MARKETING);
        assertTrue(Importers.read(data).column("Income").missingCount() > 0, "the table has missing incomes");
        roundTrip(data, marketingSpecs());
    }

    @Test
    void aChangedOrMovedDataFileIsDetected() throws IOException {
        Path data = dir.resolve("mall.csv");
        Files.copy(SharedData.dataset(SharedData.MALL), data);
        TableSource source = TableSource.file(data, DataFile.fingerprint(data), null, Importers.read(data));
        assertEquals(DataFile.Status.SAME, DataFile.check(source));

        String text = Files.readString(data, StandardCharsets.UTF_8);
        assertTrue(text.contains("\n0001,Male,19,15,39"), text.substring(0, 80));
        Files.writeString(data, text.replaceFirst("\n0001,Male,19,15,39", "\n0001,Male,19,15,40"), StandardCharsets.UTF_8);
        assertEquals(Files.size(data), source.size(), "same size, other content");
        assertEquals(DataFile.Status.CHANGED, DataFile.check(source));

        Path moved = dir.resolve("elsewhere.csv");
        Files.move(data, moved);
        assertEquals(DataFile.Status.MISSING, DataFile.check(source));
        TableSource there = source.movedTo(moved, DataFile.fingerprint(moved));
        assertEquals(moved.toString(), there.path());
        assertEquals(DataFile.Status.SAME, DataFile.check(there));
        assertNotEquals(source.sha256(), there.sha256());
    }

    @Test
    void aProjectOfALaterVersionIsRefusedNamingBothVersions() throws IOException {
        Path file = dir.resolve("later.segmenta");
        Project p = new Project("9.0.0", "2030-01-01T00:00:00Z", TableSource.sample(), null, List.of(), 0, null, null,
                "DATA");
        ProjectFiles.write(p, file);
        String json = Files.readString(file).replace("\"version\" : 1", "\"version\" : 2");
        Files.writeString(file, json);
        ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> ProjectFiles.read(file));
        assertEquals("version", e.field());
        assertTrue(e.getMessage().contains("format version 2"), e.getMessage());
        assertTrue(e.getMessage().contains("Segmenta 9.0.0"), e.getMessage());
        assertTrue(e.getMessage().contains("versions up to 1"), e.getMessage());
    }

    @Test
    void damagedProjectsAreRefusedNamingTheFileAndField() throws IOException {
        Path file = dir.resolve("p.segmenta");
        ProjectFiles.write(new Project("t", "s", TableSource.sample(), null, runs(mallSpecs()), 1, null, null, null),
                file);
        String json = Files.readString(file);
        Files.writeString(file, json.replace("\"seed\" : 11", "\"seed\" : \"eleven\""));
        ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> ProjectFiles.read(file));
        assertTrue(e.getMessage().contains("runs[1].spec.seed"), e.getMessage());
        assertTrue(e.getMessage().contains("project file"), e.getMessage());

        Files.writeString(file, json.substring(0, json.length() / 2));
        e = assertThrows(ProjectFormatException.class, () -> ProjectFiles.read(file));
        assertTrue(e.getMessage().contains("ends too early"), e.getMessage());

        Files.writeString(file, "{\"format\": \"segmenta-model\", \"version\": 1}");
        e = assertThrows(ProjectFormatException.class, () -> ProjectFiles.read(file));
        assertTrue(e.getMessage().contains("is not a Segmenta project"), e.getMessage());
    }

    @Test
    void aCustomerTableSourceKeepsItsLogRolesAndReferenceDay() throws IOException {
        Path log = SharedData.dataset(SharedData.RETAIL);
        Dataset logTable = Importers.read(log);
        var roles = io.segmenta.core.rfm.RfmRoles.guess(logTable);
        TableSource source = TableSource.customerTable(TableSource.file(log, DataFile.fingerprint(log), null, logTable),
                roles, new io.segmenta.core.rfm.RfmOptions(LocalDate.of(2011, 12, 10)));
        Path file = dir.resolve("rfm.segmenta");
        ProjectFiles.write(new Project("t", "s", source, null, List.of(), 0, null, null, null), file);
        Project back = ProjectFiles.read(file);
        assertEquals(source, back.source());
        assertEquals(log, back.source().dataFile());
        Dataset made = ProjectData.read(back.source(), null, ProgressListener.NONE, GO);
        Dataset direct = io.segmenta.core.rfm.CustomerTables.make(logTable, roles,
                new io.segmenta.core.rfm.RfmOptions(LocalDate.of(2011, 12, 10))).table();
        assertEquals(direct.rowCount(), made.rowCount());
        assertEquals(direct.columnNames(), made.columnNames());
        assertEquals(DataFile.Status.SAME, DataFile.check(back.source()));
    }

    @Test
    void aFailedWriteLeavesTheLastGoodProjectAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("keep.segmenta");
        Project good = new Project("t", "s", TableSource.sample(), null, runs(mallSpecs()), 1, null, null, null);
        ProjectFiles.write(good, file);
        byte[] before = Files.readAllBytes(file);
        byte[] next = ProjectFiles.bytes(new Project("t", "later", TableSource.sample(), null, List.of(), 0, null, null,
                null));
        assertThrows(SegmentaException.class, () -> AtomicFiles.write(file, out -> {
            out.write(next, 0, next.length / 2); // a crash half-way through the save
            throw new IOException("No space left on device");
        }));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(good, ProjectFiles.read(file));
        try (var list = Files.list(dir)) {
            assertEquals(List.of(file), list.toList(), "no half-written file is left beside it");
        }
    }

    @Test
    void aReaderNeverSeesAHalfWrittenProject() throws Exception {
        Path file = dir.resolve("busy.segmenta");
        List<Project> versions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<ProjectRun> many = new ArrayList<>();
            for (int r = 0; r < 200 * (i + 1); r++) {
                many.add(new ProjectRun(r + 1, mallSpecs().get(r % 5), List.of("n" + r), List.of("d")));
            }
            versions.add(new Project("t", "v" + i, TableSource.sample(), null, many, 1, null, null, null));
        }
        ProjectFiles.write(versions.get(0), file);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                Project p = ProjectFiles.read(file); // throws on a half-written file
                assertTrue(versions.contains(p));
                reads.incrementAndGet();
            }
        });
        List<Throwable> failures = new ArrayList<>();
        reader.setUncaughtExceptionHandler((t, e) -> failures.add(e));
        reader.start();
        for (int i = 0; i < 30; i++) {
            ProjectFiles.write(versions.get(i % 3), file);
        }
        done.set(true);
        reader.join();
        assertEquals(List.of(), failures);
        assertTrue(reads.get() > 0);
    }
    /** The hash taken while the window reads the table is the file's SHA-256 (sha256sum's), and a Cancel stops it. */
    @Test
    void theFingerprintTakenInTheBackgroundIsTheFilesSha256AndStopsOnCancel() {
        Path mall = SharedData.dataset(SharedData.MALL);
        DataFile.Fingerprint f = DataFile.await(DataFile.fingerprintInBackground(mall, CancellationToken.NONE));
        assertEquals(new DataFile.Fingerprint(4286, "293887b3a8de822afa42629d01c2679006adcc8269890b19eba1ff8ab4a49075"), f);
        assertEquals(DataFile.fingerprint(mall), f);
        assertThrows(io.segmenta.core.work.CancelledException.class,
                () -> DataFile.await(DataFile.fingerprintInBackground(mall, () -> true)));
    }
}
