package io.segmenta.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.ColumnType;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.data.RowSort;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.core.prep.ColumnRole;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.Notice;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.task.SyncTaskRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.value.ChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Data step's view-model on the real importer, without the FX toolkit (synchronous runner). */
class DataViewModelTest {
    private final SyncTaskRunner runner = new SyncTaskRunner();
    private final UiFixture fixture = new UiFixture(runner);
    private final MainViewModel main = fixture.vm();
    private final DataViewModel data = main.data();

    @TempDir
    Path tmp;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void startWithoutArgumentsOpensTheSample() {
        main.start(List.of());
        Dataset d = data.dataset();
        assertNotNull(d);
        assertTrue(d.rowCount() >= 400 && d.rowCount() <= 600, "about 500 sample rows: " + d.rowCount());
        assertEquals(d.columnCount(), data.columns().size());
        assertEquals("Segmenta — " + d.name(), main.titleProperty().get());
        assertNull(data.fileProperty().get(), "the sample is no file");
        assertTrue(data.recentFiles().isEmpty(), "the sample is not a recent file");
        assertTrue(runner.getMessage().startsWith("Opened " + d.name()), runner.getMessage());
    }

    @Test
    void opensMallCustomersWithTypesAndDefaultRoles() {
        Path mall = SharedData.dataset(SharedData.MALL);
        main.start(List.of(mall.toString()));
        Dataset d = data.dataset();
        assertEquals(200, d.rowCount());
        assertEquals("200 rows · 5 columns · no missing values", data.summaryProperty().get());
        assertEquals(mall.toAbsolutePath().normalize(), data.fileProperty().get());
        assertEquals(List.of(mall.toAbsolutePath().normalize()), data.recentFiles());
        ColumnInfo id = data.column("CustomerID");
        assertEquals(ColumnType.IDENTIFIER, id.type());
        assertEquals(ColumnRole.IDENTIFIER, id.role());
        assertEquals(ColumnType.CATEGORICAL, data.column("Genre").type());
        assertEquals(ColumnRole.FEATURE, data.column("Age").role());
        assertEquals(List.of("Genre", "Age", "Annual Income (k$)", "Spending Score (1-100)"), data.featureColumns());
    }

    @Test
    void rolesDecideWhatTheSegmentStepOffers() {
        main.start(List.of(SharedData.dataset(SharedData.MALL).toString()));
        var segment = main.segmentStep();
        assertEquals(List.of("Genre", "Age", "Annual Income (k$)", "Spending Score (1-100)"),
                segment.features().choices().stream().map(f -> f.name()).toList());
        segment.features().select("Age", true);

        data.column("Age").roleProperty().set(ColumnRole.IGNORE);
        assertEquals(List.of("Genre", "Annual Income (k$)", "Spending Score (1-100)"), data.featureColumns());
        assertEquals(List.of("Genre", "Annual Income (k$)", "Spending Score (1-100)"),
                segment.features().choices().stream().map(f -> f.name()).toList());
        assertFalse(segment.features().selected().contains("Age"));

        data.column("Age").roleProperty().set(ColumnRole.FEATURE);
        assertTrue(segment.features().choices().stream().anyMatch(f -> f.name().equals("Age")));
        assertFalse(segment.features().selected().contains("Age"), "a column that comes back starts unticked");
        assertTrue(segment.features().selected().containsAll(List.of("Annual Income (k$)", "Spending Score (1-100)")),
                "other ticks are kept");

        // an identifier cannot become a feature
        data.column("CustomerID").roleProperty().set(ColumnRole.FEATURE);
        assertEquals(ColumnRole.IDENTIFIER, data.column("CustomerID").role());
    }

    @Test
    void aMissingFileIsReportedAndLeavesTheTableOpen() {
        main.start(List.of());
        Dataset before = data.dataset();
        int jobs = runner.jobsRun();
        data.open(tmp.resolve("gone.csv"));
        assertSame(before, data.dataset());
        assertEquals(jobs, runner.jobsRun(), "nothing was started");
        Notice n = main.notices().current();
        assertEquals(Notice.Level.ERROR, n.level());
        assertTrue(n.text().contains("gone.csv") && n.text().contains("does not exist"), n.text());
    }

