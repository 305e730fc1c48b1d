package io.segmenta.core.prep;

/**
 * A customer flagged as an outlier.
 *
 * @param row      0-based dataset row
 * @param label    the customer's identifier (first identifier column), else "row N" (1-based)
 * @param reason   why, e.g. "Annual Income (k$) = 137 above the upper fence 132.75"
 * @param score    the Isolation Forest anomaly score (0 to 1), or the largest |z| for z-scores, NaN for IQR
 * @param excluded true when the customer was left out of the segmentation
 */
public record FlaggedRow(int row, String label, String reason, double score, boolean excluded) {
}
