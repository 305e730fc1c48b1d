package io.segmenta.core.rfm;

import java.time.LocalDate;

/**
 * Choices for making a customer table beside the column roles.
 *
 * @param referenceDay the day Recency counts to, or null for the calendar day after the latest date
 *                     among the rows kept
 */
public record RfmOptions(LocalDate referenceDay) {
    /** The default: the reference day follows from the data. */
    public static final RfmOptions DEFAULT = new RfmOptions(null);
}
