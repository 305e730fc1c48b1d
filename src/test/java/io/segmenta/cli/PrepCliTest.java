package io.segmenta.cli;

import static io.segmenta.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preparation options of cluster and sweep, their text output and the "preparation" JSON object. */
class PrepCliTest {
    private static String mall() {
        return SharedData.dataset(SharedData.MALL).toString();
    }

    private static String marketing() {
        return SharedData.dataset(SharedData.MARKETING).toString();
    }

    @Test
    void excludedOutliersAreListedInJsonAndMarkedInTheExport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("segmented.csv");
        CliTest.Run r = cli("cluster", mall(), "--features", "Annual Income (k$),Spending Score (1-100)", "--k", "5",
                "--outliers", "iqr", "--outlier-action", "exclude", "--out", out.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode prep = r.json().path("preparation");
        assertEquals(200, prep.path("rows").asInt());
        assertEquals(2, prep.path("rows_excluded_outliers").asInt());
        assertEquals(198, prep.path("rows_used").asInt());
        JsonNode o = prep.path("outliers");
        assertEquals("iqr", o.path("method").asText());
        assertEquals(1.5, o.path("factor").asDouble());
        assertEquals("exclude", o.path("action").asText());
        assertEquals(132.75, o.path("fences").get(0).path("upper").asDouble());
        assertEquals(-13.25, o.path("fences").get(0).path("lower").asDouble());
        assertEquals(2, o.path("fences").get(0).path("flagged").asInt());
        JsonNode first = o.path("flagged").get(0);
        assertEquals(199, first.path("row").asInt());
        assertEquals("0199", first.path("id").asText());
        assertEquals("Annual Income (k$) = 137 above the upper fence 132.75", first.path("reason").asText());
        assertTrue(first.path("excluded").asBoolean());
        assertEquals(198, r.json().path("segmented_rows").asInt());

        List<String> lines = Files.readAllLines(out);
        assertEquals(201, lines.size());
        assertEquals("CustomerID,Genre,Age,Annual Income (k$),Spending Score (1-100),Segment,Segment name,Outlier,"
                + "Outlier reason", lines.get(0));
        assertEquals("0199,Male,32,137,18,,,yes,Annual Income (k$) = 137 above the upper fence 132.75", lines.get(199));
        assertTrue(lines.get(1).matches("0001,Male,19,15,39,[1-5],(\"[^\"]+\"|[^,]+),,"), lines.get(1));
    }

