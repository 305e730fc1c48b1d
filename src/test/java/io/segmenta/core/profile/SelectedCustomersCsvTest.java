package io.segmenta.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.data.TextColumn;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectedCustomersCsvTest {
    @TempDir
    Path dir;

    private static Dataset table() {
        return new Dataset("t", List.of(
                new TextColumn("Note", io.segmenta.core.data.ColumnType.TEXT, new String[] {"ok", "=HYPERLINK(\"x\")", "a,b", "-5"}),
                new CategoricalColumn("Gender", new int[] {0, 1, 1, -1}, List.of("Female", "Male")),
                new NumericColumn("Income", new double[] {15, 16.5, Double.NaN, -3})), null);
    }

    @Test
    void writesTheChosenRowsWithSegmentAndNameNeutralised() throws Exception {
        Path out = dir.resolve("selected.csv");
        int[] seg = {0, 1, -1, 1};
        List<String> names = List.of("Low income", "@risk");
        SelectedCustomersCsv.write(table(), new int[] {1, 2, 3}, r -> seg[r] < 0 ? "" : Integer.toString(seg[r] + 1),
                r -> seg[r] < 0 ? "" : names.get(seg[r]), out, ProgressListener.NONE, CancellationToken.NONE);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(List.of(
                "Note,Gender,Income,Segment,Segment name",
                "\"'=HYPERLINK(\"\"x\"\")\",Male,16.5,2,'@risk",
                "\"a,b\",Male,,,",
                "-5,,-3,2,'@risk"), lines);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
        if (out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Path plain = Files.createFile(dir.resolve("plain.txt"));
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out),
                    "the export has the permissions of any new file, not a temporary file's owner-only ones");
        }
    }

    @Test
    void aMissingFolderIsAClearError() {
        Path out = dir.resolve("nope").resolve("selected.csv");
        SegmentaException e = assertThrows(SegmentaException.class, () -> SelectedCustomersCsv.write(table(),
                new int[] {0}, r -> "1", r -> "A", out, ProgressListener.NONE, CancellationToken.NONE));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }
}
