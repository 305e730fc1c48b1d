package io.segmenta.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.explore.CorrelationMethod;
import io.segmenta.core.explore.Direction;
import io.segmenta.core.explore.TestFamily;
import io.segmenta.core.explore.Verdict;
import io.segmenta.ui.Notice;
import org.junit.jupiter.api.Test;

class HypothesesViewModelTest {
    @Test
    void spendingRisesWithAgeIsContradictedOnMall() {
        try (ExploreFixture f = new ExploreFixture().mall().show(ExploreTab.HYPOTHESES)) {
            HypothesesViewModel vm = f.explore.hypotheses();
            assertEquals("Spending Score (1-100) rises with Age", vm.statementProperty().get(),
                    "X is the last numeric column, Y the first");
            assertNull(vm.problemProperty().get());
            vm.test();
            TestedHypothesis t = vm.latestProperty().get();
            Verdict v = t.verdict();
            assertEquals(Verdict.Outcome.CONTRADICTED, v.outcome());
            assertEquals("Contradicted", t.outcome());
            assertEquals("The data contradict the hypothesis: spending score falls with age (Pearson r = -0.33, "
                    + "p < 0.001, n = 200). Age explains about 11% of the variation in spending score.", v.finding());
            assertEquals(-0.3272268460390901, v.statistic(), 1e-9);
            assertEquals("Pearson r = -0.33 · p < 0.001 · r² = 0.11 (medium) · n = 200 · 5% level", t.figures());
            assertEquals("Mall_Customers.csv", t.table());
            assertEquals(1, vm.history().size());
            assertEquals("Tested: Spending Score (1-100) rises with Age · Contradicted", f.runner.getMessage());
        }
    }

    @Test
    void spendingRisesWithAgeIsContradictedOnTheSampleToo() {
        try (ExploreFixture f = new ExploreFixture().sample().show(ExploreTab.HYPOTHESES)) {
            HypothesesViewModel vm = f.explore.hypotheses();
            vm.test();
            Verdict v = vm.latestProperty().get().verdict();
            Verdict expected = io.segmenta.core.explore.HypothesisTest.test(io.segmenta.core.data.Datasets.sample(),
                    new io.segmenta.core.explore.Hypothesis.Trend("Spending Score (1-100)", Direction.RISES, "Age"));
            assertEquals(expected, v);
            assertEquals(Verdict.Outcome.CONTRADICTED, v.outcome());
            assertEquals(497, v.n(), "the three customers without an age take no part");
            assertTrue(v.finding().startsWith("The data contradict the hypothesis: spending score falls with age"));
        }
    }

    @Test
    void theOtherTemplateComparesGroupsAndTheListKeepsEveryTest() {
        try (ExploreFixture f = new ExploreFixture().mall().show(ExploreTab.HYPOTHESES)) {
            HypothesesViewModel vm = f.explore.hypotheses();
            vm.test();
            vm.templateProperty().set(HypothesesViewModel.Template.DIFFERENCE);
            assertEquals(GroupChoice.category("Genre"), vm.groupsProperty().get());
            assertEquals("Spending Score (1-100) differs between the groups of Genre", vm.statementProperty().get());
            vm.test();
            Verdict v = vm.latestProperty().get().verdict();
            assertEquals(Verdict.Outcome.NOT_SUPPORTED, v.outcome());
            assertEquals("Welch's t-test", v.test());
            vm.familyProperty().set(TestFamily.RANKS);
            vm.test();
            assertEquals("Mann-Whitney U test", vm.latestProperty().get().verdict().test());

            vm.templateProperty().set(HypothesesViewModel.Template.TREND);
            vm.directionProperty().set(Direction.FALLS);
            vm.methodProperty().set(CorrelationMethod.SPEARMAN);
            vm.alphaProperty().set(0.01);
            vm.test();
            Verdict falls = vm.latestProperty().get().verdict();
            assertEquals(Verdict.Outcome.SUPPORTED, falls.outcome());
            assertEquals(0.01, falls.alpha());

            assertEquals(4, vm.history().size());
            assertEquals("Spending Score (1-100) falls with Age", vm.history().get(0).statement(), "newest first");
            String text = vm.historyText();
            String[] lines = text.split("\n");
            assertEquals(5, lines.length);
            assertEquals(TestedHypothesis.HEADER, lines[0]);
            assertTrue(lines[1].startsWith("Mall_Customers.csv\tSpending Score (1-100) falls with Age\tSupported\t"
                    + "Spearman correlation\tSpearman ρ = -0.34\t< 0.001\tρ² = 0.12 (medium)\t200\t1%\tThe data support"),
                    lines[1]);
            assertTrue(lines[4].contains("\tContradicted\t"), lines[4]);
            vm.copied();
            assertEquals("Copied 4 tested hypotheses to the clipboard as tab-separated text.",
                    f.main.notices().current().text());
            vm.clearHistory();
            assertTrue(vm.history().isEmpty());
            assertNull(vm.latestProperty().get());
        }
    }

