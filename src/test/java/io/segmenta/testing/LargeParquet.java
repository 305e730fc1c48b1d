package io.segmenta.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes a large customer table as Parquet for {@code bench/parquet.sh}, with parquet-java (the
 * library Segmenta reads Parquet with; Debian's Python has no pyarrow): six columns of the stored
 * types a data team's export holds: CustomerID (int64), Genre (string, two levels and a few nulls),
 * Age (int32), Annual Income (k$) (double), Spending Score (1-100) (int32), Signup (date). Snappy,
 * 128 MB row groups, values from a fixed seed, so the same arguments write the same file.
 *
 * <pre>java -cp target/segmenta.jar:target/test-classes io.segmenta.testing.LargeParquet ROWS OUT.parquet</pre>
 */
public final class LargeParquet {
    private static final String[] NAMES = {"CustomerID", "Genre", "Age", "Annual Income (k$)",
        "Spending Score (1-100)", "Signup"};

    private LargeParquet() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LargeParquet ROWS OUT.parquet");
            System.exit(2);
        }
        long rows = Long.parseLong(args[0].replace("_", ""));
        Path out = Path.of(args[1]);
        long start = System.nanoTime();
        write(rows, out);
        System.out.printf(Locale.ROOT, "%s: %,d rows, %,d bytes, written in %.1f s%n", out, rows, Files.size(out),
                (System.nanoTime() - start) / 1e9);
    }

    static void write(long rows, Path out) throws IOException {
        MessageType schema = Types.buildMessage()
                .required(PrimitiveTypeName.INT64).named(NAMES[0])
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(NAMES[1])
                .required(PrimitiveTypeName.INT32).named(NAMES[2])
                .required(PrimitiveTypeName.DOUBLE).named(NAMES[3])
                .required(PrimitiveTypeName.INT32).named(NAMES[4])
                .required(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(NAMES[5])
                .named("customers");
        Files.deleteIfExists(out);
        SplittableRandom random = new SplittableRandom(19);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(out))
                .withConf(new PlainParquetConfiguration()).withType(schema)
                .withCompressionCodec(CompressionCodecName.SNAPPY).withRowGroupSize(128L << 20).build()) {
            SimpleGroupFactory f = new SimpleGroupFactory(schema);
            for (long i = 0; i < rows; i++) {
                Group g = f.newGroup().append(NAMES[0], 100_000_000L + i);
                int genre = random.nextInt(100);
                if (genre > 0) {
                    g.append(NAMES[1], genre <= 56 ? "Female" : "Male");
                }
                g.append(NAMES[2], 18 + random.nextInt(53))
                        .append(NAMES[3], Math.round((15 + random.nextDouble() * 122) * 10) / 10.0)
                        .append(NAMES[4], 1 + random.nextInt(99))
                        .append(NAMES[5], 16_071 + random.nextInt(3_650)); // 2014-01-01 and the ten years after
                w.write(g);
            }
        }
    }
}
