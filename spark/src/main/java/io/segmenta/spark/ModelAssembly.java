package io.segmenta.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.model.InputKind;
import io.segmenta.core.model.ModelBuilder;
import io.segmenta.core.model.ModelInput;
import io.segmenta.core.model.ModelSegment;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.core.model.TrainingSummary;
import io.segmenta.core.prep.FittedCategorical;
import io.segmenta.core.prep.FittedInput;
import io.segmenta.core.prep.FittedPreparation;
import io.segmenta.core.profile.SegmentProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The core's {@link SegmentModel} of a segmentation on Spark, field for field what
 * {@link ModelBuilder} makes on the desktop: the input schema with the ranges of the segmented
 * customers, the fitted preparation, the assignment rule the job labelled every customer with
 * (so its agreement with training is 1), the segments with names, descriptions, centres and
 * distance profiles, and the training summary. Written by the core's model writer, it is read by
 * the window, {@code segmenta predict} and {@code segmenta serve} as any other model.
 */
final class ModelAssembly {
    /** What the model file names as the Segmenta that made it. */
    static final String VERSION = "segmenta-spark " + version();

    private ModelAssembly() {
    }

    static SegmentModel build(SegmentationJob.Outcome o, List<SegmentProfile> profiles) {
        FittedPreparation fitted = o.prepared().fitted();
        List<ModelInput> inputs = inputs(o, fitted);
        List<ModelSegment> segments = new ArrayList<>();
        int d = o.rule().cols();
        for (int s = 0; s < o.k(); s++) {
            double[] centroid = new double[d];
            System.arraycopy(o.centroids(), s * d, centroid, 0, d);
            SegmentProfile p = profiles.get(s);
            segments.add(new ModelSegment(s, p.name(), ModelBuilder.describe(p), s, count(o.sizes()[s], "a segment"),
                    o.segmented() == 0 ? 0 : (double) o.sizes()[s] / o.segmented(), centroid, o.distances()[s]));
        }
        TrainingSummary summary = new TrainingSummary(o.table().name(), count(o.prepared().tableRows(), "the table"),
                count(o.segmented(), "the segmented customers"), count(o.dropped(), "the rows dropped"),
                count(o.excluded(), "the outliers excluded"), Instant.now(), o.spec().seed(), o.metrics(), o.spec(),
                VERSION);
        return new SegmentModel(summary, inputs, fitted, o.spec().prep().outliers(), o.rule().assignment(), segments, 0);
    }

    /** The model file stores counts as 32-bit numbers. */
    private static int count(long n, String what) {
        if (n > Integer.MAX_VALUE) {
            throw new SegmentaException("The model file holds counts up to " + Integer.MAX_VALUE + ", and " + what
                    + " has " + n + " rows. Segment at most that many customers per model (e.g. one model per "
                    + "region), or sample the table.");
        }
        return (int) n;
    }

    /** The input schema: kind, raw feature offset, and for numbers the range and wholeness seen in segmented rows. */
    private static List<ModelInput> inputs(SegmentationJob.Outcome o, FittedPreparation fitted) {
        List<FittedInput> in = fitted.inputs();
        List<Column> aggs = new ArrayList<>();
        for (FittedInput f : in) {
            if (f instanceof FittedCategorical) {
                continue;
            }
            Column v = SparkTable.col(f.column()).cast(DataTypes.DoubleType);
            Column present = when(v.isNull().or(functions.isnan(v)), lit(null)).otherwise(v);
            aggs.add(min(present));
            aggs.add(max(present));
            aggs.add(sum(when(present.notEqual(functions.floor(present)), 1).otherwise(0)));
        }
        Row r = aggs.isEmpty() ? null : o.labelled().where(col(Labelling.SEGMENT).isNotNull())
                .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new)).first();
        List<ModelInput> out = new ArrayList<>();
        int offset = 0;
        int a = 0;
        for (FittedInput f : in) {
            if (f instanceof FittedCategorical) {
                out.add(new ModelInput(f, InputKind.CATEGORY, offset, Double.NaN, Double.NaN, false));
            } else {
                double lo = r.isNullAt(a) ? Double.NaN : r.getDouble(a);
                double hi = r.isNullAt(a + 1) ? Double.NaN : r.getDouble(a + 1);
                boolean integral = r.isNullAt(a + 2) || r.getLong(a + 2) == 0;
                out.add(new ModelInput(f, InputKind.NUMBER, offset, lo, hi, integral));
                a += 3;
            }
            offset += f.features().size();
        }
        return out;
    }

    private static String version() {
        String v = ModelAssembly.class.getPackage() == null ? null
                : ModelAssembly.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
