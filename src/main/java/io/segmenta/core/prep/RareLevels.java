package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.text.Texts;

/**
 * When a category level counts as rare and is merged into "Other": fewer than {@code minCount}
 * customers, or a share of the customers below {@code minShare}. {@link #OFF} (the default) merges
 * nothing: merging changes the features, so the analyst asks for it; the preparation report still
 * points out levels under 1% as candidates.
 *
 * @param minCount a level held by fewer customers than this is rare (0: no count rule)
 * @param minShare a level held by a smaller share of the customers than this is rare (0: no share rule)
 */
public record RareLevels(int minCount, double minShare) {
    public static final RareLevels OFF = new RareLevels(0, 0);
    /** The name of the merged level (an existing level of that name absorbs the rare ones). */
    public static final String OTHER = "Other";

    public RareLevels {
        if (minCount < 0) {
            throw new SegmentaException("The rare-level count must be 0 (off) or more (got " + minCount + ").");
        }
        if (!(minShare >= 0 && minShare < 1)) {
            throw new SegmentaException("The rare-level share must be from 0 (off) to below 100% (got " + minShare
                    + ").");
        }
    }

    /** Levels held by fewer than {@code n} customers are rare. */
    public static RareLevels fewerThan(int n) {
        return new RareLevels(n, 0);
    }

    /** Levels held by less than {@code share} (e.g. 0.01 for 1%) of the customers are rare. */
    public static RareLevels belowShare(double share) {
        return new RareLevels(0, share);
    }

    /**
     * Parses {@code N} (fewer than N customers) or {@code P%} (under P percent of the customers);
     * 0 is off.
     */
    public static RareLevels parse(String text) {
        String t = text.trim();
        try {
            if (t.endsWith("%")) {
                return belowShare(Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100);
            }
            return fewerThan(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new SegmentaException("Cannot read the rare-level threshold \"" + text + "\". Give a count such as 5 "
                    + "(levels with fewer than 5 customers) or a share such as 1%.");
        }
    }

    public boolean isOff() {
        return minCount == 0 && minShare == 0;
    }

    /** True when a level with {@code count} of {@code total} customers is rare. */
    public boolean isRare(int count, int total) {
        return count < minCount || (minShare > 0 && count < minShare * total);
    }

    /** "fewer than 5 customers", "under 1% of the customers", "off". */
    public String describe() {
        if (isOff()) {
            return "off";
        }
        String c = minCount > 0 ? "fewer than " + minCount + " customers" : null;
        String s = minShare > 0 ? "under " + Texts.percent(minShare) + " of the customers" : null;
        return c != null && s != null ? c + " or " + s : c != null ? c : s;
    }

    /** The text {@link #parse} reads back ("5", "1%", "0"). */
    public String label() {
        if (minShare > 0 && minCount == 0) {
            return Texts.percent(minShare);
        }
        return Integer.toString(minCount);
    }
}
