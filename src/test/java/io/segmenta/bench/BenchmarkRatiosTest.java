package io.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code segmenta bench --sklearn FILE} pairs its measurements with the lines bench/sklearn_bench.py prints. */
class BenchmarkRatiosTest {
    /** Lines as bench/sklearn_bench.py prints them (its format string, scikit-learn 1.2.1 figures). */
    private static final List<String> SKLEARN = List.of(
            "scikit-learn 1.2.1, numpy 1.24.2, 1000000 x 6",
            String.format(java.util.Locale.ROOT, "%-44s median %8.3f s   min %8.3f s   (%d runs)   %s",
                    "k-means k = 5, 1 start", 0.4, 0.35, 5, "WCSS 1.2e+06, 12 iterations"),
            String.format(java.util.Locale.ROOT, "%-44s median %8.3f s   min %8.3f s   (%d runs)   %s",
                    "k-means k = 5, n_init = 10", 4.0, 3.9, 5, "WCSS 1.2e+06, 10 iterations"),
            String.format(java.util.Locale.ROOT, "%-44s median %8.3f s   min %8.3f s   (%d runs)   %s",
                    "k sweep 1..10, n_init = 10", 30.0, 29.0, 3, "highest silhouette at k = 5"));

    @Test
    void pairsByWhatIsTimedAndDivides() {
        List<Benchmark.Timing> ours = List.of(
                new Benchmark.Timing("CSV load (57 MB)", new double[] {1.0}, ""),
                new Benchmark.Timing("k-means k = 5, 1 start", new double[] {0.1, 0.2, 0.3}, ""),
                new Benchmark.Timing("k-means k = 5, automatic starts (3)", new double[] {1.0}, ""),
                new Benchmark.Timing("k sweep 1..10, automatic starts", new double[] {6.0}, ""),
                new Benchmark.Timing("silhouette k = 5 (sampled)", new double[] {0.05}, ""));
        List<String> r = Benchmark.ratios(ours, SKLEARN);
        assertEquals(3, r.size(), r::toString);
        assertEquals("k-means k = 5, 1 start                            0.200 s /    0.400 s = 0.50", r.get(0));
        assertEquals("k-means k = 5, automatic starts (3)               1.000 s /    4.000 s = 0.25", r.get(1));
        assertEquals("k sweep 1..10, automatic starts                   6.000 s /   30.000 s = 0.20", r.get(2));
    }

    /** bench/lloyd.c's lines: Segmenta's Lloyd iteration pairs with the C loop on every core, not on 1 thread. */
    @Test
    void aLloydIterationPairsWithTheCLoopOnEveryCore() {
        List<String> c = List.of("C, 1000000 x 6, k = 5, -O3 -march=native -ffast-math, column-blocked, OpenMP",
                String.format(java.util.Locale.ROOT, "%-44s median %8.5f s   min %8.5f s   (%d runs)   %s",
                        "Lloyd iteration in C, 1 thread", 0.01377, 0.0128, 30, "WCSS 2.119052e+06"),
                String.format(java.util.Locale.ROOT, "%-44s median %8.5f s   min %8.5f s   (%d runs)   %s",
                        "Lloyd iteration in C, 2 threads", 0.00712, 0.0067, 30, "WCSS 2.119052e+06"));
        List<Benchmark.Timing> ours = List.of(
                new Benchmark.Timing("k-means k = 5, 1 start", new double[] {0.2}, ""),
                new Benchmark.Timing("k-means k = 5, one Lloyd iteration", new double[] {0.02136}, ""));
        List<String> both = new java.util.ArrayList<>(SKLEARN);
        both.addAll(c);
        List<String> r = Benchmark.ratios(ours, both);
        assertEquals(List.of("k-means k = 5, 1 start                            0.200 s /    0.400 s = 0.50",
                "k-means k = 5, one Lloyd iteration               21.36 ms /    7.12 ms = 3.00"), r);
    }
}
