package io.segmenta.core.prep;

/**
 * The bounds one numeric feature was checked against (IQR fences, or mean ± threshold x std for
 * z-scores), in the feature's original units.
 *
 * @param feature the numeric feature
 * @param lower   values below are flagged
 * @param upper   values above are flagged
 * @param flagged customers flagged on this feature
 */
public record FenceReport(String feature, double lower, double upper, int flagged) {
}
