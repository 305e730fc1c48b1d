package io.segmenta.core.profile;

import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.work.Parallel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Computes segment profiles (sizes, means, medians and box figures, category mix, differences from
 * the whole table) and names them. Medians and quartiles are found by selection in linear time
 * ({@link BoxStats#of}), each column on its own, the columns in parallel.
 */
public final class SegmentProfiler {
    /** Categorical columns with more levels than this are not broken down in profiles. */
    public static final int MAX_MIX_LEVELS = 12;

    private SegmentProfiler() {
    }

    /**
     * @param data           the whole table
     * @param segmentOfRow   per dataset row the 0-based segment, or -1 when the row was not segmented
     * @param k              number of segments
     * @param featureColumns the dataset columns the segmentation used (they drive the names)
     */
    public static List<SegmentProfile> profile(Dataset data, int[] segmentOfRow, int k, List<String> featureColumns) {
        return profile(data, segmentOfRow, k, featureColumns, true);
    }

    /**
     * {@link #profile(Dataset, int[], int, List)}, with the box figures of every numeric column or without them
     * ({@link SegmentProfile#boxes} empty; the means, mixes, differences and names are the same).
     */
    public static List<SegmentProfile> profile(Dataset data, int[] segmentOfRow, int k, List<String> featureColumns,
                                               boolean boxFigures) {
        int n = data.rowCount();
        int[] sizes = new int[k];
        int segmented = 0;
        for (int i = 0; i < n; i++) {
            if (segmentOfRow[i] >= 0) {
                sizes[segmentOfRow[i]]++;
                segmented++;
            }
        }
        List<Map<String, Double>> means = perSegment(k);
        List<Map<String, Double>> diffs = perSegment(k);
        List<Map<String, Map<String, Double>>> mixes = perSegment(k);
        List<Map<String, BoxStats>> boxes = perSegment(k);
        // each column's figures on its own, then put in the maps in column order; one task per core takes the
        // next column until none is left, with one buffer for its columns' box figures (a buffer is 8 bytes a
        // customer: 80 MB a column on 10,000,000 customers)
        List<Column> columns = data.columns();
        Runnable[] fills = new Runnable[columns.size()];
        AtomicInteger nextColumn = new AtomicInteger();
        int tasks = Math.max(1, Math.min(columns.size(), Runtime.getRuntime().availableProcessors()));
        Parallel.forEach(tasks, task -> {
            double[][] buffer = new double[1][];
            for (int j = nextColumn.getAndIncrement(); j < fills.length; j = nextColumn.getAndIncrement()) {
                fills[j] = columnFigures(columns.get(j), segmentOfRow, k, sizes, means, diffs, mixes,
                        boxFigures ? boxes : null, buffer);
            }
        });
        for (Runnable fill : fills) {
            fill.run();
        }
        List<SegmentProfile> profiles = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            profiles.add(new SegmentProfile(s, "", sizes[s], segmented == 0 ? 0 : (double) sizes[s] / segmented,
                    Collections.unmodifiableMap(means.get(s)), Collections.unmodifiableMap(mixes.get(s)),
                    Collections.unmodifiableMap(diffs.get(s)), Collections.unmodifiableMap(boxes.get(s)), ""));
        }
        List<String> names = SegmentNamer.names(data, profiles, featureColumns);
        List<SegmentProfile> named = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            named.add(profiles.get(s).withName(names.get(s)));
        }
        return List.copyOf(named);
    }

    /**
     * The profile of all segmented customers together, to read the segments against: segment -1,
     * named "All customers", share 1, differences 0.
     */
    public static SegmentProfile whole(Dataset data, int[] segmentOfRow) {
        int[] one = new int[segmentOfRow.length];
        int segmented = 0;
        for (int i = 0; i < one.length; i++) {
            one[i] = segmentOfRow[i] >= 0 ? 0 : -1;
            segmented += segmentOfRow[i] >= 0 ? 1 : 0;
        }
        Map<String, Double> means = new LinkedHashMap<>();
        Map<String, Double> diffs = new LinkedHashMap<>();
        Map<String, Map<String, Double>> mix = new LinkedHashMap<>();
        Map<String, BoxStats> boxes = new LinkedHashMap<>();
        double[][] buffer = new double[1][];
        for (Column c : data.columns()) {
            if (c instanceof NumericColumn num) {
                List<Map<String, Double>> m = List.of(new LinkedHashMap<>());
                numericProfile(num, one, 1, m, List.of(new LinkedHashMap<>()));
                means.put(num.name(), m.get(0).get(num.name()));
                diffs.put(num.name(), 0.0);
                boxes.put(num.name(), boxes(num, one, 1, buffer)[0]);
            } else if (c instanceof CategoricalColumn cat && cat.levels().size() <= MAX_MIX_LEVELS) {
                List<Map<String, Map<String, Double>>> m = List.of(new LinkedHashMap<>());
                categoryProfile(cat, one, 1, new int[] {segmented}, m);
                mix.put(cat.name(), m.get(0).get(cat.name()));
            }
        }
        return new SegmentProfile(-1, "All customers", segmented, 1, Collections.unmodifiableMap(means),
                Collections.unmodifiableMap(mix), Collections.unmodifiableMap(diffs), Collections.unmodifiableMap(boxes),
                "");
    }

    /**
     * Computes one column's figures and returns what puts them into the per-segment maps (run in
     * column order by the caller, so the maps keep the table's column order); no box figures when
     * {@code boxes} is null.
     */
    private static Runnable columnFigures(Column c, int[] seg, int k, int[] sizes, List<Map<String, Double>> means,
                                          List<Map<String, Double>> diffs, List<Map<String, Map<String, Double>>> mixes,
                                          List<Map<String, BoxStats>> boxes, double[][] buffer) {
        if (c instanceof NumericColumn num) {
            List<Map<String, Double>> m = perSegment(k);
            List<Map<String, Double>> d = perSegment(k);
            numericProfile(num, seg, k, m, d);
            BoxStats[] b = boxes == null ? null : boxes(num, seg, k, buffer);
            return () -> {
                for (int s = 0; s < k; s++) {
                    means.get(s).putAll(m.get(s));
                    diffs.get(s).putAll(d.get(s));
                    if (b != null) {
                        boxes.get(s).put(num.name(), b[s]);
                    }
                }
            };
        }
        if (c instanceof CategoricalColumn cat && cat.levels().size() <= MAX_MIX_LEVELS) {
            List<Map<String, Map<String, Double>>> mix = perSegment(k);
            categoryProfile(cat, seg, k, sizes, mix);
            return () -> {
                for (int s = 0; s < k; s++) {
                    mixes.get(s).putAll(mix.get(s));
                }
            };
        }
        return () -> { };
    }

    private static <V> List<Map<String, V>> perSegment(int k) {
        List<Map<String, V>> maps = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            maps.add(new LinkedHashMap<>());
        }
        return maps;
    }

    /**
     * Box figures of one numeric column per segment: values grouped by segment in one buffer, each
     * group's figures found by selection in linear time ({@link BoxStats#of}), not by a sort. The buffer
     * is {@code buffer[0]} when it is large enough, else a new one left there for the next column.
     */
    static BoxStats[] boxes(NumericColumn num, int[] seg, int k, double[][] buffer) {
        int[] start = new int[k + 1];
        for (int i = 0; i < seg.length; i++) {
            if (seg[i] >= 0 && !Double.isNaN(num.get(i))) {
                start[seg[i] + 1]++;
            }
        }
        for (int s = 0; s < k; s++) {
            start[s + 1] += start[s];
        }
        if (buffer[0] == null || buffer[0].length < start[k]) {
            buffer[0] = new double[start[k]];
        }
        double[] values = buffer[0];
        int[] fill = Arrays.copyOf(start, k);
        for (int i = 0; i < seg.length; i++) {
            double v = num.get(i);
            if (seg[i] >= 0 && !Double.isNaN(v)) {
                values[fill[seg[i]]++] = v;
            }
        }
        BoxStats[] out = new BoxStats[k];
        for (int s = 0; s < k; s++) {
            out[s] = BoxStats.of(values, start[s], start[s + 1]);
        }
        return out;
    }

    private static void numericProfile(NumericColumn num, int[] seg, int k, List<Map<String, Double>> means,
                                       List<Map<String, Double>> diffs) {
        double[] sum = new double[k];
        int[] cnt = new int[k];
        double total = 0;
        int totalCount = 0;
        for (int i = 0; i < seg.length; i++) {
            double v = num.get(i);
            if (Double.isNaN(v)) {
                continue;
            }
            total += v;
            totalCount++;
            if (seg[i] >= 0) {
                sum[seg[i]] += v;
                cnt[seg[i]]++;
            }
        }
        double mean = totalCount == 0 ? Double.NaN : total / totalCount;
        double ss = 0;
        for (int i = 0; i < seg.length; i++) {
            double v = num.get(i);
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = totalCount == 0 ? Double.NaN : Math.sqrt(ss / totalCount);
        for (int s = 0; s < k; s++) {
            double m = cnt[s] == 0 ? Double.NaN : sum[s] / cnt[s];
            means.get(s).put(num.name(), m);
            diffs.get(s).put(num.name(), sd > 0 ? (m - mean) / sd : 0.0);
        }
    }

    private static void categoryProfile(CategoricalColumn cat, int[] seg, int k, int[] sizes,
                                        List<Map<String, Map<String, Double>>> mixes) {
        int levels = cat.levels().size();
        int[][] counts = new int[k][levels];
        int[] present = new int[k];
        for (int i = 0; i < seg.length; i++) {
            int c = cat.code(i);
            if (seg[i] >= 0 && c >= 0) {
                counts[seg[i]][c]++;
                present[seg[i]]++;
            }
        }
        for (int s = 0; s < k; s++) {
            Map<String, Double> mix = new LinkedHashMap<>();
            for (int l = 0; l < levels; l++) {
                mix.put(cat.levels().get(l), present[s] == 0 ? 0.0 : (double) counts[s][l] / present[s]);
            }
            mixes.get(s).put(cat.name(), Collections.unmodifiableMap(mix));
        }
    }
}
