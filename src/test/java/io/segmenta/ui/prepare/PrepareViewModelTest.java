package io.segmenta.ui.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.RowSort;
import io.segmenta.core.prep.DerivedFeatureReport;
import io.segmenta.core.prep.ExcludedFeature;
import io.segmenta.core.prep.ExclusionReason;
import io.segmenta.core.prep.FlaggedRow;
import io.segmenta.core.prep.Imputation;
import io.segmenta.core.prep.LevelMerge;
import io.segmenta.core.prep.MissingValueReport;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.prep.PreparedFeatures;
import io.segmenta.core.prep.RareLevels;
import io.segmenta.core.prep.Scaling;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.Notice;
import io.segmenta.ui.Step;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.segment.FeatureChoice;
import io.segmenta.ui.segment.SegmentViewModel;
import io.segmenta.ui.task.SyncTaskRunner;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Prepare step's view-model on the Customer Personality Analysis table (24 missing incomes,
 * rare marital statuses, two constant columns, dd-MM-yyyy dates) with the real core and a
 * synchronous runner. Figures: median income 51381.5 (scikit-learn's SimpleImputer), tenure 0..699
 * days to 2014-06-29, Tukey's fences on the median-filled incomes -13587.75 / 117416.25 (pandas'
 * linear quartiles) flagging 8 customers.
 */
class PrepareViewModelTest {
    private static final String TENURE = "Dt_Customer tenure (days)";
    private static final String AGE = "Age from Year_Birth";
    /** The customers whose income is outside Tukey's fences, in table order. */
    private static final List<String> HIGH_INCOMES = List.of("8475", "1503", "5555", "1501", "5336", "4931", "11181",
            "9432");

    private final SyncTaskRunner runner = new SyncTaskRunner();
    private final UiFixture fixture = new UiFixture(runner);
    private final MainViewModel main = fixture.vm();
    private final PrepareViewModel vm = main.prepare();
    private final SegmentViewModel segment = main.segmentStep();

