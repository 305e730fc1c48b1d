package io.segmenta.ui.explore;

/** The sub-tabs of the Explore step, in order. */
public enum ExploreTab {
    SUMMARY("Summary"),
    DISTRIBUTIONS("Distributions"),
    CORRELATIONS("Correlations"),
    PAIR_PLOT("Pair plot"),
    GROUPS("Groups"),
    HYPOTHESES("Hypotheses");

    private final String title;

    ExploreTab(String title) {
        this.title = title;
    }

    /** The tab's title. */
    public String title() {
        return title;
    }
}
