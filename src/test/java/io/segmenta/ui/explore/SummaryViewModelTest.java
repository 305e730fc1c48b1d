package io.segmenta.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explore.ColumnSummary;
import io.segmenta.core.explore.Describe;
import io.segmenta.core.explore.LevelSummary;
import io.segmenta.core.explore.NumericSummary;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.Notice;
import io.segmenta.ui.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryViewModelTest {
    @TempDir
    Path tmp;

    @Test
    void computesOnlyWhileTheStepIsOnShowThenMatchesPandas() {
        try (ExploreFixture f = new ExploreFixture().mall()) {
            Computation<?> c = f.explore.computation(ExploreTab.SUMMARY);
            assertEquals(Computation.State.STALE, c.state(), "nothing runs while the Data step is on show");
            assertTrue(f.explore.summary().rows().isEmpty());
            f.show(ExploreTab.SUMMARY);
            assertEquals(Computation.State.READY, c.state());
            List<ColumnSummary> rows = f.explore.summary().rows();
            assertEquals(List.of("CustomerID", "Genre", "Age", "Annual Income (k$)", "Spending Score (1-100)"),
                    rows.stream().map(ColumnSummary::name).toList());
            JsonNode ref = SharedData.mallReference().get("describe");
            check(ref.get("Age"), (NumericSummary) rows.get(2));
            check(ref.get("Income"), (NumericSummary) rows.get(3));
            check(ref.get("Spending"), (NumericSummary) rows.get(4));
            LevelSummary genre = (LevelSummary) rows.get(1);
            JsonNode counts = SharedData.mallReference().get("gender_counts");
            assertEquals(counts.get("Female").asInt(), genre.counts().get("Female"));
            assertEquals(counts.get("Male").asInt(), genre.counts().get("Male"));
            assertEquals("5 columns · 200 rows · std with n − 1 and quartiles interpolated linearly, as pandas "
                    + "describe()", f.explore.summary().captionProperty().get());
        }
    }

    private static void check(JsonNode ref, NumericSummary s) {
        assertEquals(200, s.count());
        assertEquals(0, s.missing());
        rel(ref.get("mean").asDouble(), s.mean(), s.name() + " mean");
        rel(ref.get("std_sample").asDouble(), s.std(), s.name() + " std");
        rel(ref.get("min").asDouble(), s.min(), s.name() + " min");
        rel(ref.get("q1").asDouble(), s.q1(), s.name() + " q1");
        rel(ref.get("median").asDouble(), s.median(), s.name() + " median");
        rel(ref.get("q3").asDouble(), s.q3(), s.name() + " q3");
        rel(ref.get("max").asDouble(), s.max(), s.name() + " max");
    }

    static void rel(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-9 + 1e-12, what);
    }

    @Test
    void copiesSelectedRowsOrEverythingAsTabSeparatedText() {
        try (ExploreFixture f = new ExploreFixture().mall().show(ExploreTab.SUMMARY)) {
            SummaryViewModel vm = f.explore.summary();
            String all = vm.copyText(List.of());
            assertEquals(Describe.toTabSeparated(Describe.of(f.explore.dataset())), all);
            assertEquals(6, all.split("\n").length, "a header and one line per column");
            NumericSummary ageSummary = (NumericSummary) vm.rows().get(2);
            String age = vm.copyText(List.of(ageSummary));
            assertEquals("column\ttype\tcount\tmissing\tmean\tstd\tmin\tq1\tmedian\tq3\tmax\tlevels or distinct\n"
                    + "Age\tnumeric\t200\t0\t38.85\t" + NumericColumn.formatNumber(ageSummary.std())
                    + "\t18\t28.75\t36\t49\t70\t\n", age);
            vm.copied(1);
            assertEquals("Copied the summary of 1 column to the clipboard as tab-separated text.",
                    f.main.notices().current().text());
        }
    }

    @Test
    void exportsCsvWithEveryColumnAndNeutralisedNames() throws Exception {
        Dataset d = new Dataset("tricky.csv", List.of(
                new NumericColumn("=SUM(A1)", new double[] {1, 2, Double.NaN}),
                new CategoricalColumn("Tier", new int[] {0, 1, 0}, List.of("@gold", "silver"))), null);
        List<ColumnSummary> summaries = Describe.of(d);
        Path out = tmp.resolve("summary.csv");
        SummaryCsv.write(summaries, out);
        List<String> lines = Files.readAllLines(out);
        assertEquals("column,type,count,missing,mean,std,min,q1,median,q3,max,levels or distinct", lines.get(0));
        assertEquals("'=SUM(A1),numeric,2,1,1.5,0.7071067811865476,1,1.25,1.5,1.75,2,", lines.get(1));
        assertEquals("Tier,categorical,3,0,,,,,,,,'@gold 2; silver 1", lines.get(2));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void exportRunsInTheBackgroundAndReportsWhereItWrote() throws Exception {
        try (ExploreFixture f = new ExploreFixture().mall().show(ExploreTab.SUMMARY)) {
            SummaryViewModel vm = f.explore.summary();
            assertEquals("Mall_Customers-summary.csv", vm.suggestedCsvName());
            Path out = tmp.resolve(vm.suggestedCsvName());
            vm.exportCsv(out);
            assertEquals(6, Files.readAllLines(out).size());
            assertEquals(Notice.Level.SUCCESS, f.main.notices().current().level());
            assertTrue(f.main.notices().current().text().endsWith(out.toString()));
            vm.exportCsv(tmp.resolve("missing").resolve("x.csv"));
            assertEquals(Notice.Level.ERROR, f.main.notices().current().level());
            assertTrue(f.main.notices().current().text().startsWith("Cannot write "),
                    f.main.notices().current().text());
        }
    }

    @Test
    void theSummaryNeverOverwritesTheTablesOwnFile() throws Exception {
        Path copy = tmp.resolve("customers.csv");
        Files.copy(SharedData.dataset(SharedData.MALL), copy);
        byte[] before = Files.readAllBytes(copy);
        try (ExploreFixture f = new ExploreFixture().show(ExploreTab.SUMMARY)) {
            f.main.data().open(copy);
            f.explore.summary().exportCsv(copy);
            assertEquals(Notice.Level.ERROR, f.main.notices().current().level());
            assertEquals("Segmenta never overwrites the file it read: " + copy.toAbsolutePath().normalize() + " is the "
                    + "input file of this table. Choose another file name for the export.",
                    f.main.notices().current().text());
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(copy)), "the table's file is unchanged");
        }
    }

    @Test
    void anotherTableReplacesTheSummaryAndNoTableClearsIt() {
        try (ExploreFixture f = new ExploreFixture().sample().show(ExploreTab.SUMMARY)) {
            assertEquals(5, f.explore.summary().rows().size());
            NumericSummary age = (NumericSummary) f.explore.summary().rows().get(2);
            assertEquals(3, age.missing(), "the sample has three missing ages");
            f.main.stepProperty().set(Step.DATA);
            f.mall();
            assertTrue(f.explore.summary().rows().isEmpty(), "the old table's summary is dropped at once");
            assertNull(f.explore.computation(ExploreTab.SUMMARY).value());
            f.show(ExploreTab.SUMMARY);
            assertEquals(200, f.explore.summary().rows().get(2).count());
        }
    }
}
