package io.segmenta.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.Datasets;
import io.segmenta.core.data.DateColumn;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.data.TextColumn;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.CancelledException;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentedCsvWriterTest {
    @TempDir
    Path dir;

    private static final List<AppendedColumn> SEGMENTS = List.of(
            new AppendedColumn("Segment", row -> Integer.toString(row % 5)),
            new AppendedColumn("Segment name", row -> "Group " + (char) ('A' + row % 5)));

    private static void write(Dataset d, List<AppendedColumn> extra, Path out) {
        SegmentedCsvWriter.write(d, extra, out, ProgressListener.NONE, CancellationToken.NONE);
    }

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void mallRoundTripCopiesEveryInputCellUnchanged() throws IOException {
        Path in = SharedData.dataset(SharedData.MALL);
        Dataset d = CsvImporter.read(in);
        Path out = dir.resolve("mall_segments.csv");
        write(d, SEGMENTS, out);

        byte[] bytes = Files.readAllBytes(out);
        assertFalse(bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF, "no byte-order mark");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"), "line ends are \\n");
        assertTrue(text.endsWith("\n"));
        List<String> inputLines = Files.readAllLines(in, StandardCharsets.UTF_8);
        String[] outputLines = text.split("\n");
        assertEquals(201, outputLines.length);
        assertEquals(inputLines.get(0) + ",Segment,Segment name", outputLines[0]);
        for (int r = 0; r < 200; r++) {
            assertEquals(inputLines.get(r + 1) + "," + (r % 5) + ",Group " + (char) ('A' + r % 5), outputLines[r + 1],
                    "row " + r);
        }
        assertEquals(List.of("mall_segments.csv"), filesIn(dir), "no temporary file left");

        Dataset back = CsvImporter.read(out);
        assertEquals(200, back.rowCount());
        assertEquals(7, back.columnCount());
        assertEquals(ColumnType.IDENTIFIER, back.column("CustomerID").type());
        assertEquals("0001", back.column("CustomerID").format(0));
        assertEquals(ColumnType.CATEGORICAL, back.column("Segment name").type());
    }

    @Test
    void marketingKeepsItsTabsAndRetailItsCellsUnderMinimalQuoting() throws IOException {
        for (String name : List.of(SharedData.MARKETING, SharedData.RETAIL)) {
            Dataset d = CsvImporter.read(SharedData.dataset(name));
            Path out = dir.resolve("out_" + name);
            write(d, SEGMENTS, out);
            Dataset back = CsvImporter.read(out);
            assertEquals(d.source().orElseThrow().delimiter(), back.source().orElseThrow().delimiter());
            assertEquals(d.rowCount(), back.rowCount());
            List<String[]> original = records(d);
            List<String[]> written = records(back);
            for (int r = 0; r < original.size(); r++) {
                String[] o = original.get(r);
                String[] w = written.get(r);
                assertEquals(o.length + 2, w.length);
                for (int j = 0; j < o.length; j++) {
                    assertEquals(CsvCells.neutralise(o[j]), w[j], name + " row " + r + " column " + j);
                }
                assertEquals(Integer.toString(r % 5), w[o.length]);
            }
        }
        String retail = Files.readString(dir.resolve("out_" + SharedData.RETAIL));
        assertTrue(retail.startsWith("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country,"
                + "Segment,Segment name\n546306,21733,RED HANGING HEART T-LIGHT HOLDER,2,2011-03-10 16:16:00,2.95,NA,"
                + "United Kingdom,0,Group A\n"), "quotes only where needed: " + retail.substring(0, 300));
    }

    private static List<String[]> records(Dataset d) {
        List<String[]> out = new ArrayList<>();
        CsvImporter.forEachRecord(d.source().orElseThrow(), (row, cells, line) -> out.add(cells));
        return out;
    }

    @Test
    void neutralisesFormulasInCopiedAndAppendedCellsButNotNumbers() throws IOException {
        Path in = dir.resolve("evil.csv");
        Files.writeString(in, "name,delta,note\n=1+2,-5,@SUM(A1)\n+cmd,+3.2,\"-x, y\"\nplain,-1,\"say \"\"hi\"\"\"\n");
        Dataset d = CsvImporter.read(in);
        Path out = dir.resolve("safe.csv");
        write(d, List.of(new AppendedColumn("label", row -> row == 0 ? "=HYPERLINK(\"http://evil\")" : null)), out);
        assertEquals("name,delta,note,label\n"
                + "'=1+2,-5,'@SUM(A1),\"'=HYPERLINK(\"\"http://evil\"\")\"\n"
                + "'+cmd,+3.2,\"'-x, y\",\n"
                + "plain,-1,\"say \"\"hi\"\"\",\n", Files.readString(out));
    }

    @Test
    void cellsWithLineBreaksAreQuotedAndKept() throws IOException {
        Path in = dir.resolve("multi.csv");
        Files.writeString(in, "id;comment\n1;\"two\nlines\"\n2;x\n");
        Dataset d = CsvImporter.read(in);
        Path out = dir.resolve("multi_out.csv");
        write(d, List.of(new AppendedColumn("Segment", row -> "1")), out);
        assertEquals("id;comment;Segment\n1;\"two\nlines\";1\n2;x;1\n", Files.readString(out));
    }

    @Test
    void refusesToOverwriteTheSourceFile() throws IOException {
        Path in = dir.resolve("customers.csv");
        Files.writeString(in, "a,b\n1,2\n3,4\n");
        Dataset d = CsvImporter.read(in);
        for (Path target : List.of(in, dir.resolve(".").resolve("customers.csv"), dir.resolve("sub/../customers.csv"))) {
            SegmentaException e = assertThrows(SegmentaException.class, () -> write(d, SEGMENTS, target));
            assertTrue(e.getMessage().contains("never overwrites") && e.getMessage().contains("customers.csv"),
                    e.getMessage());
        }
        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, in);
        assertThrows(SegmentaException.class, () -> write(d, SEGMENTS, link));
        assertEquals("a,b\n1,2\n3,4\n", Files.readString(in));
    }

    @Test
    void failureHalfwayLeavesTheExistingTargetAndNoTemporaryFile() throws IOException {
        Dataset d = Datasets.sample();
        Path out = dir.resolve("segments.csv");
        Files.writeString(out, "previous export\n");
        RuntimeException boom = new IllegalStateException("segment labels not ready");
        List<AppendedColumn> failing = List.of(new AppendedColumn("Segment", row -> {
            if (row == 300) {
                throw boom;
            }
            return "1";
        }));
        assertEquals(boom, assertThrows(IllegalStateException.class, () -> write(d, failing, out)));
        assertEquals("previous export\n", Files.readString(out));
        assertEquals(List.of("segments.csv"), filesIn(dir));
    }

    @Test
    void cancelLeavesNothingBehind() throws IOException {
        StringBuilder text = new StringBuilder("x\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(i % 97).append('\n');
        }
        Path in = dir.resolve("in.csv");
        Files.writeString(in, text);
        Dataset d = CsvImporter.read(in);
        Path out = dir.resolve("out.csv");
        assertThrows(CancelledException.class,
                () -> SegmentedCsvWriter.write(d, SEGMENTS, out, ProgressListener.NONE, () -> true));
        assertEquals(List.of("in.csv"), filesIn(dir));
    }

    @Test
    void missingFolderIsNamed() {
        Path out = dir.resolve("no/such/folder/out.csv");
        SegmentaException e = assertThrows(SegmentaException.class, () -> write(Datasets.sample(), SEGMENTS, out));
        assertTrue(e.getMessage().contains(out.getParent().toString()) && e.getMessage().contains("does not exist"),
                e.getMessage());
    }

    @Test
    void readOnlyFolderGivesAMessageAndNoFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "permissions do not apply to this user (root)");
            Path out = folder.resolve("out.csv");
            SegmentaException e = assertThrows(SegmentaException.class, () -> write(Datasets.sample(), SEGMENTS, out));
            assertTrue(e.getMessage().contains(out.toString()) && e.getMessage().contains("permission denied"),
                    e.getMessage());
            assertEquals(List.of(), filesIn(folder));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void folderAsTargetIsRefused() {
        SegmentaException e = assertThrows(SegmentaException.class, () -> write(Datasets.sample(), SEGMENTS, dir));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    void sourceThatGainedOrLostRowsIsNotExported() throws IOException {
        Path in = dir.resolve("live.csv");
        Files.writeString(in, "a,b\n1,2\n3,4\n5,6\n");
        Dataset d = CsvImporter.read(in);
        for (String changed : List.of("a,b\n1,2\n3,4\n5,6\n7,8\n", "a,b\n1,2\n3,4\n")) {
            Files.writeString(in, changed);
            Path out = dir.resolve("out.csv");
            SegmentaException e = assertThrows(SegmentaException.class, () -> write(d, SEGMENTS, out));
            assertTrue(e.getMessage().contains("changed since it was opened") && e.getMessage().contains("live.csv"),
                    e.getMessage());
            assertEquals(List.of("live.csv"), filesIn(dir));
        }
    }

    @Test
    void datasetBuiltInMemoryIsWrittenFromItsColumns() throws IOException {
        Dataset d = new Dataset("memory", List.of(
                new TextColumn("id", ColumnType.IDENTIFIER, new String[] {"a1", "a2", null}),
                new NumericColumn("spend", new double[] {12.5, -3, Double.NaN}),
                new CategoricalColumn("tier", new int[] {1, -1, 0}, List.of("gold", "silver")),
                new DateColumn("since", new long[] {0, 86_400, DateColumn.MISSING}, "yyyy-MM-dd", false)), null);
        Path out = dir.resolve("memory.csv");
        write(d, List.of(new AppendedColumn("Segment", row -> "S" + row)), out);
        assertEquals("id,spend,tier,since,Segment\na1,12.5,silver,1970-01-01,S0\na2,-3,,1970-01-02,S1\n,,gold,,S2\n",
                Files.readString(out));
    }

    @Test
    void appendedNamesThatClashGetASuffixAndProgressEndsAtOne() throws IOException {
        Path in = dir.resolve("again.csv");
        Files.writeString(in, "x,Segment\n1,0\n2,1\n");
        Dataset d = CsvImporter.read(in);
        Path out = dir.resolve("again_segments.csv");
        double[] last = {-1};
        SegmentedCsvWriter.write(d, List.of(new AppendedColumn("Segment", row -> "2")), out,
                (fraction, message) -> last[0] = fraction, CancellationToken.NONE);
        assertEquals("x,Segment,Segment (2)\n1,0,2\n2,1,2\n", Files.readString(out));
        assertEquals(1.0, last[0]);
    }

    @Test
    void theBuiltInSampleExportsFromItsResource() throws IOException {
        Path out = dir.resolve("sample_segments.csv");
        write(Datasets.sample(), SEGMENTS, out);
        Dataset back = CsvImporter.read(out);
        assertEquals(500, back.rowCount());
        assertArrayEquals(new Object[] {"CustomerID", "Gender", "Age", "Annual Income (k$)", "Spending Score (1-100)",
            "Segment", "Segment name"}, back.columnNames().toArray());
        assertEquals(7, back.column("Age").missingCount() + back.column("Annual Income (k$)").missingCount()
                + back.column("Gender").missingCount());
    }
}
