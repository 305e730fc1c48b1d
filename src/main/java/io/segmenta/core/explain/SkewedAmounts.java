package io.segmenta.core.explain;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explore.Stats;
import io.segmenta.core.prep.EncodedFeature;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.text.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The "skewed amount without a log transform" warning. A feature is a skewed amount when it is one of
 * the table's numeric columns (not a derived feature), is not log-transformed, and, over the segmented
 * customers' present values, has no value below 0 (amounts and counts never do, and log(1 + x) keeps 0
 * at 0), at least {@link Warnings#AMOUNT_DISTINCT} distinct values and a sample skewness over
 * {@link Warnings#SKEWNESS}. Such a column's few largest values stretch its scale, so most customers sit
 * close together and the distances split off the few largest customers.
 */
final class SkewedAmounts {
    private SkewedAmounts() {
    }

    static List<ResultWarning> of(Dataset data, SegmentationResult result) {
        PrepSpec prep = result.spec().prep();
        int[] rows = result.features().datasetRows();
        List<ResultWarning> out = new ArrayList<>();
        for (EncodedFeature f : result.features().features()) {
            if (!f.isNumeric() || f.isDerived() || prep.isLogged(f.name()) || !data.hasColumn(f.name())) {
                continue;
            }
            Column c = data.column(f.name());
            if (!(c instanceof NumericColumn num)) {
                continue;
            }
            double skew = skewness(num, rows);
            if (skew > Warnings.SKEWNESS) {
                out.add(new ResultWarning(ResultWarning.Kind.SKEWED_AMOUNT, f.name(), String.format(Locale.ROOT,
                        "%s is strongly skewed (skewness %.2f, over %s): a few customers' large values stretch its"
                        + " scale, so most customers sit close together on it and the segments mostly split off"
                        + " the largest. Log-transform it: tick %s under \"Log transform\" in Prepare, or add --log"
                        + " \"%s\" on the command line.", f.name(), skew,
                        Texts.rounded(Warnings.SKEWNESS, 0), f.name(), f.name())));
            }
        }
        return out;
    }

    /**
     * The sample skewness of the column's present values on {@code rows}, or NaN when the column is not
     * an amount (a value below 0, or fewer than {@link Warnings#AMOUNT_DISTINCT} distinct values).
     */
    static double skewness(NumericColumn num, int[] rows) {
        // checked first, so a column that is not an amount (most of them) costs no copy (80 MB on 10,000,000 rows)
        int n = 0;
        Set<Double> distinct = new HashSet<>();
        for (int row : rows) {
            double x = num.get(row);
            if (Double.isNaN(x)) {
                continue;
            }
            if (x < 0) {
                return Double.NaN;
            }
            if (distinct.size() < Warnings.AMOUNT_DISTINCT) {
                distinct.add(x);
            }
            n++;
        }
        if (distinct.size() < Warnings.AMOUNT_DISTINCT) {
            return Double.NaN;
        }
        double[] v = new double[n];
        int i = 0;
        for (int row : rows) {
            double x = num.get(row);
            if (!Double.isNaN(x)) {
                v[i++] = x;
            }
        }
        return Stats.skewness(v);
    }
}
