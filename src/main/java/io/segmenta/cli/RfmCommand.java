package io.segmenta.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.rfm.CustomerTable;
import io.segmenta.core.rfm.CustomerTableCsv;
import io.segmenta.core.rfm.CustomerTables;
import io.segmenta.core.rfm.RfmColumns;
import io.segmenta.core.rfm.RfmOptions;
import io.segmenta.core.rfm.RfmRoles;
import io.segmenta.core.rfm.RfmSegment;
import io.segmenta.core.rfm.RfmSummary;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code segmenta rfm FILE --customer COL --date COL ...}: a transaction log becomes a customer table
 * with Recency, Frequency, Monetary, scores, RFM segment and behaviour features (the core's
 * {@link CustomerTables}, as in the window).
 */
@Command(name = "rfm", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Turn a transaction log (one purchase or return per row) into a customer table: Recency, "
                + "Frequency, Monetary, their scores R, F, M (1-5), RFM (e.g. 455), RFM segment and behaviour "
                + "features, one row per customer.", "Definitions:", "  - " + RfmColumns.DEF_CUSTOMER,
                "  - " + RfmColumns.DEF_RETURN, "  - " + RfmColumns.DEF_AMOUNT, "  - " + RfmColumns.DEF_MONETARY,
                "  - " + RfmColumns.DEF_FREQUENCY, "  - " + RfmColumns.DEF_RECENCY,
                "  - " + RfmColumns.DEF_RETURNS_ONLY, "  - " + RfmColumns.DEF_SCORES, "  - " + RfmColumns.DEF_SEGMENT,
                "Behaviour features:", "  - " + RfmColumns.FEATURE_TENURE, "  - " + RfmColumns.FEATURE_ORDER_VALUE,
                "  - " + RfmColumns.FEATURE_BETWEEN, "  - " + RfmColumns.FEATURE_PRODUCTS,
                "  - " + RfmColumns.FEATURE_RETURN_SHARE, "  - " + RfmColumns.FEATURE_CATEGORY,
                "  - " + RfmColumns.INCOMPLETE, "",
                "Money columns are skewed: when you go on to cluster the customer table, log-transform them with --log, "
                + "e.g.:",
                "  segmenta cluster customers.csv --features Recency,Frequency,Monetary "
                + "--log Recency,Frequency,Monetary --k 5",
                "log(1 + x) is not defined below -1, and a customer who returned more than they bought has Monetary "
                + "below -1: cluster refuses such a column, naming how many customers and the lowest value; add "
                + "--log-leave-out to leave those customers out of the segmentation (counted), or take Monetary out "
                + "of --log.", ""})
final class RfmCommand implements Callable<Integer> {
    /** The transaction log: any file Segmenta opens (CSV in any dialect, Excel, Parquet) or a database query. */
    @Mixin
    InputOptions input;

    @Option(names = "--customer", required = true, paramLabel = "COL", description = "The customer's id.")
    String customer;

    @Option(names = "--date", required = true, paramLabel = "COL", description = "The purchase date or date-time.")
    String date;

    @Option(names = "--time", paramLabel = "COL", description = "A time-of-day column beside a date column of days "
            + "(optional; e.g. InvoiceTime: 14:30, 14:30:05 or a whole hour 0-23). Every figure counts calendar days, "
            + "so the time changes none of them; it gives each row's moment, and the latest is reported.")
    String time;

    @Option(names = "--invoice", paramLabel = "COL", description = "The invoice or order number (optional; a return's "
            + "starts with C).")
    String invoice;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Amount amount;

    /** --amount COL, or --quantity COL --price COL. */
    static final class Amount {
        @Option(names = "--amount", paramLabel = "COL", description = "What the row is worth.")
        String amount;

        @ArgGroup(exclusive = false)
        QuantityPrice quantityPrice;
    }

    /** Quantity and unit price, given together. */
    static final class QuantityPrice {
        @Option(names = "--quantity", required = true, paramLabel = "COL", description = "Items in the row "
                + "(amount = quantity x unit price).")
        String quantity;

        @Option(names = "--price", required = true, paramLabel = "COL", description = "The price of one item.")
        String price;
    }

