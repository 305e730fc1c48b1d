package io.segmenta.core.explore;

/** The correlation of variables {@code a} and {@code b} (a comes first in the matrix). */
public record CorrelationPair(String a, String b, CorrelationResult result) {
}
