package io.segmenta.core.explore;

/**
 * How often one level of a categorical column occurs.
 *
 * @param share count divided by the number of present cells (0 when there are none)
 */
public record LevelCount(String level, int count, double share) {
}
