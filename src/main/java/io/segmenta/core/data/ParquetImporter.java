package io.segmenta.core.data;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;

/**
 * Reads a Parquet file into a {@link Dataset} with parquet-java, one row group at a time (only the
 * group being read is in memory), each column with its stored type: integers, floats and decimals
 * as numbers, dates and timestamps as dates (timestamps in UTC), booleans as {@code true}/{@code
 * false}, strings as text judged by the CSV rules (identifiers, categories), nulls as missing.
 * Nested and repeated columns (lists, maps, structs) are left out with a warning. No Hadoop file
 * system is involved: the file is read through {@link LocalInputFile}, only for reading.
 */
public final class ParquetImporter {
    private ParquetImporter() {
    }

    /** True for a file name Segmenta reads as Parquet. */
    public static boolean handles(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".parquet") || n.endsWith(".parq");
    }

    /** Reads a Parquet file (see the class comment). */
    public static Dataset read(Path file, ProgressListener progress, CancellationToken cancel) {
        Path path = file.toAbsolutePath().normalize();
        String shown = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new SegmentaException(Files.exists(path) ? shown + " is a folder, not a Parquet file."
                    : "The file " + shown + " does not exist. Check the folder and the file name, then open it again.");
        }
        try {
            return new ParquetImporter.Reading(path).read(progress, cancel);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SegmentaException s) {
                throw s;
            }
            if (e instanceof io.segmenta.core.work.CancelledException c) {
                throw c;
            }
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new SegmentaException("Could not read " + shown + " as Parquet: " + reason + ". Check that the "
                    + "file is a complete Parquet file, then open it again.", e);
        }
    }

    private static final class Reading {
        private final Path path;
        private final List<ColumnDescriptor> columns = new ArrayList<>();
        private final List<PrimitiveType> types = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private MessageType schema;
        private String createdBy;
        private long total;

        Reading(Path path) {
            this.path = path;
        }

        private ParquetFileReader open() throws IOException {
            ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
            return ParquetFileReader.open(new LocalInputFile(path), options);
        }

        Dataset read(ProgressListener progress, CancellationToken cancel) throws IOException {
            String[] header;
            try (ParquetFileReader reader = open()) {
                schema = reader.getFooter().getFileMetaData().getSchema();
                createdBy = reader.getFooter().getFileMetaData().getCreatedBy();
                total = reader.getRecordCount();
                List<String> skipped = new ArrayList<>();
                for (ColumnDescriptor d : schema.getColumns()) {
                    if (d.getPath().length == 1 && d.getMaxRepetitionLevel() == 0) {
                        columns.add(d);
                        types.add(d.getPrimitiveType());
                    } else {
                        skipped.add(String.join(".", d.getPath()));
                    }
                }
                if (!skipped.isEmpty()) {
                    warnings.add("Nested or repeated columns are left out (Segmenta reads flat tables): "
                            + String.join(", ", skipped) + ".");
                }
                if (columns.isEmpty()) {
                    throw new SegmentaException(path + " has no flat columns to read. Segmenta reads tables of "
                            + "plain columns (numbers, text, dates).");
                }
                header = new String[columns.size()];
                for (int j = 0; j < header.length; j++) {
                    header[j] = columns.get(j).getPath()[0];
                }
                if (total == 0) {
                    throw new SegmentaException(path + " has " + header.length + " columns but no rows. Choose a "
                            + "file with customer rows.");
                }
                TableBuilder table = new TableBuilder(path.getFileName().toString(), header,
                        (int) Math.min(Integer.MAX_VALUE - 64L, total), warnings);
                scan(reader, Long.MAX_VALUE, (row, cells) -> {
                    table.add(cells, row + 1);
                    table.tick(progress, cancel, 0.95 * (row + 1) / total);
                });
                return table.build((until, sink) -> {
                    try (ParquetFileReader again = open()) {
                        scan(again, until, (row, cells) -> sink.row((int) row, cells));
                    }
                }, progress, cancel);
            }
        }

        private interface Rows {
            void row(long row, String[] cells);
        }

        /** Streams rows {@code 0..until-1}, one row group at a time, each cell as text. */
        private void scan(ParquetFileReader reader, long until, Rows rows) throws IOException {
            GroupRecordConverter converter = new GroupRecordConverter(schema);
            long row = 0;
            PageReadStore group;
            int n = columns.size();
            while (row < until && (group = reader.readNextRowGroup()) != null) {
                ColumnReadStoreImpl store = new ColumnReadStoreImpl(group, converter.getRootConverter(), schema,
                        createdBy);
                ColumnReader[] readers = new ColumnReader[n];
                for (int j = 0; j < n; j++) {
                    readers[j] = store.getColumnReader(columns.get(j));
                }
                long count = group.getRowCount();
                for (long i = 0; i < count && row < until; i++, row++) {
                    String[] cells = new String[n];
                    for (int j = 0; j < n; j++) {
                        ColumnReader c = readers[j];
                        if (c.getCurrentDefinitionLevel() == columns.get(j).getMaxDefinitionLevel()) {
                            cells[j] = cell(c, types.get(j));
                        }
                        c.consume();
                    }
                    rows.row(row, cells);
                }
            }
        }
    }

    /** The current value of {@code c} as the text the CSV rules read back as that value. */
    static String cell(ColumnReader c, PrimitiveType type) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        switch (type.getPrimitiveTypeName()) {
            case BOOLEAN:
                return c.getBoolean() ? "true" : "false";
            case INT32: {
                int v = c.getInteger();
                if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
                    return TableBuilder.date(LocalDate.ofEpochDay(v));
                }
                if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
                    return TableBuilder.number(BigDecimal.valueOf(v, d.getScale()));
                }
                if (logical instanceof LogicalTypeAnnotation.TimeLogicalTypeAnnotation) {
                    return LocalTime.ofNanoOfDay(v * 1_000_000L).toString();
                }
                if (logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation i && !i.isSigned()) {
                    return Long.toString(Integer.toUnsignedLong(v));
                }
                return Integer.toString(v);
            }
            case INT64: {
                long v = c.getLong();
                if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation t) {
                    return TableBuilder.date(timestamp(v, t.getUnit()), true);
                }
                if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
                    return TableBuilder.number(BigDecimal.valueOf(v, d.getScale()));
                }
                if (logical instanceof LogicalTypeAnnotation.TimeLogicalTypeAnnotation t) {
                    long nanos = switch (t.getUnit()) {
                        case MILLIS -> v * 1_000_000L;
                        case MICROS -> v * 1_000L;
                        case NANOS -> v;
                    };
                    return LocalTime.ofNanoOfDay(nanos).toString();
                }
                if (logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation i && !i.isSigned()) {
                    return Long.toUnsignedString(v);
                }
                return Long.toString(v);
            }
            case INT96:
                return TableBuilder.date(int96(c.getBinary()), true);
            case FLOAT:
                return TableBuilder.number(Double.parseDouble(Float.toString(c.getFloat())));
            case DOUBLE:
                return TableBuilder.number(c.getDouble());
            default: {
                Binary b = c.getBinary();
                if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
                    return TableBuilder.number(new BigDecimal(new BigInteger(b.getBytes()), d.getScale()));
                }
                if (logical instanceof LogicalTypeAnnotation.UUIDLogicalTypeAnnotation) {
                    ByteBuffer u = b.toByteBuffer();
                    return new java.util.UUID(u.getLong(), u.getLong()).toString();
                }
                return b.toStringUsingUTF8();
            }
        }
    }

    private static LocalDateTime timestamp(long v, LogicalTypeAnnotation.TimeUnit unit) {
        Instant i = switch (unit) {
            case MILLIS -> Instant.ofEpochMilli(v);
            case MICROS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1_000L);
            case NANOS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000_000L), Math.floorMod(v, 1_000_000_000L));
        };
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    /** The legacy Impala/Spark timestamp: nanoseconds of the day, then the Julian day, little-endian. */
    private static LocalDateTime int96(Binary b) {
        ByteBuffer buf = b.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        long nanos = buf.getLong();
        int julian = buf.getInt();
        return LocalDate.ofEpochDay(julian - 2_440_588L).atStartOfDay().plusNanos(nanos);
    }
}
