package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Parquet file with every stored type Segmenta reads, nulls in each, several row groups, two codecs. */
class ParquetImporterTest {
    @TempDir
    Path dir;

    static final MessageType SCHEMA = Types.buildMessage()
            .optional(PrimitiveTypeName.INT32).named("visits")
            .optional(PrimitiveTypeName.INT64).named("points")
            .optional(PrimitiveTypeName.DOUBLE).named("spend")
            .optional(PrimitiveTypeName.FLOAT).named("rating")
            .optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.decimalType(2, 12)).named("balance")
            .optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY).length(8)
            .as(LogicalTypeAnnotation.decimalType(3, 18)).named("rate")
            .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("segment")
            .optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named("joined")
            .optional(PrimitiveTypeName.INT64)
            .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS)).named("last_seen")
            .optional(PrimitiveTypeName.BOOLEAN).named("member")
            .optionalList().optionalElement(PrimitiveTypeName.INT32).named("tags")
            .named("customers");

    private Path write(CompressionCodecName codec, int rows) throws Exception {
        Path f = dir.resolve("types-" + codec + ".parquet");
        String[] segments = {"gold", "silver", "bronze"};
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(f))
                .withConf(new PlainParquetConfiguration()).withType(SCHEMA).withCompressionCodec(codec)
                .withRowGroupSize(32L * 1024).withPageSize(8 * 1024).build()) {
            SimpleGroupFactory g = new SimpleGroupFactory(SCHEMA);
            for (int i = 0; i < rows; i++) {
                Group r = g.newGroup();
                if (i % 10 != 3) { // every column has nulls on rows 3, 13, 23...
                    r.append("visits", i).append("points", 5_000_000_000L + i).append("spend", i * 1.25)
                            .append("rating", i % 5 + 0.5f).append("balance", 12_345L + i)
                            .append("rate", Binary.fromConstantByteArray(
                                    java.nio.ByteBuffer.allocate(8).putLong(1_500L + i).array()))
                            .append("segment", segments[i % 3])
                            .append("joined", (int) LocalDate.of(2020, 1, 1).plusDays(i).toEpochDay())
                            .append("last_seen", LocalDateTime.of(2024, 5, 1, 8, 15, 30).plusMinutes(i)
                                    .toEpochSecond(ZoneOffset.UTC) * 1_000_000L)
                            .append("member", i % 2 == 0);
                }
                w.write(r);
            }
        }
        return f;
    }

    @Test
    void everyStoredTypeWithNulls() throws Exception {
        for (CompressionCodecName codec : List.of(CompressionCodecName.SNAPPY, CompressionCodecName.ZSTD,
                CompressionCodecName.GZIP)) {
            Dataset d = Importers.read(write(codec, 6_000));
            assertEquals(6_000, d.rowCount(), codec.name());
            assertEquals(List.of("visits", "points", "spend", "rating", "balance", "rate", "segment", "joined",
                    "last_seen", "member"), d.columnNames());
            for (String numeric : List.of("visits", "points", "spend", "rating", "balance", "rate")) {
                assertEquals(ColumnType.NUMERIC, d.column(numeric).type(), numeric);
                assertEquals(600, d.column(numeric).missingCount(), numeric);
            }
            NumericColumn points = (NumericColumn) d.column("points");
            assertEquals(5_000_000_000L + 5_999, points.get(5_999));
            assertEquals(123.45 + 0.01 * 7, ((NumericColumn) d.column("balance")).get(7), 1e-9);
            assertEquals(new BigDecimal("1.507").doubleValue(), ((NumericColumn) d.column("rate")).get(7));
            assertEquals(2.5, ((NumericColumn) d.column("rating")).get(7));
            assertEquals(ColumnType.CATEGORICAL, d.column("segment").type());
            assertEquals(ColumnType.CATEGORICAL, d.column("member").type());
            assertEquals("false", d.column("member").format(7));
            assertEquals(ColumnType.DATE, d.column("joined").type());
            assertEquals(LocalDateTime.of(2020, 1, 8, 0, 0), ((DateColumn) d.column("joined")).get(7));
            assertEquals(LocalDateTime.of(2024, 5, 1, 8, 22, 30), ((DateColumn) d.column("last_seen")).get(7));
            assertTrue(d.column("last_seen").isMissing(3));
            assertTrue(d.warnings().contains("Nested or repeated columns are left out (Segmenta reads flat tables): "
                    + "tags.list.element."), d.warnings().toString());
        }
    }

    @Test
    void aFileThatIsNotParquetIsNamedSoAndLeftUnchanged() throws Exception {
        Path f = dir.resolve("data.parquet");
        Files.writeString(f, "a,b\n1,2\n");
        SegmentaException e = assertThrows(SegmentaException.class, () -> Importers.read(f));
        assertTrue(e.getMessage().startsWith("Could not read " + f + " as Parquet: "), e.getMessage());
        assertEquals("a,b\n1,2\n", Files.readString(f));
    }
}