    @Option(names = "--product", paramLabel = "COL", description = "The product (adds \"Products\": distinct "
            + "products bought).")
    String product;

    @Option(names = "--category", paramLabel = "COL", description = "A category such as Country, channel or store "
            + "(adds \"Most frequent COL\").")
    String category;

    @Option(names = "--reference-day", paramLabel = "YYYY-MM-DD", description = "The day Recency counts to. Default: "
            + "the calendar day after the latest date among the rows kept.")
    String referenceDay;

    @Option(names = "--out", paramLabel = "customers.csv", description = "Write the customer table to this CSV file "
            + "(comma-separated, UTF-8; never the input file): the customer column under its own name, Recency, "
            + "Frequency, Monetary, R, F, M, RFM, RFM segment and the behaviour features.")
    Path out;

    @Option(names = "--json", description = "Print one JSON object: {\"rows\", \"rows_without_customer\", "
            + "\"rows_incomplete\", \"return_rows\", \"reference_day\", \"latest\", \"customers\", "
            + "\"customers_returns_only\", "
            + "\"segments\": {name: count}}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Dataset log = input.load(spec);
        RfmRoles roles = new RfmRoles(column(log, customer), column(log, date), column(log, time), column(log, invoice),
                column(log, amount.amount),
                amount.quantityPrice == null ? null : column(log, amount.quantityPrice.quantity),
                amount.quantityPrice == null ? null : column(log, amount.quantityPrice.price),
                column(log, product), column(log, category));
        CustomerTable made = CustomerTables.make(log, roles, new RfmOptions(day(referenceDay)), ProgressListener.NONE,
                CancellationToken.NONE);
        if (out != null) {
            Path source = input.file == null || Inputs.SAMPLE.equalsIgnoreCase(input.file) ? null : Path.of(input.file);
            CustomerTableCsv.write(made, source, out, ProgressListener.NONE, CancellationToken.NONE);
        }
        RfmSummary s = made.summary();
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object();
            root.put("file", log.name());
            root.put("rows", s.rows());
            root.put("rows_without_customer", s.rowsWithoutCustomer());
            root.put("rows_incomplete", s.rowsIncomplete());
            root.put("return_rows", s.returnRows());
            root.put("reference_day", s.referenceDay().toString());
            root.put("latest", s.latest().toString());
            root.put("customers", s.customers());
            root.put("customers_returns_only", s.customersReturnsOnly());
            ObjectNode segments = root.putObject("segments");
            for (RfmSegment seg : RfmSegment.values()) {
                segments.put(seg.label(), s.count(seg));
            }
            if (out != null) {
                root.put("out", out.toString());
            }
            Json.print(o, root);
            return 0;
        }
        o.printf("%s: %,d rows, %,d without a customer, %,d incomplete (left out), %,d returns%n", log.name(),
                s.rows(), s.rowsWithoutCustomer(), s.rowsIncomplete(), s.returnRows());
        o.printf("%,d customers (%,d with returns only left out), reference day %s (latest row %s)%n", s.customers(),
                s.customersReturnsOnly(), s.referenceDay(), s.latest().toString().replace('T', ' '));
        int width = 0;
        for (RfmSegment seg : RfmSegment.values()) {
            width = Math.max(width, seg.label().length());
        }
        o.printf("  %-" + width + "s  %-12s  %9s  %6s%n", "RFM segment", "rule", "customers", "share");
        for (RfmSegment seg : RfmSegment.values()) {
            o.printf("  %-" + width + "s  %-12s  %,9d  %5.1f%%%n", seg.label(), seg.rule(), s.count(seg),
                    100.0 * s.count(seg) / s.customers());
        }
        if (out != null) {
            o.printf("Wrote %,d customers to %s%n", s.customers(), out);
        } else {
            o.println("Add --out customers.csv to write the customer table.");
        }
        return 0;
    }

    private static String column(Dataset log, String typed) {
        return typed == null ? null : Inputs.columns(log, List.of(typed)).get(0);
    }

    private static LocalDate day(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new SegmentaException("--reference-day \"" + text + "\" is not a day. Give it as YYYY-MM-DD, e.g. "
                    + "2011-12-10.");
        }
    }
}
