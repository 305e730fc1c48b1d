package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.text.Texts;
import java.util.Locale;
import java.util.Objects;

/**
 * Outlier detection as one value.
 *
 * @param method    none, IQR fences, z-score or Isolation Forest
 * @param parameter the IQR factor, the z threshold or the Isolation Forest contamination (NaN for none)
 * @param action    keep flagged customers in the segmentation, or exclude them
 * @param seed      the Isolation Forest's random seed (the same seed flags the same customers)
 */
public record OutlierPolicy(OutlierMethod method, double parameter, OutlierAction action, long seed) {
    /** The seed used when none is given (as the segmentation's default seed). */
    public static final long DEFAULT_SEED = 42;
    public static final OutlierPolicy NONE = new OutlierPolicy(OutlierMethod.NONE, Double.NaN, OutlierAction.KEEP,
            DEFAULT_SEED);

    public OutlierPolicy {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(action, "action");
        switch (method) {
            case NONE -> parameter = Double.NaN;
            case IQR -> {
                if (!(parameter > 0 && Double.isFinite(parameter))) {
                    throw new SegmentaException("The IQR factor must be a positive number, e.g. 1.5 (got "
                            + Texts.number(parameter) + ").");
                }
            }
            case ZSCORE -> {
                if (!(parameter > 0 && Double.isFinite(parameter))) {
                    throw new SegmentaException("The z-score threshold must be a positive number, e.g. 3 (got "
                            + Texts.number(parameter) + ").");
                }
            }
            case ISOLATION_FOREST -> {
                if (!(parameter > 0 && parameter <= 0.5)) {
                    throw new SegmentaException("The Isolation Forest contamination is the share of customers to flag "
                            + "and must be above 0 and at most 0.5, e.g. 0.05 (got " + Texts.number(parameter) + ").");
                }
            }
        }
    }

    /** IQR fences with {@code factor} (1.5 is Tukey's), flagged customers kept. */
    public static OutlierPolicy iqr(double factor) {
        return new OutlierPolicy(OutlierMethod.IQR, factor, OutlierAction.KEEP, DEFAULT_SEED);
    }

    /** |z| above {@code threshold}, flagged customers kept. */
    public static OutlierPolicy zScore(double threshold) {
        return new OutlierPolicy(OutlierMethod.ZSCORE, threshold, OutlierAction.KEEP, DEFAULT_SEED);
    }

    /** Isolation Forest flagging the {@code contamination} share of customers, seeded, flagged customers kept. */
    public static OutlierPolicy isolationForest(double contamination, long seed) {
        return new OutlierPolicy(OutlierMethod.ISOLATION_FOREST, contamination, OutlierAction.KEEP, seed);
    }

    /** The method with its default parameter. */
    public static OutlierPolicy of(OutlierMethod method) {
        return method == OutlierMethod.NONE ? NONE
                : new OutlierPolicy(method, method.defaultParameter(), OutlierAction.KEEP, DEFAULT_SEED);
    }

    public OutlierPolicy withAction(OutlierAction a) {
        return new OutlierPolicy(method, parameter, a, seed);
    }

    public OutlierPolicy withParameter(double p) {
        return new OutlierPolicy(method, p, action, seed);
    }

    public OutlierPolicy withSeed(long s) {
        return new OutlierPolicy(method, parameter, action, s);
    }

    public boolean isOff() {
        return method == OutlierMethod.NONE;
    }

    /**
     * Parses {@code none}, {@code iqr}, {@code iqr:2}, {@code zscore}, {@code zscore:3.5},
     * {@code iforest}, {@code iforest:0.02}, {@code iforest:2%} (case-insensitive); flagged customers
     * kept. The parameter is read by {@link #parseParameter}.
     */
    public static OutlierPolicy parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        String name = t;
        String param = null;
        int colon = t.indexOf(':');
        if (colon >= 0) {
            name = t.substring(0, colon).trim();
            param = t.substring(colon + 1).trim();
        }
        OutlierMethod m = switch (name) {
            case "none", "off" -> OutlierMethod.NONE;
            case "iqr" -> OutlierMethod.IQR;
            case "zscore", "z-score", "z" -> OutlierMethod.ZSCORE;
            case "iforest", "isolation-forest", "isolationforest" -> OutlierMethod.ISOLATION_FOREST;
            default -> throw new SegmentaException("Unknown outlier method \"" + text + "\". Choose none, iqr[:1.5], "
                    + "zscore[:3] or iforest[:0.05].");
        };
        if (param == null || param.isEmpty() || m == OutlierMethod.NONE) {
            return of(m);
        }
        return of(m).withParameter(parseParameter(m, param));
    }

    /**
     * Reads the parameter of {@code method} as the window and the command line both take it: a
     * number ("1.5", "3", "0.05"), and for the Isolation Forest's contamination, a share of
     * customers also as a percentage ("5%" is 0.05). Whether the value is in range is the
     * policy's check ({@link #OutlierPolicy(OutlierMethod, double, OutlierAction, long) the
     * constructor}); NONE has no parameter (NaN).
     *
     * @throws OutlierParameterException when the text is not a number (its message names the field)
     */
    public static double parseParameter(OutlierMethod method, String text) {
        Objects.requireNonNull(method, "method");
        if (method == OutlierMethod.NONE) {
            return Double.NaN;
        }
        String t = text == null ? "" : text.trim();
        boolean percent = method == OutlierMethod.ISOLATION_FOREST && t.endsWith("%");
        String number = percent ? t.substring(0, t.length() - 1).trim() : t;
        try {
            double v = Double.parseDouble(number);
            return percent ? v / 100 : v;
        } catch (NumberFormatException e) {
            throw new OutlierParameterException(method, t);
        }
    }

    /** "iqr:1.5", "none": the text {@link #parse} reads back. */
    public String label() {
        return isOff() ? "none" : method.label() + ":" + Texts.number(parameter);
    }

    /** "IQR fences (factor 1.5)", "|z| > 3", "Isolation Forest (5% contamination, seed 42)", "none". */
    public String describe() {
        return switch (method) {
            case NONE -> "none";
            case IQR -> "IQR fences (factor " + Texts.number(parameter) + ")";
            case ZSCORE -> "|z| > " + Texts.number(parameter);
            case ISOLATION_FOREST -> "Isolation Forest (" + Texts.percent(parameter) + " contamination, seed " + seed + ")";
        };
    }
}
