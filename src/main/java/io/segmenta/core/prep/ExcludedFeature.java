package io.segmenta.core.prep;

/**
 * A chosen feature the preparation left out, and why.
 *
 * @param feature  the column, derived feature or indicator ("Gender=Male")
 * @param reason   all missing, a single level, constant, or an IQR of 0 under robust scaling
 * @param sentence the same in words, saying what to do
 */
public record ExcludedFeature(String feature, ExclusionReason reason, String sentence) {
}
