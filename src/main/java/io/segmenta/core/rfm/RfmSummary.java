package io.segmenta.core.rfm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What making a customer table counted.
 *
 * @param rows                 rows of the log
 * @param rowsWithoutCustomer  rows left out because their customer cell is empty
 * @param rowsIncomplete       rows with a customer but no date or no amount (or quantity or price), left out
 * @param returnRows           rows kept that are returns (invoice starting with C, or a negative amount)
 * @param referenceDay         the day Recency counts to
 * @param latest               the latest moment among the rows kept (date and time of day, from the date
 *                             column or the date and time columns; midnight when neither has a time)
 * @param customers            customers in the table
 * @param customersReturnsOnly customers left out because all their rows are returns
 * @param segments             customers per RFM segment, in rule order (every segment, 0 included)
 */
public record RfmSummary(long rows, long rowsWithoutCustomer, long rowsIncomplete, long returnRows,
                         LocalDate referenceDay, LocalDateTime latest, int customers, int customersReturnsOnly,
                         Map<RfmSegment, Integer> segments) {
    public RfmSummary {
        EnumMap<RfmSegment, Integer> ordered = new EnumMap<>(RfmSegment.class);
        ordered.putAll(segments);
        segments = Collections.unmodifiableMap(ordered);
    }

    /** Customers in {@code segment}. */
    public int count(RfmSegment segment) {
        return segments.getOrDefault(segment, 0);
    }
}
