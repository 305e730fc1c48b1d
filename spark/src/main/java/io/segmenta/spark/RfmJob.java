package io.segmenta.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.rfm.RfmColumns;
import io.segmenta.core.rfm.RfmRoles;
import io.segmenta.core.rfm.RfmSegment;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code segmenta-spark rfm LOG --customer COL --date COL (--amount COL | --quantity COL --price COL)
 * [--invoice COL] ... --out customers/}: the desktop's {@code segmenta rfm} on Spark. The same options,
 * definitions ({@link RfmColumns}) and figures; the customer table is written as Parquet (or CSV), ready
 * for {@code segmenta-spark cluster}.
 */
@Command(name = "rfm", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Turn a transaction log (one purchase or return per row) into a customer table on Spark: the "
                + "same columns and figures as 'segmenta rfm' (Recency, Frequency, Monetary, R, F, M, RFM, RFM segment "
                + "and the behaviour features), one row per customer.", "Definitions:",
                "  - " + RfmColumns.DEF_CUSTOMER, "  - " + RfmColumns.DEF_RETURN, "  - " + RfmColumns.DEF_AMOUNT,
                "  - " + RfmColumns.DEF_MONETARY, "  - " + RfmColumns.DEF_FREQUENCY, "  - " + RfmColumns.DEF_RECENCY,
                "  - " + RfmColumns.DEF_RETURNS_ONLY, "  - " + RfmColumns.DEF_SCORES, "  - " + RfmColumns.DEF_SEGMENT,
                "Behaviour features:", "  - " + RfmColumns.FEATURE_TENURE, "  - " + RfmColumns.FEATURE_ORDER_VALUE,
                "  - " + RfmColumns.FEATURE_BETWEEN, "  - " + RfmColumns.FEATURE_PRODUCTS,
                "  - " + RfmColumns.FEATURE_RETURN_SHARE, "  - " + RfmColumns.FEATURE_CATEGORY,
                "  - " + RfmColumns.INCOMPLETE, "",
                "Then segment the customers with 'segmenta-spark cluster' on the --out folder, e.g.:",
                "  segmenta-spark cluster customers/ --features Recency,Frequency,Monetary --log Recency,Frequency "
                + "--k 5 --model model.json", ""})
