package io.segmenta.ui.explore;

import io.segmenta.core.explore.HistogramResult;

/**
 * What the Distributions tab shows for one column: a histogram with density curves (numeric) or
 * level counts (categorical). Exactly one of the two is set.
 */
public record Distribution(HistogramResult histogram, LevelCounts levels) {
    public Distribution {
        if ((histogram == null) == (levels == null)) {
            throw new IllegalArgumentException("a distribution is a histogram or level counts");
        }
    }

    public static Distribution of(HistogramResult h) {
        return new Distribution(h, null);
    }

    public static Distribution of(LevelCounts l) {
        return new Distribution(null, l);
    }

    /** True for a numeric column's histogram. */
    public boolean isHistogram() {
        return histogram != null;
    }
}
