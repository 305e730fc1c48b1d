package io.segmenta.cli;

import static io.segmenta.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.rfm.RfmColumns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The RFM definitions are worded as issue 13 states them, in the README (its Markdown included), in
 * {@code segmenta rfm --help} and in {@link RfmColumns} (which the window's dialog shows); the help
 * tells the user to log-transform the money columns before clustering, with the exact command.
 */
class RfmDefinitionsTest {
    /** The definitions exactly as the issue states them (Markdown backticks included). */
    static final List<String> ISSUE = List.of(
            "rows without a customer are left out and counted;",
            "a return is a row whose invoice starts with `C` or whose amount is negative; its negative amount counts "
                    + "in Monetary;",
            "amount = quantity x unit price when no amount column is given;",
            "Monetary = sum of the customer's amounts (net of returns);",
            "Frequency = number of distinct invoices that are not returns (without an invoice column: distinct "
                    + "calendar days with a purchase);",
            "Recency = whole days from the calendar day of the customer's last purchase (not a return) to the "
                    + "reference day; the reference day is the calendar day after the latest date among the rows kept, "
                    + "or one the user sets;",
            "customers with returns only are left out of the table and counted;",
            "R, F, M scores 1-5: customers in customer-id order (numeric where the ids are numbers), ranked with ties "
                    + "broken by that order, cut into five equal groups (pandas `qcut` of `rank(method='first')`); R 5 = "
                    + "most recent, F and M 5 = highest;",
            "RFM segment from the R and F scores, first rule that matches, in this order: Hibernating (R 1-2, F 1-2), "
                    + "At risk (R 1-2, F 3-4), Can't lose them (R 1-2, F 5), About to sleep (R 3, F 1-2), Need attention "
                    + "(R 3, F 3), Loyal customers (R 3-4, F 4-5), Promising (R 4, F 1), New customers (R 5, F 1), "
                    + "Potential loyalists (R 4-5, F 2-3), Champions (R 5, F 4-5).");

    private static String plain(String markdown) {
        return markdown.replace("`", "");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void theCoreWordsThemAsTheIssueDoes() {
        assertEquals(ISSUE.stream().map(RfmDefinitionsTest::plain).toList(), RfmColumns.DEFINITIONS);
    }

    @Test
    void theReadmeStatesThemExactly() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf("The definitions:\n");
        assertTrue(from >= 0, "the README has its definitions");
        List<String> items = new ArrayList<>();
        for (String line : readme.substring(from).split("\n", -1)) {
            if (line.startsWith("- ")) {
                items.add(line.substring(2));
            } else if (line.startsWith("  ") && !items.isEmpty()) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.strip());
            } else if (line.isBlank() && !items.isEmpty()) {
                break;
            }
        }
        assertEquals(ISSUE, items);
    }

    @Test
    void theHelpStatesThemAndTheLogTransformBeforeClustering() {
        CliTest.Run r = cli("rfm", "--help");
        assertEquals(0, r.code(), r.err());
        String help = oneLine(r.out());
        for (String d : ISSUE) {
            assertTrue(help.contains("- " + plain(d)), () -> "--help lacks: " + d + "\n" + r.out());
        }
        assertTrue(help.contains("Money columns are skewed: when you go on to cluster the customer table, "
                + "log-transform them with --log, e.g.: segmenta cluster customers.csv --features "
                + "Recency,Frequency,Monetary --log Recency,Frequency,Monetary --k 5"), r.out());
        assertTrue(help.contains("add --log-leave-out to leave those customers out of the segmentation (counted)"),
                r.out());
        assertTrue(help.contains("--time=COL"), r.out());
    }
}