final class RfmJob implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LOG", description = "The transaction log: a CSV file (header; comma, "
            + "semicolon or tab) or Parquet (a file or a folder of parts), on any file system Spark reads "
            + "(file:, hdfs://, s3a://).")
    String input;

    @Option(names = "--format", paramLabel = "csv|parquet", description = "The log's format. Default: from the "
            + "extension (.csv, .tsv, .txt are CSV; anything else, e.g. a folder, Parquet).")
    String format;

    @Option(names = "--customer", paramLabel = "COL", description = "The customer's id. Default: the column named "
            + "like one (CustomerID, Customer, Client...).")
    String customer;

    @Option(names = "--date", paramLabel = "COL", description = "The purchase date or date-time. Default: the first "
            + "column Spark reads as dates, one named like a date first.")
    String date;

    @Option(names = "--time", paramLabel = "COL", description = "A time-of-day column beside a date column of days "
            + "(optional; 14:30, 14:30:05 or a whole hour 0-23). It changes no figure; it gives each row's moment, "
            + "and the latest is reported.")
    String time;

    @Option(names = "--invoice", paramLabel = "COL", description = "The invoice or order number (optional; a return's "
            + "starts with C). Without it, Frequency counts days with a purchase.")
    String invoice;

    @ArgGroup(exclusive = true)
    Amount amount;

    /** --amount COL, or --quantity COL --price COL. */
    static final class Amount {
        @Option(names = "--amount", paramLabel = "COL", description = "What the row is worth. Default: a column named "
                + "like one (Amount, Revenue, Sales...), else quantity x unit price from columns named like them.")
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

    @Option(names = "--out", paramLabel = "PATH", description = "Write the customer table to this new folder: the "
            + "customer column under its own name, Recency, Frequency, Monetary, R, F, M, RFM, RFM segment and the "
            + "behaviour features, in customer order.")
    String out;

    @Option(names = "--out-format", defaultValue = "parquet", paramLabel = "parquet|csv",
            description = "Format of --out. Default: ${DEFAULT-VALUE}.")
    String outFormat;

    @Option(names = "--summary", paramLabel = "FILE.json", description = "Write the summary (the object --json "
            + "prints) to this new file.")
    String summaryFile;

    @Option(names = "--json", description = "Print one JSON object: {\"file\", \"rows\", \"rows_without_customer\", "
            + "\"rows_incomplete\", \"return_rows\", \"reference_day\", \"latest\", \"customers\", "
            + "\"customers_returns_only\", \"segments\": {name: count}}, as 'segmenta rfm --json'.")
    boolean json;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit, e.g. "
            + "local[*] (the default then).")
    String master;

    @Spec
    CommandSpec spec;

    /** What a run made: the counts of the log and of the customer table. */
    record Summary(String file, CustomerFigures.LogCounts log, LocalDate referenceDay, int customers,
                   int customersReturnsOnly, java.util.Map<RfmSegment, Integer> segments) {
    }

    @Override
    public Integer call() {
        LocalDate reference = day(referenceDay);
        SparkSession spark = SegmentaSpark.session(master);
        if (out != null) {
            JobFiles.refuseExisting(spark, out, "--out");
        }
        if (summaryFile != null) {
            JobFiles.refuseExisting(spark, summaryFile, "--summary");
        }
        SparkTable table = SparkTable.readNumbered(spark, input, format);
        RfmRoles given = new RfmRoles(customer, date, time, invoice, amount == null ? null : amount.amount,
                amount == null || amount.quantityPrice == null ? null : amount.quantityPrice.quantity,
                amount == null || amount.quantityPrice == null ? null : amount.quantityPrice.price, product, category);
        TransactionLog log = TransactionLog.of(table, given);
        log.warnings().forEach(w -> spec.commandLine().getErr().println("Warning: " + w));
        CustomerFigures.LogCounts counts = CustomerFigures.counts(log);
        LocalDate ref = counts.referenceDay(reference, table.name());
        CustomerTableBuilder.Built built = CustomerTableBuilder.build(spark, log, CustomerFigures.perCustomer(log),
                ref.toEpochDay());
        try {
            Summary s = new Summary(table.name(), counts, ref, built.customers(), built.returnsOnly(), built.segments());
            if (out != null) {
                JobFiles.writeTable(spark, built.table(), out, outFormat);
            }
            if (summaryFile != null) {
                JobFiles.writeText(spark, summaryFile, json(s));
            }
            print(spec.commandLine().getOut(), s, log.roles());
        } finally {
            built.table().unpersist();
        }
        return 0;
    }

    /** The summary as 'segmenta rfm --json' prints it. */
    String json(Summary s) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("file", s.file());
        root.put("rows", s.log().rows());
        root.put("rows_without_customer", s.log().withoutCustomer());
        root.put("rows_incomplete", s.log().incomplete());
        root.put("return_rows", s.log().returnRows());
        root.put("reference_day", s.referenceDay().toString());
        root.put("latest", s.log().latest().toString());
        root.put("customers", s.customers());
        root.put("customers_returns_only", s.customersReturnsOnly());
        ObjectNode segments = root.putObject("segments");
        for (RfmSegment seg : RfmSegment.values()) {
            segments.put(seg.label(), s.segments().get(seg));
        }
        if (out != null) {
            root.put("out", out);
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new SegmentaException("Cannot write the summary: " + e.getMessage());
        }
    }

    private void print(PrintWriter o, Summary s, RfmRoles roles) {
        if (json) {
            o.println(json(s));
            return;
        }
        CustomerFigures.LogCounts c = s.log();
        o.println("Roles: " + roles(roles));
        o.printf(Locale.ROOT, "%s: %,d rows, %,d without a customer, %,d incomplete (left out), %,d returns%n", s.file(),
                c.rows(), c.withoutCustomer(), c.incomplete(), c.returnRows());
        LocalDateTime latest = c.latest();
        o.printf(Locale.ROOT, "%,d customers (%,d with returns only left out), reference day %s (latest row %s)%n",
                s.customers(), s.customersReturnsOnly(), s.referenceDay(), latest.toString().replace('T', ' '));
        int width = 0;
        for (RfmSegment seg : RfmSegment.values()) {
            width = Math.max(width, seg.label().length());
        }
        o.printf(Locale.ROOT, "  %-" + width + "s  %-12s  %9s  %6s%n", "RFM segment", "rule", "customers", "share");
        for (RfmSegment seg : RfmSegment.values()) {
            int n = s.segments().get(seg);
            o.printf(Locale.ROOT, "  %-" + width + "s  %-12s  %,9d  %5.1f%%%n", seg.label(), seg.rule(), n,
                    100.0 * n / s.customers());
        }
        if (out != null) {
            o.printf(Locale.ROOT, "Wrote %,d customers to %s (%s)%n", s.customers(), out, outFormat);
        } else {
            o.println("Add --out customers/ to write the customer table.");
        }
        if (summaryFile != null) {
            o.println("Summary: " + summaryFile);
        }
    }

    /** The roles as used, e.g. "customer CustomerID, date InvoiceDate, amount Quantity x UnitPrice". */
    private static String roles(RfmRoles r) {
        StringBuilder b = new StringBuilder("customer ").append(r.customer()).append(", date ").append(r.date());
        if (r.time() != null) {
            b.append(", time ").append(r.time());
        }
        if (r.invoice() != null) {
            b.append(", invoice ").append(r.invoice());
        }
        b.append(", amount ").append(r.amount() != null ? r.amount() : r.quantity() + " x " + r.price());
        if (r.product() != null) {
            b.append(", product ").append(r.product());
        }
        if (r.category() != null) {
            b.append(", category ").append(r.category());
        }
        return b.toString();
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