    @Test
    void aBadFileShowsTheImportersMessage() throws IOException {
        main.start(List.of());
        Dataset before = data.dataset();
        Path bad = tmp.resolve("empty.csv");
        Files.writeString(bad, "", StandardCharsets.UTF_8);
        data.open(bad);
        assertSame(before, data.dataset());
        Notice n = main.notices().current();
        assertEquals(Notice.Level.ERROR, n.level());
        assertTrue(n.text().contains("empty.csv"), "the message names the file: " + n.text());
        assertFalse(n.text().contains("\tat "), "no stack trace");
        assertFalse(data.recentFiles().contains(bad.toAbsolutePath().normalize()), "a failed file is not recent");
    }

    @Test
    void aNumberColumnWithATypoIsFlaggedWithItsLineInTheNoticeAndTheColumnList() throws IOException {
        main.start(List.of());
        StringBuilder b = new StringBuilder("Customer,Income\n");
        for (int i = 0; i < 50; i++) {
            b.append('C').append(i).append(',').append(i == 20 ? "4O" : Integer.toString(30 + i)).append('\n');
        }
        Path typo = tmp.resolve("typo.csv");
        Files.writeString(typo, b.toString(), StandardCharsets.UTF_8);
        data.open(typo);
        assertEquals("typo.csv", data.dataset().name());
        Notice n = main.notices().current();
        assertEquals(Notice.Level.WARNING, n.level());
        assertTrue(n.text().contains("Column \"Income\" is read as text, not as numbers: 1 of its 50 values is not a "
                + "number (line 22: \"4O\")"), n.text());
        assertEquals("1 of its 50 values is not a number (line 22: \"4O\")", data.column("Income").notNumeric());
        assertEquals(ColumnType.TEXT, data.column("Income").type());
        assertNull(data.column("Customer").notNumeric());
    }

    @Test
    void rowIndexListIsTheRowNumbersWithoutStoringThem() {
        RowIndexList rows = new RowIndexList(1_000_000);
        assertEquals(1_000_000, rows.size());
        assertEquals(999_999, rows.get(999_999));
        assertEquals(17, rows.get(17));
    }

    @Test
    void rowIndexListShowsASortedOrderAndFindsRowsWithoutBoxingEach() {
        RowIndexList rows = new RowIndexList(4);
        int[] changes = {0};
        rows.addListener((javafx.collections.ListChangeListener<Integer>) c -> {
            while (c.next()) {
                assertTrue(c.wasReplaced(), "one replacement, never a permutation");
                assertEquals(4, c.getRemovedSize());
                changes[0]++;
            }
        });
        rows.setOrder(new int[] {2, 0, 3, 1});
        assertEquals(List.of(2, 0, 3, 1), List.copyOf(rows));
        assertEquals(2, rows.indexOf(3));
        assertEquals(-1, rows.indexOf(4));
        rows.setOrder(null);
        assertTrue(rows.isFileOrder());
        assertEquals(2, changes[0]);
    }

    @Test
    void smallTablesSortAtOnceWithoutAJob() {
        main.start(List.of(SharedData.dataset(SharedData.MALL).toString()));
        int jobs = runner.jobsRun();
        int income = data.dataset().indexOf("Annual Income (k$)");
        data.sortRows(List.of(new RowSort.Key(income, true)));
        assertEquals(jobs, runner.jobsRun(), "200 rows are sorted on the spot");
        assertEquals(List.of(198, 199), data.rows().subList(0, 2), "137 k$, ties in file order");
        assertEquals("Sorted by Annual Income (k$), largest first", data.sortNoteProperty().get());

        data.sortRows(List.of(new RowSort.Key(data.dataset().indexOf("Genre"), false),
                new RowSort.Key(data.dataset().indexOf("Age"), false)));
        assertEquals("Sorted by Genre, A to Z, then Age, smallest first", data.sortNoteProperty().get());

        // a new table starts in file order
        main.start(List.of());
        assertTrue(data.rows().isFileOrder());
        assertEquals(data.dataset().rowCount(), data.rows().size());
        assertEquals(List.of(), data.sortKeysProperty().get());
    }

