package io.segmenta.core.rfm;

import io.segmenta.core.data.Dataset;

/**
 * A customer table made from a transaction log: one row per customer with the columns of
 * {@link RfmColumns}, and what was counted on the way.
 */
public record CustomerTable(Dataset table, RfmSummary summary, RfmRoles roles) {
}
