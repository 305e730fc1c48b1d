package io.segmenta.spark;

import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.model.BatchPredictions;
import io.segmenta.core.model.BatchPredictor;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The tests' Spark: local[2] in the test JVM, one session for every test class; and helpers around the job. */
final class LocalSpark {
    private static SparkSession spark;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (spark == null) {
            spark = SparkSession.builder().master("local[2]").appName("segmenta-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
            spark.sparkContext().setLogLevel("ERROR");
        }
        return spark;
    }

    /** What a run of the command line printed, and its exit code. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        session();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SegmentaSpark.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Per identifier, the segment (1-based) the desktop core's batch prediction (as 'segmenta predict')
     * gives the customers of the CSV {@code table} under {@code model}; 0 where it places none.
     */
    static Map<String, Integer> desktopPredictions(SegmentModel model, Path table, String idColumn) {
        Dataset data = CsvImporter.read(table);
        BatchPredictions p = BatchPredictor.predict(model, data, ProgressListener.NONE, CancellationToken.NONE);
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < data.rowCount(); i++) {
            out.put(key(data.column(idColumn).format(i)), p.segment()[i] < 0 ? 0 : p.segment()[i] + 1);
        }
        return out;
    }

    /** An identifier as a number where it is one (the desktop reads 0001 as the identifier "0001", Spark as 1). */
    private static String key(String id) {
        return id.matches("\\d+") ? Long.toString(Long.parseLong(id)) : id;
    }

    /** Per identifier, the segment (1-based, 0 for none) in the job's segmented Parquet output. */
    static Map<String, Integer> jobSegments(Path parquet, String idColumn) {
        List<Row> rows = session().read().parquet(parquet.toString()).select(SparkTable.col(idColumn),
                SparkTable.col("Segment")).collectAsList();
        Map<String, Integer> out = new HashMap<>();
        for (Row r : rows) {
            out.put(key(String.valueOf(r.get(0))), r.isNullAt(1) ? 0 : r.getInt(1));
        }
        return out;
    }
}
