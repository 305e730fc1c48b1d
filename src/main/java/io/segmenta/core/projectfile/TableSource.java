package io.segmenta.core.projectfile;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.segmenta.core.data.CsvSource;
import io.segmenta.core.data.DatabaseQuery;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.rfm.RfmOptions;
import io.segmenta.core.rfm.RfmRoles;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a project's table came from and how it was read, so that reopening the project reads the
 * same table again: a file (its path, size and SHA-256 when saved, the reader, an Excel sheet, the
 * CSV's detected encoding and separator), a database query (URL, user and query; never a password),
 * the built-in sample, or a customer table made from a transaction log (the log's own source, the
 * roles and the reference day).
 *
 * @param kind         which of the four
 * @param path         the file (absolute), for {@link Kind#FILE}
 * @param size         the file's size in bytes when it was read
 * @param sha256       the file's SHA-256 (lower-case hex) when it was read
 * @param reader       "csv", "excel" or "parquet" (how {@code Importers} reads the file)
 * @param sheet        the Excel sheet read, or null
 * @param csvEncoding  the CSV's character set as detected, or null (for information: reading detects it again)
 * @param csvSeparator the CSV's field separator as detected, or null (likewise)
 * @param databaseUrl  the JDBC URL, for {@link Kind#DATABASE}
 * @param databaseUser the database user ("" for none)
 * @param query        the SELECT that returned the table
 * @param log          the transaction log's own source, for {@link Kind#CUSTOMER_TABLE}
 * @param roles        which log column played which part
 * @param referenceDay the reference day for recency (yyyy-MM-dd), or null for the day after the last purchase
 */
public record TableSource(Kind kind, String path, Long size, String sha256, String reader, String sheet,
                          String csvEncoding, String csvSeparator, String databaseUrl, String databaseUser,
                          String query, TableSource log, RfmRoles roles, String referenceDay) {
    /** The kinds of source. */
    public enum Kind {
        @JsonProperty("file") FILE,
        @JsonProperty("database") DATABASE,
        @JsonProperty("sample") SAMPLE,
        @JsonProperty("customer_table") CUSTOMER_TABLE
    }

    public TableSource {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * A file read as {@code data} (sheet {@code sheet} of a workbook, or null), with the fingerprint it
     * had when it was read.
     */
    public static TableSource file(Path file, DataFile.Fingerprint fingerprint, String sheet, Dataset data) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String reader = name.endsWith(".parquet") ? "parquet" : name.matches(".*\\.xls[xm]?$") ? "excel" : "csv";
        CsvSource csv = data == null ? null : data.source().orElse(null);
        return new TableSource(Kind.FILE, file.toAbsolutePath().normalize().toString(), fingerprint.size(),
                fingerprint.sha256(), reader, sheet, csv == null ? null : csv.charset().name(),
                csv == null ? null : String.valueOf(csv.delimiter()), null, null, null, null, null, null);
    }

    /** A database query (never its password). */
    public static TableSource database(DatabaseQuery q) {
        return new TableSource(Kind.DATABASE, null, null, null, null, null, null, null, q.url(), q.user(), q.query(),
                null, null, null);
    }

    /** The built-in sample. */
    public static TableSource sample() {
        return new TableSource(Kind.SAMPLE, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** A customer table made from the log read from {@code log}. */
    public static TableSource customerTable(TableSource log, RfmRoles roles, RfmOptions options) {
        return new TableSource(Kind.CUSTOMER_TABLE, null, null, null, null, null, null, null, null, null, null,
                Objects.requireNonNull(log, "log"), Objects.requireNonNull(roles, "roles"),
                options.referenceDay() == null ? null : options.referenceDay().toString());
    }

    /** The file this table's data is read from (a customer table's: its log's), or null for none. */
    public Path dataFile() {
        return switch (kind) {
            case FILE -> Path.of(path);
            case CUSTOMER_TABLE -> log.dataFile();
            default -> null;
        };
    }

    /** The same source read from {@code file} instead (the data file was moved), with its new fingerprint. */
    public TableSource movedTo(Path file, DataFile.Fingerprint fingerprint) {
        return switch (kind) {
            case FILE -> new TableSource(kind, file.toAbsolutePath().normalize().toString(), fingerprint.size(),
                    fingerprint.sha256(), reader, sheet, csvEncoding, csvSeparator, null, null, null, null, null, null);
            case CUSTOMER_TABLE -> new TableSource(kind, null, null, null, null, null, null, null, null, null, null,
                    log.movedTo(file, fingerprint), roles, referenceDay);
            default -> this;
        };
    }

    /** The database query, for {@link Kind#DATABASE} (a customer table's: its log's), else null. */
    public DatabaseQuery databaseQuery() {
        return switch (kind) {
            case DATABASE -> new DatabaseQuery(databaseUrl, databaseUser == null ? "" : databaseUser, query);
            case CUSTOMER_TABLE -> log.databaseQuery();
            default -> null;
        };
    }

    /** "Mall_Customers.csv", "sheet Customers of shop.xlsx", "a query on jdbc:...", "a customer table made from ..." */
    public String describe() {
        return switch (kind) {
            case FILE -> sheet == null ? path : "sheet " + sheet + " of " + path;
            case DATABASE -> "the query on " + databaseUrl;
            case SAMPLE -> "the built-in sample";
            case CUSTOMER_TABLE -> "the customer table made from " + log.describe();
        };
    }
}
