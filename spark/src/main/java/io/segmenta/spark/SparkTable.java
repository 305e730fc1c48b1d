package io.segmenta.spark;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.ColumnNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;

/**
 * The customer table as Spark reads it: Parquet (a file or a folder of parts) or CSV with a header
 * (comma, semicolon or tab, found from the header line), from any file system Spark knows (local,
 * HDFS, S3). A column of a numeric Spark type is a number; a text column a category.
 *
 * @param name the table's name as Segmenta shows it (the file or folder name)
 * @param rows the table
 */
record SparkTable(String name, Dataset<Row> rows) {
    /**
     * Reads {@code path}; {@code format} is csv, parquet or null (from the extension; a folder is
     * Parquet). A table read in fewer parts than the cluster has cores (a single file under Spark's
     * 128 MB split size, say) is spread over all of them.
     */
    static SparkTable read(SparkSession spark, String path, String format) {
        SparkTable t = readAsStored(spark, path, format);
        int cores = spark.sparkContext().defaultParallelism();
        if (t.rows().rdd().getNumPartitions() < cores) {
            return new SparkTable(t.name(), t.rows().repartition(cores));
        }
        return t;
    }

    /** The column {@link #readNumbered} adds: each row's place in the table as Spark reads it. */
    static final String ROW = "__segmenta_row";

    /**
     * As {@link #read}, with {@link #ROW} numbering the rows in the order Spark reads them (file order
     * within a file; parts in Spark's order), taken before the rows are spread over the cores.
     */
    static SparkTable readNumbered(SparkSession spark, String path, String format) {
        SparkTable t = readAsStored(spark, path, format);
        if (Arrays.asList(t.rows().columns()).contains(ROW)) {
            throw new SegmentaException(path + " has a column \"" + ROW + "\", the name Segmenta uses for the row "
                    + "numbers. Rename it.");
        }
        Dataset<Row> numbered = t.rows().withColumn(ROW, org.apache.spark.sql.functions.monotonically_increasing_id());
        int cores = spark.sparkContext().defaultParallelism();
        if (numbered.rdd().getNumPartitions() < cores) {
            numbered = numbered.repartition(cores);
        }
        return new SparkTable(t.name(), numbered);
    }

    private static SparkTable readAsStored(SparkSession spark, String path, String format) {
        String kind = format == null ? guessFormat(path) : format.toLowerCase(Locale.ROOT);
        Path p = new Path(path);
        String name = p.getName();
        try {
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(p)) {
                throw new SegmentaException("There is no file or folder " + path + ". Give the customer table as a "
                        + "CSV or Parquet file (or a folder of Parquet parts).");
            }
            if (kind.equals("csv")) {
                String sep = separator(fs, p);
                Dataset<Row> df = spark.read().option("header", "true").option("inferSchema", "true")
                        .option("sep", sep).option("ignoreLeadingWhiteSpace", "true")
                        .option("ignoreTrailingWhiteSpace", "true").option("mode", "FAILFAST").csv(path);
                return new SparkTable(name, df);
            }
            if (kind.equals("parquet")) {
                return new SparkTable(name, spark.read().parquet(path));
            }
        } catch (IOException e) {
            throw new SegmentaException("Cannot read " + path + ": " + e.getMessage());
        }
        throw new SegmentaException("--format \"" + format + "\" is not a format Segmenta on Spark reads. Use csv or "
                + "parquet.");
    }

    private static String guessFormat(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt") ? "csv" : "parquet";
    }

    /** The separator of the header line: tab, semicolon or comma, whichever it has most of. */
    private static String separator(FileSystem fs, Path p) throws IOException {
        Path first = p;
        if (fs.getFileStatus(p).isDirectory()) {
            first = Arrays.stream(fs.listStatus(p)).map(s -> s.getPath())
                    .filter(f -> !f.getName().startsWith("_") && !f.getName().startsWith("."))
                    .findFirst().orElse(p);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(first), StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null) {
                return ",";
            }
            long tabs = header.chars().filter(c -> c == '\t').count();
            long semis = header.chars().filter(c -> c == ';').count();
            long commas = header.chars().filter(c -> c == ',').count();
            return tabs > commas && tabs >= semis ? "\t" : semis > commas ? ";" : ",";
        }
    }

    /** A column by its exact name (any characters: spaces, brackets, dots). */
    static org.apache.spark.sql.Column col(String name) {
        return org.apache.spark.sql.functions.col("`" + name.replace("`", "``") + "`");
    }

    /** The Spark type of a column. */
    DataType type(String column) {
        return rows.schema().apply(column).dataType();
    }

    /** Whether the column holds numbers. */
    boolean isNumeric(String column) {
        return type(column) instanceof NumericType;
    }

    /** Whether the column holds text (a category for Segmenta). */
    boolean isText(String column) {
        return type(column).equals(DataTypes.StringType);
    }

    /** The table's own columns (without {@link #ROW}). */
    List<String> columnNames() {
        return Arrays.stream(rows.columns()).filter(c -> !c.equals(ROW)).toList();
    }

    /**
     * The table's column for a feature name: exact, else ignoring case.
     *
     * @throws SegmentaException naming the table's columns when there is none
     */
    String column(String feature, String option) {
        String f = feature.strip();
        for (String c : rows.columns()) {
            if (c.equals(f)) {
                return c;
            }
        }
        for (String c : rows.columns()) {
            if (c.equalsIgnoreCase(f)) {
                return c;
            }
        }
        throw new SegmentaException(option + " \"" + f + "\": there is no column \"" + f + "\" in " + name
                + ". Columns: " + String.join(", ", columnNames()) + ".");
    }

    /**
     * The numeric columns, in table order, without the whole-number columns the core's importer
     * reads as identifiers (id- or code-named, e.g. CustomerID).
     */
    List<String> numericColumns() {
        List<String> out = new ArrayList<>();
        for (StructField f : rows.schema().fields()) {
            boolean whole = f.dataType().equals(DataTypes.IntegerType) || f.dataType().equals(DataTypes.LongType)
                    || f.dataType().equals(DataTypes.ShortType) || f.dataType().equals(DataTypes.ByteType);
            if (f.dataType() instanceof NumericType
                    && !(whole && (ColumnNames.isIdName(f.name()) || ColumnNames.isCodeName(f.name())))) {
                out.add(f.name());
            }
        }
        return out;
    }

    /** The text columns, in table order. */
    List<String> textColumns() {
        List<String> out = new ArrayList<>();
        for (StructField f : rows.schema().fields()) {
            if (f.dataType().equals(DataTypes.StringType)) {
                out.add(f.name());
            }
        }
        return out;
    }
}
