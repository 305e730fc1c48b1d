package io.segmenta.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.cluster.AlgorithmSpec;
import io.segmenta.core.cluster.Covariance;
import io.segmenta.core.cluster.DbscanSpec;
import io.segmenta.core.cluster.GmmSpec;
import io.segmenta.core.cluster.HierarchicalSpec;
import io.segmenta.core.cluster.KDistance;
import io.segmenta.core.cluster.KMeansSpec;
import io.segmenta.core.cluster.Linkage;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline with every method: profiles, names, noise, comparison and export. */
class SegmenterAlgorithmsTest {
    static final String INCOME = "Annual Income (k$)";
    static final String SPENDING = "Spending Score (1-100)";
    private static final List<String> FEATURES = List.of(INCOME, SPENDING);

    private static Dataset mall() {
        return CsvImporter.read(SharedData.dataset(SharedData.MALL));
    }

    private static SegmentationResult run(Dataset d, AlgorithmSpec spec) {
        return Segmenter.segment(d, SegmentationSpec.of(FEATURES, spec, 42), ProgressListener.NONE,
                CancellationToken.NONE);
    }

    @Test
    void wardOnMallGivesScikitLearnsSegmentsWithProfilesAndNames() {
        SegmentationResult r = run(mall(), HierarchicalSpec.byK(Linkage.WARD, 5));
        assertArrayEquals(new int[] {85, 39, 32, 23, 21}, r.clustering().sizes());
        assertEquals(0.5538089226688662, r.silhouette().value(), 1e-12);
        assertEquals(244.41032586596828, r.validity().calinskiHarabasz(), 1e-9);
        assertEquals(5, r.profiles().size());
        assertEquals(5, r.names().stream().distinct().count());
        assertEquals(85, r.profiles().get(0).size());
        assertTrue(r.noiseSegment().isEmpty());
        assertEquals(0, r.noise());
        assertTrue(r.clustering().hierarchy().isPresent());
        // centroids in original units are the segment means the profiles show
        assertEquals(r.profiles().get(1).means().get(INCOME), r.centroidsOriginal()[2], 1e-9);
    }

    @Test
    void dbscanNoiseIsReportedApartAndExportedAsNoise(@TempDir Path dir) throws Exception {
        Dataset d = mall();
        SegmentationResult r = run(d, new DbscanSpec(0.4, 5));
        assertEquals(4, r.k());
        assertEquals(15, r.noise());
        assertEquals(15, Arrays.stream(r.segmentOfRow()).filter(s -> s == SegmentationResult.NOISE).count());
        assertTrue(r.isNoise(Arrays.stream(r.segmentOfRow()).boxed().toList().indexOf(SegmentationResult.NOISE)));
        SegmentProfile noise = r.noiseSegment().orElseThrow();
        assertEquals("Noise", noise.name());
        assertEquals(-1, noise.segment());
        assertEquals(15, noise.size());
        double shares = noise.share() + r.profiles().stream().mapToDouble(SegmentProfile::share).sum();
        assertEquals(1.0, shares, 1e-12);
        assertEquals(185, r.profiles().stream().mapToInt(SegmentProfile::size).sum());
        assertTrue(r.validity().note().contains("the 15 noise customers are left out"));

        Path out = dir.resolve("dbscan.csv");
        Segmenter.exportSegmented(d, r, null, out, ProgressListener.NONE, CancellationToken.NONE);
        List<String> lines = Files.readAllLines(out);
        assertEquals(201, lines.size());
        assertTrue(lines.get(0).endsWith(",Segment,Segment name"), lines.get(0));
        assertEquals(15, lines.stream().filter(l -> l.endsWith(",,Noise")).count());
        assertEquals(185, lines.stream().skip(1).filter(l -> l.matches(".*,[1-4],(\"[^\"]+\"|[^,]+)$")).count());
    }

