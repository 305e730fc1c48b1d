package io.segmenta.core.rfm;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.data.CsvSource;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.data.TextColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Builds the customer table from the pass's totals: customer order, scores, segments, features. */
final class CustomerRows {
    private CustomerRows() {
    }

    static CustomerTable build(Dataset log, RfmRoles roles, LogColumns cols, ColumnCodes customers,
                               CustomerTables.Totals t, long refDay) {
        int[] order = customerOrder(customers, t);
        int n = order.length;
        int returnsOnly = 0;
        for (int c = 0; c < customers.distinct(); c++) {
            if (t.rows[c] > 0 && t.frequency[c] == 0) {
                returnsOnly++;
            }
        }
        String[] ids = new String[n];
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        double[] tenure = new double[n];
        double[] orderValue = new double[n];
        double[] between = new double[n];
        double[] products = cols.product == null ? null : new double[n];
        double[] returnShare = new double[n];
        for (int i = 0; i < n; i++) {
            int c = order[i];
            ids[i] = customers.label(c);
            recency[i] = refDay - t.lastDay[c];
            frequency[i] = t.frequency[c];
            monetary[i] = t.monetary[c];
            tenure[i] = refDay - t.firstDay[c];
            orderValue[i] = RfmRules.money(t.monetary[c] / t.frequency[c]);
            between[i] = t.frequency[c] > 1 ? (double) (t.lastDay[c] - t.firstDay[c]) / (t.frequency[c] - 1) : Double.NaN;
            if (products != null) {
                products[i] = t.products[c];
            }
            returnShare[i] = (double) t.returns[c] / t.rows[c];
        }
        byte[] r = RfmScores.scores(recency, true);
        byte[] f = RfmScores.scores(frequency, false);
        byte[] m = RfmScores.scores(monetary, false); // the sums as pandas ranks them, float noise included
        for (int i = 0; i < n; i++) {
            monetary[i] = RfmRules.money(monetary[i]);
        }
        double[] rd = new double[n];
        double[] fd = new double[n];
        double[] md = new double[n];
        int[] rfm = new int[n];
        int[] segmentCodes = new int[n];
        Map<RfmSegment, Integer> counts = new EnumMap<>(RfmSegment.class);
        for (RfmSegment s : RfmSegment.values()) {
            counts.put(s, 0);
        }
        for (int i = 0; i < n; i++) {
            rd[i] = r[i];
            fd[i] = f[i];
            md[i] = m[i];
            rfm[i] = r[i] * 100 + f[i] * 10 + m[i];
            RfmSegment s = RfmSegment.of(r[i], f[i]);
            segmentCodes[i] = s.ordinal();
            counts.merge(s, 1, Integer::sum);
        }
        List<Column> columns = new ArrayList<>();
        String customerName = cols.customer.name();
        columns.add(new TextColumn(customerName, ColumnType.IDENTIFIER, ids));
        columns.add(new NumericColumn(RfmColumns.RECENCY, recency));
        columns.add(new NumericColumn(RfmColumns.FREQUENCY, frequency));
        columns.add(new NumericColumn(RfmColumns.MONETARY, monetary));
        columns.add(new NumericColumn(RfmColumns.R, rd));
        columns.add(new NumericColumn(RfmColumns.F, fd));
        columns.add(new NumericColumn(RfmColumns.M, md));
        columns.add(rfmColumn(rfm));
        columns.add(segments(segmentCodes, counts));
        columns.add(new NumericColumn(RfmColumns.TENURE, tenure));
        columns.add(new NumericColumn(RfmColumns.ORDER_VALUE, orderValue));
        columns.add(new NumericColumn(RfmColumns.DAYS_BETWEEN, between));
        if (products != null) {
            columns.add(new NumericColumn(RfmColumns.PRODUCTS, products));
        }
        columns.add(new NumericColumn(RfmColumns.RETURN_SHARE, returnShare));
        if (cols.category != null) {
            columns.add(mostFrequent(cols, t, order));
        }
        List<String> names = new ArrayList<>();
        for (Column c : columns) {
            if (names.contains(c.name())) {
                throw new SegmentaException("The customer column of " + log.name() + " is called \"" + c.name()
                        + "\", like a column of the customer table. Rename it in the file, then make the table again.");
            }
            names.add(c.name());
        }
        RfmSummary summary = new RfmSummary(log.rowCount(), t.withoutCustomer, t.incomplete, t.returnRows,
                LocalDate.ofEpochDay(refDay), LocalDateTime.ofEpochSecond(t.latestSecond, 0, ZoneOffset.UTC), n,
                returnsOnly, counts);
        Dataset table = new Dataset(RfmRules.tableName(log.name()), columns, null)
                .withMadeFrom(log.source().map(CsvSource::path).orElse(null));
        return new CustomerTable(table, summary, roles);
    }

