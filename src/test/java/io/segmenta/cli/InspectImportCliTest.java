package io.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inspect} says how numbers are written and which rows were short; a gzip CSV works like a CSV. */
class InspectImportCliTest {
    static final String CRM = "Customer,Spend,Discount,Balance\n"
            + "Ann,\"$1,234.50\",12%,\"1.234,56\"\n"
            + "Bob,$980.00,7.5%\n"
            + "Cid,\"$12,000.00\",0%,\"-3.000,00\"\n";

    @TempDir
    Path dir;

    @Test
    void textShowsTheNumberRulesAndTheShortRows() throws Exception {
        Path f = dir.resolve("crm.csv");
        Files.writeString(f, CRM);
        CliTest.Run r = CliTest.cli("inspect", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  Spend     numeric            0  numbers with $ and thousands commas\n"), r.out());
        assertTrue(r.out().contains("  Discount  numeric            0  percentages (12% is read as 12)\n"), r.out());
        assertTrue(r.out().contains("  Balance   numeric            1  numbers with thousands points and decimal commas\n"),
                r.out());
        String sentence = "1 row has fewer fields than the header (line 3); its missing cells were read as missing values.";
        assertTrue(r.out().contains(sentence), r.out());
        assertEquals("Warning: crm.csv: " + sentence + System.lineSeparator(), r.err());
    }

    @Test
    void jsonHasTheRulesAndShortRows() throws Exception {
        Path f = dir.resolve("crm.csv");
        Files.writeString(f, CRM);
        CliTest.Run r = CliTest.cli("inspect", f.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertFalse(j.path("columns").get(0).has("numbers"), "plain text has no rule");
        assertEquals("numbers with $ and thousands commas", j.path("columns").get(1).path("numbers").asText());
        assertEquals(1, j.path("shortRows").path("count").asInt());
        assertEquals(3, j.path("shortRows").path("lines").get(0).asInt());
    }

    @Test
    void gzipCsvIsInspected() throws Exception {
        Path f = dir.resolve("crm.csv.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(bytes)) {
            z.write(CRM.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(f, bytes.toByteArray());
        CliTest.Run r = CliTest.cli("inspect", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("crm.csv.gz: 3 rows, 4 columns"), r.out());
    }

    @Test
    void aRowWithTooManyFieldsStaysAnErrorNamingTheLine() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "a,b\n1,2\n3,4,5\n");
        CliTest.Run r = CliTest.cli("inspect", f.toString());
        assertTrue(r.code() != 0);
        assertTrue(r.err().contains(f.toAbsolutePath() + ", line 3: this row has 3 fields but the header has 2"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
