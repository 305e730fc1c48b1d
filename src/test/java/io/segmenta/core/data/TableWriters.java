package io.segmenta.core.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a customer table (the Mall layout: an id written as text, a category, three integers) to
 * .xlsx, Parquet, SQLite and PostgreSQL with the same libraries Segmenta reads them with, so the
 * import of every format can be compared with the CSV import of the same rows.
 */
public final class TableWriters {
    /** One customer: id, genre, age, income, spending. */
    public record Customer(String id, String genre, int age, int income, int spending) {
    }

    public static final String[] HEADER = {"CustomerID", "Genre", "Age", "Annual Income (k$)", "Spending Score (1-100)"};

    private TableWriters() {
    }

    /** The rows of a CSV in the Mall layout. */
    public static List<Customer> readMall(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).filter(l -> !l.isBlank()).map(l -> {
            String[] f = l.split(",");
            return new Customer(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]));
        }).toList();
    }

    /** A CSV of the rows (for the comparison at a million rows). */
    public static void csv(List<Customer> rows, Path out) throws IOException {
        StringBuilder b = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (Customer c : rows) {
            b.append(c.id()).append(',').append(c.genre()).append(',').append(c.age()).append(',').append(c.income())
                    .append(',').append(c.spending()).append('\n');
        }
        Files.writeString(out, b);
    }

    /** An .xlsx with the table on its only sheet, the id as text cells, written by POI's streaming writer. */
    public static void xlsx(List<Customer> rows, Path out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(1000); OutputStream os = Files.newOutputStream(out)) {
            Sheet sheet = wb.createSheet("Customers");
            Row h = sheet.createRow(0);
            for (int j = 0; j < HEADER.length; j++) {
                h.createCell(j).setCellValue(HEADER[j]);
            }
            int r = 1;
            for (Customer c : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(c.id());
                row.createCell(1).setCellValue(c.genre());
                row.createCell(2).setCellValue(c.age());
                row.createCell(3).setCellValue(c.income());
                row.createCell(4).setCellValue(c.spending());
            }
            wb.write(os);
            wb.dispose();
        }
    }

    /** A Parquet file (Snappy; several row groups for large tables): the id and genre as strings, the rest int32. */
    public static void parquet(List<Customer> rows, Path out) throws IOException {
        MessageType schema = Types.buildMessage()
                .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(HEADER[0])
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(HEADER[1])
                .required(PrimitiveTypeName.INT32).named(HEADER[2])
                .required(PrimitiveTypeName.INT32).named(HEADER[3])
                .required(PrimitiveTypeName.INT32).named(HEADER[4])
                .named("customers");
        Files.deleteIfExists(out);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(out))
                .withConf(new PlainParquetConfiguration()).withType(schema)
                .withCompressionCodec(CompressionCodecName.SNAPPY).withRowGroupSize(8L << 20).build()) {
            SimpleGroupFactory f = new SimpleGroupFactory(schema);
            for (Customer c : rows) {
                w.write(f.newGroup().append(HEADER[0], c.id()).append(HEADER[1], c.genre()).append(HEADER[2], c.age())
                        .append(HEADER[3], c.income()).append(HEADER[4], c.spending()));
            }
        }
    }

    /** Creates table {@code customers} in the database and fills it. */
    public static void sql(List<Customer> rows, String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
            p.setProperty("password", password);
        }
        try (Connection c = DriverManager.getConnection(url, p)) {
            sql(rows, c);
        }
    }

    /**
     * Creates table {@code customers} through {@code c} and fills it (the identifiers double-quoted, as
     * standard SQL writes them: MySQL and MariaDB need {@code sql_mode=ANSI_QUOTES}).
     */
    public static void sql(List<Customer> rows, Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS customers");
            st.execute("CREATE TABLE customers (\"CustomerID\" VARCHAR(10), \"Genre\" VARCHAR(10), \"Age\" INTEGER,"
                    + " \"Annual Income (k$)\" INTEGER, \"Spending Score (1-100)\" INTEGER)");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO customers VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Customer r : rows) {
                ps.setString(1, r.id());
                ps.setString(2, r.genre());
                ps.setInt(3, r.age());
                ps.setInt(4, r.income());
                ps.setInt(5, r.spending());
                ps.addBatch();
                if (++n % 10_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
    }
}