    @Test
    void gaussianMixtureKeepsProbabilitiesAndExportsThem(@TempDir Path dir) throws Exception {
        Dataset d = mall();
        SegmentationResult r = run(d, new GmmSpec(4, Covariance.FULL, 0));
        var m = r.mixture().orElseThrow();
        assertEquals(1055.5142462454212, m.bic(), 0.01 * m.bic());
        assertEquals(200 * 4, m.probabilities().length);
        Path out = dir.resolve("gmm.csv");
        Segmenter.exportSegmented(d, r, null, out, ProgressListener.NONE, CancellationToken.NONE);
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(0).endsWith(",Segment,Segment name,Segment probability"), lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            double p = Double.parseDouble(line.substring(line.lastIndexOf(',') + 1));
            assertTrue(p >= 0.25 && p <= 1, line);
        }
        double[] p0 = r.probabilities(0);
        assertEquals(4, p0.length);
        assertEquals(1.0, Arrays.stream(p0).sum(), 1e-12);
        assertEquals(p0[r.segmentOfRow()[0]], Arrays.stream(p0).max().orElseThrow(), 0.0);
        assertEquals(0, r.preparedRow(0));
        assertEquals(0, run(d, KMeansSpec.of(4)).probabilities(0).length);
        assertEquals(Math.round(m.maxProbability(0) * 1e4) / 1e4,
                Double.parseDouble(lines.get(1).substring(lines.get(1).lastIndexOf(',') + 1)), 0.0);
    }

    @Test
    void sweepsForEachMethod() {
        Dataset d = mall();
        PrepSpec prep = PrepSpec.standard(FEATURES);
        SweepOutcome gmm = Segmenter.sweep(d, new SweepSpec(prep, GmmSpec.of(1), 1, 8, 42), ProgressListener.NONE,
                CancellationToken.NONE);
        assertEquals(4, gmm.result().bicMinK());
        assertEquals(4, gmm.result().recommendedK());
        assertTrue(gmm.result().rule().startsWith("Recommended k = 4: lowest BIC"), gmm.result().rule());
        assertTrue(gmm.kDistanceChart().isEmpty());

        SweepOutcome ward = Segmenter.sweep(d, new SweepSpec(prep, HierarchicalSpec.byK(Linkage.WARD, 2), 2, 8, 42),
                ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(7, ward.result().points().size());
        assertArrayEquals(new int[] {85, 39, 32, 23, 21}, ward.result().point(5).sizes());
        assertEquals(0.5538089226688662, ward.result().point(5).silhouette(), 1e-12);
        assertEquals(5, ward.result().recommendedK());

        SweepOutcome chart = Segmenter.sweep(d, SweepSpec.kDistance(FEATURES, 5), ProgressListener.NONE,
                CancellationToken.NONE);
        KDistance kd = chart.kDistanceChart().orElseThrow();
        assertEquals(200, kd.sorted().length);
        assertTrue(chart.sweep().isEmpty());
        assertTrue(chart.spec().algorithm() instanceof DbscanSpec);

        // the k-means sweep through the general entry point is the one it always was
        SweepOutcome km = Segmenter.sweep(d, SweepSpec.of(FEATURES, 1, 10, 42), ProgressListener.NONE,
                CancellationToken.NONE);
        assertEquals(5, km.result().recommendedK());
        assertEquals(-1, km.result().bicMinK());
        assertTrue(Double.isNaN(km.result().point(3).bic()));
    }

    @Test
    void runsCompareSideBySideWithTheAdjustedRandIndex() {
        Dataset d = mall();
        SegmentationResult km = run(d, KMeansSpec.of(5));
        SegmentationResult ward = run(d, HierarchicalSpec.byK(Linkage.WARD, 5));
        SegmentationResult db = run(d, new DbscanSpec(0.4, 5));
        List<ComparisonRow> table = Comparison.table(List.of(km, ward, db));
        assertEquals(List.of("Run 1", "Run 2", "Run 3"), table.stream().map(ComparisonRow::label).toList());
        assertEquals("k-means, k = 5", table.get(0).method());
        assertEquals("hierarchical (Ward), k = 5", table.get(1).method());
        assertEquals(15, table.get(2).noise());
        assertEquals(248.64932001536357, table.get(0).calinskiHarabasz(), 248.65 * 0.005);
        assertTrue(Double.isNaN(table.get(0).bic()));
        // scikit-learn: adjusted_rand_score(km, ward) = 0.9419606318143182 (see AdjustedRandTest)
        assertEquals(0.9419606318143182, Comparison.adjustedRand(km, ward), 1e-12);
        assertEquals(0.5681600656305547, Comparison.adjustedRand(db, km), 1e-12);
        double[][] m = Comparison.adjustedRandMatrix(List.of(km, ward, db));
        assertEquals(1.0, m[1][1], 0.0);
        assertEquals(m[0][1], m[1][0], 0.0);
    }

    @Test
    void dbscanThatFindsNothingSaysWhatToChange() {
        Dataset mall = mall();
        SegmentaException e = assertThrows(SegmentaException.class, () -> run(mall, new DbscanSpec(0.01, 5)));
        assertEquals("DBSCAN with eps 0.01000 and min samples 5 found no segment: every one of the 200 customers is"
                + " noise. Increase eps (the k-distance chart suggests one) or lower min samples.", e.getMessage());
    }

    /**
     * The Customer Personality table (tab separated, 2,240 customers, 24 missing incomes): every
     * method segments the 2,216 customers with a complete income and the segmented CSV exports every
     * row. Hierarchical and DBSCAN sizes equal scikit-learn 1.2.1's on the same standardised features
     * ({@code AgglomerativeClustering(n_clusters=4, linkage=...)}, {@code DBSCAN(eps=2.2, min_samples=26)}).
     */
    @Test
    void everyMethodRunsAndExportsOnTheMarketingTable(@TempDir Path dir) throws Exception {
        Dataset d = CsvImporter.read(SharedData.dataset(SharedData.MARKETING));
        List<String> features = List.of("Income", "Recency", "MntWines", "MntFruits", "MntMeatProducts",
                "MntFishProducts", "MntSweetProducts", "MntGoldProds", "NumDealsPurchases", "NumWebPurchases",
                "NumCatalogPurchases", "NumStorePurchases", "NumWebVisitsMonth");
        PrepSpec prep = PrepSpec.standard(features);
        Map<AlgorithmSpec, int[]> specs = new LinkedHashMap<>();
        specs.put(KMeansSpec.of(4), null);
        specs.put(HierarchicalSpec.byK(Linkage.WARD, 4), new int[] {1022, 486, 441, 267});
        specs.put(HierarchicalSpec.byK(Linkage.COMPLETE, 4), new int[] {2202, 9, 4, 1});
        specs.put(HierarchicalSpec.byK(Linkage.AVERAGE, 4), new int[] {2208, 4, 3, 1});
        specs.put(HierarchicalSpec.byK(Linkage.SINGLE, 4), new int[] {2210, 4, 1, 1});
        specs.put(new DbscanSpec(2.2, 26), new int[] {1546, 18});
        specs.put(new GmmSpec(4, Covariance.FULL, 0), null);
        specs.put(new GmmSpec(4, Covariance.DIAGONAL, 0), null);
        for (Map.Entry<AlgorithmSpec, int[]> e : specs.entrySet()) {
            AlgorithmSpec spec = e.getKey();
            SegmentationResult r = Segmenter.segment(d, new SegmentationSpec(prep, spec, 42), ProgressListener.NONE,
                    CancellationToken.NONE);
            String what = spec.describe();
            assertEquals(2_216, r.features().rows(), what);
            assertEquals(24, Arrays.stream(r.segmentOfRow()).filter(s -> s == SegmentationResult.NOT_SEGMENTED)
                    .count(), what);
            if (e.getValue() != null) {
                assertArrayEquals(e.getValue(), r.clustering().sizes(), what);
            }
            assertEquals(2_216, r.noise() + Arrays.stream(r.clustering().sizes()).sum(), what);
            assertEquals(r.k(), r.names().size(), what);
            Path out = dir.resolve(spec.algorithm().key() + ".csv");
            Segmenter.exportSegmented(d, r, null, out, ProgressListener.NONE, CancellationToken.NONE);
            List<String> lines = Files.readAllLines(out);
            assertEquals(2_241, lines.size(), what);
            assertTrue(lines.get(0).contains("Segment") && lines.get(0).contains("Segment name"), lines.get(0));
            if (spec instanceof DbscanSpec) {
                assertEquals(652, r.noise(), what);
                assertEquals(652, lines.stream().filter(l -> l.contains("Noise")).count(), what);
            }
        }
        // the k-distance chart's suggestion gives segments too
        KDistance kd = Segmenter.sweep(d, new SweepSpec(prep, new DbscanSpec(1, 26), 1, 1, 42), ProgressListener.NONE,
                CancellationToken.NONE).kDistance();
        SegmentationResult suggested = Segmenter.segment(d, new SegmentationSpec(prep,
                new DbscanSpec(kd.suggestedEps(), 26), 42), ProgressListener.NONE, CancellationToken.NONE);
        assertTrue(suggested.k() >= 1 && suggested.noise() > 0, suggested.k() + " segments");
    }
}
