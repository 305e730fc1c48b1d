package io.segmenta.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.bench.Benchmark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs end to end on a small table, and its .npy file is what NumPy expects. */
class BenchmarkTest {
    private static final Benchmark.Options SMALL = new Benchmark.Options(3_000, 4, 5, 5, 4, 0, 1, 1, 7);

    @Test
    void runsEveryMeasurementAndReturnsAnExtensibleList() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Benchmark.Timing> timings = Benchmark.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), SMALL);
        assertEquals(8, timings.size());
        timings.add(Benchmark.measure("extra", 0, 3, run -> "run " + run));
        assertEquals("run 2", timings.get(8).detail());
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("3,000 x 4 synthetic customers"), out);
        assertTrue(out.contains("k-means k = 5, 1 start"), out);
        assertTrue(out.contains("k-means k = 5, one Lloyd iteration"), out);
        assertTrue(out.contains("iterations less a fit of 1, per iteration"), out);
        assertTrue(out.contains("k sweep 1..4, automatic starts"), out);
        assertTrue(out.contains("silhouette k = 5 (exact)"), out);
        assertTrue(out.contains("Isolation Forest, 100 trees, fit and score"), out);
        assertTrue(out.contains("sort 3,000 rows by a numeric column"), out);
        assertTrue(out.contains("sort 3,000 rows by a text column (distinct ids)"), out);
        assertTrue(out.contains("first C0000000, last C0002999"), out);
        for (Benchmark.Timing t : timings) {
            assertTrue(t.median() >= 0 && t.min() <= t.median(), t.toLine());
        }
    }

    @Test
    void generatedTableIsSeededAndStandardised() {
        DataMatrix a = Benchmark.generate(SMALL);
        assertArrayEquals(a.values(), Benchmark.generate(SMALL).values());
        for (int j = 0; j < a.cols(); j++) {
            double mean = 0;
            double sq = 0;
            for (int i = 0; i < a.rows(); i++) {
                mean += a.get(i, j) / a.rows();
                sq += a.get(i, j) * a.get(i, j) / a.rows();
            }
            assertEquals(0, mean, 1e-12);
            assertEquals(1, sq, 1e-12);
        }
    }

    @Test
    void npyOptionWritesTheTableAndStops(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bench.npy");
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = System.out;
        System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Benchmark.main(new String[] {"--rows", "1000", "--cols", "3", "--npy", f.toString()});
        } finally {
            System.setOut(out);
        }
        assertEquals("Wrote " + f.toAbsolutePath() + System.lineSeparator(), printed.toString(StandardCharsets.UTF_8),
                "the table only, no benchmark");
        Benchmark.Options d = Benchmark.Options.defaults();
        DataMatrix expected = Benchmark.generate(new Benchmark.Options(1000, 3, d.segments(), d.k(), d.kMax(),
                d.warmups(), d.runs(), d.sweepRuns(), d.seed()));
        byte[] b = Files.readAllBytes(f);
        ByteBuffer body = body(b);
        assertEquals(1000 * 3 * 8, body.remaining());
        for (double v : expected.values()) {
            assertEquals(v, body.getDouble());
        }
    }

    @Test
    void npyFileHasNumpyHeaderAndLittleEndianDoubles(@TempDir Path dir) throws Exception {
        DataMatrix m = DataMatrix.ofRows(new double[][] {{1.5, -2}, {3, 4.25}, {5, 6}});
        Path f = dir.resolve("m.npy");
        Benchmark.writeNpy(m, f);
        byte[] b = Files.readAllBytes(f);
        assertEquals((byte) 0x93, b[0]);
        assertEquals("NUMPY", new String(b, 1, 5, StandardCharsets.US_ASCII));
        int headerLength = (b[8] & 0xff) | (b[9] & 0xff) << 8;
        assertEquals(0, (10 + headerLength) % 64);
        String header = new String(b, 10, headerLength, StandardCharsets.US_ASCII);
        assertTrue(header.startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 2), }"), header);
        assertTrue(header.endsWith("\n"));
        ByteBuffer body = body(b);
        double[] v = new double[6];
        for (int i = 0; i < 6; i++) {
            v[i] = body.getDouble();
        }
        assertArrayEquals(m.values(), v);
        assertEquals(10 + headerLength + 48, b.length);
    }

    /** The data of an .npy file's bytes, after its header (little-endian doubles). */
    private static ByteBuffer body(byte[] npy) {
        int start = 10 + ((npy[8] & 0xff) | (npy[9] & 0xff) << 8);
        return ByteBuffer.wrap(npy, start, npy.length - start).order(ByteOrder.LITTLE_ENDIAN);
    }
}