    @BeforeEach
    void openMarketing() {
        main.start(List.of(SharedData.dataset(SharedData.MARKETING).toString()));
        assertNotNull(main.data().dataset(), () -> "open failed: " + main.notices().current());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void show() {
        main.stepProperty().set(Step.PREPARE);
        assertNotNull(vm.adviceProperty().get(), () -> "advice failed: " + main.notices().current());
    }

    private void tick(String... features) {
        List<String> want = List.of(features);
        segment.features().choices().forEach(f -> f.setSelected(want.contains(f.name())));
        assertEquals(want, segment.features().selected());
    }

    /** The Prepare step on Income alone, its missing cells filled with the median, outliers by IQR fences. */
    private void iqrOnIncome() {
        show();
        tick("Income");
        vm.missingChoice("Income").choiceProperty().set(FillChoice.MEDIAN);
        vm.outliers().methodProperty().set(OutlierMethod.IQR);
    }

    private PreparedFeatures preview() {
        int before = runner.jobsRun();
        vm.preview();
        assertEquals(before + 1, runner.jobsRun(), () -> "preview refused: " + main.notices().current());
        PreparedFeatures p = vm.previewProperty().get();
        assertNotNull(p, () -> "preview failed: " + main.notices().current());
        assertFalse(vm.staleProperty().get());
        return p;
    }

    @Test
    void theAdviceIsComputedWhenTheStepIsShownAndListsTheTablesProblems() {
        assertNull(vm.adviceProperty().get(), "nothing runs while another step is on show");
        show();
        var a = vm.adviceProperty().get();
        assertEquals(Map.of("Income", 24), a.missingCells());
        assertEquals(List.of("Z_CostContact", "Z_Revenue"), a.constant());
        assertEquals(Map.of("Marital_Status", Map.of("Alone", 3, "Absurd", 2, "YOLO", 2)), a.rareLevels());
        assertEquals(1, vm.missingChoices().size());
        MissingChoice income = vm.missingChoice("Income");
        assertEquals("Income: 24 missing (1.1%)", income.label());
        assertEquals(FillChoice.DEFAULT, income.choice());
        assertEquals(FillChoice.DROP, vm.missingDefaultProperty().get(), "the first version's default: drop rows");
        assertEquals(List.of(AGE, TENURE), vm.derivedChoices().stream().map(DerivedChoice::featureName).toList());
        assertEquals("2014", vm.derivedChoice(AGE).defaultReference());
        assertEquals("2014-06-29", vm.derivedChoice(TENURE).defaultReference());
        assertEquals("the latest date in Dt_Customer", vm.derivedChoice(TENURE).defaultNote());
        assertEquals("Levels held by under 1% of the rows: Marital_Status: Absurd 2, Alone 3, YOLO 2.",
                vm.rareHintProperty().get());
        assertTrue(a.sentences().contains("Z_CostContact has the same value (3) in every row; as a feature it is left "
                + "out."), a.sentences().toString());
        // nothing is derived before the analyst asks
        assertTrue(vm.derivedFeatures().isEmpty());
        assertTrue(segment.features().choices().stream().noneMatch(f -> f.name().equals(TENURE)));
    }

    /**
     * While the next preview is made, a small one stays on show; a large one is let go at once, so that two
     * large preparations are never held together.
     */
    @Test
    void aLargePreviewIsLetGoWhenTheNextStartsAndASmallOneStaysOnShow() {
        tick("Income", "MntWines");
        PreparedFeatures first = preview();
        List<PreparedFeatures> onShowWhileWorking = new java.util.ArrayList<>();
        runner.messageProperty().addListener((o, was, now) -> {
            if (now != null && now.contains(" rows")) {
                onShowWhileWorking.add(vm.previewProperty().get());
            }
        });
        PreparedFeatures second = preview();
        assertEquals(1, onShowWhileWorking.size());
        assertSame(first, onShowWhileWorking.get(0), "the small preview stays on show while the next is made");
        vm.preview.letGoCells = (long) second.rows() * second.cols() - 1;
        onShowWhileWorking.clear();
        PreparedFeatures third = preview();
        assertEquals(1, onShowWhileWorking.size());
        assertNull(onShowWhileWorking.get(0), "the large preview is let go when the next starts");
        assertEquals(second.rows(), third.rows());
    }

    /**
     * A run of the previewed preparation uses the preview; a run of other choices lets a large preview go
     * before it starts (it no longer matches, and the run's preparation needs the memory).
     */
    @Test
    void aRunOfOtherChoicesLetsALargePreviewGoBeforeItStarts() {
        tick("Income", "MntWines");
        PreparedFeatures p = preview();
        vm.preview.letGoCells = (long) p.rows() * p.cols() - 1;
        List<PreparedFeatures> onShowAtStart = new java.util.ArrayList<>();
        runner.runningProperty().addListener((o, was, now) -> {
            if (now) {
                onShowAtStart.add(vm.previewProperty().get());
            }
        });
        segment.findK();
        assertEquals(1, onShowAtStart.size());
        assertSame(p, onShowAtStart.get(0), "the run of the previewed choices keeps the preview");
        assertSame(p, vm.previewProperty().get());

        vm.scalingProperty().set(Scaling.MINMAX);
        assertTrue(vm.staleProperty().get());
        onShowAtStart.clear();
        segment.findK();
        assertEquals(1, onShowAtStart.size());
        assertNull(onShowAtStart.get(0), "a run of other choices lets the large preview go first");
        assertFalse(vm.staleProperty().get(), "no preview, none out of date");
        assertNotNull(segment.sweepProperty().get(), () -> "find k failed: " + main.notices().current());
    }

    @Test
    void medianImputationFillsTheMissingIncomesAndCountsCellsAndRows() {
        show();
        tick("Income", "MntWines");
        PreparedFeatures dropped = preview();
        assertEquals(2216, dropped.rows(), "by default the 24 rows are dropped");
        MissingValueReport d = dropped.report().missing().get(0);
        assertEquals(24, d.rowsDropped());
        assertEquals("2,240 rows · 2,216 segmented · 24 dropped (missing values) · 2 features",
                vm.previewSummaryProperty().get());

        vm.missingChoice("Income").choiceProperty().set(FillChoice.MEDIAN);
        assertTrue(vm.staleProperty().get(), "a changed choice makes the preview out of date");
        PreparedFeatures p = preview();
        assertEquals(2240, p.rows());
        MissingValueReport m = p.report().missing().get(0);
        assertEquals("Income", m.feature());
        assertEquals(Imputation.MEDIAN, m.used());
        assertEquals("51381.5", m.fillValue());
        assertEquals(24, m.missingCells());
        assertEquals(24, m.cellsFilled());
        assertEquals(0, m.rowsDropped());
        assertEquals(24, p.report().rowsImputed());
        assertEquals("2,240 rows · 2,240 segmented · 24 cells filled in 24 rows · 2 features",
                vm.previewSummaryProperty().get());
        // back to the default: the spec is the previewed one again only when it equals it
        vm.missingChoice("Income").choiceProperty().set(FillChoice.DEFAULT);
        assertTrue(vm.staleProperty().get());
        vm.missingChoice("Income").choiceProperty().set(FillChoice.MEDIAN);
        assertFalse(vm.staleProperty().get());
    }

    @Test
    void aConstantNeedsAValueAndANumberForANumericColumn() {
        show();
        tick("Income");
        MissingChoice income = vm.missingChoice("Income");
        assertEquals(List.of(FillChoice.values()), income.options(), "a number takes every choice");
        income.choiceProperty().set(FillChoice.CONSTANT);
        assertEquals("Enter the fill value for Income: a number such as 0.", income.errorProperty().get());
        assertEquals(income.errorProperty().get(), vm.problemProperty().get());
        int jobs = runner.jobsRun();
        vm.preview();
        assertEquals(jobs, runner.jobsRun(), "an invalid choice starts nothing");
        assertEquals(new Notice(Notice.Level.ERROR, "Enter the fill value for Income: a number such as 0."),
                main.notices().current());
        income.constantProperty().set("abc");
        assertEquals("The fill value \"abc\" for Income is not a number. Enter a number such as 0.",
                income.errorProperty().get());
        // the Segment step refuses the same way, without starting work
        segment.segment();
        assertEquals(jobs, runner.jobsRun());
        assertEquals(income.errorProperty().get(), main.notices().current().text());
        income.constantProperty().set("0");
        assertNull(vm.problemProperty().get());
        PreparedFeatures p = preview();
        assertEquals("0", p.report().missing().get(0).fillValue());
        // a choice for a column that is not ticked stops nothing
        income.constantProperty().set("");
        tick("MntWines");
        assertNull(vm.problemProperty().get());
    }

    @Test
    void rareLevelsAreMergedIntoOtherByShareOrCount() {
        show();
        tick("Marital_Status");
        PreparedFeatures off = preview();
        assertEquals(8, off.cols(), "one indicator per level");
        assertTrue(off.report().merges().isEmpty());

        vm.mergeRareProperty().set(true);
        assertEquals(PrepareViewModel.DEFAULT_RARE_THRESHOLD, vm.rareThresholdProperty().get());
        PreparedFeatures p = preview();
        LevelMerge m = p.report().merges().get(0);
        assertEquals("Marital_Status", m.column());
        assertEquals(Map.of("Alone", 3, "Absurd", 2, "YOLO", 2), m.levels());
        assertEquals(7, m.rows());
        assertEquals(List.of("Marital_Status=Divorced", "Marital_Status=Married", "Marital_Status=Single",
                "Marital_Status=Together", "Marital_Status=Widow", "Marital_Status=Other"), p.featureNames());
        assertEquals(RareLevels.belowShare(0.01), vm.currentSpecProperty().get().categorical().rare());

        vm.rareThresholdProperty().set("3");
        assertEquals(RareLevels.fewerThan(3), vm.currentSpecProperty().get().categorical().rare());
        assertEquals(Map.of("Absurd", 2, "YOLO", 2), preview().report().merges().get(0).levels());

        vm.dropFirstProperty().set(true);
        // Alone (3 customers) is no longer rare and is the first level (alphabetical): its indicator goes
        assertEquals(List.of("Marital_Status=Divorced", "Marital_Status=Married", "Marital_Status=Single",
                "Marital_Status=Together", "Marital_Status=Widow", "Marital_Status=Other"), preview().featureNames());

        vm.rareThresholdProperty().set("a few");
        assertTrue(vm.rareErrorProperty().get().startsWith("Cannot read the rare-level threshold \"a few\""),
                vm.rareErrorProperty().get());
        assertNull(vm.currentSpecProperty().get());
        vm.rareThresholdProperty().set("0");
        assertNotNull(vm.rareErrorProperty().get(), "0 would merge nothing");
        vm.mergeRareProperty().set(false);
        assertNull(vm.rareErrorProperty().get(), "the threshold does not matter while merging is off");
        assertNotNull(vm.currentSpecProperty().get());
    }

    @Test
    void constantColumnsAreReportedAndLeftOut() {
        show();
        tick("Income", "Recency", "Z_CostContact", "Z_Revenue");
        vm.missingDefaultProperty().set(FillChoice.MEDIAN);
        vm.scalingProperty().set(Scaling.ROBUST);
        PreparedFeatures p = preview();
        assertEquals(List.of("Income", "Recency"), p.featureNames());
        List<ExcludedFeature> left = p.report().excluded();
        assertEquals(List.of("Z_CostContact", "Z_Revenue"), left.stream().map(ExcludedFeature::feature).toList());
        assertTrue(left.stream().allMatch(e -> e.reason() == ExclusionReason.CONSTANT));
        assertEquals("Column \"Z_CostContact\" has the same value (3) for every segmented customer and is left out: it "
                + "cannot tell customers apart.", left.get(0).sentence());
        assertEquals(Scaling.ROBUST, p.report().scaling());
    }

    @Test
    void tenureIsDerivedOfferedToTheSegmentStepAndItsReferenceCanChange() {
        show();
        tick("Income");
        DerivedChoice tenure = vm.derivedChoice(TENURE);
        tenure.deriveProperty().set(true);
        assertEquals(List.of(TENURE), vm.derivedFeatures());
        FeatureChoice offered = segment.features().choices().stream().filter(f -> f.name().equals(TENURE)).findFirst()
                .orElseThrow(() -> new AssertionError("tenure is not offered in the Segment step"));
        assertTrue(offered.isSelected(), "deriving a feature ticks it");
        assertEquals(List.of("Income", TENURE), segment.features().selected());
        PrepSpec spec = vm.currentSpecProperty().get();
        assertEquals(List.of("Income"), spec.features());
        assertEquals(List.of(tenure.suggestion()), spec.derived());

        PreparedFeatures p = preview();
        DerivedFeatureReport r = p.report().derived().get(0);
        assertEquals(TENURE, r.feature());
        assertEquals("2014-06-29", r.reference());
        assertTrue(r.referenceDefaulted());
        assertEquals(0, r.min());
        assertEquals(699, r.max());

        tenure.referenceProperty().set("2014-12-31");
        assertTrue(vm.staleProperty().get());
        DerivedFeatureReport given = preview().report().derived().get(0);
        assertEquals("2014-12-31", given.reference());
        assertFalse(given.referenceDefaulted());
        assertEquals(185, given.min(), "2014-06-29 to 2014-12-31");
        assertEquals(699 + 185, given.max());

        tenure.referenceProperty().set("31-12-2014");
        assertEquals("The reference date \"31-12-2014\" of Dt_Customer tenure (days) is not a date. Write it as "
                + "yyyy-MM-dd, e.g. 2014-06-29.", tenure.errorProperty().get());
        assertThrows(SegmentaException.class, () -> vm.specFor(List.of(TENURE)));
        // unticked in the Segment step, its reference no longer matters
        segment.features().select(TENURE, false);
        assertNull(vm.problemProperty().get());
        assertTrue(vm.specFor(List.of("Income")).derived().isEmpty());

        tenure.deriveProperty().set(false);
        assertTrue(segment.features().choices().stream().noneMatch(f -> f.name().equals(TENURE)), "no longer offered");
    }

    @Test
    void ageIsCountedToTheYearGiven() {
        show();
        tick("Income");
        DerivedChoice age = vm.derivedChoice(AGE);
        age.deriveProperty().set(true);
        age.referenceProperty().set("2015");
        DerivedFeatureReport r = preview().report().derived().get(0);
        assertEquals("2015", r.reference());
        assertEquals(19, r.min());
        assertEquals(122, r.max(), "customer 11004 was born in 1893");
        age.referenceProperty().set("15");
        assertEquals("The reference year \"15\" of Age from Year_Birth is not a year. Write a year such as 2014.",
                age.errorProperty().get());
    }

    @Test
    void iqrOutliersAreListedWithTheirReasonAndKeptOrExcludedTogether() {
        iqrOnIncome();
        assertEquals("1.5", vm.outliers().parameterProperty().get(), "Tukey's factor first");
        PreparedFeatures p = preview();
        var o = p.report().outliers();
        assertEquals(-13587.75, o.fences().get(0).lower(), 1e-9);
        assertEquals(117416.25, o.fences().get(0).upper(), 1e-9);
        assertEquals(HIGH_INCOMES, o.rows().stream().map(FlaggedRow::label).toList());
        FlaggedRow rich = o.rows().get(7);
        assertEquals("Income = 666666 above the upper fence 117416.25", rich.reason());
        assertFalse(rich.excluded());
        assertEquals(2240, p.rows(), "kept by default");
        assertTrue(vm.previewSummaryProperty().get().contains("8 flagged as outliers, kept"),
                vm.previewSummaryProperty().get());
        OutliersViewModel tab = new OutliersViewModel(vm);
        assertEquals("8 customers flagged by IQR fences (factor 1.5), kept in the segments", tab.titleProperty().get());

        vm.outliers().actionProperty().set(OutlierAction.EXCLUDE);
        PreparedFeatures ex = preview();
        assertEquals(2232, ex.rows());
        assertTrue(ex.outliers().stream().allMatch(FlaggedRow::excluded), "the action applies to every one");
        assertTrue(vm.previewSummaryProperty().get().contains("8 flagged as outliers, excluded"));
        assertEquals("8 customers flagged by IQR fences (factor 1.5), excluded from the segments",
                tab.titleProperty().get());

        // single customers kept by choice: the richest (666666) stays out, two others come back
        FlaggedRow first = ex.outliers().get(0);
        FlaggedRow second = ex.outliers().get(1);
        vm.outliers().choose(List.of(first.row(), second.row()), OutlierAction.KEEP);
        assertTrue(vm.staleProperty().get(), "a choice makes the preview stale");
        assertEquals(OutlierAction.KEEP, vm.outliers().actionOf(first.row()));
        assertEquals(OutlierAction.EXCLUDE, vm.outliers().actionOf(rich.row()));
        assertEquals(Map.of(first.row(), OutlierAction.KEEP, second.row(), OutlierAction.KEEP),
                vm.currentSpecProperty().get().outlierChoices());
        assertTrue(vm.choicesSummaryProperty().get().contains("outliers: IQR fences (factor 1.5), excluded (2 customers "
                + "kept by choice)"), vm.choicesSummaryProperty().get());
        PreparedFeatures mixed = preview();
        assertEquals(2234, mixed.rows());
        assertEquals(List.of(false, false, true, true, true, true, true, true),
                mixed.outliers().stream().map(FlaggedRow::excluded).toList());
        assertTrue(vm.previewSummaryProperty().get().contains("8 flagged as outliers (6 excluded, 2 kept)"),
                vm.previewSummaryProperty().get());
        assertEquals("8 customers flagged by IQR fences (factor 1.5), 6 excluded from the segments, 2 kept",
                tab.titleProperty().get());
        // the choices outlive a change of the action, until they are cleared
        vm.outliers().actionProperty().set(OutlierAction.KEEP);
        assertEquals(2240, preview().rows());
        vm.outliers().clearChoices();
        assertTrue(vm.currentSpecProperty().get().outlierChoices().isEmpty());
        vm.outliers().actionProperty().set(OutlierAction.EXCLUDE);
        assertEquals(2232, preview().rows());
        vm.outliers().choose(List.of(rich.row()), OutlierAction.KEEP);

        vm.outliers().parameterProperty().set("none");
        assertEquals("The IQR factor \"none\" is not a number. Enter a factor such as 1.5.",
                vm.outliers().errorProperty().get());
        vm.outliers().parameterProperty().set("-1");
        assertEquals("The IQR factor must be a positive number, e.g. 1.5 (got -1).",
                vm.outliers().errorProperty().get());
    }

    @Test
    void theFlaggedCustomersSortByTheirColumnsAtOnceOrInTheBackgroundAndKeepTheOrderForTheNextPreview() {
        iqrOnIncome();
        List<FlaggedRow> flagged = preview().report().outliers().rows();
        List<Integer> byRow = flagged.stream().map(FlaggedRow::row).sorted(Comparator.reverseOrder()).toList();
        assertNotEquals(byRow, flagged.stream().map(FlaggedRow::row).toList(), "the report's order is another");
        for (int atOnce : new int[] {OutliersViewModel.SORT_AT_ONCE_LIMIT, 0}) {
            vm.outliers().parameterProperty().set("1.5");
            preview();
            OutliersViewModel tab = new OutliersViewModel(vm, atOnce);
            assertEquals(HIGH_INCOMES, tab.flaggedProperty().get().stream().map(FlaggedRow::label).toList());
            int jobs = runner.jobsRun();
            tab.sortFlagged(List.of(new FlaggedOrder.Key(FlaggedOrder.By.ROW, true)));
            assertEquals(atOnce == 0 ? jobs + 1 : jobs, runner.jobsRun(), "a job only above the limit");
            assertEquals(byRow, tab.flaggedProperty().get().stream().map(FlaggedRow::row).toList(),
                    "by row number, not by its text (\"688\" before \"2,234\")");
            tab.sortFlagged(List.of(new FlaggedOrder.Key(FlaggedOrder.By.REASON, true)));
            List<String> reasons = tab.flaggedProperty().get().stream().map(FlaggedRow::reason).toList();
            assertEquals("Income = 666666 above the upper fence 117416.25", reasons.get(0), reasons.toString());
            assertEquals(List.of(new FlaggedOrder.Key(FlaggedOrder.By.REASON, true)), tab.sortKeysProperty().get());

            // a preview with another factor flags others, listed in the same order
            vm.outliers().parameterProperty().set("0.5");
            vm.preview(); // and, above the limit, the sort of its customers: two jobs
            List<FlaggedRow> next = vm.previewProperty().get().report().outliers().rows();
            assertTrue(next.size() > flagged.size(), next.size() + " flagged");
            List<String> shown = tab.flaggedProperty().get().stream().map(FlaggedRow::reason).toList();
            assertEquals(next.size(), shown.size());
            for (int i = 1; i < shown.size(); i++) {
                assertTrue(RowSort.compareText(shown.get(i - 1), shown.get(i)) >= 0, shown.toString());
            }
            tab.sortFlagged(List.of());
            assertEquals(next, tab.flaggedProperty().get(), "no key: the report's order again");
        }
    }

    @Test
    void zScoresAndIsolationForestTakeTheirOwnParameters() {
        show();
        tick("Income");
        vm.missingChoice("Income").choiceProperty().set(FillChoice.MEDIAN);
        vm.outliers().methodProperty().set(OutlierMethod.ZSCORE);
        assertEquals("3", vm.outliers().parameterProperty().get());
        PreparedFeatures z = preview();
        // mean 52237.98, population std 25032.37: the same 8 incomes are more than 3 std out
        assertEquals(HIGH_INCOMES, z.outliers().stream().map(FlaggedRow::label).toList());
        assertEquals(24.55, z.outliers().get(7).score(), 0.005, "the largest |z|");

        vm.outliers().methodProperty().set(OutlierMethod.ISOLATION_FOREST);
        assertEquals("5%", vm.outliers().parameterProperty().get());
        vm.outliers().parameterProperty().set("1%");
        PreparedFeatures f = preview();
        assertEquals(0.01, vm.previewSpecProperty().get().outliers().parameter(), 1e-12);
        assertEquals(42, vm.previewSpecProperty().get().outliers().seed());
        assertTrue(f.outliers().stream().anyMatch(r -> r.label().equals("9432")));
        vm.outliers().parameterProperty().set("0.6");
        assertTrue(vm.outliers().errorProperty().get().startsWith("The Isolation Forest contamination is the share"),
                vm.outliers().errorProperty().get());
        vm.outliers().parameterProperty().set("0.05");
        vm.outliers().seedProperty().set("x");
        assertEquals("The Isolation Forest seed \"x\" is not a whole number. Enter a whole number such as 42.",
                vm.outliers().errorProperty().get());
    }

    @Test
    void findKAndSegmentUseThePrepareChoices() {
        show();
        tick("Marital_Status", "Income", "MntWines");
        vm.missingChoice("Income").choiceProperty().set(FillChoice.MEDIAN);
        vm.mergeRareProperty().set(true);
        vm.derivedChoice(TENURE).deriveProperty().set(true);
        vm.outliers().methodProperty().set(OutlierMethod.IQR);
        vm.outliers().actionProperty().set(OutlierAction.EXCLUDE);
        PrepSpec spec = vm.currentSpecProperty().get();
        assertEquals("standard scaling · missing cells: drop the rows, Income: median · rare levels merged (under 1% of "
                + "the customers) · Dt_Customer tenure (days) · outliers: IQR fences (factor 1.5), excluded",
                vm.choicesSummaryProperty().get());

        segment.kProperty().set(4);
        segment.segment();
        SegmentationResult r = segment.result();
        assertNotNull(r, () -> "segment failed: " + main.notices().current());
        assertEquals(spec, r.spec().prep());
        PreparedFeatures f = r.features();
        assertTrue(f.featureNames().contains(TENURE));
        assertTrue(f.featureNames().contains("Marital_Status=Other"));
        assertEquals(24, f.report().cellsImputed());
        assertTrue(f.rowsExcluded() > 0);
        assertEquals(2240 - f.rowsExcluded(), f.rows());
        for (FlaggedRow o : f.outliers()) {
            assertEquals(SegmentationResult.NOT_SEGMENTED, r.segmentOfRow()[o.row()], "excluded: no segment");
        }

        segment.findK();
        assertNotNull(segment.sweepProperty().get(), () -> "find k failed: " + main.notices().current());
        assertEquals(spec, segment.sweepProperty().get().spec().prep());
    }

    @Test
    void theExportMarksTheExcludedOutliersWithTheirReason(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        show();
        tick("Income", "MntWines");
        vm.missingChoice("Income").choiceProperty().set(FillChoice.MEDIAN);
        vm.outliers().methodProperty().set(OutlierMethod.ZSCORE);
        vm.outliers().actionProperty().set(OutlierAction.EXCLUDE);
        segment.kProperty().set(3);
        segment.segment();
        SegmentationResult r = segment.result();
        assertNotNull(r, () -> "segment failed: " + main.notices().current());
        java.nio.file.Path out = dir.resolve("segmented.csv");
        segment.export(out);
        List<String> lines = java.nio.file.Files.readAllLines(out);
        assertEquals(2241, lines.size(), "every customer is exported");
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int seg = header.indexOf("Segment");
        int outlier = header.indexOf("Outlier");
        int reason = header.indexOf("Outlier reason");
        assertTrue(seg > 0 && outlier > seg && reason > outlier, header.toString());
        int marked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells[outlier].equals("yes")) {
                marked++;
                assertEquals("", cells[seg], "excluded: no segment");
                assertTrue(cells[reason].contains("with z = "), cells[reason]);
            }
        }
        assertEquals(r.features().rowsExcluded(), marked);
        assertTrue(marked >= 8, "at least the 8 incomes beyond 3 standard deviations");
    }

    @Test
    void anotherTableStartsAfresh() {
        show();
        vm.derivedChoice(TENURE).deriveProperty().set(true);
        tick("Income", TENURE);
        vm.outliers().choose(List.of(7), OutlierAction.EXCLUDE);
        preview();
        main.data().open(SharedData.dataset(SharedData.MALL));
        assertTrue(vm.outliers().choices().isEmpty(), "choices belong to the table they were made on");
        assertNotNull(vm.adviceProperty().get(), "the step is on show: the new table is checked at once");
        assertTrue(vm.missingChoices().isEmpty());
        assertTrue(vm.derivedChoices().isEmpty(), "Mall has no dates or birth years");
        assertTrue(vm.derivedFeatures().isEmpty());
        assertNull(vm.previewProperty().get());
        assertTrue(segment.features().choices().stream().noneMatch(f -> f.name().equals(TENURE)));
        assertEquals(List.of("Annual Income (k$)", "Spending Score (1-100)"), segment.features().selected());
        assertEquals(PrepSpec.standard(segment.features().selected()), vm.currentSpecProperty().get(),
                "the defaults prepare as the first version did");
    }

    @Test
    void previewNeedsFeatures() {
        show();
        tick();
        vm.preview();
        assertEquals("No features are ticked. Tick at least one feature here or in the Segment step.",
                main.notices().current().text());
    }
    @Test
    void theCheckWaitsForOtherWorkAndRunsAgainAfterWorkThatDisplacedIt() {
        runner.run("Segmenting", (p, c) -> {
            main.stepProperty().set(Step.PREPARE);
            assertNull(vm.adviceProperty().get(), "the check waits for the running work");
            assertFalse(c.isCancelled(), "and does not interrupt it");
            return null;
        }, x -> { });
        assertNotNull(vm.adviceProperty().get(), () -> "advice failed: " + main.notices().current());

        // the table is opened again; while it is checked, the user starts other work
        List<String> checks = new java.util.ArrayList<>();
        List<String> exported = new java.util.ArrayList<>();
        javafx.beans.value.ChangeListener<String> interrupt = (o, was, now) -> {
            if (now.startsWith("Checking") && now.endsWith("…")) {
                checks.add(now);
            }
            if (exported.isEmpty() && now.startsWith("Checking") && now.contains("missing cells")) {
                runner.run("Exporting", (p, c) -> "x", x -> exported.add(x));
            }
        };
        runner.messageProperty().addListener(interrupt);
        main.start(List.of(SharedData.dataset(SharedData.MARKETING).toString()));
        runner.messageProperty().removeListener(interrupt);
        assertEquals(List.of("x"), exported);
        assertEquals(2, checks.size(), "displaced once, then checked: " + checks);
        assertNotNull(vm.adviceProperty().get(), "the check ran again after the other work");
        assertTrue(runner.getMessage().startsWith("Checked "), runner.getMessage());
    }
}