    @Test
    void differencesBetweenSegmentsOnceThereAreSome() {
        try (ExploreFixture f = new ExploreFixture().mall().show(ExploreTab.HYPOTHESES)) {
            HypothesesViewModel vm = f.explore.hypotheses();
            vm.templateProperty().set(HypothesesViewModel.Template.DIFFERENCE);
            f.segment();
            vm.groupsProperty().set(GroupChoice.SEGMENTS);
            assertEquals("Spending Score (1-100) differs between the groups of Segment", vm.statementProperty().get());
            vm.test();
            Verdict v = vm.latestProperty().get().verdict();
            assertEquals(Verdict.Outcome.SUPPORTED, v.outcome());
            assertEquals("One-way ANOVA", v.test());
            assertTrue(v.finding().startsWith("The data support the hypothesis: spending score differs between the 5 "
                    + "groups of Segment (ANOVA F = "), v.finding());
            assertTrue(v.finding().contains("(1 · ") || v.finding().contains("(2 · "), "segments are named: "
                    + v.finding());
        }
    }

    @Test
    void aHypothesisThatCannotBeWrittenIsExplainedAndNotRun() {
        try (ExploreFixture f = new ExploreFixture().mall().show(ExploreTab.HYPOTHESES)) {
            HypothesesViewModel vm = f.explore.hypotheses();
            vm.predictorProperty().set("Spending Score (1-100)");
            assertEquals("Choose two different columns for X and Y.", vm.problemProperty().get());
            int jobs = f.runner.jobsRun();
            vm.test();
            assertEquals(jobs, f.runner.jobsRun(), "no test runs");
            assertEquals(Notice.Level.ERROR, f.main.notices().current().level());
            assertEquals("Choose two different columns for X and Y.", f.main.notices().current().text());
            assertTrue(vm.history().isEmpty());
        }
        try (ExploreFixture f = new ExploreFixture().show(ExploreTab.HYPOTHESES)) {
            assertEquals("Open a table first.", f.explore.hypotheses().problemProperty().get());
        }
    }

    @Test
    void theListSurvivesAnotherTableButTheLatestVerdictDoesNot() {
        try (ExploreFixture f = new ExploreFixture().mall().show(ExploreTab.HYPOTHESES)) {
            HypothesesViewModel vm = f.explore.hypotheses();
            vm.test();
            f.sample();
            assertNull(vm.latestProperty().get(), "a verdict about Mall is not shown as one about the sample");
            assertEquals(1, vm.history().size());
            assertEquals("Spending Score (1-100) rises with Age", vm.statementProperty().get(),
                    "the same columns exist in the sample and stay chosen");
            vm.test();
            assertEquals(2, vm.history().size());
            assertEquals("customers_sample.csv", vm.history().get(0).table());
        }
    }
    @Test
    void testingHoldsFromTheRequestUntilTheVerdictAndTheTestInterruptsOtherWork() {
        try (ExploreFixture f = new ExploreFixture().mall().show(ExploreTab.HYPOTHESES)) {
            HypothesesViewModel vm = f.explore.hypotheses();
            java.util.List<Boolean> seen = new java.util.ArrayList<>();
            vm.testingProperty().addListener((o, was, now) -> seen.add(now));
            boolean[] interrupted = {false};
            f.runner.run("Exporting", (p, c) -> {
                vm.test();
                interrupted[0] = c.isCancelled();
                assertTrue(vm.testingProperty().get(), "the test waits for this body to stop");
                return null;
            }, x -> { });
            assertTrue(interrupted[0], "the test the user asked for interrupts other work");
            assertEquals(java.util.List.of(true, false), seen);
            assertEquals(Verdict.Outcome.CONTRADICTED, vm.latestProperty().get().verdict().outcome());
        }
    }
}
