package io.segmenta.ui.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.explore.GroupComparisonResult;
import io.segmenta.core.explore.TestFamily;
import io.segmenta.core.explore.TestKind;
import io.segmenta.testing.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupsViewModelTest {
    @Test
    void spendingByGenderIsAWelchTestLikeScipy() {
        try (ExploreFixture f = new ExploreFixture().mall().show(ExploreTab.GROUPS)) {
            GroupsViewModel vm = f.explore.groups();
            assertEquals("Spending Score (1-100)", vm.columnProperty().get());
            assertEquals(GroupChoice.category("Genre"), vm.groupByProperty().get());
            GroupComparisonResult r = vm.result();
            assertEquals(TestKind.WELCH_T, r.test().kind());
            JsonNode ref = SharedData.mallReference().get("spending_by_gender_welch_t");
            // Female comes first here, Male first in the reference: the sign flips
            SummaryViewModelTest.rel(-ref.get("t").asDouble(), r.test().statistic(), "t");
            SummaryViewModelTest.rel(ref.get("p").asDouble(), r.test().p(), "p");
            SummaryViewModelTest.rel(ref.get("mean_female").asDouble(), r.group("Female").mean(), "female mean");
            assertEquals("Welch's t-test: Welch t = 0.80, p = 0.42; Cohen's d = 0.12 (negligible)",
                    vm.resultLineProperty().get());
            assertEquals("No significant difference at the 5% level (p = 0.42): a difference this large would often "
                    + "arise by chance alone.", vm.meaningProperty().get());
            assertArrayEquals(new int[] {0, 1}, vm.chartData().colours());

            vm.columnProperty().set("Annual Income (k$)");
            JsonNode income = SharedData.mallReference().get("income_by_gender_welch_t");
            SummaryViewModelTest.rel(-income.get("t").asDouble(), vm.result().test().statistic(), "income t");
        }
    }

    @Test
    void onTheSampleTheFiguresAreTheCoresAndMissingGendersAreLeftOut() {
        try (ExploreFixture f = new ExploreFixture().sample().show(ExploreTab.GROUPS)) {
            GroupsViewModel vm = f.explore.groups();
            GroupComparisonResult r = vm.result();
            var d = io.segmenta.core.data.Datasets.sample();
            GroupComparisonResult expected = io.segmenta.core.explore.GroupComparison.compare(d,
                    "Spending Score (1-100)", "Gender", TestFamily.MEANS);
            assertEquals(expected.test(), r.test());
            assertEquals(498, r.test().n(), "the two customers without a gender take no part");
            assertEquals(GroupsViewModel.resultLine(expected), vm.resultLineProperty().get());
        }
    }

    @Test
    void ranksGiveMannWhitneyAndSegmentsGiveAnovaOrKruskalWallis() {
        try (ExploreFixture f = new ExploreFixture().mall().segment().show(ExploreTab.GROUPS)) {
            GroupsViewModel vm = f.explore.groups();
            vm.familyProperty().set(TestFamily.RANKS);
            assertEquals(TestKind.MANN_WHITNEY, vm.result().test().kind());
            assertTrue(vm.resultLineProperty().get().startsWith("Mann-Whitney U test: Mann-Whitney U = "),
                    vm.resultLineProperty().get());
            assertTrue(f.explore.groupChoices().contains(GroupChoice.SEGMENTS));
            vm.groupByProperty().set(GroupChoice.SEGMENTS);
            assertEquals(TestKind.KRUSKAL_WALLIS, vm.result().test().kind());
            vm.familyProperty().set(TestFamily.MEANS);
            GroupComparisonResult r = vm.result();
            assertEquals(TestKind.ANOVA, r.test().kind());
            assertEquals(5, r.groups().size());
            assertEquals(200, r.test().n());
            assertTrue(r.test().p() < 1e-6, "segments on spending differ in spending");
            assertEquals("large", r.test().effect().magnitude());
            assertArrayEquals(new int[] {0, 1, 2, 3, 4}, vm.chartData().colours(),
                    "each box has its segment's colour");
            assertEquals("The average spending score differs significantly between the 5 groups at the 5% level; the "
                    + "difference is large.", vm.meaningProperty().get());
            String first = r.groups().get(0).group();
            assertTrue(first.startsWith("1 · "), first);
            assertEquals(List.copyOf(f.explore.segments().groups()), r.groups().stream().map(g -> g.group()).toList());
            int[] labels = f.main.segmentStep().result().segmentOfRow();
            for (int i = 0; i < labels.length; i++) {
                assertEquals(labels[i], f.explore.segments().code(i), "customer " + i + "'s group is its segment");
            }
        }
    }

    @Test
    void renamingASegmentRenamesItsBox() {
        try (ExploreFixture f = new ExploreFixture().mall().segment().show(ExploreTab.GROUPS)) {
            GroupsViewModel vm = f.explore.groups();
            vm.groupByProperty().set(GroupChoice.SEGMENTS);
            f.main.segmentStep().rename(0, "Core shoppers");
            assertEquals("1 · Core shoppers", vm.result().groups().get(0).group());
            assertEquals(GroupChoice.SEGMENTS, vm.groupByProperty().get(), "the choice survives the rename");
        }
    }
}