    /** Codes of the customers with a purchase, in customer-id order (numeric when every id is a number). */
    private static int[] customerOrder(ColumnCodes customers, CustomerTables.Totals t) {
        int count = 0;
        boolean numeric = true;
        for (int c = 0; c < customers.distinct(); c++) {
            if (t.frequency[c] > 0) {
                count++;
                numeric = numeric && RfmRules.isNumberId(customers.label(c));
            }
        }
        if (numeric) {
            int[] fast = smallIdOrder(customers, t, count);
            if (fast != null) {
                return fast;
            }
        }
        Integer[] keep = new Integer[count];
        int k = 0;
        for (int c = 0; c < customers.distinct(); c++) {
            if (t.frequency[c] > 0) {
                keep[k++] = c;
            }
        }
        Comparator<Integer> byText = Comparator.comparing(customers::label);
        if (numeric) {
            BigDecimal[] values = new BigDecimal[customers.distinct()];
            for (Integer c : keep) {
                values[c] = new BigDecimal(customers.label(c).startsWith("+") ? customers.label(c).substring(1)
                        : customers.label(c));
            }
            Comparator<Integer> byValue = Comparator.comparing(c -> values[c]);
            Arrays.sort(keep, byValue.thenComparing(byText));
        } else {
            Arrays.sort(keep, byText);
        }
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = keep[i];
        }
        return order;
    }

    /**
     * The customer-id order when every id is a whole number from 0 to 2^32 - 1 written without a sign
     * or leading zero (the usual CustomerID): one sort of packed id-and-code longs; null otherwise.
     */
    private static int[] smallIdOrder(ColumnCodes customers, CustomerTables.Totals t, int count) {
        long[] packed = new long[count];
        int k = 0;
        for (int c = 0; c < customers.distinct(); c++) {
            if (t.frequency[c] > 0) {
                long id = plainId(customers.label(c));
                if (id < 0) {
                    return null;
                }
                packed[k++] = id << 31 | c;
            }
        }
        Arrays.parallelSort(packed);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = (int) (packed[i] & Integer.MAX_VALUE);
        }
        return order;
    }

    /** The value of a plain id such as 12346 (digits, no leading zero, below 2^32), or -1. */
    static long plainId(String label) {
        int n = label.length();
        if (n == 0 || n > 10 || (label.charAt(0) == '0' && n > 1)) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char ch = label.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v < 1L << 32 ? v : -1;
    }

    /** The three scores as one categorical column ("455"), its levels the codes present in order. */
    private static CategoricalColumn rfmColumn(int[] rfm) {
        int[] codeOf = new int[556];
        Arrays.fill(codeOf, -1);
        for (int v : rfm) {
            codeOf[v] = 0;
        }
        List<String> levels = new ArrayList<>();
        for (int v = 0; v < codeOf.length; v++) {
            if (codeOf[v] == 0) {
                codeOf[v] = levels.size();
                levels.add(Integer.toString(v));
            }
        }
        int[] codes = new int[rfm.length];
        for (int i = 0; i < rfm.length; i++) {
            codes[i] = codeOf[rfm[i]];
        }
        return new CategoricalColumn(RfmColumns.RFM, codes, levels);
    }

    /** The segments as a categorical column whose levels are the segments present, in rule order. */
    private static CategoricalColumn segments(int[] ordinals, Map<RfmSegment, Integer> counts) {
        int[] code = new int[RfmSegment.values().length];
        List<String> levels = new ArrayList<>();
        for (RfmSegment s : RfmSegment.values()) {
            code[s.ordinal()] = levels.size();
            if (counts.get(s) > 0) {
                levels.add(s.label());
            }
        }
        int[] codes = new int[ordinals.length];
        for (int i = 0; i < ordinals.length; i++) {
            codes[i] = code[ordinals[i]];
        }
        return new CategoricalColumn(RfmColumns.SEGMENT, codes, levels);
    }

    /** Per customer, the category level in most of their rows; the first alphabetically on a tie. */
    private static CategoricalColumn mostFrequent(LogColumns cols, CustomerTables.Totals t, int[] order) {
        ColumnCodes category = cols.category;
        boolean[] used = new boolean[category.distinct()];
        for (int c : order) {
            if (t.topCategory[c] >= 0) {
                used[t.topCategory[c]] = true;
            }
        }
        TreeSet<String> levels = new TreeSet<>();
        for (int level = 0; level < used.length; level++) {
            if (used[level]) {
                levels.add(category.label(level));
            }
        }
        List<String> present = new ArrayList<>(levels);
        int[] codeOf = new int[used.length];
        for (int level = 0; level < used.length; level++) {
            codeOf[level] = used[level] ? Collections.binarySearch(present, category.label(level)) : -1;
        }
        int[] codes = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            int level = t.topCategory[order[i]];
            codes[i] = level < 0 ? -1 : codeOf[level];
        }
        return new CategoricalColumn(RfmColumns.MOST_FREQUENT + cols.categoryName, codes, present);
    }
}
