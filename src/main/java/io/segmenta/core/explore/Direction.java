package io.segmenta.core.explore;

/** The direction a trend hypothesis states. */
public enum Direction {
    /** X rises with Y (a positive association). */
    RISES("rises"),
    /** X falls with Y (a negative association). */
    FALLS("falls");

    private final String verb;

    Direction(String verb) {
        this.verb = verb;
    }

    /** "rises" or "falls". */
    public String verb() {
        return verb;
    }

    /** The direction of a correlation coefficient (RISES for r >= 0). */
    public static Direction of(double r) {
        return r >= 0 ? RISES : FALLS;
    }
}
