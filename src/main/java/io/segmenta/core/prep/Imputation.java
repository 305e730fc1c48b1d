package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;
import java.util.Locale;
import java.util.Objects;

/**
 * One missing-value choice: a method and, for {@link ImputeMethod#CONSTANT}, the fill value as
 * text (a number for a numeric feature, a level such as "Unknown" for a category).
 *
 * @param method   what to do with a missing cell
 * @param constant the fill value for CONSTANT, null otherwise
 */
public record Imputation(ImputeMethod method, String constant) {
    public static final Imputation DROP = new Imputation(ImputeMethod.DROP_ROWS, null);
    public static final Imputation MEAN = new Imputation(ImputeMethod.MEAN, null);
    public static final Imputation MEDIAN = new Imputation(ImputeMethod.MEDIAN, null);
    public static final Imputation MOST_FREQUENT = new Imputation(ImputeMethod.MOST_FREQUENT, null);

    public Imputation {
        Objects.requireNonNull(method, "method");
        if (method == ImputeMethod.CONSTANT) {
            if (constant == null || constant.isBlank()) {
                throw new SegmentaException("A constant fill value is empty. Give the value, e.g. constant:0 "
                        + "or constant:Unknown.");
            }
            constant = constant.trim();
        } else if (constant != null) {
            throw new IllegalArgumentException("only CONSTANT takes a value, not " + method);
        }
    }

    /** Fill with {@code value} (a number for numeric features, a level for categories). */
    public static Imputation constant(String value) {
        return new Imputation(ImputeMethod.CONSTANT, value);
    }

    public static Imputation of(ImputeMethod method) {
        return switch (method) {
            case DROP_ROWS -> DROP;
            case MEAN -> MEAN;
            case MEDIAN -> MEDIAN;
            case MOST_FREQUENT -> MOST_FREQUENT;
            case CONSTANT -> throw new IllegalArgumentException("use Imputation.constant(value)");
        };
    }

    /**
     * Parses {@code drop}, {@code mean}, {@code median}, {@code most-frequent} (or {@code mode}) and
     * {@code constant:VALUE}, case-insensitive; a SegmentaException lists the choices otherwise.
     */
    public static Imputation parse(String text) {
        String t = text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("constant:") || lower.startsWith("constant=")) {
            return constant(t.substring("constant:".length()));
        }
        switch (lower) {
            case "drop", "drop-rows", "drop_rows" -> {
                return DROP;
            }
            case "mean" -> {
                return MEAN;
            }
            case "median" -> {
                return MEDIAN;
            }
            case "most-frequent", "most_frequent", "mode" -> {
                return MOST_FREQUENT;
            }
            case "constant" -> throw new SegmentaException("The constant fill value is missing: write constant:VALUE, "
                    + "e.g. constant:0.");
            default -> throw new SegmentaException("Unknown missing-value choice \"" + text + "\". Choose drop, mean, "
                    + "median, most-frequent or constant:VALUE.");
        }
    }

    /** "median", "constant:0": the text {@link #parse} reads back. */
    public String label() {
        return method == ImputeMethod.CONSTANT ? "constant:" + constant : method.label();
    }
}