    @Test
    void largeTablesSortThroughTheRunnerAndACancelledSortKeepsTheOrder() throws BackingStoreException {
        int n = DataViewModel.SORT_AT_ONCE_LIMIT + 10_000;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = n - i;
        }
        Dataset big = new Dataset("big.csv", List.of(new NumericColumn("Spend", v)), null);
        Preferences node = Preferences.userRoot().node("io/segmenta/test/sort-" + UUID.randomUUID());
        try {
            SyncTaskRunner own = new SyncTaskRunner();
            DataViewModel vm = onTable(own, node, big);
            vm.openSample();
            int jobs = own.jobsRun();
            vm.sortRows(List.of(new RowSort.Key(0, false)));
            assertEquals(jobs + 1, own.jobsRun(), "a large table is sorted as a job");
            assertEquals("Sorting 30,000 rows by Spend: done", own.getMessage());
            assertEquals(n - 1, vm.rows().row(0));

            ChangeListener<Number> cancelOnProgress = (o, was, now) -> {
                if (now.doubleValue() > 0) {
                    own.cancel();
                }
            };
            own.progressProperty().addListener(cancelOnProgress);
            vm.sortRows(List.of(new RowSort.Key(0, true)));
            own.progressProperty().removeListener(cancelOnProgress);
            assertEquals("Cancelled: Sorting 30,000 rows by Spend", own.getMessage());
            assertEquals(n - 1, vm.rows().row(0), "the rows keep the order on show");
            assertEquals(List.of(new RowSort.Key(0, false)), vm.sortKeysProperty().get(),
                    "and the headers go back to it");
            assertEquals("Sorted by Spend, smallest first", vm.sortNoteProperty().get());

            vm.sortRows(List.of());
            assertEquals(jobs + 2, own.jobsRun(), "back to file order needs no job");
            assertTrue(vm.rows().isFileOrder());
        } finally {
            node.removeNode();
        }
    }
    @Test
    void aLargeSortWaitsForOtherWorkAndANewerSortReplacesTheWaitingOne() throws BackingStoreException {
        int n = DataViewModel.SORT_AT_ONCE_LIMIT + 10_000;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i % 2 == 0 ? i : n + i;
        }
        Dataset big = new Dataset("big.csv", List.of(new NumericColumn("Spend", v)), null);
        Preferences node = Preferences.userRoot().node("io/segmenta/test/sort-" + UUID.randomUUID());
        try {
            SyncTaskRunner own = new SyncTaskRunner();
            DataViewModel vm = onTable(own, node, big);
            vm.openSample();
            int jobs = own.jobsRun();
            List<String> sorts = new ArrayList<>();
            own.messageProperty().addListener((o, was, now) -> {
                if (now.startsWith("Sorting") && now.endsWith("…")) {
                    sorts.add(now);
                }
            });
            own.run("Segmenting", (progress, cancel) -> {
                vm.sortRows(List.of(new RowSort.Key(0, true)));
                assertEquals("Sorting by Spend once the running work has finished…", vm.sortNoteProperty().get());
                vm.sortRows(List.of(new RowSort.Key(0, false)));
                assertEquals(List.of(new RowSort.Key(0, false)), vm.sortKeysProperty().get());
                assertFalse(cancel.isCancelled(), "a sort never interrupts other work");
                assertTrue(vm.rows().isFileOrder(), "nothing is sorted while other work runs");
                return null;
            }, x -> { });
            assertEquals(jobs + 2, own.jobsRun(), "the other work and the newer sort ran; the first sort never did");
            assertEquals(List.of("Sorting 30,000 rows by Spend…"), sorts);
            assertEquals(0, vm.rows().row(0), "smallest first");
            assertEquals(n - 1, vm.rows().row(n - 1));
            assertEquals("Sorted by Spend, smallest first", vm.sortNoteProperty().get());
            assertEquals("Sorting 30,000 rows by Spend: done", own.getMessage());
        } finally {
            node.removeNode();
        }
    }

    /** A Data step whose every file, and the sample, is {@code table}. */
    private static DataViewModel onTable(SyncTaskRunner runner, Preferences node, Dataset table) {
        return new DataViewModel(runner, new NoticeBoard(), new RecentFiles(node), new DatasetSource() {
            @Override
            public Dataset read(Path file, ProgressListener progress, CancellationToken cancel) {
                return table;
            }

            @Override
            public Dataset sample() {
                return table;
            }
        });
    }
}
