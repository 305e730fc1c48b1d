package io.segmenta.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.profile.SelectedCustomersCsv;
import io.segmenta.core.report.ReportInput;
import io.segmenta.core.report.SegmentReport;
import io.segmenta.core.rfm.CustomerTables;
import io.segmenta.core.rfm.DialectLogFixture;
import io.segmenta.core.rfm.RfmColumns;
import io.segmenta.core.rfm.RfmOptions;
import io.segmenta.core.rfm.RfmRoles;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** No export writes over the transaction log a customer table was made from, nor over a table's own file. */
class ReadFilesTest {
    @TempDir
    Path tmp;
    private Path log;
    private Dataset table;

    @BeforeEach
    void makeTheCustomerTable() throws Exception {
        log = tmp.resolve("kassenbuch.csv");
        Files.writeString(log, DialectLogFixture.LOG, StandardCharsets.UTF_8);
        Dataset read = CsvImporter.read(log);
        table = CustomerTables.make(read, RfmRoles.guess(read), RfmOptions.DEFAULT).table();
    }

    @Test
    void theCustomerTableRecordsTheLogItWasMadeFrom() {
        assertEquals(log.toAbsolutePath().normalize(), table.madeFrom().orElseThrow());
        assertTrue(table.source().isEmpty(), "held in memory");
        assertTrue(CsvImporter.read(log).madeFrom().isEmpty(), "a table read from its file was made from nothing else");
    }

    @Test
    void everyExportRefusesTheLogAndWritesNothing() throws Exception {
        SegmentationResult r = Segmenter.segment(table, SegmentationSpec.of(List.of(RfmColumns.RECENCY,
                RfmColumns.MONETARY), 2, 42), ProgressListener.NONE, CancellationToken.NONE);
        Path sameFileOtherSpelling = tmp.resolve("sub").resolve("..").resolve("kassenbuch.csv");
        Files.createDirectories(tmp.resolve("sub"));
        for (Path target : List.of(log, sameFileOtherSpelling)) {
            refused(() -> SegmentedCsvWriter.write(table, List.of(), target, ProgressListener.NONE,
                    CancellationToken.NONE), target);
            refused(() -> Segmenter.exportSegmented(table, r, null, target, ProgressListener.NONE,
                    CancellationToken.NONE), target);
            refused(() -> SelectedCustomersCsv.write(table, new int[] {0, 1}, row -> "1", row -> "One", target,
                    ProgressListener.NONE, CancellationToken.NONE), target);
            refused(() -> SegmentReport.write(new ReportInput(table, r, null, List.of(), List.of(), null,
                    LocalDate.of(2026, 12, 6), null, ""), target), target);
        }
        try (var files = Files.list(tmp)) {
            assertEquals(List.of("kassenbuch.csv", "sub"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left beside the log");
        }
        // another name is fine
        Path out = tmp.resolve("kassenbuch_customers.csv");
        SegmentedCsvWriter.write(table, List.of(), out, ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(table.rowCount() + 1, Files.readAllLines(out).size(), "header and one line per customer");
    }

    @Test
    void aLinkToTheLogIsTheLog() throws Exception {
        Path link = tmp.resolve("link.csv");
        try {
            Files.createSymbolicLink(link, log);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e.getMessage());
        }
        refused(() -> SegmentedCsvWriter.write(table, List.of(), link, ProgressListener.NONE, CancellationToken.NONE),
                link);
    }

    @Test
    void aTablesOwnFileIsStillRefused() throws Exception {
        Dataset read = CsvImporter.read(log);
        SegmentaException e = assertThrows(SegmentaException.class, () -> ReadFiles.refuse(read, log));
        assertTrue(e.getMessage().contains("is the input file of this table"), e.getMessage());
    }

    private void refused(Executable export, Path target) throws Exception {
        SegmentaException e = assertThrows(SegmentaException.class, export);
        assertEquals("Segmenta never overwrites the file it read: " + log.toAbsolutePath().normalize() + " is the file "
                + "kassenbuch_customers.csv was made from. Choose another file name for the export.", e.getMessage()
                .replace(target.toAbsolutePath().normalize().toString(), log.toAbsolutePath().normalize().toString()));
        assertEquals(DialectLogFixture.LOG, Files.readString(log, StandardCharsets.UTF_8), "the log is unchanged");
    }
}