    @Test
    void textOutputListsTheFlaggedCustomersWithTheirReasons() {
        CliTest.Run r = cli("cluster", mall(), "--features", "Annual Income (k$),Spending Score (1-100)", "--k", "5",
                "--outliers", "iqr:1.5", "--scale", "robust");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(robust scaling"), r.out());
        assertTrue(r.out().contains("  Outlier 0199: Annual Income (k$) = 137 above the upper fence 132.75"), r.out());
        assertTrue(r.out().contains("Note: Outliers (IQR fences (factor 1.5)): 2 customers flagged (0199, 0200), kept"),
                r.out());
    }

    @Test
    void marketingPreparationIsReportedInJson() throws Exception {
        CliTest.Run r = cli("sweep", marketing(), "--features", "Income,Marital_Status,MntWines,Z_CostContact,Z_Revenue",
                "--impute", "drop", "--impute", "income=median", "--rare-levels", "5", "--one-hot-drop-first",
                "--derive", "Dt_Customer=tenure", "--derive", "Year_Birth=age", "--scale", "minmax",
                "--outliers", "zscore", "--k-max", "3", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode prep = r.json().path("preparation");
        assertEquals("minmax", prep.path("scaling").asText());
        JsonNode income = prep.path("missing").get(0);
        assertEquals("Income", income.path("feature").asText());
        assertEquals("median", income.path("choice").asText());
        assertEquals("51381.5", income.path("fill").asText());
        assertEquals(24, income.path("cells_filled").asInt());
        assertEquals(24, prep.path("cells_imputed").asInt());
        assertEquals(0, prep.path("rows_dropped_missing").asInt());
        JsonNode rare = prep.path("rare_levels").get(0);
        assertEquals("Marital_Status", rare.path("column").asText());
        assertEquals(2, rare.path("levels").path("YOLO").asInt());
        assertEquals(7, rare.path("rows").asInt());
        List<String> excluded = prep.path("excluded_features").findValuesAsText("feature");
        assertEquals(List.of("Z_CostContact", "Z_Revenue"), excluded);
        assertEquals("constant", prep.path("excluded_features").get(0).path("reason").asText());
        JsonNode tenure = prep.path("derived").get(0);
        assertEquals("Dt_Customer tenure (days)", tenure.path("feature").asText());
        assertEquals("2014-06-29", tenure.path("reference").asText());
        assertEquals(699, tenure.path("max").asInt());
        assertEquals("2014", prep.path("derived").get(1).path("reference").asText());
        List<String> names = prep.path("features").findValuesAsText("name");
        assertTrue(names.contains("Marital_Status=Other") && !names.contains("Marital_Status=Divorced"), names.toString());
        assertTrue(names.contains("Age from Year_Birth"), names.toString());
        JsonNode age = prep.path("features").get(names.indexOf("Age from Year_Birth"));
        assertEquals("derived", age.path("kind").asText());
        assertEquals(18, age.path("center").asDouble(), 1e-9, "min-max: the youngest");
        assertEquals(103, age.path("scale").asDouble(), 1e-9, "min-max: 121 - 18");
        assertEquals("zscore", prep.path("outliers").path("method").asText());
        assertEquals(3.0, prep.path("outliers").path("threshold").asDouble());
        assertTrue(prep.path("outliers").path("flagged_count").asInt() > 0);
        assertTrue(prep.path("messages").size() >= 6);
        assertEquals(3, r.json().path("results").size());
    }

    @Test
    void badPreparationOptionsAreClearErrors() {
        CliTest.Run column = cli("cluster", mall(), "--features", "Age", "--k", "2", "--impute", "Incme=median");
        assertEquals(SegmentaCli.EXIT_INPUT, column.code());
        assertTrue(column.err().contains("--impute \"Incme=median\": there is no column \"Incme\""), column.err());
        CliTest.Run scale = cli("cluster", mall(), "--features", "Age", "--k", "2", "--scale", "log");
        assertTrue(scale.err().contains("Unknown scaling \"log\". Choose standard, minmax, robust or none."), scale.err());
        CliTest.Run derive = cli("cluster", mall(), "--features", "Age", "--k", "2", "--derive", "Age=tenure");
        assertTrue(derive.err().contains("Tenure is counted from a date column"), derive.err());
        CliTest.Run action = cli("cluster", mall(), "--features", "Age", "--k", "2", "--outliers", "iqr",
                "--outlier-action", "drop");
        assertTrue(action.err().contains("Unknown outlier action \"drop\". Choose keep or exclude."), action.err());
        CliTest.Run factor = cli("cluster", mall(), "--features", "Age", "--k", "2", "--outliers", "iqr:wide");
        assertEquals(SegmentaCli.EXIT_INPUT, factor.code());
        assertTrue(factor.err().contains("The IQR factor \"wide\" is not a number. Give a factor such as 1.5."),
                factor.err());
        CliTest.Run nobody = cli("cluster", mall(), "--features", "Age", "--k", "2", "--outliers", "iqr",
                "--keep-outlier", "9999");
        assertEquals(1, nobody.code());
        assertTrue(nobody.err().contains("--keep-outlier \"9999\": no customer of Mall_Customers.csv has that "
                + "identifier."), nobody.err());
        CliTest.Run both = cli("cluster", mall(), "--features", "Age", "--k", "2", "--outliers", "iqr",
                "--keep-outlier", "0199", "--exclude-outlier", "0199");
        assertTrue(both.err().contains("Customer \"0199\" is given to both --keep-outlier and --exclude-outlier."),
                both.err());
        CliTest.Run off = cli("cluster", mall(), "--features", "Age", "--k", "2", "--keep-outlier", "0199");
        assertTrue(off.err().contains("but --outliers is none"), off.err());
    }

    @Test
    void singleFlaggedCustomersAreKeptOrExcludedByChoice(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("segmented.csv");
        CliTest.Run r = cli("cluster", mall(), "--features", "Annual Income (k$),Spending Score (1-100)", "--k", "5",
                "--outliers", "iqr", "--outlier-action", "exclude", "--keep-outlier", "0199", "--out", out.toString(),
                "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode prep = r.json().path("preparation");
        assertEquals(1, prep.path("rows_excluded_outliers").asInt());
        JsonNode flagged = prep.path("outliers").path("flagged");
        assertFalse(flagged.get(0).path("excluded").asBoolean());
        assertTrue(flagged.get(1).path("excluded").asBoolean());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(199).matches("0199,Male,32,137,18,[1-5],.+,yes,Annual Income \\(k\\$\\) = 137 above the "
                + "upper fence 132.75"), lines.get(199));
        assertTrue(lines.get(200).startsWith("0200,Male,30,137,83,,,yes,"), lines.get(200));
    }
}
