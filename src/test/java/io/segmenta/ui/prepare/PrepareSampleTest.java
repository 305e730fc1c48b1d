package io.segmenta.ui.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.ColumnType;
import io.segmenta.core.prep.FlaggedRow;
import io.segmenta.core.prep.MissingValueReport;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.PreparedFeatures;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.Step;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.segment.SegmentViewModel;
import io.segmenta.ui.task.SyncTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Prepare step on the built-in sample (500 customers; Gender, Age and Income with a few missing
 * cells), so it runs on a clean clone without the shared data. Expected figures from the sample
 * file with Python's statistics module and pandas' linear quartiles: median income 57; on the
 * median-filled incomes Q1 44, Q3 82.25, fences -13.375 / 139.625, flagging customers 0237 (246),
 * 0294 (289) and 0296 (212).
 */
class PrepareSampleTest {
    private static final String INCOME = "Annual Income (k$)";
    private static final String SPENDING = "Spending Score (1-100)";

    private final SyncTaskRunner runner = new SyncTaskRunner();
    private final UiFixture fixture = new UiFixture(runner);
    private final MainViewModel main = fixture.vm();
    private final PrepareViewModel vm = main.prepare();
    private final SegmentViewModel segment = main.segmentStep();

    @BeforeEach
    void openSample() {
        main.data().openSample();
        main.stepProperty().set(Step.PREPARE);
        assertNotNull(vm.adviceProperty().get(), () -> "advice failed: " + main.notices().current());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void listsTheColumnsWithMissingCellsAndNoDerivedFeatures() {
        assertEquals(List.of("Gender", "Age", INCOME), vm.missingChoices().stream().map(MissingChoice::column).toList());
        assertEquals(ColumnType.CATEGORICAL, vm.missingChoice("Gender").type());
        assertEquals(2, vm.missingChoice("Gender").missingCells());
        assertEquals(3, vm.missingChoice("Age").missingCells());
        assertTrue(vm.derivedChoices().isEmpty(), "no dates, no birth years");
        assertEquals("No category has levels held by under 1% of the rows.", vm.rareHintProperty().get());
    }

    @TempDir
    Path tmp;

    private void open(String name, List<String> lines) throws IOException {
        Path f = tmp.resolve(name);
        Files.write(f, lines);
        main.data().open(f);
        assertNotNull(vm.adviceProperty().get(), () -> "advice failed: " + main.notices().current());
    }

    @Test
    void datesWithTimesManyRareLevelsAndBirthYearsWithoutDates() throws IOException {
        List<String> lines = new ArrayList<>(List.of("ID,Born,Joined,City,Spend"));
        for (int i = 0; i < 300; i++) {
            String city = i < 280 ? "Big" : "Town" + (char) ('A' + (i - 280) / 2);
            lines.add(String.format("%d,%d,2011-%02d-%02d 12:%02d:00,%s,%d", 1000 + i, 1950 + i % 50, 1 + i % 12,
                    1 + i % 28, i % 60, city, i % 97));
        }
        lines.add("1300,1960,2011-12-28 23:59:00,Big,5");
        open("shop.csv", lines);
        assertEquals("Levels held by under 1% of the rows: City: TownA 2, TownB 2, TownC 2, TownD 2, TownE 2, TownF 2 "
                + "and 4 more.", vm.rareHintProperty().get());
        DerivedChoice joined = vm.derivedChoice("Joined tenure (days)");
        assertEquals("2011-12-28T23:59", joined.defaultReference(), "a date-time column keeps its time");
        DerivedChoice born = vm.derivedChoice("Age from Born");
        assertEquals("2011", born.defaultReference());
        joined.deriveProperty().set(true);
        joined.referenceProperty().set("2012-01-01");
        segment.features().choices().forEach(f -> f.setSelected(f.name().equals("Joined tenure (days)")));
        vm.preview();
        var r = vm.previewProperty().get().report().derived().get(0);
        assertEquals("2012-01-01T00:00", r.reference());
        assertEquals(3 + 1.0 / 1440, r.min(), 1e-9, "2011-12-28 23:59 to 2012-01-01 00:00: 3 days and a minute");
        assertEquals(364.5, r.max(), 1e-9, "from 2011-01-01 12:00");

        open("members.csv", List.of("Member,Born,Spend", "a,1980,10", "b,1990,20", "c,2000,30"));
        DerivedChoice age = vm.derivedChoice("Age from Born");
        assertEquals(Integer.toString(LocalDate.now().getYear()), age.defaultReference());
        assertEquals("this year: the table has no dates", age.defaultNote());
    }

    @Test
    void fillsTheMissingIncomesAndGendersAndFlagsTheHighIncomes() {
        segment.features().choices()
                .forEach(f -> f.setSelected(List.of("Gender", INCOME, SPENDING).contains(f.name())));
        vm.missingChoice(INCOME).choiceProperty().set(FillChoice.MEDIAN);
        vm.missingChoice("Gender").choiceProperty().set(FillChoice.MOST_FREQUENT);
        vm.outliers().methodProperty().set(OutlierMethod.IQR);
        vm.preview();
        PreparedFeatures p = vm.previewProperty().get();
        assertNotNull(p, () -> "preview failed: " + main.notices().current());
        assertEquals(500, p.rows());
        List<MissingValueReport> missing = p.report().missing();
        assertEquals(List.of("Gender", INCOME), missing.stream().map(MissingValueReport::feature).toList());
        assertEquals("Female", missing.get(0).fillValue(), "282 women, 216 men");
        assertEquals("57", missing.get(1).fillValue());
        assertEquals(2, missing.get(1).cellsFilled());
        assertEquals(4, p.report().rowsImputed());
        var fence = p.report().outliers().fences().get(0);
        assertEquals(INCOME, fence.feature());
        assertEquals(-13.375, fence.lower(), 1e-12);
        assertEquals(139.625, fence.upper(), 1e-12);
        assertEquals(List.of("0237", "0294", "0296"), p.outliers().stream().map(FlaggedRow::label).toList());
        assertEquals("Annual Income (k$) = 246 above the upper fence 139.625", p.outliers().get(0).reason());

        vm.outliers().actionProperty().set(OutlierAction.EXCLUDE);
        vm.preview();
        assertEquals(497, vm.previewProperty().get().rows());
        segment.kProperty().set(3);
        segment.segment();
        assertNotNull(segment.result(), () -> "segment failed: " + main.notices().current());
        assertEquals(497, segment.result().features().rows(), "Segment uses the same choices");
    }
}
