package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.cluster.DataMatrix;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.work.CancellationToken;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The preparation as fitted on the training table, reusable without refitting: per input the
 * imputation value, category levels with their "Other" merges and indicators, derived-feature
 * references; the outlier rule; which raw features form the matrix; and the scaler's parameters.
 * {@link #transform(Dataset)} and {@link #transform(Map)} prepare new customers exactly as the
 * training customers were prepared (transforming the training table gives the training matrix).
 *
 * <p>Raw features are what the inputs produce before scaling (numbers and 0/1 indicators); the
 * outlier rule reads all of them. The matrix keeps the raw features listed in {@link #used()},
 * each scaled as {@code (x - center) / scale}.
 */
public final class FittedPreparation {
    /** "row 12" (any case): how a customer of a table without identifiers is named. */
    private static final Pattern ROW_NAME = Pattern.compile("(?i)row\\s+(\\d{1,10})");

    private final List<FittedInput> inputs;
    private final List<EncodedFeature> rawFeatures;
    private final int[] used;
    private final Scaling scaling;
    private final double[] center;
    private final double[] scale;
    private final OutlierRule outlierRule;
    private final OutlierAction outlierAction;

    /**
     * @param inputs        the inputs, in raw feature order
     * @param used          raw feature index of each matrix column
     * @param scaling       the scaler
     * @param center        per matrix column, the value subtracted
     * @param scale         per matrix column, the divisor
     * @param outlierRule   the fitted rule ({@link OutlierRule.None} when off)
     * @param outlierAction keep or exclude flagged customers
     */
    public FittedPreparation(List<FittedInput> inputs, int[] used, Scaling scaling, double[] center, double[] scale,
                             OutlierRule outlierRule, OutlierAction outlierAction) {
        this.inputs = List.copyOf(inputs);
        List<EncodedFeature> raw = new ArrayList<>();
        this.inputs.forEach(in -> raw.addAll(in.features()));
        this.rawFeatures = List.copyOf(raw);
        this.used = used.clone();
        this.scaling = Objects.requireNonNull(scaling, "scaling");
        this.center = center.clone();
        this.scale = scale.clone();
        this.outlierRule = Objects.requireNonNull(outlierRule, "outlierRule");
        this.outlierAction = Objects.requireNonNull(outlierAction, "outlierAction");
        if (center.length != used.length || scale.length != used.length) {
            throw new IllegalArgumentException("one center and scale per used feature");
        }
        for (int u : used) {
            if (u < 0 || u >= rawFeatures.size()) {
                throw new IllegalArgumentException("used feature " + u + " out of range");
            }
        }
    }

    public List<FittedInput> inputs() {
        return inputs;
    }

    /** Everything the inputs produce before scaling, including features left out of the matrix. */
    public List<EncodedFeature> rawFeatures() {
        return rawFeatures;
    }

    /** The matrix columns. */
    public List<EncodedFeature> features() {
        List<EncodedFeature> out = new ArrayList<>();
        for (int u : used) {
            out.add(rawFeatures.get(u));
        }
        return out;
    }

    /** Raw feature index of each matrix column. */
    public int[] used() {
        return used.clone();
    }

    public Scaling scaling() {
        return scaling;
    }

    public double[] center() {
        return center.clone();
    }

    public double[] scale() {
        return scale.clone();
    }

    public OutlierRule outlierRule() {
        return outlierRule;
    }

    public OutlierAction outlierAction() {
        return outlierAction;
    }

    /** The table columns a customer needs, in order. */
    public List<String> requiredColumns() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        inputs.forEach(in -> out.add(in.column()));
        return List.copyOf(out);
    }

    /** Number of matrix columns. */
    public int cols() {
        return used.length;
    }

    /** Transforms every row of a table with the same columns (see {@link #transform(Dataset, CancellationToken)}). */
    public TransformedRows transform(Dataset data) {
        return transform(data, CancellationToken.NONE);
    }

    /**
     * Transforms every row of a table with the same columns, without refitting: rows missing a
     * feature whose missing cells drop the row are left out and counted; the outlier rule flags
     * rows, and leaves them out when training excluded outliers.
     *
     * @throws SegmentaException when a needed column is absent or holds cells of the wrong kind
     */
    public TransformedRows transform(Dataset data, CancellationToken cancel) {
        List<String> absent = requiredColumns().stream().filter(c -> !data.hasColumn(c)).toList();
        if (!absent.isEmpty()) {
            throw new SegmentaException(data.name() + " lacks " + (absent.size() == 1 ? "the column " : "the columns ")
                    + String.join(", ", absent) + " that the segmentation's preparation reads. Columns of "
                    + data.name() + ": " + String.join(", ", data.columnNames()) + ".");
        }
        List<FittedInput.InputReader> readers = new ArrayList<>();
        for (FittedInput in : inputs) {
            readers.add(in.bind(data));
        }
        int n = data.rowCount();
        int d = used.length;
        double[] raw = new double[rawFeatures.size()];
        double[] values = new double[Math.max(1, n) * d];
        int[] rows = new int[n];
        int kept = 0;
        int dropped = 0;
        List<FlaggedRow> flagged = new ArrayList<>();
        Column id = identifier(data);
        for (int i = 0; i < n; i++) {
            if ((i & 0xFFF) == 0) {
                cancel.throwIfCancelled();
            }
            if (drops(readers, i)) {
                dropped++;
                continue;
            }
            encode(readers, i, raw);
            String reason = outlierRule.reason(raw);
            if (reason != null) {
                boolean excluded = outlierAction == OutlierAction.EXCLUDE;
                flagged.add(new FlaggedRow(i, label(id, i), reason, outlierRule.score(raw), excluded));
                if (excluded) {
                    continue;
                }
            }
            scaleInto(raw, values, kept * d);
            rows[kept++] = i;
        }
        List<String> warnings = new ArrayList<>();
        readers.forEach(r -> warnings.addAll(r.warnings()));
        return new TransformedRows(new DataMatrix(kept, d, Arrays.copyOf(values, kept * d)), Arrays.copyOf(rows, kept),
                dropped, flagged, warnings);
    }

    /**
     * Transforms one customer given as column name to cell text (as typed or read from a file;
     * empty or "NA" is missing). Outliers are reported, not refused.
     *
     * @throws SegmentaException naming every absent column, a cell that is not a number or date,
     *                           or a missing value the preparation cannot fill
     */
    public PreparedCustomer transform(Map<String, String> customer) {
        List<String> absent = requiredColumns().stream().filter(c -> !customer.containsKey(c)).toList();
        if (!absent.isEmpty()) {
            throw new SegmentaException("The customer lacks " + (absent.size() == 1 ? "a value for " : "values for ")
                    + String.join(", ", absent) + ". Give " + (absent.size() == 1 ? "it" : "them")
                    + " (empty means missing).");
        }
        double[] raw = new double[rawFeatures.size()];
        List<String> warnings = new ArrayList<>();
        int offset = 0;
        for (FittedInput in : inputs) {
            if (!in.encodeCell(customer.get(in.column()), raw, offset, warnings)) {
                throw new SegmentaException("The customer's " + in.column() + " is missing, and the segmentation "
                        + "leaves out customers without " + in.column() + ". Give a value for " + in.column() + ".");
            }
            offset += in.features().size();
        }
        double[] values = new double[used.length];
        scaleInto(raw, values, 0);
        String reason = outlierRule.reason(raw);
        return new PreparedCustomer(values, raw, warnings, reason,
                reason != null && outlierAction == OutlierAction.EXCLUDE);
    }

    /** Scales the used raw features into {@code out} from {@code offset}: the one formula training uses too. */
    void scaleInto(double[] raw, double[] out, int offset) {
        for (int j = 0; j < used.length; j++) {
            out[offset + j] = (raw[used[j]] - center[j]) / scale[j];
        }
    }

    static boolean drops(List<FittedInput.InputReader> readers, int row) {
        for (FittedInput.InputReader r : readers) {
            if (r.drops(row)) {
                return true;
            }
        }
        return false;
    }

    void encode(List<FittedInput.InputReader> readers, int row, double[] raw) {
        int offset = 0;
        for (int k = 0; k < readers.size(); k++) {
            readers.get(k).encode(row, raw, offset);
            offset += inputs.get(k).features().size();
        }
    }

    /** The first identifier column of the table, or null. */
    static Column identifier(Dataset data) {
        for (Column c : data.columns()) {
            if (c.type() == ColumnType.IDENTIFIER) {
                return c;
            }
        }
        return null;
    }

    /**
     * The table row (0-based) of the customer named as the preparation names it: its identifier (the
     * table's first identifier column), else "row N" (1-based); -1 when no customer has that name.
     */
    public static int rowOf(Dataset data, String name) {
        Column id = identifier(data);
        String wanted = name.strip();
        if (id != null) {
            for (int row = 0; row < data.rowCount(); row++) {
                if (!id.isMissing(row) && id.format(row).equals(wanted)) {
                    return row;
                }
            }
        }
        Matcher m = ROW_NAME.matcher(wanted);
        if (m.matches()) {
            long row = Long.parseLong(m.group(1)) - 1;
            if (row >= 0 && row < data.rowCount() && label(id, (int) row).equalsIgnoreCase(wanted)) {
                return (int) row;
            }
        }
        return -1;
    }

    /** The customer's identifier, else "row N" (1-based). */
    static String label(Column id, int row) {
        if (id != null && !id.isMissing(row)) {
            return id.format(row);
        }
        return "row " + (row + 1);
    }
}
